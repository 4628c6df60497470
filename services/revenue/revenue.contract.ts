/**
 * The revenue service's bus contract: action names, params, DTOs, events. The only file of services/revenue that
 * the gateway, other services, app/, bench and tests outside the folder import. Types and constants only: the types
 * of each sub-domain are in contract/ (regional policies, agreements, the ledger's events, statements) and
 * re-exported here; the service's name, the action and event names and the bus contract are here.
 * Money is integer fen (1 yuan = 100 fen) everywhere on the bus: an amount (one event's figure) is a `number` of fen
 * (at most MAX_AMOUNT_FEN), a sum over events (totals, running totals) a `FenSum` — the integer fen as a decimal
 * string, exact at any size (infra/money.ts); shares are basis points (bp, 10000 = 100 %);
 * dates are 'YYYY-MM-DD' strings (calendar dates, platform time zone); timestamps ISO 8601 UTC.
 */
import type { BusContract } from '../../infra/bus-identity.js';

export * from './contract/policies.js';
export * from './contract/agreements.js';
export * from './contract/ledger.js';
export * from './contract/statements.js';

/** The service's name (its actions are `revenue.<action>`; its own calls to others run as `service:revenue`). */
export const REVENUE_SERVICE = 'revenue';

/** Basis points in a whole: shares of a level sum to exactly this. */
export const FULL_BP = 10_000;

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
