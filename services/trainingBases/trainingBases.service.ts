/**
 * Shared training bases (实训基地) of alliances and their bookings: the ServiceSchema. Params in
 * trainingBases.params.ts, decisions in trainingBases.rules.ts, flows in ops/, the bus contract in
 * trainingBases.contract.ts. Batch actions (`baseIds` / `allianceIds`) answer one entry per id, in order, for the
 * gateway's per-parent fields; an entry may be a per-entry failure (infra/batch.ts).
 */
import type { Context, ServiceBroker, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import type { BatchEntry } from '../../infra/batch.js';
import { entityMixin } from '../../infra/entity.js';
import { LOCALES } from '../../infra/messages.js';
import { objectId } from '../../infra/params.js';
import { markStale, readCacheMixin } from '../../infra/read-cache.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import type { Page } from '../../infra/pagination.js';
import type * as T from './trainingBases.contract.js';
import { toBaseDto } from './trainingBases.mappers.js';
import { baseModels, type BaseModels, type TrainingBaseDoc } from './trainingBases.model.js';
import { P } from './trainingBases.params.js';
import { baseAvailability, basesAvailability } from './ops/availability.js';
import { book } from './ops/book.js';
import { cancelBookingsOfDisqualified } from './ops/cancel-for-ban.js';
import { baseBookings, bookingsOfBases, getBookings, myBookings } from './ops/bookings.js';
import { calendarFeed, calendarFeedTokens, revokeCalendarFeed } from './ops/calendar-feed.js';
import { addClosedDates, removeClosedDates, updateBase } from './ops/change-base.js';
import { approve, cancel, reject } from './ops/close-booking.js';
import { SERVICE, type Ctx } from './ops/common.js';
import { createBase } from './ops/create-base.js';
import { importBooking } from './ops/import-booking.js';
import { listBases, listBasesOfAlliances } from './ops/list-bases.js';
import { baseInternshipService, baseUtilization, basesInternshipServices, basesUtilization } from './ops/reports.js';
import { sweep, sweepOnce } from './ops/sweep.js';
import { renderFeed } from './ops/render-feed.js';

type This = MongoVars<BaseModels> & { broker: ServiceBroker; logger: ServiceBroker['logger']; sweeper?: NodeJS.Timeout };
/** Reads are idempotent: Moleculer may retry them on another replica. */
const retried = { retryPolicy: { enabled: true } };

const TrainingBasesService: ServiceSchema<ServiceSettingSchema, Record<string, never>, This> = {
  name: SERVICE,
  dependencies: ['organizations', 'alliances'],
  // `get` ({ id } → base | null) and `getMany` ({ ids } → in id order, null where missing), any verified caller.
  // Reads cached for user callers, never for decisions (infra/read-cache.ts); dependsOn: the services these reads call.
  mixins: [mongoMixin(SERVICE, baseModels), entityMixin<TrainingBaseDoc, T.TrainingBaseDto>({ model: 'Base', toDto: toBaseDto }), readCacheMixin(SERVICE, { actions: ['get', 'getMany', 'list', 'listByAlliances', 'availability', 'getAvailability', 'utilization', 'getUtilization', 'internshipService', 'getInternshipServices'], dependsOn: ['organizations', 'alliances'] })],

  actions: {
    /** Registers a base of an alliance, hosted by one of its active members (host's or lead's admins). */
    create: {
      params: P.create,
      handler(this: This, ctx: Ctx<T.CreateBaseParams>): Promise<T.TrainingBaseDto> {
        return createBase(this.models, ctx);
      },
    },

    /**
     * Changes a base. A change that leaves existing bookings without room (lower capacity, shorter hours,
     * closing) is refused with the bookings in the way (CONFLICT, data.bookings), unless `cancelConflicting`
     * is set: then those bookings are cancelled with `reason` recorded and notified.
     */
    update: {
      params: P.update,
      handler(this: This, ctx: Ctx<T.UpdateBaseParams>): Promise<T.TrainingBaseDto> {
        return updateBase(this.models, ctx);
      },
    },

    /** Adds closed dates (maintenance, holidays); refused over bookings unless they are cancelled with notice. */
    addClosedDates: {
      params: P.addClosedDates,
      handler(this: This, ctx: Ctx<T.AddClosedDatesParams>): Promise<T.TrainingBaseDto> {
        return addClosedDates(this.models, ctx);
      },
    },

    /** Reopens closed dates. */
    removeClosedDates: {
      params: P.removeClosedDates,
      handler(this: This, ctx: Ctx<T.RemoveClosedDatesParams>): Promise<T.TrainingBaseDto> {
        return removeClosedDates(this.models, ctx);
      },
    },

    /** An alliance's bases, a page at a time. */
    list: {
      params: P.list,
      ...retried,
      handler(this: This, ctx: Ctx<T.ListBasesParams>): Promise<Page<T.TrainingBaseDto>> {
        return listBases(this.models, ctx);
      },
    },

    /** Batch of `list`: one page per alliance id (for Alliance.trainingBases). */
    listByAlliances: {
      params: P.listByAlliances,
      ...retried,
      handler(this: This, ctx: Ctx<T.ListByAlliancesParams>): Promise<BatchEntry<Page<T.TrainingBaseDto>>[]> {
        return listBasesOfAlliances(this.models, ctx);
      },
    },

    /** Open time in [from, to) (at most 62 days) split where the number of free stations changes. */
    availability: {
      params: P.availability,
      ...retried,
      handler(this: This, ctx: Ctx<T.BaseWindowParams>): Promise<T.SlotDto[]> {
        return baseAvailability(this.models, ctx);
      },
    },

    /** Batch of `availability` over one window: one entry per base id. */
    getAvailability: {
      params: P.getAvailability,
      ...retried,
      handler(this: This, ctx: Ctx<T.BasesWindowParams>): Promise<BatchEntry<T.SlotDto[]>[]> {
        return basesAvailability(this.models, ctx);
      },
    },

    /**
     * Books stations for an organization (its own admin only): one booking, or a weekly series booked
     * all-or-nothing. Never overbooks, whatever the number of replicas and concurrent requests (see ops/book.ts).
     */
    book: {
      params: P.book,
      handler(this: This, ctx: Ctx<T.BookParams>): Promise<T.BookingDto[]> {
        return book(this.models, ctx);
      },
    },

    /**
     * Records a past booking (history before the platform): platform admins and services only. It takes no
     * capacity and is stored COMPLETED (or CANCELLED). Feeds utilization and the internship record.
     */
    importBooking: {
      params: P.importBooking,
      handler(this: This, ctx: Ctx<T.ImportBookingParams>): Promise<T.BookingDto> {
        return importBooking(this.models, ctx);
      },
    },

    /** A PENDING booking is confirmed by the host's or the lead's admins. */
    approve: {
      params: P.approve,
      handler(this: This, ctx: Ctx<T.IdParams>): Promise<T.BookingDto> {
        return approve(this.models, ctx);
      },
    },

    /** A PENDING booking is refused by the host's or the lead's admins; its stations are given back. */
    reject: {
      params: P.reject,
      handler(this: This, ctx: Ctx<T.ReasonParams>): Promise<T.BookingDto> {
        return reject(this.models, ctx);
      },
    },

    /** The booking organization's admin, or the host's or lead's admins, cancel a booking that has not ended (reason recorded). */
    cancel: {
      params: P.cancel,
      handler(this: This, ctx: Ctx<T.ReasonParams>): Promise<T.BookingDto> {
        return cancel(this.models, ctx);
      },
    },

    /** Batch lookup for DataLoader; bookings the caller may not see come back as null. */
    getBookings: {
      params: P.getBookings,
      ...retried,
      handler(this: This, ctx: Ctx<T.IdsParams>): Promise<(T.BookingDto | null)[]> {
        return getBookings(this.models, ctx);
      },
    },

    /** A base's bookings: all of them for the host's and lead's people, otherwise the caller's organization's only. */
    bookings: {
      params: P.bookings,
      ...retried,
      handler(this: This, ctx: Ctx<T.BookingsParams>): Promise<Page<T.BookingDto>> {
        return baseBookings(this.models, ctx);
      },
    },

    /** Batch of `bookings` with one filter: one page per base id. */
    listBookingsOfBases: {
      params: P.listBookingsOfBases,
      ...retried,
      handler(this: This, ctx: Ctx<T.BookingsOfBasesParams>): Promise<BatchEntry<Page<T.BookingDto>>[]> {
        return bookingsOfBases(this.models, ctx);
      },
    },

    /** The caller's organization's bookings (at most 500, by start), optionally within a window. */
    myBookings: {
      params: P.myBookings,
      ...retried,
      handler(this: This, ctx: Ctx<T.MyBookingsParams>): Promise<T.BookingDto[]> {
        return myBookings(this.models, ctx);
      },
    },

    /** Booked (CONFIRMED, COMPLETED) station-hours over open station-hours in a window: base managers and funders of the region. */
    utilization: {
      params: P.utilization,
      ...retried,
      handler(this: This, ctx: Ctx<T.BaseWindowParams>): Promise<T.UtilizationDto> {
        return baseUtilization(this.models, ctx);
      },
    },

    /** Batch of `utilization` over one window: one entry per base id. */
    getUtilization: {
      params: P.getUtilization,
      ...retried,
      handler(this: This, ctx: Ctx<T.BasesWindowParams>): Promise<BatchEntry<T.UtilizationDto>[]> {
        return basesUtilization(this.models, ctx);
      },
    },

    /** Months (base time zone) with a completed INTERNSHIP booking by a school member, the longest run, and subsidy eligibility (24 months). */
    internshipService: {
      params: P.internshipService,
      ...retried,
      handler(this: This, ctx: Ctx<T.BaseIdParams>): Promise<T.InternshipRecord> {
        return baseInternshipService(this.models, ctx);
      },
    },

    /** Batch of `internshipService`: one entry per base id. */
    getInternshipServices: {
      params: P.getInternshipServices,
      ...retried,
      handler(this: This, ctx: Ctx<T.BasesParams>): Promise<BatchEntry<T.InternshipRecord>[]> {
        return basesInternshipServices(this.models, ctx);
      },
    },

    /** The caller's calendar subscription secrets for bases (each created on first use; the same until revoked). */
    getCalendarFeedTokens: {
      params: P.getCalendarFeedTokens,
      handler(this: This, ctx: Ctx<T.BasesParams>): Promise<BatchEntry<T.CalendarFeedToken>[]> {
        return calendarFeedTokens(this.models, ctx);
      },
    },

    /** Revokes the caller's calendar subscription for a base: its URL stops working; the next one is new. */
    revokeCalendarFeed: {
      params: P.revokeCalendarFeed,
      handler(this: This, ctx: Ctx<T.BaseIdParams>): Promise<boolean> {
        return revokeCalendarFeed(this.models, ctx);
      },
    },

    /** The events of a calendar feed, for the gateway's .ics route (services only). */
    calendarFeed: {
      params: P.calendarFeed,
      handler(this: This, ctx: Ctx<T.CalendarFeedParams>): Promise<T.CalendarFeedData> {
        return calendarFeed(this.models, ctx);
      },
    },

    /** The .ics text of a calendar feed for the gateway's /calendar route (ops/render-feed.ts), in `lang` (default zh-CN). */
    renderCalendarFeed: {
      params: { baseId: objectId, token: { type: 'string', min: 10, max: 200 }, lang: { type: 'enum', values: [...LOCALES], optional: true } },
      handler: renderFeed,
    },

    /**
     * A disqualified organization's bookings from now until its ban ends, cancelled with notice (the ban as reason,
     * bookingCancelled events): organizations.disqualify with futureBookings CANCEL. Services and platform admins.
     */
    cancelBookingsOfDisqualified: {
      params: P.cancelBookingsOfDisqualified,
      handler(this: This, ctx: Ctx<T.CancelBookingsOfDisqualifiedParams>): Promise<T.CancelledBookings> {
        return cancelBookingsOfDisqualified(this.models, ctx);
      },
    },

    /** Repairs and housekeeping (runs every minute on each replica; see ops/sweep.ts). Services and platform admins. */
    sweep: {
      params: P.sweep,
      handler(this: This, ctx: Context): Promise<T.SweepResult> {
        return sweep(this.models, ctx, this.broker);
      },
    },
  },

  async started(this: This) {
    // Every replica sweeps; all steps are conditional updates, so overlapping sweeps are harmless.
    this.sweeper = setInterval(() => {
      sweepOnce(this.models, this.broker)
        // The sweep changes bookings outside any action: when it changed one, cached reads are stale (not otherwise:
        // a sweep that found nothing must not empty every replica's cache each minute).
        .then((r) => (r.rolledBack || r.released || r.completed || r.expired ? markStale(this.broker, SERVICE) : undefined))
        .catch((err) => this.logger.warn({ err }, 'sweep failed'));
    }, 60_000);
    this.sweeper.unref();
  },
  async stopped(this: This) {
    if (this.sweeper) clearInterval(this.sweeper);
  },
};

export default TrainingBasesService;
