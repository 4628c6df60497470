/**
 * The revenue ledger: append-only events (revenue received, or the reversal of one) with their deduction and
 * allocation lines (amounts in integer fen), the params that record and reverse revenue, and the payload of
 * `revenue.recorded` / `revenue.reversed`. Part of the revenue contract: import it through revenue.contract.ts.
 */
import type { MoneyInput } from '../../../infra/money.js';

/** External references starting with this are the ledger's own (reversals); clients may not use them. */
export const REVERSAL_PREFIX = 'REVERSAL:';

/** Who an allocation line pays: an organization, or a school party's teachers / school funds. */
export type Beneficiary = 'ORGANIZATION' | 'TEACHERS' | 'SCHOOL_FUNDS';

export interface InventorAllocation {
  name: string;
  personId: string | null;
  amountFen: number;
}

export interface AllocationLine {
  organizationId: string;
  beneficiary: Beneficiary;
  amountFen: number;
  /** For a TEACHERS line with named inventors: the teachers' amount split among them (sums to amountFen). */
  inventors: InventorAllocation[];
}

export interface DeductionLine {
  kind: string;
  amountFen: number;
  /** What is left of the gross after this deduction (and every one before it). */
  remainingFen: number;
}

export type LedgerEventKind = 'REVENUE' | 'REVERSAL';

// ---------------------------------------------------------------- DTOs

/** One ledger event (append-only): revenue, or the reversal of one. */
export interface RevenueEventDto {
  id: string;
  agreementId: string;
  /** The version in force on receivedOn, which split it. */
  agreementVersion: number;
  allianceId: string;
  kind: LedgerEventKind;
  receivedOn: string;
  externalReference: string;
  grossFen: number;
  deductions: DeductionLine[];
  netFen: number;
  allocations: AllocationLine[];
  reversesEventId: string | null;
  reason: string | null;
  recordedAt: string;
  recordedBy: string;
}

// ---------------------------------------------------------------- params

/** Revenue received: gross and deductions as money inputs (decimal yuan strings); idempotent on externalReference. */
export interface RecordParams {
  agreementId: string;
  gross: MoneyInput;
  deductions?: { kind: string; amount: MoneyInput }[] | null;
  receivedOn: string;
  externalReference: string;
}

/** `reversedOn` defaults to today (platform time zone); never before the original's receivedOn, never in the future. */
export interface ReverseParams {
  eventId: string;
  reason: string;
  reversedOn?: string | null;
}

// ---------------------------------------------------------------- events

/** Payload of `revenue.recorded` and `revenue.reversed`. */
export interface LedgerEventPayload {
  eventId: string;
  agreementId: string;
  allianceId: string;
  kind: LedgerEventKind;
  receivedOn: string;
  netFen: number;
  reversesEventId: string | null;
  allocations: { organizationId: string; beneficiary: string; amountFen: number }[];
}
