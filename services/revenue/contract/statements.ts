/**
 * Statements over the ledger: an organization's revenue over a period (whole, or page by page for the CSV export)
 * and an agreement's ledger with its totals per beneficiary, each line carrying its running total (a `FenSum`) and
 * its reconciliation check; the params that read them, alone or in a batch. Part of the revenue contract: import it
 * through revenue.contract.ts.
 */
import type { FenSum } from '../../../infra/money.js';
import type { RevenueEventDto } from './ledger.js';

export interface StatementLine {
  event: RevenueEventDto;
  /** This organization's allocations in the event (all its beneficiaries): an amount, fen. */
  amountFen: number;
  /** Opening + Σ amounts through this line: a sum, integer fen as a decimal string (infra/money.ts `FenSum`). */
  runningTotalFen: FenSum;
  /** The event's own check (gross − deductions = net = Σ allocations; a reversal negates its original). */
  reconciled: boolean;
  agreementTitle: string;
}

/** An organization's revenue over a period [from, to] (receivedOn, both ends included). */
export interface RevenueStatementDto {
  organizationId: string;
  from: string;
  to: string;
  lines: StatementLine[];
  /** Σ of the lines' amounts: a `FenSum` (exact beyond 2^53 fen). */
  totalFen: FenSum;
  reconciled: boolean;
}

/** One page of a statement (the CSV export streams these). */
export interface StatementPageDto {
  lines: StatementLine[];
  /** Σ of this page's amounts (without the opening): a `FenSum`. */
  totalFen: FenSum;
  reconciled: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface AgreementStatementLine {
  event: RevenueEventDto;
  /** Σ of the nets through this line: a `FenSum`. */
  runningNetFen: FenSum;
  reconciled: boolean;
}

/** Total per (organization, beneficiary) over an agreement statement. */
export interface BeneficiaryTotal {
  organizationId: string;
  beneficiary: string;
  /** A sum over the period: a `FenSum`. */
  amountFen: FenSum;
}

/** An agreement's ledger over a period [from, to] with totals and a computed check. */
export interface AgreementStatementDto {
  agreementId: string;
  from: string;
  to: string;
  lines: AgreementStatementLine[];
  /** Sums over the period: `FenSum`s. */
  grossFen: FenSum;
  deductionsFen: FenSum;
  netFen: FenSum;
  byOrganization: BeneficiaryTotal[];
  reconciled: boolean;
  /**
   * Set when the answer is one page of the ledger (`first` given, or a batch over its event budget): more events
   * follow after `endCursor` (running net continues from the last line's). Totals are this page's.
   */
  hasNextPage?: boolean;
  endCursor?: string | null;
}

// ---------------------------------------------------------------- params

export interface StatementParams {
  organizationId: string;
  from: string;
  to: string;
}

/** A page of a statement: `first` 1..1000 (default 500); running totals continue from `openingTotalFen`. */
export interface StatementPageParams extends StatementParams {
  after?: string | null;
  first?: number | null;
  /** A `FenSum` (running totals may exceed 2^53 fen); default "0". */
  openingTotalFen?: FenSum | null;
}

/** An agreement's ledger; with `first` (1..1000) one page of it, after `after`, running net from `openingNetFen`. */
export interface AgreementStatementParams {
  agreementId: string;
  from: string;
  to: string;
  after?: string | null;
  first?: number | null;
  /** A `FenSum` (running totals may exceed 2^53 fen); default "0". */
  openingNetFen?: FenSum | null;
}

/**
 * One entry per agreement id, in order: its statement over [from, to]. At most `maxEvents` events (default
 * `AGREEMENT_BATCH_EVENTS`) are answered in all: past that, entries are first pages (`hasNextPage`, `endCursor`) to be
 * continued with `agreementStatement` pages, so the reply stays far below the transport's message limit.
 */
export interface GetAgreementStatementsParams {
  agreementIds: string[];
  from: string;
  to: string;
  maxEvents?: number | null;
}

/** Events a batch of agreement statements answers at most (see `GetAgreementStatementsParams`). */
export const AGREEMENT_BATCH_EVENTS = 500;
