import { Schema, Types, type Connection, type Model } from 'mongoose';
import { claimModel } from '../../infra/claims.js';
import { coveringRegionCodes } from '../../infra/regions.js';
import { POLICY_CHANGE_ACTIONS, type AgreementVersion, type AllocationLine, type DeductionLine, type LedgerEventKind, type OwnerKind, type PolicyChange, type PolicyVersion } from './revenue.contract.js';

/**
 * A regional policy: owned by one region (one policy per region, unique), with append-only dated versions and its
 * audit trail (`changes`), both written whole with `$set` in the same revision step (infra/revise.ts) as the change.
 */
export interface PolicyDoc {
  _id: Types.ObjectId;
  code: string;
  name: string;
  regionCode: string;
  versions: PolicyVersion[];
  changes: PolicyChange[];
  rev: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const policyVersionSchema = new Schema(
  {
    version: { type: Number, required: true },
    validFrom: { type: String, required: true },
    validUntil: { type: String, default: null },
    minTeacherShareBp: { type: Number, required: true },
    maxTeacherShareBp: { type: Number, required: true },
    source: { type: String, default: null },
    note: { type: String, default: null },
    recordedAt: { type: String, required: true },
    recordedBy: { type: String, required: true },
  },
  { _id: false },
);
const policyChangeSchema = new Schema(
  {
    action: { type: String, enum: POLICY_CHANGE_ACTIONS, required: true },
    version: { type: Number, required: true },
    at: { type: String, required: true },
    by: { type: String, required: true },
    byOrganizationId: { type: String, default: null },
    note: { type: String, default: null },
  },
  { _id: false },
);
const policySchema = new Schema<PolicyDoc>(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    regionCode: { type: String, required: true },
    versions: { type: [policyVersionSchema], default: [] },
    changes: { type: [policyChangeSchema], default: [] },
    rev: { type: Number, required: true, default: 0 },
    createdBy: { type: String, required: true },
  },
  { timestamps: true, collection: 'policies', strict: 'throw' },
);
policySchema.index({ code: 1 }, { unique: true });
policySchema.index({ regionCode: 1 }, { unique: true });

export interface AgreementDoc {
  _id: Types.ObjectId;
  allianceId: string;
  projectId: string | null;
  outputIds: string[];
  /** Who writes it: the alliance's lead, or the project's lead when the agreement names a project (fixed at creation). */
  ownerOrganizationId: string;
  ownerKind: OwnerKind;
  /** The alliance's region and every party's: a funder covering one of them may read the agreement. */
  regionCodes: string[];
  /** Every organization that is a party in any version (read access, statements). */
  partyOrganizationIds: string[];
  /** Append-only, ordered by version and (strictly) by effectiveFrom; written whole with `$set`. */
  versions: AgreementVersion[];
  versionCount: number;
  /**
   * The latest receivedOn of revenue recorded (or being recorded) under the agreement, '' before any. Recording
   * raises it (a revision step) before it takes the versions; an amendment must be effective after it — so no
   * amendment can change the version that already-recorded revenue was split by.
   */
  lastReceivedOn: string;
  /**
   * Revision: every change (an amendment, raising lastReceivedOn) moves it from r to r + 1, by the one writer that
   * claimed `agreement:<id>:rev:<r>` (infra/claims.ts) and then updated `{ _id, rev: r }`.
   */
  rev: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const inventorSchema = new Schema({ name: { type: String, required: true }, personId: { type: String, default: null }, shareBp: { type: Number, required: true } }, { _id: false });
const partySchema = new Schema(
  {
    organizationId: { type: String, required: true },
    orgKind: { type: String, required: true },
    shareBp: { type: Number, required: true },
    teacherShareBp: { type: Number, default: null },
    inventors: { type: [inventorSchema], default: [] },
  },
  { _id: false },
);
const versionSchema = new Schema(
  {
    version: { type: Number, required: true },
    effectiveFrom: { type: String, required: true },
    title: { type: String, required: true },
    policyCode: { type: String, required: true },
    policyVersion: { type: Number, default: null },
    parties: { type: [partySchema], default: [] },
    deductionKinds: { type: [String], default: [] },
    recordedAt: { type: String, required: true },
    recordedBy: { type: String, required: true },
    note: { type: String, default: null },
  },
  { _id: false },
);

const agreementSchema = new Schema<AgreementDoc>(
  {
    allianceId: { type: String, required: true },
    projectId: { type: String, default: null },
    outputIds: { type: [String], default: [] },
    ownerOrganizationId: { type: String, required: true },
    ownerKind: { type: String, required: true },
    regionCodes: { type: [String], default: [] },
    partyOrganizationIds: { type: [String], default: [] },
    versions: { type: [versionSchema], default: [] },
    versionCount: { type: Number, required: true },
    lastReceivedOn: { type: String, default: '' },
    rev: { type: Number, required: true, default: 0 },
    createdBy: { type: String, required: true },
  },
  { timestamps: true, collection: 'agreements', strict: 'throw' },
);
agreementSchema.index({ partyOrganizationIds: 1, _id: 1 });
agreementSchema.index({ allianceId: 1, _id: 1 });
agreementSchema.index({ ownerOrganizationId: 1, _id: 1 });

export interface EventDoc {
  _id: Types.ObjectId;
  agreementId: string;
  agreementVersion: number;
  allianceId: string;
  kind: LedgerEventKind;
  receivedOn: string;
  externalReference: string;
  /** Figures of the request: a retry with the same reference and other figures is refused, not merged. */
  fingerprint: string;
  grossFen: number;
  deductions: DeductionLine[];
  netFen: number;
  allocations: AllocationLine[];
  /** Organizations with an allocation line (statements read by it). */
  organizationIds: string[];
  reversesEventId: string | null;
  /** `event:<own id>` for revenue, `reverses:<original id>` for a reversal: a unique index lets an event be reversed once. */
  reversalKey: string;
  reason: string | null;
  recordedBy: string;
  createdAt: Date;
}

const deductionSchema = new Schema({ kind: { type: String, required: true }, amountFen: { type: Number, required: true }, remainingFen: { type: Number, required: true } }, { _id: false });
const inventorAllocationSchema = new Schema({ name: { type: String, required: true }, personId: { type: String, default: null }, amountFen: { type: Number, required: true } }, { _id: false });
const allocationSchema = new Schema(
  {
    organizationId: { type: String, required: true },
    beneficiary: { type: String, required: true },
    amountFen: { type: Number, required: true },
    inventors: { type: [inventorAllocationSchema], default: [] },
  },
  { _id: false },
);

const eventSchema = new Schema<EventDoc>(
  {
    agreementId: { type: String, required: true },
    agreementVersion: { type: Number, required: true },
    allianceId: { type: String, required: true },
    kind: { type: String, required: true },
    receivedOn: { type: String, required: true },
    externalReference: { type: String, required: true },
    fingerprint: { type: String, required: true },
    grossFen: { type: Number, required: true },
    deductions: { type: [deductionSchema], default: [] },
    netFen: { type: Number, required: true },
    allocations: { type: [allocationSchema], default: [] },
    organizationIds: { type: [String], default: [] },
    reversesEventId: { type: String, default: null },
    reversalKey: { type: String, required: true },
    reason: { type: String, default: null },
    recordedBy: { type: String, required: true },
  },
  // Append-only: events are inserted and never updated or deleted (no updatedAt to maintain).
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'events', strict: 'throw' },
);
eventSchema.index({ agreementId: 1, externalReference: 1 }, { unique: true });
eventSchema.index({ reversalKey: 1 }, { unique: true });
eventSchema.index({ organizationIds: 1, receivedOn: 1, _id: 1 });
eventSchema.index({ agreementId: 1, receivedOn: 1, _id: 1 });

export function revenueModels(conn: Connection) {
  return {
    Policy: conn.model<PolicyDoc>('RevenuePolicy', policySchema) as Model<PolicyDoc>,
    Agreement: conn.model<AgreementDoc>('RevenueAgreement', agreementSchema) as Model<AgreementDoc>,
    Event: conn.model<EventDoc>('RevenueEvent', eventSchema) as Model<EventDoc>,
    Claim: claimModel(conn),
  };
}
export type RevenueModels = ReturnType<typeof revenueModels>;

// ---------------------------------------------------------------- named query builders (each encodes a rule of revenue.rules.ts)

/** Policies whose region can cover `regionCode` (its own, its prefecture's, its province's): `policyCoversRegion` candidates. */
export const policiesCoveringFilter = (regionCode: string): Record<string, unknown> => ({ regionCode: { $in: coveringRegionCodes(regionCode) } });

/** Agreements the organization owns or is a party to: `agreementInvolves`. */
export function involvesOrganizationFilter(organizationId: string): Record<string, unknown> {
  return { $or: [{ partyOrganizationIds: organizationId }, { ownerOrganizationId: organizationId }] };
}

/** Events on the organization's statement for [from, to]: `onOrganizationStatement` (index organizationIds, receivedOn, _id). */
export function organizationEventsFilter(organizationId: string, from: string, to: string): Record<string, unknown> {
  return { organizationIds: organizationId, receivedOn: { $gte: from, $lte: to } };
}

/** Events on the agreements' statements for [from, to]: `onAgreementStatement` (index agreementId, receivedOn, _id). */
export function agreementEventsFilter(agreementIds: readonly string[], from: string, to: string): Record<string, unknown> {
  return { agreementId: agreementIds.length === 1 ? agreementIds[0] : { $in: [...agreementIds] }, receivedOn: { $gte: from, $lte: to } };
}

/** Events after a statement cursor's key in (receivedOn, _id) order: `afterKey`. */
export function afterKeyFilter(key: { receivedOn: string; id: string }): Record<string, unknown> {
  return { $or: [{ receivedOn: { $gt: key.receivedOn } }, { receivedOn: key.receivedOn, _id: { $gt: new Types.ObjectId(key.id) } }] };
}

/** The statement order: (receivedOn, _id), ascending. */
export const LEDGER_ORDER = { receivedOn: 1, _id: 1 } as const;
