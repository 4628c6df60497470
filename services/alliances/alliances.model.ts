import { Schema, Types, type Connection, type Model } from 'mongoose';
import { claimModel } from '../../infra/claims.js';
import {
  ALLIANCE_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  type AllianceStatus,
  type MembershipEntry,
  type MembershipOrigin,
  type MembershipRole,
  type MembershipStatus,
  type LeadChange,
  type StatusChange,
} from './alliances.contract.js';

export type { MembershipEntry } from './alliances.contract.js';

export interface AllianceDoc {
  _id: Types.ObjectId;
  name: string;
  /** Lower-cased, space-folded name: one alliance of a name per region. */
  nameKey: string;
  regionCode: string;
  industries: string[];
  leadOrganizationId: Types.ObjectId;
  foundedOn: string;
  status: AllianceStatus;
  statusHistory: StatusChange[];
  /** Compare-and-set revision: status changes are single-document conditional updates. */
  rev: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** Lead changes with the founding lead first; absent (or empty) while the founding lead still leads. */
  leadHistory?: LeadChange[];
}

const leadChangeSchema = new Schema<LeadChange>(
  { organizationId: { type: String, required: true }, from: { type: String, required: true }, recordedAt: { type: String, required: true }, by: { type: String, required: true }, reason: { type: String, default: null } },
  { _id: false },
);

const statusChangeSchema = new Schema<StatusChange>(
  { status: { type: String, enum: ALLIANCE_STATUSES, required: true }, from: { type: String, required: true }, recordedAt: { type: String, required: true }, by: { type: String, required: true } },
  { _id: false },
);

const allianceSchema = new Schema<AllianceDoc>(
  {
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    regionCode: { type: String, required: true },
    industries: { type: [String], default: [] },
    leadOrganizationId: { type: Schema.Types.ObjectId, required: true },
    foundedOn: { type: String, required: true },
    status: { type: String, enum: ALLIANCE_STATUSES, required: true },
    statusHistory: { type: [statusChangeSchema], default: [] },
    rev: { type: Number, required: true, default: 0 },
    createdBy: { type: String, required: true },
    leadHistory: { type: [leadChangeSchema], default: [] },
  },
  { timestamps: true, collection: 'alliances', strict: 'throw' },
);
allianceSchema.index({ regionCode: 1, nameKey: 1 }, { unique: true });
allianceSchema.index({ leadOrganizationId: 1 });

export interface MembershipDoc {
  _id: Types.ObjectId;
  allianceId: Types.ObjectId;
  organizationId: Types.ObjectId;
  /** Copied from the organization when the membership is created (kind and school type never change), so counts need no join. */
  orgKind: string;
  schoolType: string | null;
  role: MembershipRole;
  status: MembershipStatus;
  initiatedBy: MembershipOrigin;
  joinedAt: string | null;
  endedAt: string | null;
  /**
   * `${allianceId}:${organizationId}` while PENDING or ACTIVE, `closed:${_id}` after: a plain unique index
   * then allows at most one open membership per organization and alliance, even under concurrent requests.
   */
  openKey: string;
  history: MembershipEntry[];
  decidedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const entrySchema = new Schema<MembershipEntry>(
  { at: String, by: String, action: String, effectiveDate: { type: String, default: null }, reason: { type: String, default: null } },
  { _id: false },
);

const membershipSchema = new Schema<MembershipDoc>(
  {
    allianceId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    orgKind: { type: String, required: true },
    schoolType: { type: String, default: null },
    role: { type: String, enum: MEMBERSHIP_ROLES, required: true },
    status: { type: String, enum: MEMBERSHIP_STATUSES, required: true },
    initiatedBy: { type: String, required: true },
    joinedAt: { type: String, default: null },
    endedAt: { type: String, default: null },
    openKey: { type: String, required: true },
    history: { type: [entrySchema], default: [] },
    decidedBy: { type: String, default: null },
  },
  { timestamps: true, collection: 'memberships', strict: 'throw' },
);
membershipSchema.index({ openKey: 1 }, { unique: true });
// Counting active members as of a date reads only this alliance's memberships that had joined by then.
membershipSchema.index({ allianceId: 1, joinedAt: 1 });
membershipSchema.index({ allianceId: 1, _id: 1 });
membershipSchema.index({ organizationId: 1, _id: 1 });

export function allianceModels(conn: Connection) {
  return {
    Alliance: conn.model<AllianceDoc>('Alliance', allianceSchema) as Model<AllianceDoc>,
    Membership: conn.model<MembershipDoc>('Membership', membershipSchema) as Model<MembershipDoc>,
    Claim: claimModel(conn),
  };
}
export type AllianceModels = ReturnType<typeof allianceModels>;

/** A MongoDB filter over memberships (keys are document paths). */
export type MembershipFilter = Record<string, unknown>;

/**
 * Memberships active on `asOf` (YYYY-MM-DD): the query form of `activeOn` in alliances.rules.ts (joined on or
 * before the date, not ended on or before it), tested against it in alliances.model.spec.ts. Uses `$or`: merge
 * it with `{ ...filter, ...activeOnFilter(d) }` only into filters without an `$or` of their own.
 */
export function activeOnFilter(asOf: string): MembershipFilter {
  return { joinedAt: { $ne: null, $lte: asOf }, $or: [{ endedAt: null }, { endedAt: { $gt: asOf } }] };
}

/**
 * Memberships whose organization is of `kind` on the date of `classificationOn` (the organizations ever
 * reclassified, with their kind then): the query form of `ofKindOn` in alliances.rules.ts, tested against it in
 * alliances.model.spec.ts. A membership of an organization never reclassified is of its copied kind. Uses `$or`
 * inside an `$and`, so it merges with `activeOnFilter`.
 */
export function kindOnFilter(kind: string, classificationOn: ReadonlyMap<string, { kind: string }>): MembershipFilter {
  if (!classificationOn.size) return { orgKind: kind };
  const reclassified = [...classificationOn.keys()].map((id) => new Types.ObjectId(id));
  const nowOfKind = [...classificationOn].filter(([, c]) => c.kind === kind).map(([id]) => new Types.ObjectId(id));
  return { $and: [{ $or: [{ orgKind: kind, organizationId: { $nin: reclassified } }, { organizationId: { $in: nowOfKind } }] }] };
}
