import { Schema, Types, type Connection, type Model } from 'mongoose';
import { claimModel } from '../../infra/claims.js';
import { CONVERSION_KINDS, INTEREST_STATUSES, LISTING_KINDS, LISTING_STATUSES, type ConversionDto, type InterestDto, type ListingDto, type ListingStatus, type MajorRef, type SubscriptionDto } from './listings.contract.js';

/** A stored listing: the DTO with `_id`, Date instants and who created it. */
export interface ListingDoc extends Omit<ListingDto, 'id' | 'publishedAt' | 'createdAt' | 'updatedAt'> {
  _id: Types.ObjectId;
  /** Stored status; EXPIRED is also read (not stored) for an OPEN listing past validTo (rules `effectiveStatus`). */
  status: ListingStatus;
  /** Compare-and-set revision (infra/revise.ts); also the order in which replicas' indexes apply changes. */
  rev: number;
  publishedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  /** The catch-up watermark of the replicas' indexes reads by it (index below). */
  updatedAt: Date;
}

/** A stored interest: the DTO with `_id`, its open key, Date instants and who created it. */
export interface InterestDoc extends Omit<InterestDto, 'id' | 'createdAt'> {
  _id: Types.ObjectId;
  /** `listingId:organizationId` while PENDING or ACCEPTED (unique: one live interest per organization and listing), `closed:<id>` after. */
  openKey: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A stored saved search: the DTO with `_id`, Date instants and who created it. */
export interface SubscriptionDoc extends Omit<SubscriptionDto, 'id' | 'createdAt'> {
  _id: Types.ObjectId;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const majorSchema = new Schema<MajorRef>({ code: { type: String, default: null }, name: { type: String, required: true } }, { _id: false });

const listingSchema = new Schema<ListingDoc>(
  {
    kind: { type: String, enum: LISTING_KINDS, required: true },
    organizationId: { type: String, required: true },
    organizationName: { type: String, required: true },
    organizationKind: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    regionCode: { type: String, required: true },
    industries: { type: [String], default: [] },
    majors: { type: [majorSchema], default: [] },
    headcount: { type: Number, default: null },
    periodFrom: { type: String, default: null },
    periodTo: { type: String, default: null },
    payMinFen: { type: Number, default: null },
    payMaxFen: { type: Number, default: null },
    budgetFen: { type: Number, default: null },
    place: { type: String, default: null },
    openToNonMembers: { type: Boolean, default: true },
    validFrom: { type: String, required: true },
    validTo: { type: String, required: true },
    status: { type: String, enum: LISTING_STATUSES, required: true },
    matchedInterestId: { type: String, default: null },
    rev: { type: Number, required: true, default: 0 },
    publishedAt: { type: Date, default: null },
    createdBy: { type: String, required: true },
  },
  { timestamps: true, collection: 'listings', strict: 'throw' },
);
listingSchema.index({ organizationId: 1, _id: -1 });
listingSchema.index({ status: 1, validTo: 1 });
listingSchema.index({ updatedAt: 1 });

const conversionSchema = new Schema<ConversionDto>(
  { kind: { type: String, enum: CONVERSION_KINDS, required: true }, id: { type: String, required: true }, at: { type: String, required: true }, by: { type: String, required: true } },
  { _id: false },
);

const interestSchema = new Schema<InterestDoc>(
  {
    listingId: { type: String, required: true },
    listingOwnerOrganizationId: { type: String, required: true },
    organizationId: { type: String, required: true },
    organizationName: { type: String, required: true },
    message: { type: String, required: true },
    ownListingId: { type: String, default: null },
    status: { type: String, enum: INTEREST_STATUSES, required: true },
    openKey: { type: String, required: true, unique: true },
    decidedAt: { type: String, default: null },
    decidedBy: { type: String, default: null },
    decisionNote: { type: String, default: null },
    conversion: { type: conversionSchema, default: null },
    createdBy: { type: String, required: true },
  },
  { timestamps: true, collection: 'interests', strict: 'throw' },
);
interestSchema.index({ listingId: 1, _id: 1 });
interestSchema.index({ organizationId: 1, _id: 1 });
interestSchema.index({ status: 1, organizationId: 1 });

const subscriptionSchema = new Schema<SubscriptionDoc>(
  {
    organizationId: { type: String, required: true },
    name: { type: String, required: true },
    filter: { type: Schema.Types.Mixed, required: true },
    active: { type: Boolean, required: true },
    createdBy: { type: String, required: true },
  },
  { timestamps: true, collection: 'subscriptions', strict: 'throw' },
);
subscriptionSchema.index({ active: 1 });
subscriptionSchema.index({ organizationId: 1, _id: 1 });

/** The unique key of an organization's live interest in a listing (rule: one at a time). */
export const interestOpenKey = (listingId: string, organizationId: string): string => `${listingId}:${organizationId}`;

/** Listings changed since the watermark (catch-up of the replicas' indexes), served by `{ updatedAt: 1 }`. */
export function changedSinceFilter(since: Date): Record<string, unknown> {
  return { updatedAt: { $gte: since } };
}

/** OPEN listings whose validity ended before `today`: the Mongo form of `effectiveStatus(...) === 'EXPIRED'` for stored OPEN ones. */
export function expiredFilter(today: string): Record<string, unknown> {
  return { status: 'OPEN', validTo: { $lt: today } };
}

/** The service's models: listings, interests, saved searches and claims (one decision, one conversion, one notification). */
export function listingModels(conn: Connection) {
  return {
    Listing: conn.model<ListingDoc>('Listing', listingSchema) as Model<ListingDoc>,
    Interest: conn.model<InterestDoc>('Interest', interestSchema) as Model<InterestDoc>,
    Subscription: conn.model<SubscriptionDoc>('Subscription', subscriptionSchema) as Model<SubscriptionDoc>,
    Claim: claimModel(conn),
  };
}
export type ListingModels = ReturnType<typeof listingModels>;
