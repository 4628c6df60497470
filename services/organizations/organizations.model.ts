import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { claimModel } from '../../infra/claims.js';
import {
  ENTERPRISE_SCALES,
  ORGANIZATION_CHANGE_FIELDS,
  ORGANIZATION_KINDS,
  FUTURE_BOOKINGS_CHOICES,
  DISQUALIFICATION_KINDS,
  type DisqualificationKind,
  SCHOOL_TYPES,
  type DesignatedSizeYear,
  type FutureBookingsChoice,
  type OrganizationChange,
  type OrganizationKind,
} from './organizations.contract.js';

export interface OrganizationDoc {
  _id: Types.ObjectId;
  name: string;
  kind: OrganizationKind;
  schoolType: string | null;
  creditCode: string;
  regionCode: string;
  aboveDesignatedSize: boolean | null;
  scale: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** Compare-and-set revision (infra/revise.ts): every correction is one step r → r + 1. Absent on records never corrected. */
  rev?: number;
  /** Corrections in the order recorded; never edited. Absent on records never corrected. */
  history?: OrganizationChange[];
  /** 规模以上 per statistical year, ordered by year (see organizations.rules.ts `designatedSizeYears` for older records). */
  designatedSizeByYear?: DesignatedSizeYear[];
  /** True once a CLASSIFICATION correction is recorded: member counts read these organizations' kind as of the date. */
  reclassified?: boolean;
}

const changeSchema = new Schema<OrganizationChange>(
  {
    field: { type: String, enum: ORGANIZATION_CHANGE_FIELDS, required: true },
    effectiveDate: { type: String, required: true },
    year: { type: Number, default: null },
    old: { type: Schema.Types.Mixed, default: {} },
    new: { type: Schema.Types.Mixed, default: {} },
    reason: { type: String, required: true },
    at: { type: String, required: true },
    by: { type: String, required: true },
    byOrganizationId: { type: String, default: null },
  },
  { _id: false, minimize: false },
);
const designatedSizeSchema = new Schema<DesignatedSizeYear>({ year: { type: Number, required: true }, aboveDesignatedSize: { type: Boolean, required: true } }, { _id: false });

const organizationSchema = new Schema<OrganizationDoc>(
  {
    name: { type: String, required: true },
    kind: { type: String, enum: ORGANIZATION_KINDS, required: true },
    schoolType: { type: String, enum: [...SCHOOL_TYPES, null], default: null },
    creditCode: { type: String, required: true },
    regionCode: { type: String, required: true },
    aboveDesignatedSize: { type: Boolean, default: null },
    scale: { type: String, enum: [...ENTERPRISE_SCALES, null], default: null },
    createdBy: { type: String, required: true },
    rev: { type: Number, default: 0 },
    history: { type: [changeSchema], default: [] },
    designatedSizeByYear: { type: [designatedSizeSchema], default: [] },
    reclassified: { type: Boolean, default: false },
  },
  { timestamps: true, collection: 'organizations', strict: 'throw' },
);
// The credit code identifies an organization nationally: one record per code, even under concurrent registration.
organizationSchema.index({ creditCode: 1 }, { unique: true });
organizationSchema.index({ regionCode: 1, _id: 1 });
organizationSchema.index({ kind: 1, _id: 1 });
// Member counts as of a date read the classification history of the (few) organizations ever reclassified.
organizationSchema.index({ reclassified: 1 });

/**
 * A bar on an organization (e.g. 5 years for filing false information). Append-only: lifting sets
 * `liftedAt` once; nothing else ever changes.
 */
export interface DisqualificationDoc {
  _id: Types.ObjectId;
  organizationId: Types.ObjectId;
  reason: string;
  from: string;
  until: string;
  /** The funder's organization that imposed it. */
  imposedByOrganizationId: Types.ObjectId | null;
  imposedBy: string;
  liftedAt: Date | null;
  /** The first date on which it no longer applies (platform time zone). */
  liftedOn: string | null;
  liftedBy: string | null;
  liftReason: string | null;
  /** The funder's choice for the organization's later bookings (absent on bans made before the choice existed: KEEP). */
  futureBookings?: FutureBookingsChoice;
  /** With CANCEL, the bookings cancelled when it was imposed (set once the training bases answered). */
  cancelledBookingCount?: number | null;
  /** Absent on bans made before kinds existed: GENERAL. */
  kind?: DisqualificationKind;
  sourceRef?: string | null;
  createdAt: Date;
}

const disqualificationSchema = new Schema<DisqualificationDoc>(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    reason: { type: String, required: true },
    from: { type: String, required: true },
    until: { type: String, required: true },
    imposedByOrganizationId: { type: Schema.Types.ObjectId, default: null },
    imposedBy: { type: String, required: true },
    liftedAt: { type: Date, default: null },
    liftedOn: { type: String, default: null },
    liftedBy: { type: String, default: null },
    liftReason: { type: String, default: null },
    futureBookings: { type: String, enum: FUTURE_BOOKINGS_CHOICES, default: 'KEEP' },
    cancelledBookingCount: { type: Number, default: null },
    kind: { type: String, enum: DISQUALIFICATION_KINDS, default: 'GENERAL' },
    sourceRef: { type: String, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'disqualifications', strict: 'throw' },
);
disqualificationSchema.index({ organizationId: 1, from: 1 });
disqualificationSchema.index({ until: 1, from: 1 });

export function organizationModels(conn: Connection) {
  return {
    Organization: conn.model<OrganizationDoc>('Organization', organizationSchema) as Model<OrganizationDoc>,
    Disqualification: conn.model<DisqualificationDoc>('Disqualification', disqualificationSchema) as Model<DisqualificationDoc>,
    Claim: claimModel(conn),
  };
}
export type OrganizationModels = ReturnType<typeof organizationModels>;

/** A MongoDB filter over disqualifications (keys are document paths). */
export type DisqualificationFilter = Record<string, unknown>;

/**
 * Disqualifications in force on `asOf` (YYYY-MM-DD): the query form of `disqualifiedOn` in organizations.rules.ts
 * (from ≤ asOf ≤ until, not lifted on or before asOf), tested against it in organizations.model.spec.ts. Uses `$or`.
 */
export function disqualifiedOnFilter(asOf: string): DisqualificationFilter {
  return { from: { $lte: asOf }, until: { $gte: asOf }, $or: [{ liftedOn: null }, { liftedOn: { $gt: asOf } }] };
}

/**
 * Disqualifications that may be in force on some day of [from, to]: a superset of `inForceDuring` in
 * organizations.rules.ts (the "not lifted before its own first day" part compares two fields, which the portable
 * query subset cannot), so the caller narrows with the rule; tested against it in organizations.model.spec.ts.
 */
export function inForceDuringFilter(from: string, to: string): DisqualificationFilter {
  return { from: { $lte: to }, until: { $gte: from }, $or: [{ liftedOn: null }, { liftedOn: { $gt: from } }] };
}
