import { createHash, createHmac, randomBytes } from 'node:crypto';
import { inIdOrder } from '../../infra/batch.js';
import type { Context, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { Types } from 'mongoose';
import { actorOf, hasRole, isPlatformAdmin, regionCovers, type Actor, type CallMeta } from '../../infra/auth.js';
import { badInput, conflict, failedPrecondition, forbidden, isDuplicateKey, notFound, unauthenticated } from '../../infra/errors.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { after, date, enumOf, first, idList, objectId, optionalDate, optionalText, text } from '../../infra/params.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../infra/pagination.js';
import { config } from '../../infra/env.js';
import { today } from '../../infra/dates.js';
import type { AllianceDto } from '../alliances/alliances.contract.js';
import type { OrganizationDto } from '../organizations/organizations.contract.js';
import { baseModels, type BaseModels, type BookingDoc, type BookingEntry, type CalendarFeedDoc, type SlotCounterDoc, type TrainingBaseDoc } from './trainingBases.model.js';
import { giveQuota, giveSlots, takeQuota, takeSlot, upgradeCounter, ensureCounter, type CapacityTarget } from './trainingBases.capacity.js';
import { renderFeed } from './ops/render-feed.js';
import { BookingEvent, TrainingBaseEvent, type BookingEventPayload, type TrainingBaseEventPayload } from './trainingBases.events.js';
import {
  BASE_STATUSES,
  BOOKING_PURPOSES,
  BOOKING_STATUSES,
  DEFAULT_RULES,
  HOLDING,
  SLOT_MS,
  addDays,
  availability,
  fingerprint,
  freeWindows,
  internshipRecord,
  isTimeZone,
  localDatesOf,
  localParts,
  managesBase,
  monthsOf,
  openingHoursProblems,
  overCapacity,
  placementProblem,
  seesAllBookings,
  slotStarts,
  utilization,
  visibleStatus,
  weeklyOccurrences,
  zonedToUtc,
  type BaseStatus,
  type BookingPurpose,
  type BookingRules,
  type BookingStatus,
  type InternshipRecord,
  type Interval,
  type OpeningHours,
  type SlotView,
  type StoredBookingStatus,
  type Utilization,
} from './trainingBases.rules.js';

// ------------------------------------------------------------------ DTOs

export interface TrainingBaseDto {
  id: string;
  allianceId: string;
  hostOrganizationId: string;
  leadOrganizationId: string;
  regionCode: string;
  name: string;
  address: string | null;
  disciplines: string[];
  timeZone: string;
  capacity: number;
  requiresApproval: boolean;
  openingHours: OpeningHours[];
  closedDates: string[];
  rules: BookingRules;
  status: BaseStatus;
  createdAt: string;
}

export interface BookingDto {
  id: string;
  baseId: string;
  allianceId: string;
  organizationId: string;
  start: string;
  end: string;
  headcount: number;
  purpose: BookingPurpose;
  status: BookingStatus;
  seriesId: string | null;
  requestedBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  imported: boolean;
  createdAt: string;
}

export interface SlotDto {
  start: string;
  end: string;
  remaining: number;
}

export interface UtilizationDto {
  from: string;
  to: string;
  bookedStationHours: number;
  openStationHours: number;
  ratio: number;
}

export interface CalendarFeedData {
  base: TrainingBaseDto;
  generatedAt: string;
  events: { id: string; start: string; end: string; status: BookingStatus; purpose: BookingPurpose; headcount: number; organizationName: string; updatedAt: string }[];
}

export const toBaseDto = (d: TrainingBaseDoc): TrainingBaseDto => ({
  id: String(d._id),
  allianceId: String(d.allianceId),
  hostOrganizationId: String(d.hostOrganizationId),
  leadOrganizationId: String(d.leadOrganizationId),
  regionCode: d.regionCode,
  name: d.name,
  address: d.address ?? null,
  disciplines: d.disciplines ?? [],
  timeZone: d.timeZone,
  capacity: d.capacity,
  requiresApproval: d.requiresApproval,
  openingHours: (d.openingHours ?? []).map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes })),
  closedDates: [...(d.closedDates ?? [])].sort(),
  rules: { minMinutes: d.rules.minMinutes, maxMinutes: d.rules.maxMinutes, maxDaysAhead: d.rules.maxDaysAhead, monthlyStationHoursCap: d.rules.monthlyStationHoursCap ?? null },
  status: d.status,
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

export const toBookingDto = (d: BookingDoc, now = Date.now()): BookingDto => ({
  id: String(d._id),
  baseId: String(d.baseId),
  allianceId: String(d.allianceId),
  organizationId: String(d.organizationId),
  start: d.start.toISOString(),
  end: d.end.toISOString(),
  headcount: d.headcount,
  purpose: d.purpose,
  status: visibleStatus(d.status, d.end.getTime(), now),
  seriesId: d.seriesId ?? null,
  requestedBy: d.requestedBy,
  decidedBy: d.decidedBy ?? null,
  decidedAt: d.decidedAt ?? null,
  reason: d.reason ?? null,
  imported: !!d.imported,
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

const slotDto = (s: SlotView): SlotDto => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString(), remaining: s.remaining });
const utilizationDto = (u: Utilization): UtilizationDto => ({ ...u, from: new Date(u.from).toISOString(), to: new Date(u.to).toISOString() });

// ------------------------------------------------------------------ params

const oid = (id: string) => new Types.ObjectId(id);
const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
const DATETIME = { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, messages: { stringPattern: "'{field}' must be an ISO 8601 date-time with an offset." } } as const;
const optionalDateTime = { ...DATETIME, optional: true, nullable: true } as const;
const hoursRule = {
  type: 'array',
  max: 50,
  items: { type: 'object', strict: 'remove', props: { weekday: { type: 'number', integer: true, min: 1, max: 7, convert: false }, opens: { type: 'string', pattern: /^\d{2}:\d{2}$/ }, closes: { type: 'string', pattern: /^\d{2}:\d{2}$/ } } },
} as const;
const rulesRule = {
  type: 'object',
  optional: true,
  nullable: true,
  strict: 'remove',
  props: {
    minMinutes: { type: 'number', integer: true, min: 15, max: 1440, optional: true, nullable: true, convert: false },
    maxMinutes: { type: 'number', integer: true, min: 15, max: 1440, optional: true, nullable: true, convert: false },
    maxDaysAhead: { type: 'number', integer: true, min: 1, max: 730, optional: true, nullable: true, convert: false },
    monthlyStationHoursCap: { type: 'number', integer: true, min: 1, max: 1_000_000, optional: true, nullable: true, convert: false },
  },
} as const;
const datesRule = { type: 'array', items: date, max: 400 } as const;
const capacityRule = { type: 'number', integer: true, min: 1, max: 10_000, convert: false } as const;
/** Longest window a read may span (availability: 62 days; utilization and the record: a bit over a year). */
const MAX_AVAILABILITY_MS = 62 * 86_400_000;
const MAX_UTILIZATION_MS = 400 * 86_400_000;
/** Bookings never exceed a day: window reads bound `start` from below by the window start minus a day. */
const MAX_BOOKING_MS = 86_400_000;
/** A RESERVING booking older than this was left by a crashed node: the sweeper rolls it back. */
const STUCK_AFTER_MS = 2 * 60_000;

export interface RulesInput {
  minMinutes?: number | null;
  maxMinutes?: number | null;
  maxDaysAhead?: number | null;
  monthlyStationHoursCap?: number | null;
}
export interface CreateBaseParams {
  allianceId: string;
  hostOrganizationId: string;
  name: string;
  timeZone: string;
  capacity: number;
  requiresApproval?: boolean | null;
  openingHours: OpeningHours[];
  closedDates?: string[] | null;
  address?: string | null;
  disciplines?: string[] | null;
  rules?: RulesInput | null;
}
export interface UpdateBaseParams {
  baseId: string;
  name?: string | null;
  address?: string | null;
  disciplines?: string[] | null;
  capacity?: number | null;
  requiresApproval?: boolean | null;
  openingHours?: OpeningHours[] | null;
  rules?: RulesInput | null;
  status?: BaseStatus | null;
  /** Cancel (with notice, `reason` recorded) the bookings the change leaves without room, instead of refusing. */
  cancelConflicting?: boolean | null;
  reason?: string | null;
}
export interface BookParams {
  baseId: string;
  organizationId: string;
  start: string;
  end: string;
  headcount: number;
  purpose: BookingPurpose;
  idempotencyKey?: string | null;
  recurrence?: { until: string } | null;
}

type BaseChange = Partial<Pick<TrainingBaseDoc, 'name' | 'nameKey' | 'address' | 'disciplines' | 'capacity' | 'requiresApproval' | 'openingHours' | 'closedDates' | 'rules' | 'status'>>;

interface Methods {
  loadBase(id: string): Promise<TrainingBaseDoc>;
  loadBooking(id: string): Promise<BookingDoc>;
  isActiveMember(ctx: Context, allianceId: string, organizationId: string, from: string, to: string): Promise<{ active: boolean; orgKind: string | null }>;
  changeBase(ctx: Context, baseId: string, change: (b: TrainingBaseDoc) => BaseChange, action: string, opts: { cancelConflicting?: boolean | null; reason?: string | null }): Promise<TrainingBaseDto>;
  book(ctx: Context, p: BookParams, actor: Actor): Promise<BookingDto[]>;
  reserve(base: TrainingBaseDoc, bookings: BookingDoc[]): Promise<{ ok: true; base: TrainingBaseDoc } | { ok: false; clash: BookingDoc; index: number; reason: string }>;
  releaseBooking(b: BookingDoc): Promise<void>;
  transition(b: BookingDoc, from: StoredBookingStatus[], to: StoredBookingStatus, entry: BookingEntry, set?: Partial<BookingDoc>): Promise<BookingDoc>;
  availabilityOf(base: TrainingBaseDoc, from: number, to: number): Promise<SlotView[]>;
  canReadReports(ctx: Context, actor: Actor, base: TrainingBaseDoc): Promise<boolean>;
  emitBooking(ctx: Context | null, event: string, b: BookingDoc): void;
  closeBooking(ctx: Context, b: BookingDoc, from: StoredBookingStatus[], to: 'REJECTED' | 'CANCELLED', by: string, reason: string, event: string): Promise<BookingDto>;
  sweepOnce(now?: number): Promise<{ rolledBack: number; released: number; completed: number; expired: number }>;
  feedToken(feed: CalendarFeedDoc): string;
}

type This = MongoVars<BaseModels> & Methods & { broker: import('moleculer').ServiceBroker; logger: import('moleculer').Service['logger']; sweeper?: NodeJS.Timeout };

const ms = (iso: string) => Date.parse(iso);
const entry = (by: string, action: BookingEntry['action'], reason: string | null = null): BookingEntry => ({ at: new Date().toISOString(), by, action, reason });
const bookingSummary = (b: BookingDoc) => ({ id: String(b._id), organizationId: String(b.organizationId), start: b.start.toISOString(), end: b.end.toISOString(), headcount: b.headcount, status: visibleStatus(b.status, b.end.getTime()) });

function mergeRules(current: BookingRules, input: RulesInput | null | undefined): BookingRules {
  const r: BookingRules = { ...current };
  if (input) {
    if (input.minMinutes != null) r.minMinutes = input.minMinutes;
    if (input.maxMinutes != null) r.maxMinutes = input.maxMinutes;
    if (input.maxDaysAhead != null) r.maxDaysAhead = input.maxDaysAhead;
    if (input.monthlyStationHoursCap !== undefined) r.monthlyStationHoursCap = input.monthlyStationHoursCap;
  }
  if (r.minMinutes > r.maxMinutes) throw badInput(`rules.minMinutes (${r.minMinutes}) must not exceed rules.maxMinutes (${r.maxMinutes}).`, { field: 'rules' });
  if (r.minMinutes % 15 || r.maxMinutes % 15) throw badInput('rules.minMinutes and rules.maxMinutes must be multiples of 15 minutes.', { field: 'rules' });
  return r;
}

function checkHours(hours: OpeningHours[]): void {
  const problems = openingHoursProblems(hours);
  if (problems.length) throw badInput(`Opening hours are invalid: ${problems.join('; ')}.`, { field: 'openingHours', problems });
}

function windowOf(fromIso: string, toIso: string, max: number): [number, number] {
  const from = ms(fromIso);
  const to = ms(toIso);
  if (!(to > from)) throw badInput('`to` must be after `from`.', { field: 'to' });
  if (to - from > max) throw badInput(`The window may span at most ${Math.round(max / 86_400_000)} days.`, { field: 'to' });
  return [from, to];
}

const TrainingBasesService: ServiceSchema<ServiceSettingSchema, Methods & Record<string, never>, This> = {
  name: 'trainingBases',
  dependencies: ['organizations', 'alliances'],
  mixins: [mongoMixin('trainingBases', baseModels)],

  actions: {
    /** Registers a base of an alliance, hosted by one of its active members (host's or lead's admins). */
    create: {
      params: {
        allianceId: objectId,
        hostOrganizationId: objectId,
        name: text(200, 2),
        timeZone: text(64),
        capacity: capacityRule,
        requiresApproval: { type: 'boolean', optional: true, nullable: true },
        openingHours: hoursRule,
        closedDates: { ...datesRule, optional: true, nullable: true },
        address: optionalText(300),
        disciplines: { type: 'array', items: text(100), max: 50, optional: true, nullable: true },
        rules: rulesRule,
      },
      async handler(this: This, ctx: Context<CreateBaseParams, CallMeta>): Promise<TrainingBaseDto> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        const alliance = await ctx.call<AllianceDto | null, { id: string }>('alliances.get', { id: p.allianceId });
        if (!alliance) throw notFound('Alliance', p.allianceId);
        if (!managesBase(actor, p.hostOrganizationId, alliance.leadOrganizationId)) {
          throw forbidden("Only the host organization's admins or the alliance lead's admins may register a training base.");
        }
        if (alliance.status === 'DISSOLVED') throw failedPrecondition('The alliance is dissolved.');
        if (!isTimeZone(p.timeZone)) throw badInput(`timeZone must be an IANA time zone such as Asia/Shanghai, got "${p.timeZone}".`, { field: 'timeZone' });
        checkHours(p.openingHours);
        const day = today(p.timeZone);
        const member = await this.isActiveMember(ctx, p.allianceId, p.hostOrganizationId, day, day);
        if (!member.active) throw failedPrecondition('The host organization must be an active member of the alliance.', { field: 'hostOrganizationId' });
        const rules = mergeRules(DEFAULT_RULES, p.rules);
        try {
          const doc = await this.models.Base.create({
            allianceId: oid(alliance.id),
            leadOrganizationId: oid(alliance.leadOrganizationId),
            regionCode: alliance.regionCode,
            hostOrganizationId: oid(p.hostOrganizationId),
            name: p.name,
            nameKey: nameKey(p.name),
            address: p.address ?? null,
            disciplines: [...new Set(p.disciplines ?? [])],
            timeZone: p.timeZone,
            capacity: p.capacity,
            capacityVersion: 0,
            requiresApproval: p.requiresApproval ?? false,
            openingHours: p.openingHours,
            closedDates: [...new Set(p.closedDates ?? [])].sort(),
            rules,
            status: 'ACTIVE',
            rev: 0,
            history: [{ at: new Date().toISOString(), by: actor.id, action: 'CREATED', detail: null }],
            createdBy: actor.id,
          });
          const dto = toBaseDto(doc.toObject() as TrainingBaseDoc);
          ctx.emit(TrainingBaseEvent.created, { baseId: dto.id, allianceId: dto.allianceId, hostOrganizationId: dto.hostOrganizationId } satisfies TrainingBaseEventPayload);
          return dto;
        } catch (err) {
          if (isDuplicateKey(err)) throw conflict(`The alliance already has a training base named "${p.name}".`, { field: 'name' });
          throw err;
        }
      },
    },

    /**
     * Changes a base. A change that leaves existing bookings without room (lower capacity, shorter hours,
     * closing) is refused with the bookings in the way (CONFLICT, data.bookings), unless `cancelConflicting`
     * is set: then those bookings are cancelled with `reason` recorded and notified.
     */
    update: {
      params: {
        baseId: objectId,
        name: { ...text(200, 2), optional: true, nullable: true },
        address: optionalText(300),
        disciplines: { type: 'array', items: text(100), max: 50, optional: true, nullable: true },
        capacity: { ...capacityRule, optional: true, nullable: true },
        requiresApproval: { type: 'boolean', optional: true, nullable: true },
        openingHours: { ...hoursRule, optional: true, nullable: true },
        rules: rulesRule,
        status: { ...enumOf(BASE_STATUSES), optional: true, nullable: true },
        cancelConflicting: { type: 'boolean', optional: true, nullable: true },
        reason: optionalText(1000),
      },
      async handler(this: This, ctx: Context<UpdateBaseParams, CallMeta>): Promise<TrainingBaseDto> {
        const p = ctx.params;
        if (p.openingHours) checkHours(p.openingHours);
        return this.changeBase(
          ctx,
          p.baseId,
          (b) => {
            const c: BaseChange = {};
            if (p.name != null) Object.assign(c, { name: p.name, nameKey: nameKey(p.name) });
            if (p.address !== undefined) c.address = p.address ?? null;
            if (p.disciplines != null) c.disciplines = [...new Set(p.disciplines)];
            if (p.capacity != null) c.capacity = p.capacity;
            if (p.requiresApproval != null) c.requiresApproval = p.requiresApproval;
            if (p.openingHours != null) c.openingHours = p.openingHours;
            if (p.rules) c.rules = mergeRules(b.rules, p.rules);
            if (p.status != null) c.status = p.status;
            return c;
          },
          'UPDATED',
          p,
        );
      },
    },

    /** Adds closed dates (maintenance, holidays); refused over bookings unless they are cancelled with notice. */
    addClosedDates: {
      params: { baseId: objectId, dates: { ...datesRule, min: 1 }, cancelConflicting: { type: 'boolean', optional: true, nullable: true }, reason: optionalText(1000) },
      async handler(this: This, ctx: Context<{ baseId: string; dates: string[]; cancelConflicting?: boolean | null; reason?: string | null }, CallMeta>): Promise<TrainingBaseDto> {
        const { dates } = ctx.params;
        return this.changeBase(ctx, ctx.params.baseId, (b) => ({ closedDates: [...new Set([...b.closedDates, ...dates])].sort() }), `CLOSED ${dates.join(',')}`, ctx.params);
      },
    },

    removeClosedDates: {
      params: { baseId: objectId, dates: { ...datesRule, min: 1 } },
      async handler(this: This, ctx: Context<{ baseId: string; dates: string[] }, CallMeta>): Promise<TrainingBaseDto> {
        const drop = new Set(ctx.params.dates);
        return this.changeBase(ctx, ctx.params.baseId, (b) => ({ closedDates: b.closedDates.filter((d) => !drop.has(d)) }), `REOPENED ${ctx.params.dates.join(',')}`, {});
      },
    },

    get: {
      params: { id: objectId },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ id: string }>): Promise<TrainingBaseDto | null> {
        actorOf(ctx);
        const d = await this.models.Base.findById(ctx.params.id).lean<TrainingBaseDoc>();
        return d ? toBaseDto(d) : null;
      },
    },

    /** Batch lookup for DataLoader: same order as `ids`, null where missing. */
    getMany: {
      params: { ids: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ ids: string[] }>): Promise<(TrainingBaseDto | null)[]> {
        actorOf(ctx);
        const docs = await this.models.Base.find({ _id: { $in: [...new Set(ctx.params.ids)].map(oid) } }).lean<TrainingBaseDoc[]>();
        return inIdOrder(ctx.params.ids, docs.map((d) => [String(d._id), toBaseDto(d)]));
      },
    },

    /** An alliance's bases, a page at a time. */
    list: {
      params: { allianceId: objectId, first, after },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ allianceId: string; first?: number | null; after?: string | null }>): Promise<Page<TrainingBaseDto>> {
        actorOf(ctx);
        const limit = pageSize(ctx.params.first);
        const afterId = decodeCursor(ctx.params.after);
        const q: Record<string, unknown> = { allianceId: oid(ctx.params.allianceId) };
        if (afterId) q._id = { $gt: oid(afterId) };
        const docs = await this.models.Base.find(q).sort({ _id: 1 }).limit(limit + 1).lean<TrainingBaseDoc[]>();
        return toPage(docs.map(toBaseDto), limit, (b) => b.id);
      },
    },

    /** Open time in [from, to) split where the number of free stations changes (reads only that window's counters). */
    availability: {
      params: { baseId: objectId, from: DATETIME, to: DATETIME },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ baseId: string; from: string; to: string }>): Promise<SlotDto[]> {
        actorOf(ctx);
        const base = await this.loadBase(ctx.params.baseId);
        const [from, to] = windowOf(ctx.params.from, ctx.params.to, MAX_AVAILABILITY_MS);
        return (await this.availabilityOf(base, from, to)).map(slotDto);
      },
    },

    /**
     * Books stations for an organization (its own admin only): one booking, or a weekly series booked
     * all-or-nothing. Never overbooks, whatever the number of replicas and concurrent requests (see bases.capacity.ts).
     */
    book: {
      params: {
        baseId: objectId,
        organizationId: objectId,
        start: DATETIME,
        end: DATETIME,
        headcount: { type: 'number', integer: true, min: 1, max: 10_000, convert: false },
        purpose: enumOf(BOOKING_PURPOSES),
        idempotencyKey: { type: 'string', min: 1, max: 200, optional: true, nullable: true },
        recurrence: { type: 'object', optional: true, nullable: true, strict: 'remove', props: { until: date } },
      },
      async handler(this: This, ctx: Context<BookParams, CallMeta>): Promise<BookingDto[]> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        if (!actor.system && !isPlatformAdmin(actor) && !(actor.org === p.organizationId && hasRole(actor, 'ORG_ADMIN'))) {
          throw forbidden("An organization's admin books for its own organization only.");
        }
        if (!p.idempotencyKey) return this.book(ctx, p, actor);
        // Idempotency: the first request under a key claims it (unique index); a retry, or a concurrent
        // duplicate, waits for the first to finish and returns the same bookings.
        const orgId = oid(p.organizationId);
        const fp = fingerprint({ ...p, start: ms(p.start), end: ms(p.end), until: p.recurrence?.until });
        const deadline = Date.now() + 20_000;
        while (Date.now() < deadline) {
          let claimed = false;
          try {
            await this.models.BookingRequest.create({ organizationId: orgId, key: p.idempotencyKey, fingerprint: fp, state: 'IN_PROGRESS', bookingIds: [] });
            claimed = true;
          } catch (err) {
            if (!isDuplicateKey(err)) throw err;
          }
          if (claimed) {
            try {
              const made = await this.book(ctx, p, actor);
              await this.models.BookingRequest.updateOne({ organizationId: orgId, key: p.idempotencyKey }, { $set: { state: 'DONE', bookingIds: made.map((b) => b.id) } });
              return made;
            } catch (err) {
              // Nothing was booked: free the key so that the client may try again.
              await this.models.BookingRequest.deleteOne({ organizationId: orgId, key: p.idempotencyKey, state: 'IN_PROGRESS' });
              throw err;
            }
          }
          const prior = await this.models.BookingRequest.findOne({ organizationId: orgId, key: p.idempotencyKey }).lean<{ fingerprint: string; state: string; bookingIds: string[] }>();
          if (!prior) continue; // the first attempt failed and freed the key: claim it
          if (prior.fingerprint !== fp) throw conflict('This idempotency key was already used for a different booking request.', { field: 'idempotencyKey' });
          if (prior.state === 'DONE') {
            const docs = await this.models.Booking.find({ _id: { $in: prior.bookingIds.map(oid) } }).sort({ start: 1 }).lean<BookingDoc[]>();
            return docs.map((d) => toBookingDto(d));
          }
          await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
        }
        throw conflict('A request with this idempotency key is still being processed; retry shortly.', { field: 'idempotencyKey', retryable: true });
      },
    },

    /**
     * Records a past booking (history before the platform): platform admins and services only. It takes no
     * capacity (its time has passed) and is stored COMPLETED (or CANCELLED); the booking organization must
     * have been an active member on its dates. Feeds utilization and the internship record.
     */
    importBooking: {
      params: {
        baseId: objectId,
        organizationId: objectId,
        start: DATETIME,
        end: DATETIME,
        headcount: { type: 'number', integer: true, min: 1, max: 10_000, convert: false },
        purpose: enumOf(BOOKING_PURPOSES),
        status: { type: 'enum', values: ['COMPLETED', 'CANCELLED'], optional: true, nullable: true },
      },
      async handler(this: This, ctx: Context<Omit<BookParams, 'idempotencyKey' | 'recurrence'> & { status?: 'COMPLETED' | 'CANCELLED' | null }, CallMeta>): Promise<BookingDto> {
        const actor = actorOf(ctx);
        if (!actor.system && !isPlatformAdmin(actor)) throw forbidden('Only platform admins may import booking history.');
        const p = ctx.params;
        const base = await this.loadBase(p.baseId);
        const start = ms(p.start);
        const end = ms(p.end);
        if (!(end > start) || end - start > MAX_BOOKING_MS) throw badInput('A booking ends after it starts and lasts at most a day.', { field: 'end' });
        if (end > Date.now()) throw badInput('Only bookings that have ended can be imported; book future time with bookTrainingBase.', { field: 'end' });
        if (p.headcount > base.capacity) throw badInput(`headcount ${p.headcount} exceeds the base's capacity ${base.capacity}.`, { field: 'headcount' });
        const dates = localDatesOf(start, end, base.timeZone);
        const m = await this.isActiveMember(ctx, String(base.allianceId), p.organizationId, dates[0], dates[dates.length - 1]);
        if (!m.active) throw forbidden('The organization was not an active member of the alliance on those dates.');
        const doc = await this.models.Booking.create({
          baseId: base._id,
          allianceId: base.allianceId,
          hostOrganizationId: base.hostOrganizationId,
          organizationId: oid(p.organizationId),
          orgKind: m.orgKind ?? 'OTHER',
          start: new Date(start),
          end: new Date(end),
          headcount: p.headcount,
          purpose: p.purpose,
          status: p.status ?? 'COMPLETED',
          seriesId: null,
          quotaMonth: null,
          releasePending: false,
          imported: true,
          requestedBy: actor.id,
          decidedBy: actor.id,
          decidedAt: new Date().toISOString(),
          reason: null,
          history: [entry(actor.id, 'IMPORTED')],
        });
        return toBookingDto(doc.toObject() as BookingDoc);
      },
    },

    /** A PENDING booking is confirmed by the host's or the lead's admins. */
    approve: {
      params: { id: objectId },
      async handler(this: This, ctx: Context<{ id: string }, CallMeta>): Promise<BookingDto> {
        const actor = actorOf(ctx);
        const b = await this.loadBooking(ctx.params.id);
        const base = await this.loadBase(String(b.baseId));
        if (!managesBase(actor, String(base.hostOrganizationId), String(base.leadOrganizationId))) throw forbidden("Only the host's or the alliance lead's admins may approve bookings.");
        if (b.status !== 'PENDING') throw conflict(`The booking is ${visibleStatus(b.status, b.end.getTime())}; only a PENDING one can be approved.`, { status: visibleStatus(b.status, b.end.getTime()) });
        if (b.start.getTime() <= Date.now()) throw failedPrecondition('The booking has already started; an undecided booking expires at its start.');
        const updated = await this.transition(b, ['PENDING'], 'CONFIRMED', entry(actor.id, 'APPROVED'), { decidedBy: actor.id, decidedAt: new Date().toISOString() });
        this.emitBooking(ctx, BookingEvent.confirmed, updated);
        return toBookingDto(updated);
      },
    },

    /** A PENDING booking is refused by the host's or the lead's admins; its stations are given back. */
    reject: {
      params: { id: objectId, reason: text(1000) },
      async handler(this: This, ctx: Context<{ id: string; reason: string }, CallMeta>): Promise<BookingDto> {
        const actor = actorOf(ctx);
        const b = await this.loadBooking(ctx.params.id);
        const base = await this.loadBase(String(b.baseId));
        if (!managesBase(actor, String(base.hostOrganizationId), String(base.leadOrganizationId))) throw forbidden("Only the host's or the alliance lead's admins may reject bookings.");
        if (b.status !== 'PENDING') throw conflict(`The booking is ${visibleStatus(b.status, b.end.getTime())}; only a PENDING one can be rejected.`, { status: visibleStatus(b.status, b.end.getTime()) });
        return this.closeBooking(ctx, b, ['PENDING'], 'REJECTED', actor.id, ctx.params.reason, BookingEvent.rejected);
      },
    },

    /** The booking organization's admin, or the host's or lead's admins, cancel a booking that has not ended (reason recorded). */
    cancel: {
      params: { id: objectId, reason: text(1000) },
      async handler(this: This, ctx: Context<{ id: string; reason: string }, CallMeta>): Promise<BookingDto> {
        const actor = actorOf(ctx);
        const b = await this.loadBooking(ctx.params.id);
        const base = await this.loadBase(String(b.baseId));
        const own = actor.org === String(b.organizationId) && hasRole(actor, 'ORG_ADMIN');
        if (!own && !managesBase(actor, String(base.hostOrganizationId), String(base.leadOrganizationId))) {
          throw forbidden("Only the booking organization's admins or the base's managers may cancel a booking.");
        }
        const status = visibleStatus(b.status, b.end.getTime());
        if (status !== 'PENDING' && status !== 'CONFIRMED') throw conflict(`The booking is ${status}; only a PENDING or CONFIRMED booking can be cancelled.`, { status });
        return this.closeBooking(ctx, b, ['PENDING', 'CONFIRMED'], 'CANCELLED', actor.id, ctx.params.reason, BookingEvent.cancelled);
      },
    },

    /** Batch lookup for DataLoader; bookings the caller may not see come back as null. */
    getBookings: {
      params: { ids: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ ids: string[] }>): Promise<(BookingDto | null)[]> {
        const actor = actorOf(ctx);
        const docs = await this.models.Booking.find({ _id: { $in: [...new Set(ctx.params.ids)].map(oid) }, status: { $nin: ['RESERVING', 'FAILED'] } }).lean<BookingDoc[]>();
        const baseIds = [...new Set(docs.map((d) => String(d.baseId)))];
        const bases = new Map((await this.models.Base.find({ _id: { $in: baseIds.map(oid) } }).lean<TrainingBaseDoc[]>()).map((b) => [String(b._id), b]));
        const visible = (d: BookingDoc) => {
          const b = bases.get(String(d.baseId));
          return actor.org === String(d.organizationId) || (!!b && seesAllBookings(actor, String(b.hostOrganizationId), String(b.leadOrganizationId)));
        };
        return inIdOrder(ctx.params.ids, docs.filter(visible).map((d) => [String(d._id), toBookingDto(d)]));
      },
    },

    /** A base's bookings: all of them for the host's and lead's people, otherwise the caller's organization's only. */
    bookings: {
      params: { baseId: objectId, from: optionalDateTime, to: optionalDateTime, status: { ...enumOf(BOOKING_STATUSES), optional: true, nullable: true }, first, after },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ baseId: string; from?: string | null; to?: string | null; status?: BookingStatus | null; first?: number | null; after?: string | null }>): Promise<Page<BookingDto>> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        const base = await this.loadBase(p.baseId);
        const limit = pageSize(p.first);
        const afterId = decodeCursor(p.after);
        const q: Record<string, unknown> = { baseId: base._id, ...statusFilter(p.status) };
        if (!seesAllBookings(actor, String(base.hostOrganizationId), String(base.leadOrganizationId))) {
          if (!actor.org) return toPage([], limit, (b: BookingDto) => b.id);
          q.organizationId = oid(actor.org);
        }
        if (p.from || p.to) q.start = { ...(p.to ? { $lt: new Date(p.to) } : {}), ...(p.from ? { $gte: new Date(ms(p.from) - MAX_BOOKING_MS) } : {}) };
        if (p.from) q.end = { $gt: new Date(p.from) };
        if (afterId) q._id = { $gt: oid(afterId) };
        const docs = await this.models.Booking.find(q).sort({ _id: 1 }).limit(limit + 1).lean<BookingDoc[]>();
        const now = Date.now();
        return toPage(docs.map((d) => toBookingDto(d, now)), limit, (b) => b.id);
      },
    },

    /** The caller's organization's bookings (at most 500, by start), optionally within a window. */
    myBookings: {
      params: { from: optionalDateTime, to: optionalDateTime },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ from?: string | null; to?: string | null }>): Promise<BookingDto[]> {
        const actor = actorOf(ctx);
        if (!actor.org) return [];
        const p = ctx.params;
        const q: Record<string, unknown> = { organizationId: oid(actor.org), status: { $nin: ['RESERVING', 'FAILED'] } };
        if (p.from || p.to) q.start = { ...(p.to ? { $lt: new Date(p.to) } : {}), ...(p.from ? { $gte: new Date(ms(p.from) - MAX_BOOKING_MS) } : {}) };
        if (p.from) q.end = { $gt: new Date(p.from) };
        const docs = await this.models.Booking.find(q).sort({ start: 1 }).limit(500).lean<BookingDoc[]>();
        const now = Date.now();
        return docs.map((d) => toBookingDto(d, now));
      },
    },

    /** Booked (CONFIRMED, COMPLETED) station-hours over open station-hours in a window: base managers and funders of the region. */
    utilization: {
      params: { baseId: objectId, from: DATETIME, to: DATETIME },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ baseId: string; from: string; to: string }>): Promise<UtilizationDto> {
        const actor = actorOf(ctx);
        const base = await this.loadBase(ctx.params.baseId);
        if (!(await this.canReadReports(ctx, actor, base))) throw forbidden("Utilization is read by the base's host and alliance lead, platform admins and funders of the region.");
        const [from, to] = windowOf(ctx.params.from, ctx.params.to, MAX_UTILIZATION_MS);
        const docs = await this.models.Booking.find({
          baseId: base._id,
          start: { $lt: new Date(to), $gte: new Date(from - MAX_BOOKING_MS) },
          end: { $gt: new Date(from) },
          status: { $in: ['CONFIRMED', 'COMPLETED'] },
        })
          .select({ start: 1, end: 1, headcount: 1 })
          .lean<Pick<BookingDoc, 'start' | 'end' | 'headcount'>[]>();
        return utilizationDto(utilization(base, from, to, docs.map((d) => ({ start: d.start.getTime(), end: d.end.getTime(), headcount: d.headcount }))));
      },
    },

    /** Months (base time zone) with a completed INTERNSHIP booking by a school member, the longest run, and subsidy eligibility (24 months). */
    internshipService: {
      params: { baseId: objectId },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ baseId: string }>): Promise<InternshipRecord> {
        const actor = actorOf(ctx);
        const base = await this.loadBase(ctx.params.baseId);
        if (!(await this.canReadReports(ctx, actor, base))) throw forbidden("The internship record is read by the base's host and alliance lead, platform admins and funders of the region.");
        const now = new Date();
        const docs = await this.models.Booking.find({
          baseId: base._id,
          purpose: 'INTERNSHIP',
          orgKind: 'SCHOOL',
          $or: [{ status: 'COMPLETED' }, { status: 'CONFIRMED', end: { $lte: now } }],
        })
          .select({ start: 1, end: 1 })
          .lean<Pick<BookingDoc, 'start' | 'end'>[]>();
        return internshipRecord(docs.flatMap((d) => monthsOf(d.start.getTime(), d.end.getTime(), base.timeZone)));
      },
    },

    /** The caller's calendar subscription secret for a base (created on first use; the same until revoked). */
    calendarFeedToken: {
      params: { baseId: objectId },
      async handler(this: This, ctx: Context<{ baseId: string }>): Promise<{ token: string }> {
        const actor = actorOf(ctx);
        if (actor.system) throw forbidden('Calendar feeds belong to users.');
        const base = await this.loadBase(ctx.params.baseId);
        const all = seesAllBookings(actor, String(base.hostOrganizationId), String(base.leadOrganizationId));
        if (!all && !actor.org) throw forbidden('Only members of an organization may subscribe to a base calendar.');
        const activeKey = `${base._id}:${actor.id}`;
        for (let attempt = 0; attempt < 3; attempt++) {
          const existing = await this.models.CalendarFeed.findOne({ activeKey }).lean<CalendarFeedDoc>();
          if (existing) return { token: this.feedToken(existing) };
          const _id = new Types.ObjectId();
          const salt = randomBytes(32).toString('base64url');
          const draft = { _id, salt } as CalendarFeedDoc;
          try {
            await this.models.CalendarFeed.create({
              _id,
              baseId: base._id,
              userId: actor.id,
              scopeOrganizationId: all ? null : actor.org,
              salt,
              tokenHash: createHash('sha256').update(this.feedToken(draft)).digest('hex'),
              activeKey,
              revokedAt: null,
            });
            return { token: this.feedToken(draft) };
          } catch (err) {
            if (!isDuplicateKey(err)) throw err;
          }
        }
        throw conflict('Could not create the calendar feed; try again.');
      },
    },

    /** Revokes the caller's calendar subscription for a base: its URL stops working; the next one is new. */
    revokeCalendarFeed: {
      params: { baseId: objectId },
      async handler(this: This, ctx: Context<{ baseId: string }>): Promise<boolean> {
        const actor = actorOf(ctx);
        await this.loadBase(ctx.params.baseId);
        const feed = await this.models.CalendarFeed.findOne({ activeKey: `${ctx.params.baseId}:${actor.id}` }).lean<CalendarFeedDoc>();
        if (!feed) return false;
        const r = await this.models.CalendarFeed.updateOne({ _id: feed._id, revokedAt: null }, { $set: { revokedAt: new Date(), activeKey: `revoked:${feed._id}` } });
        return r.modifiedCount === 1;
      },
    },

    /**
     * The events of a calendar feed, for the gateway's .ics route (services only: the feed secret is the
     * subscriber's credential). NOT_FOUND for an unknown base, UNAUTHENTICATED for an unknown secret, FORBIDDEN for a revoked one.
     */
    calendarFeed: {
      params: { baseId: objectId, feedToken: { type: 'string', min: 10, max: 200 } },
      async handler(this: This, ctx: Context<{ baseId: string; feedToken: string }>): Promise<CalendarFeedData> {
        const actor = actorOf(ctx);
        if (!actor.system) throw forbidden('Calendar feeds are served by the gateway.');
        const base = await this.loadBase(ctx.params.baseId);
        const hash = createHash('sha256').update(ctx.params.feedToken).digest('hex');
        const feed = await this.models.CalendarFeed.findOne({ tokenHash: hash }).lean<CalendarFeedDoc>();
        if (!feed || String(feed.baseId) !== String(base._id)) throw unauthenticated('This calendar link is not valid.');
        if (feed.revokedAt) throw forbidden('This calendar link was revoked.');
        const now = Date.now();
        const q: Record<string, unknown> = {
          baseId: base._id,
          start: { $gte: new Date(now - 92 * 86_400_000), $lt: new Date(now + 400 * 86_400_000) },
          status: { $nin: ['RESERVING', 'FAILED'] },
        };
        if (feed.scopeOrganizationId) q.organizationId = oid(feed.scopeOrganizationId);
        const docs = await this.models.Booking.find(q).sort({ start: 1 }).limit(2000).lean<BookingDoc[]>();
        const orgIds = [...new Set(docs.map((d) => String(d.organizationId)))];
        const orgs = orgIds.length ? await ctx.call<(OrganizationDto | null)[], { ids: string[] }>('organizations.getMany', { ids: orgIds }) : [];
        const names = new Map(orgs.filter((o): o is OrganizationDto => !!o).map((o) => [o.id, o.name]));
        return {
          base: toBaseDto(base),
          generatedAt: new Date(now).toISOString(),
          events: docs.map((d) => ({
            id: String(d._id),
            start: d.start.toISOString(),
            end: d.end.toISOString(),
            status: visibleStatus(d.status, d.end.getTime(), now),
            purpose: d.purpose,
            headcount: d.headcount,
            organizationName: names.get(String(d.organizationId)) ?? String(d.organizationId),
            updatedAt: (d.updatedAt ?? d.createdAt ?? new Date(now)).toISOString(),
          })),
        };
      },
    },

    /** The .ics text of a calendar feed for the gateway's /calendar route (ops/render-feed.ts). */
    renderCalendarFeed: { params: { baseId: objectId, token: { type: 'string', min: 10, max: 200 } }, handler: renderFeed },

    /** Repairs and housekeeping (runs every minute on each replica; every step is a conditional update, so replicas may overlap). */
    sweep: {
      params: {},
      async handler(this: This, ctx: Context): Promise<{ rolledBack: number; released: number; completed: number; expired: number }> {
        const actor = actorOf(ctx);
        if (!actor.system && !isPlatformAdmin(actor)) throw forbidden('Only services and platform admins may run the sweeper.');
        return this.sweepOnce();
      },
    },
  },

  methods: {
    async loadBase(this: This, id: string): Promise<TrainingBaseDoc> {
      const b = await this.models.Base.findById(id).lean<TrainingBaseDoc>();
      if (!b) throw notFound('Training base', id);
      return b;
    },
    async loadBooking(this: This, id: string): Promise<BookingDoc> {
      const b = await this.models.Booking.findById(id).lean<BookingDoc>();
      if (!b || b.status === 'RESERVING' || b.status === 'FAILED') throw notFound('Booking', id);
      return b;
    },
    async isActiveMember(this: This, ctx: Context, allianceId: string, organizationId: string, from: string, to: string) {
      return ctx.call<{ active: boolean; orgKind: string | null }, Record<string, string>>('alliances.isActiveMember', { allianceId, organizationId, from, to });
    },

    feedToken(this: This, feed: CalendarFeedDoc): string {
      return createHmac('sha256', config().internalTokenSecret).update(`calendar-feed:${feed._id}:${feed.salt}`).digest('base64url');
    },

    async canReadReports(this: This, ctx: Context, actor: Actor, base: TrainingBaseDoc): Promise<boolean> {
      if (actor.system || isPlatformAdmin(actor)) return true;
      if (actor.org === String(base.hostOrganizationId) || actor.org === String(base.leadOrganizationId)) return true;
      if (hasRole(actor, 'FUNDER') && actor.org) {
        const org = await ctx.call<OrganizationDto | null, { id: string }>('organizations.get', { id: actor.org });
        return !!org && org.kind === 'GOVERNMENT' && regionCovers(org.regionCode, base.regionCode);
      }
      return false;
    },

    async availabilityOf(this: This, base: TrainingBaseDoc, from: number, to: number): Promise<SlotView[]> {
      const counters = await this.models.SlotCounter.find({ baseId: base._id, slotStart: { $gte: new Date(from - SLOT_MS), $lt: new Date(to) } })
        .select({ slotStart: 1, capacity: 1, free: 1 })
        .lean<Pick<SlotCounterDoc, 'slotStart' | 'capacity' | 'free'>[]>();
      return availability(
        base,
        from,
        to,
        counters.map((c) => ({ slotStart: c.slotStart.getTime(), used: c.capacity - c.free })),
      );
    },

    /**
     * Applies a change to a base with compare-and-set on `rev` FIRST, then looks for holding bookings the new
     * shape leaves without room. Order matters: a booking that inserted itself before this read is seen here;
     * one that inserts itself after re-reads the base after taking its slots and re-checks itself against
     * the new shape (see `reserve`). Bookings in the way: refuse (and restore the old values) or cancel them.
     */
    async changeBase(this: This, ctx: Context, baseId: string, change: (b: TrainingBaseDoc) => BaseChange, action: string, opts: { cancelConflicting?: boolean | null; reason?: string | null }): Promise<TrainingBaseDto> {
      const actor = actorOf(ctx);
      if (opts.cancelConflicting && !opts.reason) throw badInput('Give a reason when cancelling bookings: it is sent to the organizations concerned.', { field: 'reason' });
      for (let attempt = 0; attempt < 5; attempt++) {
        const b = await this.loadBase(baseId);
        if (!managesBase(actor, String(b.hostOrganizationId), String(b.leadOrganizationId))) throw forbidden("Only the host's or the alliance lead's admins may manage the base.");
        const c = change(b);
        const capacityChanged = c.capacity !== undefined && c.capacity !== b.capacity;
        const history = [...(b.history ?? []), { at: new Date().toISOString(), by: actor.id, action, detail: opts.reason ?? null }].slice(-200);
        let updated: TrainingBaseDoc | null;
        try {
          updated = await this.models.Base.findOneAndUpdate(
            { _id: b._id, rev: b.rev },
            { $set: { ...c, history, rev: b.rev + 1, ...(capacityChanged ? { capacityVersion: b.capacityVersion + 1 } : {}) } },
            { returnDocument: 'after' },
          ).lean<TrainingBaseDoc>();
        } catch (err) {
          if (isDuplicateKey(err)) throw conflict(`The alliance already has a training base named "${c.name}".`, { field: 'name' });
          throw err;
        }
        if (!updated) continue;
        const restricts = (c.capacity !== undefined && c.capacity < b.capacity) || c.openingHours !== undefined || c.closedDates !== undefined || (c.status !== undefined && c.status === 'CLOSED');
        if (restricts) {
          const now = Date.now();
          const holding = await this.models.Booking.find({ baseId: b._id, end: { $gt: new Date(now) }, status: { $in: HOLDING } }).lean<BookingDoc[]>();
          const inTheWay = new Map<string, BookingDoc>();
          for (const h of holding) {
            if (updated.status === 'CLOSED' || placementProblem(updated, h.start.getTime(), h.end.getTime())) inTheWay.set(String(h._id), h);
          }
          const rest = holding.filter((h) => !inTheWay.has(String(h._id))).sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime());
          // Capacity: the most recently made bookings on over-full slots give way first.
          for (;;) {
            const over = new Set(overCapacity(rest.map((h) => ({ start: h.start.getTime(), end: h.end.getTime(), headcount: h.headcount })), updated.capacity));
            if (!over.size) break;
            const idx = rest.findIndex((h) => slotStarts(h.start.getTime(), h.end.getTime()).some((s) => over.has(s)));
            inTheWay.set(String(rest[idx]._id), rest[idx]);
            rest.splice(idx, 1);
          }
          const blocking = [...inTheWay.values()].sort((x, y) => x.start.getTime() - y.start.getTime());
          if (blocking.length && (!opts.cancelConflicting || blocking.some((h) => h.status === 'RESERVING'))) {
            // Put back what this change altered (other fields may have changed meanwhile: only ours are restored).
            const restore: Record<string, unknown> = {};
            for (const k of Object.keys(c) as (keyof BaseChange)[]) restore[k] = b[k];
            for (let r = 0; r < 10; r++) {
              const cur = await this.loadBase(baseId);
              const back = await this.models.Base.updateOne(
                { _id: cur._id, rev: cur.rev },
                { $set: { ...restore, rev: cur.rev + 1, ...(capacityChanged ? { capacityVersion: cur.capacityVersion + 1 } : {}) } },
              );
              if (back.modifiedCount === 1) break;
            }
            throw conflict(
              `${blocking.length} booking(s) are in the way of this change; cancel them with notice (cancelConflicting with a reason) or change something else.`,
              { bookings: blocking.map(bookingSummary) },
            );
          }
          for (const h of blocking) {
            try {
              const cancelled = await this.transition(h, ['PENDING', 'CONFIRMED'], 'CANCELLED', entry(actor.id, 'CANCELLED', opts.reason ?? null), {
                decidedBy: actor.id,
                decidedAt: new Date().toISOString(),
                reason: opts.reason ?? null,
                releasePending: true,
              });
              await this.releaseBooking(cancelled);
              this.emitBooking(ctx, BookingEvent.cancelled, cancelled);
            } catch (err) {
              if ((err as { type?: string }).type !== 'CONFLICT') throw err; // cancelled by its organization meanwhile
            }
          }
        }
        const dto = toBaseDto(updated);
        ctx.emit(TrainingBaseEvent.updated, { baseId: dto.id, allianceId: dto.allianceId, hostOrganizationId: dto.hostOrganizationId } satisfies TrainingBaseEventPayload);
        return dto;
      }
      throw conflict('The base was changed by someone else at the same time; try again.');
    },

    async book(this: This, ctx: Context, p: BookParams, actor: Actor): Promise<BookingDto[]> {
      const base = await this.loadBase(p.baseId);
      if (base.status !== 'ACTIVE') throw failedPrecondition(`The base is ${base.status} and takes no bookings.`, { status: base.status });
      const start = ms(p.start);
      const end = ms(p.end);
      const now = Date.now();
      if (!(end > start)) throw badInput('end must be after start.', { field: 'end' });
      if (start < now) throw badInput('A booking cannot start in the past.', { field: 'start' });
      const minutes = (end - start) / 60_000;
      if (minutes < base.rules.minMinutes || minutes > base.rules.maxMinutes) {
        throw badInput(`A booking lasts between ${base.rules.minMinutes} and ${base.rules.maxMinutes} minutes at this base.`, { field: 'end', reason: 'LENGTH' });
      }
      if (p.headcount > base.capacity) throw badInput(`headcount ${p.headcount} exceeds the base's capacity ${base.capacity}.`, { field: 'headcount' });
      const startDate = localParts(start, base.timeZone).date;
      if (p.recurrence && p.recurrence.until < startDate) throw badInput('recurrence.until is before the first occurrence.', { field: 'recurrence.until' });
      const occurrences = weeklyOccurrences(start, end, p.recurrence?.until, base.timeZone);
      if (occurrences.length > 53) throw badInput('A weekly series may have at most 53 occurrences.', { field: 'recurrence.until' });
      const lastStart = occurrences[occurrences.length - 1].start;
      const horizon = zonedToUtc(addDays(today(base.timeZone), base.rules.maxDaysAhead + 1), 0, base.timeZone);
      if (lastStart >= horizon) throw badInput(`Bookings may start at most ${base.rules.maxDaysAhead} days ahead.`, { field: p.recurrence ? 'recurrence.until' : 'start', reason: 'TOO_FAR_AHEAD' });
      for (const [i, o] of occurrences.entries()) {
        const problem = placementProblem(base, o.start, o.end);
        if (problem) {
          const msg =
            problem === 'CLOSED_DATE'
              ? 'falls on a day the base is closed'
              : problem === 'NOT_ON_SLOT_BOUNDARY'
                ? 'must start and end on a quarter hour in the base\'s time zone'
                : 'is outside the base\'s opening hours';
          throw badInput(`${occurrences.length > 1 ? `Week ${i + 1} (${localParts(o.start, base.timeZone).date})` : 'The booking'} ${msg}.`, {
            reason: problem,
            week: i + 1,
            start: new Date(o.start).toISOString(),
            end: new Date(o.end).toISOString(),
          });
        }
      }
      const firstDate = localParts(occurrences[0].start, base.timeZone).date;
      const lastDate = localParts(occurrences[occurrences.length - 1].end - 1, base.timeZone).date;
      const member = await this.isActiveMember(ctx, String(base.allianceId), p.organizationId, firstDate, lastDate);
      if (!member.active) throw forbidden('The organization is not an active member of the base\'s alliance on every booked date.', { reason: 'NOT_A_MEMBER' });

      // The bookings are written first, RESERVING (hidden): a node that dies while taking slots leaves a
      // record from which the sweeper gives the stations back (see sweepOnce).
      const seriesId = occurrences.length > 1 ? new Types.ObjectId().toHexString() : null;
      const cap = base.rules.monthlyStationHoursCap;
      const docs = occurrences.map((o) => ({
        _id: new Types.ObjectId(),
        baseId: base._id,
        allianceId: base.allianceId,
        hostOrganizationId: base.hostOrganizationId,
        organizationId: oid(p.organizationId),
        orgKind: member.orgKind ?? 'OTHER',
        start: new Date(o.start),
        end: new Date(o.end),
        headcount: p.headcount,
        purpose: p.purpose,
        status: 'RESERVING' as StoredBookingStatus,
        seriesId,
        quotaMonth: cap ? localParts(o.start, base.timeZone).date.slice(0, 7) : null,
        releasePending: false,
        imported: false,
        requestedBy: actor.id,
        decidedBy: null,
        decidedAt: null,
        reason: null,
        history: [entry(actor.id, 'REQUESTED')],
      }));
      await this.models.Booking.insertMany(docs);
      const inserted = await this.models.Booking.find({ _id: { $in: docs.map((d) => d._id) } }).sort({ start: 1 }).lean<BookingDoc[]>();
      if (inserted.length !== docs.length) throw new Error('bookings were not all stored');

      const giveUp = async () => {
        await this.models.Booking.updateMany({ _id: { $in: docs.map((d) => d._id) }, status: 'RESERVING' }, { $set: { status: 'FAILED', releasePending: true } });
        for (const b of inserted) await this.releaseBooking(b);
        // Nothing of a refused request remains.
        await this.models.Booking.deleteMany({ _id: { $in: docs.map((d) => d._id) }, status: 'FAILED', releasePending: false });
      };

      let reserved: Awaited<ReturnType<Methods['reserve']>>;
      try {
        reserved = await this.reserve(base, inserted);
      } catch (err) {
        await giveUp();
        throw err;
      }
      if (!reserved.ok) {
        await giveUp();
        const clash = reserved.clash;
        if (reserved.reason === 'FULL') {
          const day = localParts(clash.start.getTime(), base.timeZone).date;
          const dayEnd = localParts(clash.end.getTime() - 1, base.timeZone).date;
          const slots = await this.availabilityOf(await this.loadBase(p.baseId), zonedToUtc(day, 0, base.timeZone), zonedToUtc(addDays(dayEnd, 1), 0, base.timeZone));
          const free = freeWindows(slots, p.headcount).map(slotDto);
          throw conflict(
            `Not enough free stations ${occurrences.length > 1 ? `in week ${reserved.index + 1} (${day})` : `on ${day}`}: ${free.length ? `free for ${p.headcount} on that day: ${free.map((f) => `${f.start}–${f.end}`).join(', ')}` : 'no time is free that day'}.`,
            { reason: 'FULL', week: reserved.index + 1, start: clash.start.toISOString(), end: clash.end.toISOString(), free },
          );
        }
        if (reserved.reason === 'QUOTA') {
          throw conflict(`The organization's cap of ${cap} station-hours per month at this base would be exceeded in ${clash.quotaMonth}.`, { reason: 'MONTHLY_CAP', month: clash.quotaMonth });
        }
        throw conflict('The base changed while booking (hours, closed dates or status); the request no longer fits.', { reason: reserved.reason, week: reserved.index + 1 });
      }

      const status: StoredBookingStatus = reserved.base.requiresApproval ? 'PENDING' : 'CONFIRMED';
      await this.models.Booking.updateMany(
        { _id: { $in: docs.map((d) => d._id) }, status: 'RESERVING' },
        { $set: { status, history: [entry(actor.id, 'REQUESTED'), ...(status === 'CONFIRMED' ? [entry(actor.id, 'CONFIRMED')] : [])] } },
      );
      const made = await this.models.Booking.find({ _id: { $in: docs.map((d) => d._id) } }).sort({ start: 1 }).lean<BookingDoc[]>();
      for (const b of made) this.emitBooking(ctx, status === 'CONFIRMED' ? BookingEvent.confirmed : BookingEvent.requested, b);
      return made.map((d) => toBookingDto(d));
    },

    /**
     * Takes the slots of every booking in start order, then the monthly cap, then re-reads the base: if it
     * changed meanwhile, re-checks the bookings against its new hours, closed dates and status, and brings
     * every counter taken to its current capacity version. Stops at the first failure (the caller gives back).
     */
    async reserve(this: This, base: TrainingBaseDoc, bookings: BookingDoc[]) {
      let target: CapacityTarget = { capacity: base.capacity, capacityVersion: base.capacityVersion };
      let current = base;
      for (const [index, b] of bookings.entries()) {
        const id = String(b._id);
        for (const s of slotStarts(b.start.getTime(), b.end.getTime())) {
          for (;;) {
            const r = await takeSlot(this.models, base._id, new Date(s), id, b.headcount, target);
            if (r.ok) break;
            if (r.reason === 'FULL') return { ok: false as const, clash: b, index, reason: 'FULL' };
            current = await this.loadBase(String(base._id)); // STALE: the capacity changed since we read the base
            target = { capacity: current.capacity, capacityVersion: current.capacityVersion };
          }
        }
      }
      const cap = base.rules.monthlyStationHoursCap;
      if (cap) {
        for (const [index, b] of bookings.entries()) {
          const minutes = ((b.end.getTime() - b.start.getTime()) / 60_000) * b.headcount;
          if (!(await takeQuota(this.models, base._id, b.organizationId, b.quotaMonth!, String(b._id), minutes, cap * 60))) return { ok: false as const, clash: b, index, reason: 'QUOTA' };
        }
      }
      const latest = await this.loadBase(String(base._id));
      if (latest.rev !== base.rev) {
        for (const [index, b] of bookings.entries()) {
          if (latest.status !== 'ACTIVE') return { ok: false as const, clash: b, index, reason: 'BASE_NOT_ACTIVE' };
          const problem = placementProblem(latest, b.start.getTime(), b.end.getTime());
          if (problem) return { ok: false as const, clash: b, index, reason: problem };
        }
        const t: CapacityTarget = { capacity: latest.capacity, capacityVersion: latest.capacityVersion };
        for (const [index, b] of bookings.entries()) {
          for (const s of slotStarts(b.start.getTime(), b.end.getTime())) {
            const c = await ensureCounter(this.models, base._id, new Date(s), t);
            if (!(await upgradeCounter(this.models, c, t))) return { ok: false as const, clash: b, index, reason: 'FULL' };
          }
        }
      }
      return { ok: true as const, base: latest };
    },

    /** Gives back a booking's stations and monthly cap (idempotent), then marks the release done. */
    async releaseBooking(this: This, b: BookingDoc): Promise<void> {
      const slots = slotStarts(b.start.getTime(), b.end.getTime()).map((s) => new Date(s));
      await giveSlots(this.models, b.baseId, slots, String(b._id), b.headcount);
      if (b.quotaMonth) await giveQuota(this.models, b.baseId, b.organizationId, b.quotaMonth, String(b._id), ((b.end.getTime() - b.start.getTime()) / 60_000) * b.headcount);
      await this.models.Booking.updateOne({ _id: b._id }, { $set: { releasePending: false } });
    },

    /** Moves a booking between statuses with one conditional update: of two concurrent decisions, one wins; the other gets CONFLICT. */
    async transition(this: This, b: BookingDoc, from: StoredBookingStatus[], to: StoredBookingStatus, e: BookingEntry, set: Partial<BookingDoc> = {}): Promise<BookingDoc> {
      const updated = await this.models.Booking.findOneAndUpdate(
        { _id: b._id, status: { $in: from } },
        { $set: { ...set, status: to, history: [...(b.history ?? []), e] } },
        { returnDocument: 'after' },
      ).lean<BookingDoc>();
      if (!updated) {
        const now = await this.models.Booking.findById(b._id).lean<BookingDoc>();
        const st = now ? visibleStatus(now.status, now.end.getTime()) : 'gone';
        throw conflict(`The booking was changed at the same time and is now ${st}.`, { status: st });
      }
      return updated;
    },

    /** Rejects or cancels a booking (reason recorded), gives its stations back and tells the bus. */
    async closeBooking(this: This, ctx: Context, b: BookingDoc, from: StoredBookingStatus[], to: 'REJECTED' | 'CANCELLED', by: string, reason: string, event: string): Promise<BookingDto> {
      const updated = await this.transition(b, from, to, entry(by, to, reason), { decidedBy: by, decidedAt: new Date().toISOString(), reason, releasePending: true });
      await this.releaseBooking(updated);
      this.emitBooking(ctx, event, updated);
      return toBookingDto(updated);
    },

    emitBooking(this: This, ctx: Context | null, event: string, b: BookingDoc): void {
      const payload: BookingEventPayload = {
        bookingId: String(b._id),
        baseId: String(b.baseId),
        allianceId: String(b.allianceId),
        organizationId: String(b.organizationId),
        seriesId: b.seriesId ?? null,
        start: b.start.toISOString(),
        end: b.end.toISOString(),
        headcount: b.headcount,
        purpose: b.purpose,
        status: visibleStatus(b.status, b.end.getTime()),
        reason: b.reason ?? null,
      };
      if (ctx) ctx.emit(event, payload);
      else this.broker.emit(event, payload);
    },

    /**
     * (1) RESERVING bookings older than STUCK_AFTER_MS were left by a node that died while taking slots:
     * marked FAILED, their stations given back (give is idempotent and touches only slots they hold).
     * (2) Releases still pending after a crash between a status change and the give-back are finished.
     * (3) CONFIRMED bookings whose end has passed are stored as COMPLETED (reads already derive it).
     * (4) PENDING bookings not decided before their start are rejected as expired.
     */
    async sweepOnce(this: This, now = Date.now()) {
      const stuck = await this.models.Booking.find({ status: 'RESERVING', updatedAt: { $lt: new Date(now - STUCK_AFTER_MS) } }).limit(500).lean<BookingDoc[]>();
      let rolledBack = 0;
      for (const b of stuck) {
        const r = await this.models.Booking.updateOne({ _id: b._id, status: 'RESERVING' }, { $set: { status: 'FAILED', releasePending: true, history: [...b.history, entry('service:trainingBases', 'FAILED', 'reservation interrupted')] } });
        if (r.modifiedCount === 1) {
          await this.releaseBooking(b);
          rolledBack++;
        }
      }
      await this.models.BookingRequest.deleteMany({ state: 'IN_PROGRESS', createdAt: { $lt: new Date(now - STUCK_AFTER_MS) } });
      const pending = await this.models.Booking.find({ releasePending: true, updatedAt: { $lt: new Date(now - 30_000) } }).limit(500).lean<BookingDoc[]>();
      for (const b of pending) await this.releaseBooking(b);
      const done = await this.models.Booking.updateMany({ status: 'CONFIRMED', end: { $lte: new Date(now) } }, { $set: { status: 'COMPLETED' } });
      // (4) A PENDING booking nobody decided before it started is rejected as expired; its stations are given back.
      const undecided = await this.models.Booking.find({ status: 'PENDING', start: { $lte: new Date(now) } }).limit(500).lean<BookingDoc[]>();
      let expired = 0;
      for (const b of undecided) {
        const reason = 'Not approved before it started (expired).';
        const r = await this.models.Booking.findOneAndUpdate(
          { _id: b._id, status: 'PENDING' },
          { $set: { status: 'REJECTED', reason, decidedBy: 'service:trainingBases', decidedAt: new Date(now).toISOString(), releasePending: true, history: [...b.history, entry('service:trainingBases', 'REJECTED', reason)] } },
          { returnDocument: 'after' },
        ).lean<BookingDoc>();
        if (!r) continue;
        await this.releaseBooking(r);
        this.emitBooking(null, BookingEvent.rejected, r);
        expired++;
      }
      return { rolledBack, released: pending.length, completed: done.modifiedCount, expired };
    },
  },

  async started(this: This) {
    // Every replica sweeps; all steps are conditional updates, so overlapping sweeps are harmless.
    this.sweeper = setInterval(() => {
      this.sweepOnce().catch((err) => this.logger.warn({ err }, 'sweep failed'));
    }, 60_000);
    this.sweeper.unref();
  },
  async stopped(this: This) {
    if (this.sweeper) clearInterval(this.sweeper);
  },
};

/** Status filter as clients see statuses: COMPLETED includes CONFIRMED bookings that have ended. */
function statusFilter(status: BookingStatus | null | undefined): Record<string, unknown> {
  const now = new Date();
  switch (status) {
    case undefined:
    case null:
      return { status: { $nin: ['RESERVING', 'FAILED'] } };
    case 'COMPLETED':
      return { $or: [{ status: 'COMPLETED' }, { status: 'CONFIRMED', end: { $lte: now } }] };
    case 'CONFIRMED':
      return { status: 'CONFIRMED', end: { $gt: now } };
    default:
      return { status };
  }
}

export type { Interval };
export default TrainingBasesService;
