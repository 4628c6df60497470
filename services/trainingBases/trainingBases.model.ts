import { Schema, Types, type Connection, type Model } from 'mongoose';
import { claimModel } from '../../infra/claims.js';
import { BASE_STATUSES, BOOKING_PURPOSES, type BaseStatus, type BookingPurpose, type BookingRules, type BookingStatus, type OpeningHours } from './trainingBases.contract.js';
import { HIDDEN, MAX_BOOKING_MS, quotaMonthOf, type StoredBookingStatus } from './trainingBases.rules.js';

/** One change of a base (who, when, what, the reason given). */
export interface BaseHistoryEntry {
  at: string;
  by: string;
  action: string;
  detail?: string | null;
}

/** A stored base (collection `bases`). */
export interface TrainingBaseDoc {
  _id: Types.ObjectId;
  allianceId: Types.ObjectId;
  /** Copied from the alliance at creation (its lead never changes): authority checks need no extra call. */
  leadOrganizationId: Types.ObjectId;
  regionCode: string;
  hostOrganizationId: Types.ObjectId;
  name: string;
  nameKey: string;
  address: string | null;
  disciplines: string[];
  timeZone: string;
  capacity: number;
  /**
   * Bumped whenever capacity changes. Slot counters carry the capacity version they were last brought to;
   * a reservation first brings a counter to the base's version with a conditional update (see service).
   */
  capacityVersion: number;
  requiresApproval: boolean;
  openingHours: OpeningHours[];
  closedDates: string[];
  rules: BookingRules;
  status: BaseStatus;
  /** Revision for every change of the base document (claim `trainingBase:<id>:rev:<r>` + compare-and-set, infra/revise.ts). */
  rev: number;
  history: BaseHistoryEntry[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const hoursSchema = new Schema<OpeningHours>({ weekday: { type: Number, required: true }, opens: { type: String, required: true }, closes: { type: String, required: true } }, { _id: false });
const rulesSchema = new Schema<BookingRules>(
  {
    minMinutes: { type: Number, required: true },
    maxMinutes: { type: Number, required: true },
    maxDaysAhead: { type: Number, required: true },
    monthlyStationHoursCap: { type: Number, default: null },
  },
  { _id: false },
);
const baseHistorySchema = new Schema<BaseHistoryEntry>({ at: String, by: String, action: String, detail: { type: String, default: null } }, { _id: false });

const baseSchema = new Schema<TrainingBaseDoc>(
  {
    allianceId: { type: Schema.Types.ObjectId, required: true },
    leadOrganizationId: { type: Schema.Types.ObjectId, required: true },
    regionCode: { type: String, required: true },
    hostOrganizationId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    address: { type: String, default: null },
    disciplines: { type: [String], default: [] },
    timeZone: { type: String, required: true },
    capacity: { type: Number, required: true },
    capacityVersion: { type: Number, required: true, default: 0 },
    requiresApproval: { type: Boolean, required: true },
    openingHours: { type: [hoursSchema], default: [] },
    closedDates: { type: [String], default: [] },
    rules: { type: rulesSchema, required: true },
    status: { type: String, enum: BASE_STATUSES, required: true },
    rev: { type: Number, required: true, default: 0 },
    history: { type: [baseHistorySchema], default: [] },
    createdBy: { type: String, required: true },
  },
  { timestamps: true, collection: 'bases', strict: 'throw' },
);
baseSchema.index({ allianceId: 1, nameKey: 1 }, { unique: true });
baseSchema.index({ allianceId: 1, _id: 1 });

/** One step in a booking's history. */
export interface BookingEntry {
  at: string;
  by: string;
  action: 'REQUESTED' | 'CONFIRMED' | 'APPROVED' | 'REJECTED' | 'CANCELLED' | 'IMPORTED' | 'FAILED' | 'COMPLETED';
  reason?: string | null;
}

/** A stored booking (collection `bookings`). */
export interface BookingDoc {
  _id: Types.ObjectId;
  baseId: Types.ObjectId;
  allianceId: Types.ObjectId;
  hostOrganizationId: Types.ObjectId;
  organizationId: Types.ObjectId;
  /** The booking organization's kind (SCHOOL, ENTERPRISE, ...) when it booked: the internship record needs no join. */
  orgKind: string;
  start: Date;
  end: Date;
  headcount: number;
  purpose: BookingPurpose;
  status: StoredBookingStatus;
  seriesId: string | null;
  /** Month (YYYY-MM, base zone) charged for the per-organization station-hours cap, when the base has one. */
  quotaMonth: string | null;
  /** True while this booking's stations may still be held on slot counters after it stopped holding (release pending). */
  releasePending: boolean;
  imported: boolean;
  requestedBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  history: BookingEntry[];
  createdAt: Date;
  updatedAt: Date;
}

const bookingEntrySchema = new Schema<BookingEntry>({ at: String, by: String, action: String, reason: { type: String, default: null } }, { _id: false });

const bookingSchema = new Schema<BookingDoc>(
  {
    baseId: { type: Schema.Types.ObjectId, required: true },
    allianceId: { type: Schema.Types.ObjectId, required: true },
    hostOrganizationId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    orgKind: { type: String, required: true },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
    headcount: { type: Number, required: true },
    purpose: { type: String, enum: BOOKING_PURPOSES, required: true },
    status: { type: String, required: true },
    seriesId: { type: String, default: null },
    quotaMonth: { type: String, default: null },
    releasePending: { type: Boolean, default: false },
    imported: { type: Boolean, default: false },
    requestedBy: { type: String, required: true },
    decidedBy: { type: String, default: null },
    decidedAt: { type: String, default: null },
    reason: { type: String, default: null },
    history: { type: [bookingEntrySchema], default: [] },
  },
  { timestamps: true, collection: 'bookings', strict: 'throw' },
);
// Reads by window: availability checks, utilization, the calendar feed, a base's bookings.
bookingSchema.index({ baseId: 1, start: 1 });
bookingSchema.index({ organizationId: 1, start: 1 });
bookingSchema.index({ seriesId: 1 });
// The sweeper: stuck reservations, pending releases, confirmed bookings that ended.
bookingSchema.index({ status: 1, updatedAt: 1 });
bookingSchema.index({ releasePending: 1 });

/**
 * One capacity counter per base and slot, created lazily (upsert, unique index). `free` stations left at
 * `capacity` (the base's capacity as of `capacityVersion`). `holders` lists bookings that took stations here,
 * `released` those that gave them back: both only grow (`$addToSet`, which the emulator supports), so taking
 * and giving back are idempotent single-document conditional updates, and a crash can be repaired.
 */
export interface SlotCounterDoc {
  _id: Types.ObjectId;
  baseId: Types.ObjectId;
  slotStart: Date;
  capacity: number;
  capacityVersion: number;
  free: number;
  holders: string[];
  released: string[];
}

const slotCounterSchema = new Schema<SlotCounterDoc>(
  {
    baseId: { type: Schema.Types.ObjectId, required: true },
    slotStart: { type: Date, required: true },
    capacity: { type: Number, required: true },
    capacityVersion: { type: Number, required: true },
    free: { type: Number, required: true },
    holders: { type: [String], default: [] },
    released: { type: [String], default: [] },
  },
  { collection: 'slot_counters', strict: 'throw', versionKey: false },
);
slotCounterSchema.index({ baseId: 1, slotStart: 1 }, { unique: true });

/** Station-minutes an organization holds at a base in a month, for the per-organization cap (same mechanism). */
export interface QuotaDoc {
  _id: Types.ObjectId;
  baseId: Types.ObjectId;
  organizationId: Types.ObjectId;
  month: string;
  usedMinutes: number;
  holders: string[];
  released: string[];
}
const quotaSchema = new Schema<QuotaDoc>(
  {
    baseId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    month: { type: String, required: true },
    usedMinutes: { type: Number, required: true, default: 0 },
    holders: { type: [String], default: [] },
    released: { type: [String], default: [] },
  },
  { collection: 'quotas', strict: 'throw', versionKey: false },
);
quotaSchema.index({ baseId: 1, organizationId: 1, month: 1 }, { unique: true });

/** An idempotency key: the first request under a key claims it (unique index); retries get its bookings. */
export interface BookingRequestDoc {
  _id: Types.ObjectId;
  organizationId: Types.ObjectId;
  key: string;
  fingerprint: string;
  state: 'IN_PROGRESS' | 'DONE';
  bookingIds: string[];
  createdAt: Date;
}
const requestSchema = new Schema<BookingRequestDoc>(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    key: { type: String, required: true },
    fingerprint: { type: String, required: true },
    state: { type: String, required: true },
    bookingIds: { type: [String], default: [] },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'booking_requests', strict: 'throw', versionKey: false },
);
requestSchema.index({ organizationId: 1, key: 1 }, { unique: true });

/** Feeds keyed by base, organization and user (issue 14); feeds without it were keyed by base and user only. */
export const FEED_KEY_VERSION = 2;

/**
 * A calendar subscription: per base, organization and user (a token's `sub` alone names no one across
 * organizations). Only the SHA-256 of the URL's secret is stored; the secret is an HMAC (internal secret) of a
 * random per-feed salt, so the same URL can be shown again without storing it.
 */
export interface CalendarFeedDoc {
  _id: Types.ObjectId;
  baseId: Types.ObjectId;
  /** The organization of the token that asked for it (`org` claim); null for a platform admin without one. */
  organizationId: string | null;
  userId: string;
  /** Whose bookings the feed shows: null = all (host, lead, platform admin), else this organization's only. */
  scopeOrganizationId: string | null;
  salt: string;
  tokenHash: string;
  /** `${baseId}:${organizationId ?? '-'}:${userId}` while active, `revoked:${_id}` after: one active feed per base, organization and user. */
  activeKey: string;
  /** FEED_KEY_VERSION; absent on feeds keyed by base and user only, which answer as revoked (their URLs may have leaked). */
  keyVersion?: number;
  revokedAt: Date | null;
  createdAt: Date;
}
const feedSchema = new Schema<CalendarFeedDoc>(
  {
    baseId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: String, default: null },
    userId: { type: String, required: true },
    scopeOrganizationId: { type: String, default: null },
    salt: { type: String, required: true },
    tokenHash: { type: String, required: true },
    activeKey: { type: String, required: true },
    keyVersion: { type: Number },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'calendar_feeds', strict: 'throw', versionKey: false },
);
feedSchema.index({ activeKey: 1 }, { unique: true });
feedSchema.index({ tokenHash: 1 }, { unique: true });

/** The service's models on its own connection (mongoMixin). */
export function baseModels(conn: Connection) {
  return {
    Base: conn.model<TrainingBaseDoc>('TrainingBase', baseSchema) as Model<TrainingBaseDoc>,
    Booking: conn.model<BookingDoc>('Booking', bookingSchema) as Model<BookingDoc>,
    SlotCounter: conn.model<SlotCounterDoc>('SlotCounter', slotCounterSchema) as Model<SlotCounterDoc>,
    Quota: conn.model<QuotaDoc>('Quota', quotaSchema) as Model<QuotaDoc>,
    BookingRequest: conn.model<BookingRequestDoc>('BookingRequest', requestSchema) as Model<BookingRequestDoc>,
    CalendarFeed: conn.model<CalendarFeedDoc>('CalendarFeed', feedSchema) as Model<CalendarFeedDoc>,
    /** One claim per base revision (infra/claims.ts): exactly one writer wins each step. */
    Claim: claimModel(conn),
  };
}
/** The service's models. */
export type BaseModels = ReturnType<typeof baseModels>;

// ------------------------------------------------------------------ named query builders (each encodes a rule of trainingBases.rules.ts)

/** A MongoDB filter over bookings. */
export type BookingFilter = Record<string, unknown>;

/** Bookings any reader may see: `isListed(status)` (not RESERVING, not FAILED). */
export const notHiddenFilter = (): BookingFilter => ({ status: { $nin: [...HIDDEN] } });

/**
 * Bookings overlapping [from, to) (either bound open): `overlapsWindow`. The lower bound on `start` (a booking
 * lasts at most MAX_BOOKING_MS) adds nothing to the result but lets the `{baseId, start}` index bound the scan.
 */
export function bookingWindowFilter(from?: Date | null, to?: Date | null): BookingFilter {
  const q: BookingFilter = {};
  if (from || to) q.start = { ...(to ? { $lt: to } : {}), ...(from ? { $gte: new Date(from.getTime() - MAX_BOOKING_MS) } : {}) };
  if (from) q.end = { $gt: from };
  return q;
}

/**
 * Bookings by their status as clients see it at `now` (`visibleStatus`): COMPLETED includes CONFIRMED bookings
 * that have ended, CONFIRMED only those that have not; no status = every listed booking.
 */
export function visibleStatusFilter(status: BookingStatus | null | undefined, now: Date): BookingFilter {
  switch (status) {
    case undefined:
    case null:
      return notHiddenFilter();
    case 'COMPLETED':
      return { $or: [{ status: 'COMPLETED' }, { status: 'CONFIRMED', end: { $lte: now } }] };
    case 'CONFIRMED':
      return { status: 'CONFIRMED', end: { $gt: now } };
    default:
      return { status };
  }
}

// ------------------------------------------------------------------ documents

/** A booking history entry by `by` now. */
export const historyEntry = (by: string, action: BookingEntry['action'], reason: string | null = null): BookingEntry => ({ at: new Date().toISOString(), by, action, reason });

/** What a new booking document takes beyond its base: the one builder used by booking and by importing history. */
export interface NewBooking {
  organizationId: string;
  orgKind: string | null;
  start: number;
  end: number;
  headcount: number;
  purpose: BookingPurpose;
  status: StoredBookingStatus;
  seriesId: string | null;
  imported: boolean;
  requestedBy: string;
  /** Set for imported history (decided when recorded). */
  decidedBy?: string | null;
}

/**
 * A new booking document of a base (not yet stored): its alliance and host copied from the base, the month it
 * is charged to when the base has a monthly cap (bookings only; history takes no capacity), one history entry.
 */
export function newBookingDoc(base: Pick<TrainingBaseDoc, '_id' | 'allianceId' | 'hostOrganizationId' | 'timeZone' | 'rules'>, b: NewBooking): Omit<BookingDoc, 'createdAt' | 'updatedAt'> {
  return {
    _id: new Types.ObjectId(),
    baseId: base._id,
    allianceId: base.allianceId,
    hostOrganizationId: base.hostOrganizationId,
    organizationId: new Types.ObjectId(b.organizationId),
    orgKind: b.orgKind ?? 'OTHER',
    start: new Date(b.start),
    end: new Date(b.end),
    headcount: b.headcount,
    purpose: b.purpose,
    status: b.status,
    seriesId: b.seriesId,
    quotaMonth: b.imported ? null : quotaMonthOf(b.start, base.timeZone, base.rules.monthlyStationHoursCap),
    releasePending: false,
    imported: b.imported,
    requestedBy: b.requestedBy,
    decidedBy: b.decidedBy ?? null,
    decidedAt: b.decidedBy ? new Date().toISOString() : null,
    reason: null,
    history: [historyEntry(b.requestedBy, b.imported ? 'IMPORTED' : 'REQUESTED')],
  };
}
