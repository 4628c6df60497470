/**
 * The revenue ledger's own arithmetic, computed and never stored (pure: no broker, no database): whether an event
 * reconciles, whether a reversal negates its original, and THE fold of a run of events into a statement, used by
 * both the organization statement and the agreement statement (ops/statements.ts).
 */
import type { AllocationLine, BeneficiaryTotal, DeductionLine, RevenueEventDto } from './revenue.contract.js';

export interface LedgerAmounts {
  grossFen: number;
  deductions: DeductionLine[];
  netFen: number;
  allocations: AllocationLine[];
}

/** gross − Σ deductions = net, each running remainder right, Σ allocations = net, Σ inventors = their teachers' line. */
export function eventReconciles(e: LedgerAmounts): boolean {
  let remaining = e.grossFen;
  for (const d of e.deductions) {
    remaining -= d.amountFen;
    if (d.remainingFen !== remaining) return false;
  }
  if (remaining !== e.netFen) return false;
  let allocated = 0;
  for (const a of e.allocations) {
    allocated += a.amountFen;
    if (a.inventors.length && a.inventors.reduce((s, v) => s + v.amountFen, 0) !== a.amountFen) return false;
  }
  return allocated === e.netFen;
}

/** A reversal is the exact negation of its original, line by line. */
export function reversalNegates(reversal: LedgerAmounts, original: LedgerAmounts): boolean {
  if (reversal.grossFen !== -original.grossFen || reversal.netFen !== -original.netFen) return false;
  if (reversal.deductions.length !== original.deductions.length || reversal.allocations.length !== original.allocations.length) return false;
  const dOk = reversal.deductions.every((d, i) => d.kind === original.deductions[i].kind && d.amountFen === -original.deductions[i].amountFen);
  const aOk = reversal.allocations.every((a, i) => {
    const o = original.allocations[i];
    return a.organizationId === o.organizationId && a.beneficiary === o.beneficiary && a.amountFen === -o.amountFen;
  });
  return dOk && aOk;
}

/** The reversal's amounts: every figure negated, lines in the same order. */
export function negate(e: LedgerAmounts): LedgerAmounts {
  return {
    grossFen: -e.grossFen,
    netFen: -e.netFen,
    deductions: e.deductions.map((d) => ({ kind: d.kind, amountFen: -d.amountFen, remainingFen: -d.remainingFen })),
    allocations: e.allocations.map((a) => ({ ...a, amountFen: -a.amountFen, inventors: a.inventors.map((v) => ({ ...v, amountFen: -v.amountFen })) })),
  };
}

/** What an organization receives from one event (all its lines: ORGANIZATION, or TEACHERS + SCHOOL_FUNDS). */
export function amountFor(e: { allocations: readonly AllocationLine[] }, organizationId: string): number {
  return e.allocations.reduce((s, a) => (a.organizationId === organizationId ? s + a.amountFen : s), 0);
}

/** The originals of the listed reversals that are not listed themselves (a statement fetches them to check the reversals). */
export function missingOriginals(events: readonly Pick<RevenueEventDto, 'id' | 'reversesEventId'>[]): string[] {
  const listed = new Set(events.map((e) => e.id));
  return [...new Set(events.flatMap((e) => (e.reversesEventId && !listed.has(e.reversesEventId) ? [e.reversesEventId] : [])))];
}

/** One folded ledger line. */
export interface FoldedLine {
  event: RevenueEventDto;
  /** The organization's amount in the event, or the event's net for an agreement statement (fen). */
  amountFen: number;
  /** Opening + Σ amounts so far, this line included. */
  runningFen: number;
  /** The event reconciles and, for a reversal, negates its original exactly. */
  reconciled: boolean;
}

/** A ledger folded in order: the lines, the period's totals, and the computed check. */
export interface LedgerFold {
  lines: FoldedLine[];
  grossFen: number;
  deductionsFen: number;
  netFen: number;
  /** Per (organization, beneficiary), in order of first appearance. */
  byBeneficiary: BeneficiaryTotal[];
  /** Σ line amounts (without the opening). */
  totalFen: number;
  /** Every line reconciled; gross − deductions = net = Σ beneficiary totals; Σ amounts = total. */
  reconciled: boolean;
}

/**
 * THE ledger fold, for an organization's statement (`organizationId` set: amounts are its allocations) and for an
 * agreement's statement (`organizationId` null: amounts are the events' nets). `events` in (receivedOn, _id) order;
 * `originals` holds the reversed events that are not in `events` (`missingOriginals`); a reversal whose original is
 * nowhere does not reconcile. Running amounts start at `openingFen` (default 0).
 */
export function foldLedger(
  events: readonly RevenueEventDto[],
  originals: ReadonlyMap<string, LedgerAmounts>,
  opts: { organizationId: string | null; openingFen?: number },
): LedgerFold {
  const known = new Map<string, LedgerAmounts>(originals);
  for (const e of events) known.set(e.id, e);
  const byKey = new Map<string, BeneficiaryTotal>();
  const lines: FoldedLine[] = [];
  let gross = 0;
  let deducted = 0;
  let net = 0;
  let total = 0;
  let ok = true;
  for (const e of events) {
    gross += e.grossFen;
    net += e.netFen;
    deducted += e.deductions.reduce((s, d) => s + d.amountFen, 0);
    for (const l of e.allocations) {
      const k = `${l.organizationId}:${l.beneficiary}`;
      const cur = byKey.get(k) ?? { organizationId: l.organizationId, beneficiary: l.beneficiary, amountFen: 0 };
      cur.amountFen += l.amountFen;
      byKey.set(k, cur);
    }
    const amount = opts.organizationId === null ? e.netFen : amountFor(e, opts.organizationId);
    total += amount;
    const original = e.reversesEventId ? known.get(e.reversesEventId) : undefined;
    const reconciled = eventReconciles(e) && (!e.reversesEventId || (!!original && reversalNegates(e, original)));
    ok &&= reconciled;
    lines.push({ event: e, amountFen: amount, runningFen: (opts.openingFen ?? 0) + total, reconciled });
  }
  const byBeneficiary = [...byKey.values()];
  ok &&= gross - deducted === net && byBeneficiary.reduce((s, x) => s + x.amountFen, 0) === net && lines.reduce((s, l) => s + l.amountFen, 0) === total;
  return { lines, grossFen: gross, deductionsFen: deducted, netFen: net, byBeneficiary, totalFen: total, reconciled: ok };
}
