/**
 * The revenue service's bus contract: action names, params, DTOs, events. The only file of services/revenue that
 * the gateway, other services, app/, bench and tests outside the folder import. Types and constants only.
 * Money is integer fen (1 yuan = 100 fen) everywhere on the bus: an amount (one event's figure) is a `number` of fen
 * (at most MAX_AMOUNT_FEN), a sum over events (totals, running totals) a `FenSum` — the integer fen as a decimal
 * string, exact at any size (infra/money.ts); shares are basis points (bp, 10000 = 100 %);
 * dates are 'YYYY-MM-DD' strings (calendar dates, platform time zone); timestamps ISO 8601 UTC.
 */
import type { BusContract } from '../../infra/bus-identity.js';
import type { FenSum, MoneyInput } from '../../infra/money.js';

/** The service's name (its actions are `revenue.<action>`; its own calls to others run as `service:revenue`). */
export const REVENUE_SERVICE = 'revenue';

/** Basis points in a whole: shares of a level sum to exactly this. */
export const FULL_BP = 10_000;

/** Deductible cost kinds, in the order they apply, when an agreement declares none. */
export const DEFAULT_DEDUCTION_KINDS = ['PATENT_FEE', 'AGENT_COMMISSION', 'TAX'] as const;

/** External references starting with this are the ledger's own (reversals); clients may not use them. */
export const REVERSAL_PREFIX = 'REVERSAL:';

/** Full action names of the revenue service. */
export const RevenueAction = {
  /** → `RevenuePolicy[]` sorted by code (each showing its latest version); any verified caller. */
  policies: 'revenue.policies',
  /** `{ code }` → `RevenuePolicy | null` (its latest version shown); any verified caller. */
  getPolicy: 'revenue.getPolicy',
  /** `PolicyInForceParams` → `RevenuePolicy | null`: the policy an agreement of that region and date follows (that version shown). */
  policyInForce: 'revenue.policyInForce',
  /** `CreatePolicyParams` → `RevenuePolicy`. A FUNDER whose region covers the policy's, or a platform admin; audited. */
  createPolicy: 'revenue.createPolicy',
  /** `AmendPolicyParams` → `RevenuePolicy`: a new version from a date. Same authority as createPolicy; audited. */
  amendPolicy: 'revenue.amendPolicy',
  /** `ClosePolicyParams` → `RevenuePolicy`: the latest version ends on a date. Same authority as createPolicy; audited. */
  closePolicy: 'revenue.closePolicy',
  /** `CreateAgreementParams` → `RevenueAgreementDto`. */
  createAgreement: 'revenue.createAgreement',
  /** `AmendAgreementParams` → `RevenueAgreementDto`. */
  amendAgreement: 'revenue.amendAgreement',
  /** `{ id }` → `RevenueAgreementDto | null` (FORBIDDEN when not readable). */
  getAgreement: 'revenue.getAgreement',
  /** `{ ids }` → `(RevenueAgreementDto | null)[]` in id order; null where missing or not readable. */
  getAgreements: 'revenue.getAgreements',
  /** `ListAgreementsParams` → `Page<RevenueAgreementDto>`. */
  listAgreements: 'revenue.listAgreements',
  /** `RecordParams` → `RevenueEventDto`. */
  record: 'revenue.record',
  /** `ReverseParams` → `RevenueEventDto` (the reversal). */
  reverse: 'revenue.reverse',
  /** `{ ids }` → `(RevenueEventDto | null)[]` in id order; null where missing or not readable. */
  getEvents: 'revenue.getEvents',
  /** `StatementParams` → `RevenueStatementDto`. */
  statement: 'revenue.statement',
  /** `StatementPageParams` → `StatementPageDto`. */
  statementPage: 'revenue.statementPage',
  /** `AgreementStatementParams` → `AgreementStatementDto`. */
  agreementStatement: 'revenue.agreementStatement',
  /** Batch (gateway `RevenueAgreement.versionOn`): `GetVersionsOnParams` → `BatchEntry<AgreementVersionDto | null>[]`. */
  getVersionsOn: 'revenue.getVersionsOn',
  /** Batch (gateway `RevenueAgreement.statement`): `GetAgreementStatementsParams` → `BatchEntry<AgreementStatementDto>[]`. */
  getAgreementStatements: 'revenue.getAgreementStatements',
} as const;
export type RevenueAction = (typeof RevenueAction)[keyof typeof RevenueAction];

// ---------------------------------------------------------------- terms

/** One dated version of a regional policy's terms (versions are append-only; `validFrom` strictly increasing). */
export interface PolicyVersion {
  version: number;
  /** In force from this date (inclusive) until the next version's `validFrom` … */
  validFrom: string;
  /** … or through this date (inclusive) when set; null = open-ended. */
  validUntil: string | null;
  /** Bounds of a school party's `teacherShareBp`, inclusive, bp. */
  minTeacherShareBp: number;
  maxTeacherShareBp: number;
  /** Where the figures come from (document and passage). */
  source: string | null;
  note: string | null;
  /** ISO timestamp. */
  recordedAt: string;
  recordedBy: string;
}

export const POLICY_CHANGE_ACTIONS = ['CREATED', 'AMENDED', 'CLOSED'] as const;
export type PolicyChangeAction = (typeof POLICY_CHANGE_ACTIONS)[number];

/** One audited change of a policy: who did what, when (kept with the policy, written in the same step as the change). */
export interface PolicyChange {
  action: PolicyChangeAction;
  /** The version created, or the version closed. */
  version: number;
  /** ISO timestamp. */
  at: string;
  /** Token subject of whoever made the change (`service:revenue` for the initial reference data). */
  by: string;
  byOrganizationId: string | null;
  note: string | null;
}

/**
 * A regional policy for a school party's teachers' share: data (the `policies` collection), owned by a region,
 * created and amended through the API. The top-level figures are one version's: the latest in a policy list, the
 * one in force in `policyInForce`, the one an agreement version was checked against in an agreement.
 */
export interface RevenuePolicy {
  code: string;
  name: string;
  /** The region that owns the policy (GB/T 2260): agreements of alliances in it (and below it) follow it. */
  regionCode: string;
  /** The version shown. */
  version: number;
  validFrom: string;
  validUntil: string | null;
  /** Bounds of a school party's `teacherShareBp`, inclusive, bp. */
  minTeacherShareBp: number;
  maxTeacherShareBp: number;
  source: string | null;
  /** Every version, in order. */
  versions: PolicyVersion[];
  /** Every change, oldest first (the audit trail). */
  changes: PolicyChange[];
}

/** A named inventor (teacher) and their bp of the school's teachers' part. */
export interface SplitInventor {
  name: string;
  personId: string | null;
  shareBp: number;
}

/** A party as given by a client (validated against the rules and the policy before it is stored). */
export interface PartyInput {
  organizationId: string;
  /** Share of net revenue, bp; the parties sum to exactly 10000. */
  shareBp: number;
  /** Schools only (required there): bp of the party's amount paid as teachers' remuneration. */
  teacherShareBp?: number | null;
  /** Schools only: inventors sharing the teachers' part, their bp summing to exactly 10000. */
  inventors?: { name: string; personId?: string | null; shareBp: number }[] | null;
}

/** A party's terms as stored in a version. */
export interface PartyTerms {
  organizationId: string;
  /** Copied from the organization when the version is made (a kind never changes). */
  orgKind: string;
  shareBp: number;
  teacherShareBp: number | null;
  inventors: SplitInventor[];
}

/** One version of an agreement's terms as stored (the DTO carries the policy itself instead of its code). */
export interface AgreementVersion {
  version: number;
  /** In force from this date until the next version's. */
  effectiveFrom: string;
  title: string;
  policyCode: string;
  /** The policy version the terms were checked against (absent on versions stored before policies had versions). */
  policyVersion?: number | null;
  parties: PartyTerms[];
  /** Deductible cost kinds, in the order they apply. */
  deductionKinds: string[];
  /** ISO timestamp. */
  recordedAt: string;
  recordedBy: string;
  note: string | null;
}

/** Who writes an agreement and its ledger. */
export type OwnerKind = 'ALLIANCE_LEAD' | 'PROJECT_LEAD';

// ---------------------------------------------------------------- ledger lines

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

export interface AgreementVersionDto {
  version: number;
  effectiveFrom: string;
  title: string;
  policy: RevenuePolicy;
  parties: PartyTerms[];
  deductionKinds: string[];
  recordedAt: string;
  recordedBy: string;
  note: string | null;
}

/** An agreement as of its latest version, with every version. */
export interface RevenueAgreementDto extends AgreementVersionDto {
  id: string;
  allianceId: string;
  projectId: string | null;
  outputIds: string[];
  ownerOrganizationId: string;
  ownerKind: OwnerKind;
  /** Ordered by version (and strictly by effectiveFrom). */
  versions: AgreementVersionDto[];
  createdAt: string;
}

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

/** Owner: the alliance's lead, or the project's lead when `projectId` is given (outputs must be the project's). */
export interface CreateAgreementParams {
  allianceId: string;
  projectId?: string | null;
  outputIds?: string[] | null;
  title: string;
  /**
   * Optional: the policy in force for the alliance's region on `effectiveFrom` (the nearest covering region's) is the
   * one the agreement follows; naming another is refused (FAILED_PRECONDITION, POLICY_NOT_IN_FORCE_FOR_REGION).
   */
  policyCode?: string | null;
  effectiveFrom: string;
  parties: PartyInput[];
  /** Default `DEFAULT_DEDUCTION_KINDS`. */
  deductionKinds?: string[] | null;
}

/** A new version; omitted title / deduction kinds keep the previous version's; the policy is the one in force on `effectiveFrom`. */
export interface AmendAgreementParams {
  agreementId: string;
  effectiveFrom: string;
  parties: PartyInput[];
  title?: string | null;
  policyCode?: string | null;
  deductionKinds?: string[] | null;
  note?: string | null;
}

/** A new policy, owned by `regionCode`, with its first version. */
export interface CreatePolicyParams {
  /** Upper-case letters, digits, '_' and '-', e.g. LIUZHOU; unique. */
  code: string;
  name: string;
  /** A current GB/T 2260 code (a retired one with one successor is stored as that successor); one policy per region. */
  regionCode: string;
  validFrom: string;
  validUntil?: string | null;
  minTeacherShareBp: number;
  maxTeacherShareBp: number;
  source?: string | null;
  note?: string | null;
}

/** A new version of a policy from `validFrom` (strictly after the latest version's); omitted figures keep the latest's. */
export interface AmendPolicyParams {
  code: string;
  validFrom: string;
  validUntil?: string | null;
  minTeacherShareBp?: number | null;
  maxTeacherShareBp?: number | null;
  source?: string | null;
  /** Why (audited). */
  note: string;
}

/** Ends the latest version on `validUntil` (inclusive), on or after its `validFrom`. */
export interface ClosePolicyParams {
  code: string;
  validUntil: string;
  /** Why (audited). */
  note: string;
}

/** The policy an agreement of an alliance in `regionCode` follows on `date`. */
export interface PolicyInForceParams {
  regionCode: string;
  date: string;
}

export interface ListAgreementsParams {
  organizationId: string;
  first?: number | null;
  after?: string | null;
}

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

/** One entry per agreement id, in order: the version in force on `date` (null before version 1). */
export interface GetVersionsOnParams {
  agreementIds: string[];
  date: string;
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

// ---------------------------------------------------------------- events

/** Events the revenue service publishes. Amounts are integer fen. */
export const RevenueBusEvent = {
  agreementCreated: 'revenue.agreementCreated',
  agreementAmended: 'revenue.agreementAmended',
  /** A revenue event was appended to the ledger (not emitted again for an idempotent repeat). */
  recorded: 'revenue.recorded',
  /** A reversal event was appended to the ledger. */
  reversed: 'revenue.reversed',
  /** A policy was created, amended or closed (payload `PolicyEventPayload`). */
  policyChanged: 'revenue.policyChanged',
} as const;
export type RevenueBusEvent = (typeof RevenueBusEvent)[keyof typeof RevenueBusEvent];

/** Payload of `revenue.agreementCreated` and `revenue.agreementAmended`. */
export interface AgreementEventPayload {
  agreementId: string;
  allianceId: string;
  version: number;
  effectiveFrom: string;
  partyOrganizationIds: string[];
}

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

/** Payload of `revenue.policyChanged`. */
export interface PolicyEventPayload {
  code: string;
  regionCode: string;
  action: PolicyChangeAction;
  version: number;
}

/**
 * The revenue service on the bus: the actions and events it owns and the services it calls. The NATS permissions are
 * generated from it (npm run nats:config), so a change here is a change of who may talk to whom.
 */
export const RevenueBus: BusContract = {
  service: 'revenue',
  actions: Object.values(RevenueAction),
  events: [...Object.values(RevenueBusEvent)],
  calls: ['organizations', 'alliances', 'projects'],
};
