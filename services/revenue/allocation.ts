/**
 * Splitting an amount of integer fen by weights with the largest-remainder (Hamilton) method: every part
 * gets the floor of its exact share, and the fen left over go one each to the parts with the largest
 * remainders, ties broken by position (the order the parties are listed in the agreement). The parts are
 * therefore non-negative, sum exactly to the amount, each lies within one fen of its exact share, and the
 * result depends on nothing but the inputs. Pure: no broker, no database.
 */
import { FULL_BP, type AllocationLine, type Beneficiary, type DeductionLine, type InventorAllocation, type SplitInventor } from './revenue.contract.js';

/** Splits `amount` (a non-negative safe integer, fen) by `weights` (non-negative integers, not all zero). */
export function largestRemainder(amount: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amount must be a non-negative safe integer of fen, got ${amount}`);
  if (weights.length === 0) throw new RangeError('at least one weight is needed');
  for (const w of weights) if (!Number.isSafeInteger(w) || w < 0) throw new RangeError(`weights must be non-negative integers, got ${w}`);
  // BigInt: amount × weight can exceed 2^53 (90 trillion yuan × 10000 bp); the result always fits a number.
  const total = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (total === 0n) throw new RangeError('the weights sum to zero');
  const a = BigInt(amount);
  const floors = weights.map((w) => (a * BigInt(w)) / total);
  const remainders = weights.map((w) => (a * BigInt(w)) % total);
  let left = a - floors.reduce((s, f) => s + f, 0n);
  // Positions by remainder, largest first; equal remainders keep their order (stable sort on the index).
  const order = weights.map((_, i) => i).sort((i, j) => (remainders[j] > remainders[i] ? 1 : remainders[j] < remainders[i] ? -1 : i - j));
  const out = floors.slice();
  for (const i of order) {
    if (left === 0n) break;
    out[i] += 1n;
    left -= 1n;
  }
  return out.map(Number);
}

export { FULL_BP };
export type { AllocationLine, Beneficiary, DeductionLine, InventorAllocation, SplitInventor };

/** A party as the split needs it (the stored `PartyTerms` fit). */
export interface SplitParty {
  organizationId: string;
  shareBp: number;
  /** Set for school parties: basis points of the party's amount paid as teachers' remuneration. */
  teacherShareBp: number | null;
  inventors: SplitInventor[];
}

/**
 * Net revenue to allocation lines: first among the parties by `shareBp`, then each school party's amount
 * between TEACHERS and SCHOOL_FUNDS by `teacherShareBp`, then the teachers' amount among named inventors;
 * every level by the largest-remainder method, so each level sums exactly to the level above.
 * Lines come in party order; a school party has a TEACHERS then a SCHOOL_FUNDS line, others one ORGANIZATION line.
 */
export function allocate(netFen: number, parties: readonly SplitParty[]): AllocationLine[] {
  const byParty = largestRemainder(
    netFen,
    parties.map((p) => p.shareBp),
  );
  const lines: AllocationLine[] = [];
  parties.forEach((p, i) => {
    const amount = byParty[i];
    if (p.teacherShareBp === null) {
      lines.push({ organizationId: p.organizationId, beneficiary: 'ORGANIZATION', amountFen: amount, inventors: [] });
      return;
    }
    const [teachers, funds] = largestRemainder(amount, [p.teacherShareBp, FULL_BP - p.teacherShareBp]);
    const inventorAmounts = p.inventors.length ? largestRemainder(teachers, p.inventors.map((v) => v.shareBp)) : [];
    lines.push({
      organizationId: p.organizationId,
      beneficiary: 'TEACHERS',
      amountFen: teachers,
      inventors: p.inventors.map((v, k) => ({ name: v.name, personId: v.personId, amountFen: inventorAmounts[k] })),
    });
    lines.push({ organizationId: p.organizationId, beneficiary: 'SCHOOL_FUNDS', amountFen: funds, inventors: [] });
  });
  return lines;
}

export type DeductionOutcome = { ok: true; lines: DeductionLine[]; netFen: number } | { ok: false; kind: string; index: number; shortFen: number };

/**
 * Applies deductions to the gross in the agreement's declared kind order (deductions of the same kind keep
 * the order they were given in). Fails at the first deduction that would take the remainder below zero.
 * The caller has checked that every kind is declared.
 */
export function applyDeductions(grossFen: number, deductions: readonly { kind: string; amountFen: number }[], declaredOrder: readonly string[]): DeductionOutcome {
  const rank = new Map(declaredOrder.map((k, i) => [k, i]));
  const ordered = deductions
    .map((d, i) => ({ d, i }))
    .sort((x, y) => (rank.get(x.d.kind) ?? Infinity) - (rank.get(y.d.kind) ?? Infinity) || x.i - y.i)
    .map((x) => x.d);
  let remaining = grossFen;
  const lines: DeductionLine[] = [];
  for (const [index, d] of ordered.entries()) {
    remaining -= d.amountFen;
    if (remaining < 0) return { ok: false, kind: d.kind, index, shortFen: -remaining };
    lines.push({ kind: d.kind, amountFen: d.amountFen, remainingFen: remaining });
  }
  return { ok: true, lines, netFen: remaining };
}
