/** Pure rules of the evaluation service: weights, scoring and ranking, pilot-city progress, overdue items, payments. */
import { ErrorCode, type Problem } from '../../infra/errors.js';
import { EvalRule, type Indicator, type ItemStatus, type TargetKind } from './evaluation.contract.js';

/** An indicator system's weights are positive and sum to 100 (BAD_USER_INPUT rule WEIGHTS_SUM); keys are distinct. */
export function weightsProblem(indicators: readonly Indicator[]): Problem | null {
  const sum = indicators.reduce((a, i) => a + i.weight, 0);
  const keys = new Set(indicators.map((i) => i.key));
  if (sum === 100 && keys.size === indicators.length && indicators.every((i) => i.weight > 0)) return null;
  return { code: ErrorCode.BAD_USER_INPUT, message: `Weights must be positive and sum to 100 (they sum to ${sum}), keys distinct.`, key: 'evaluation.weightsSum', params: { sum }, data: { field: 'indicators', rule: EvalRule.WEIGHTS_SUM, sum } };
}

export interface RawRow {
  allianceId: string;
  values: Record<string, number | null>;
}
export interface ScoredRow {
  allianceId: string;
  points: Record<string, number>;
  total: number;
  rank: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Scores each indicator relative to the best alliance: points = value / max × weight (a missing value scores 0;
 * when every value is 0 or missing, nobody scores). Total = Σ points; ranks by total, ties share a rank
 * (1, 1, 3), then by alliance id for a stable order. Deterministic: the same values give the same ranking.
 */
export function scoreAndRank(indicators: readonly Indicator[], rows: readonly RawRow[]): ScoredRow[] {
  const max = new Map(indicators.map((i) => [i.key, Math.max(0, ...rows.map((r) => r.values[i.key] ?? 0))]));
  const scored = rows.map((r) => {
    const points: Record<string, number> = {};
    for (const i of indicators) {
      const m = max.get(i.key)!;
      const v = r.values[i.key] ?? 0;
      points[i.key] = m > 0 ? round2((Math.max(0, v) / m) * i.weight) : 0;
    }
    return { allianceId: r.allianceId, points, total: round2(Object.values(points).reduce((a, b) => a + b, 0)), rank: 0 };
  });
  scored.sort((a, b) => b.total - a.total || a.allianceId.localeCompare(b.allianceId));
  scored.forEach((s, i) => (s.rank = i > 0 && scored[i - 1].total === s.total ? scored[i - 1].rank : i + 1));
  return scored;
}

/** The default evaluation date of a year: its last day, or today when the year is not over (never the future). */
export const defaultAsOf = (year: number, today: string): string => (`${year}-12-31` < today ? `${year}-12-31` : today);

/** A list item is overdue when not DONE and its deadline is before today. */
export const isOverdue = (status: ItemStatus, deadline: string, today: string): boolean => status !== 'DONE' && deadline < today;

/** Progress against targets; LEADING_SCHOOLS / LEADING_MAJORS are met together when either is (001 二: 至少1所院校或2-3个专业(群)). */
export function progress(targets: readonly { kind: TargetKind; target: number }[], actual: Record<TargetKind, number>): { kind: TargetKind; target: number; actual: number; met: boolean }[] {
  const leadingTargets = targets.filter((t) => t.kind === 'LEADING_SCHOOLS' || t.kind === 'LEADING_MAJORS');
  const leadingMet = leadingTargets.some((t) => actual[t.kind] >= t.target);
  return targets.map((t) => ({ kind: t.kind, target: t.target, actual: actual[t.kind], met: t.kind === 'LEADING_SCHOOLS' || t.kind === 'LEADING_MAJORS' ? leadingMet : actual[t.kind] >= t.target }));
}

/** Payments on an award never exceed it (FAILED_PRECONDITION reason OVERPAID). */
export function paymentProblem(awardFen: number, paidFen: number, newFen: number): Problem | null {
  if (paidFen + newFen <= awardFen) return null;
  return { code: ErrorCode.FAILED_PRECONDITION, message: `Payments would exceed the award: ${paidFen + newFen} > ${awardFen} fen.`, key: 'evaluation.overpaid', params: { awardFen, paidFen, newFen }, data: { reason: EvalRule.OVERPAID, awardFen, paidFen, newFen } };
}

/** A spending report never reports more than was paid (FAILED_PRECONDITION reason OVERSPENT). */
export function spendingProblem(paidFen: number, items: readonly number[]): Problem | null {
  const total = items.reduce((a, b) => a + b, 0);
  if (total <= paidFen) return null;
  return { code: ErrorCode.FAILED_PRECONDITION, message: `The report spends ${total} fen of ${paidFen} paid.`, key: 'evaluation.overspent', params: { total, paidFen }, data: { reason: EvalRule.OVERSPENT, totalFen: total, paidFen } };
}
