/**
 * The revenue ledger's own arithmetic, computed and never stored (pure: no broker, no database): whether an event
 * reconciles, whether a reversal negates its original, and THE fold of a run of events into a statement, used by
 * both the organization statement and the agreement statement (ops/statements.ts).
 */
import { sumFen, toFenSum } from '../../infra/money.js';
import type { AllocationLine, BeneficiaryTotal, DeductionLine, RevenueEventDto } from './revenue.contract.js';

export interface LedgerAmounts {
  grossFen: number;
  deductions: DeductionLine[];
  netFen: number;
  allocations: AllocationLine[];
}

/**
 * gross − Σ deductions = net, each running remainder right, Σ allocations = net, Σ inventors = their teachers' line.
 * Added up as bigint: a stored figure out of range cannot make a wrong sum look right.
 */
export function eventReconciles(e: LedgerAmounts): boolean {
  let remaining = BigInt(e.grossFen);
  for (const d of e.deductions) {
    remaining -= BigInt(d.amountFen);
    if (BigInt(d.remainingFen) !== remaining) return false;
  }
  if (remaining !== BigInt(e.netFen)) return false;
  for (const a of e.allocations) {
    if (a.inventors.length && sumFen(a.inventors.map((v) => v.amountFen)) !== BigInt(a.amountFen)) return false;
  }
  return sumFen(e.allocations.map((a) => a.amountFen)) === BigInt(e.netFen);
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

/**
 * What an organization receives from one event (all its lines: ORGANIZATION, or TEACHERS + SCHOOL_FUNDS), in fen:
 * part of the event's net, so an amount (≤ MAX_AMOUNT_FEN, infra/money.ts).
 */
export function amountFor(e: { allocations: readonly AllocationLine[] }, organizationId: string): number {
  return Number(sumFen(e.allocations.filter((a) => a.organizationId === organizationId).map((a) => a.amountFen)));
}

/** The originals of the listed reversals that are not listed themselves (a statement fetches them to check the reversals). */
export function missingOriginals(events: readonly Pick<RevenueEventDto, 'id' | 'reversesEventId'>[]): string[] {
  const listed = new Set(events.map((e) => e.id));
  return [...new Set(events.flatMap((e) => (e.reversesEventId && !listed.has(e.reversesEventId) ? [e.reversesEventId] : [])))];
}

/** One folded ledger line. */
export interface FoldedLine {
  event: RevenueEventDto;
  /** The organization's amount in the event, or the event's net for an agreement statement (fen, an amount). */
  amountFen: number;
  /** Opening + Σ amounts so far, this line included (a sum: bigint, exact at any size). */
  runningFen: bigint;
  /** The event reconciles and, for a reversal, negates its original exactly. */
  reconciled: boolean;
}

/** A ledger folded in order: the lines, the period's totals (sums: bigint), and the computed check. */
export interface LedgerFold {
  lines: FoldedLine[];
  grossFen: bigint;
  deductionsFen: bigint;
  netFen: bigint;
  /** Per (organization, beneficiary), in order of first appearance; amounts as `FenSum` strings. */
  byBeneficiary: BeneficiaryTotal[];
  /** Σ line amounts (without the opening). */
  totalFen: bigint;
  /** Every line reconciled; gross − deductions = net = Σ beneficiary totals; Σ amounts = total. */
  reconciled: boolean;
}

/**
 * THE ledger fold, for an organization's statement (`organizationId` set: amounts are its allocations) and for an
 * agreement's statement (`organizationId` null: amounts are the events' nets). `events` in (receivedOn, _id) order;
 * `originals` holds the reversed events that are not in `events` (`missingOriginals`); a reversal whose original is
 * nowhere does not reconcile. Running amounts start at `openingFen` (default 0). Every sum is a bigint, so any
 * number of events of any accepted size folds exactly (two receipts of ¥90,071,992,547,409.91 are 2^54 − 2 fen).
 */
export function foldLedger(
  events: readonly RevenueEventDto[],
  originals: ReadonlyMap<string, LedgerAmounts>,
  opts: { organizationId: string | null; openingFen?: bigint },
): LedgerFold {
  const known = new Map<string, LedgerAmounts>(originals);
  for (const e of events) known.set(e.id, e);
  const byKey = new Map<string, { organizationId: string; beneficiary: string; fen: bigint }>();
  const lines: FoldedLine[] = [];
  const opening = opts.openingFen ?? 0n;
  let gross = 0n;
  let deducted = 0n;
  let net = 0n;
  let total = 0n;
  let ok = true;
  for (const e of events) {
    gross += BigInt(e.grossFen);
    net += BigInt(e.netFen);
    deducted += sumFen(e.deductions.map((d) => d.amountFen));
    for (const l of e.allocations) {
      const k = `${l.organizationId}:${l.beneficiary}`;
      const cur = byKey.get(k) ?? { organizationId: l.organizationId, beneficiary: l.beneficiary, fen: 0n };
      cur.fen += BigInt(l.amountFen);
      byKey.set(k, cur);
    }
    const amount = opts.organizationId === null ? e.netFen : amountFor(e, opts.organizationId);
    total += BigInt(amount);
    const original = e.reversesEventId ? known.get(e.reversesEventId) : undefined;
    const reconciled = eventReconciles(e) && (!e.reversesEventId || (!!original && reversalNegates(e, original)));
    ok &&= reconciled;
    lines.push({ event: e, amountFen: amount, runningFen: opening + total, reconciled });
  }
  const totals = [...byKey.values()];
  ok &&= gross - deducted === net && sumFen(totals.map((x) => x.fen)) === net && sumFen(lines.map((l) => l.amountFen)) === total;
  const byBeneficiary = totals.map((x) => ({ organizationId: x.organizationId, beneficiary: x.beneficiary, amountFen: toFenSum(x.fen) }));
  return { lines, grossFen: gross, deductionsFen: deducted, netFen: net, byBeneficiary, totalFen: total, reconciled: ok };
}
