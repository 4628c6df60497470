/**
 * Rules of recording revenue in the ledger: client references may not use the ledger's own reversal prefix, revenue
 * is split by the agreement version in force on the day it was received (deductions in the version's order, then the
 * parties' shares), a reversal's booking date, and the fingerprint that tells a retry from a conflicting request.
 * Part of revenue.rules.ts.
 */
import { assertNotFuture } from '../../../infra/dates.js';
import { badInput, failedPrecondition } from '../../../infra/errors.js';
import { RevenueRule } from '../../../infra/reasons.js';
import { allocate, applyDeductions } from '../allocation.js';
import { REVERSAL_PREFIX, type AgreementVersion, type AllocationLine, type DeductionLine } from '../revenue.contract.js';
import { msg } from '../../../infra/message-registry.js';
import { P } from '../../../infra/messages.js';
import { versionOn } from './agreements.js';

// ---------------------------------------------------------------- recording

/** Client references may not use the ledger's own prefix (BAD_USER_INPUT, field externalReference). */
export function checkExternalReference(externalReference: string): void {
  if (externalReference.toUpperCase().startsWith(REVERSAL_PREFIX)) {
    throw badInput(msg('revenue.reversalPrefixReserved', { prefix: REVERSAL_PREFIX }), { field: 'externalReference' });
  }
}

/** How revenue received on a date is split: by the version in force then. */
export interface Split {
  version: AgreementVersion;
  deductions: DeductionLine[];
  netFen: number;
  allocations: AllocationLine[];
}

/**
 * Splits revenue received on `receivedOn` (gross and deductions in fen) by the version in force that day: the
 * deductions in the version's declared order, then the net by the parties' shares (largest remainder, allocation.ts).
 * Errors (BAD_USER_INPUT): `rule: NO_VERSION_IN_FORCE` (before version 1), `rule: UNDECLARED_DEDUCTION` (data `kind`),
 * `rule: DEDUCTIONS_EXCEED_GROSS` (data `kind`: the deduction that takes the remainder below zero).
 */
export function split(versions: readonly AgreementVersion[], receivedOn: string, grossFen: number, deductions: readonly { kind: string; amountFen: number }[]): Split {
  const v = versionOn(versions, receivedOn);
  if (!v) throw badInput(msg('revenue.noVersionInForce', { date: P.date(receivedOn), first: versions[0]?.effectiveFrom ? P.date(versions[0].effectiveFrom) : '' }), { field: 'receivedOn', rule: RevenueRule.NO_VERSION_IN_FORCE });
  const undeclared = deductions.find((d) => !v.deductionKinds.includes(d.kind));
  if (undeclared) {
    throw badInput(msg('revenue.undeclaredDeduction', { kind: undeclared.kind, version: v.version, any: v.deductionKinds.length ? 'yes' : 'no', declared: v.deductionKinds.join(', ') }), {
      field: 'deductions',
      rule: RevenueRule.UNDECLARED_DEDUCTION,
      kind: undeclared.kind,
    });
  }
  const applied = applyDeductions(grossFen, deductions, v.deductionKinds);
  if (!applied.ok) {
    throw badInput(msg('revenue.deductionsExceedGross', { kind: applied.kind, short: P.money(applied.shortFen) }), {
      field: 'deductions',
      rule: RevenueRule.DEDUCTIONS_EXCEED_GROSS,
      kind: applied.kind,
    });
  }
  return { version: v, deductions: applied.lines, netFen: applied.netFen, allocations: allocate(applied.netFen, v.parties) };
}

/**
 * The date a reversal is booked on: `requested` or today (platform time zone), never in the future, never before
 * the original was received. Errors: FAILED_PRECONDITION `rule: REVERSAL_OF_REVERSAL` (the original is itself a
 * reversal), BAD_USER_INPUT `field: reversedOn`.
 */
export function reversalDate(original: { kind: string; receivedOn: string }, requested: string | null | undefined, todayDate: string): string {
  if (original.kind === 'REVERSAL') throw failedPrecondition(msg('revenue.reversalOfReversal'), { rule: RevenueRule.REVERSAL_OF_REVERSAL });
  const reversedOn = requested ? assertNotFuture(requested, 'reversedOn', todayDate) : todayDate;
  if (reversedOn < original.receivedOn) throw badInput(msg('revenue.reversedBeforeReceived', { reversedOn: P.date(reversedOn), receivedOn: P.date(original.receivedOn) }), { field: 'reversedOn' });
  return reversedOn;
}

/** Request fingerprint: the same externalReference with different figures is a conflict, not a retry (deduction order is irrelevant). */
export function requestFingerprint(grossFen: number, deductions: readonly { kind: string; amountFen: number }[], receivedOn: string): string {
  const sorted = [...deductions].sort((x, y) => x.kind.localeCompare(y.kind) || x.amountFen - y.amountFen);
  return JSON.stringify([grossFen, receivedOn, sorted.map((d) => [d.kind, d.amountFen])]);
}
