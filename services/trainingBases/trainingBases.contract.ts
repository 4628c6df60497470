/**
 * The trainingBases service's bus contract: action names, params, DTOs, events and the constants clients need.
 * The only file of the service that the gateway, other services, app/, bench and outside tests import.
 * Times travel as ISO 8601 strings (UTC in answers), calendar dates as 'YYYY-MM-DD' in the base's time zone.
 */
import type { BusContract } from '../../infra/bus-identity.js';
import { cacheStaleEvent } from '../../infra/read-cache.js';
import type { Page } from '../../infra/pagination.js';
import type { Locale } from '../../infra/messages.js';

// ------------------------------------------------------------------ constants and enums

/** What stations are booked for. */
export const BOOKING_PURPOSES = ['TRAINING', 'INTERNSHIP', 'COURSE', 'ASSESSMENT', 'RESEARCH'] as const;
export type BookingPurpose = (typeof BOOKING_PURPOSES)[number];
/** Public booking statuses (COMPLETED includes CONFIRMED bookings whose end has passed). */
export const BOOKING_STATUSES = ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'COMPLETED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** ACTIVE takes bookings; SUSPENDED takes none (existing ones stand); CLOSED for good. */
export const BASE_STATUSES = ['ACTIVE', 'SUSPENDED', 'CLOSED'] as const;
export type BaseStatus = (typeof BASE_STATUSES)[number];
/** Capacity is counted per slot of this many minutes; bookings start and end on slot boundaries (local time). */
export const SLOT_MINUTES = 15;

/** Weekly opening hours of a base, local time. */
export interface OpeningHours {
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** 'HH:MM' on a slot boundary. */
  opens: string;
  /** 'HH:MM' on a slot boundary, after `opens` ('24:00' allowed). */
  closes: string;
}

/** Booking rules of a base. */
export interface BookingRules {
  /** Shortest booking, minutes (multiple of 15). */
  minMinutes: number;
  /** Longest booking, minutes (multiple of 15, at most a day). */
  maxMinutes: number;
  /** How far ahead a booking may start, in days. */
  maxDaysAhead: number;
  /** Per booking organization and calendar month (base time zone): station-hours cap, null = no cap. */
  monthlyStationHoursCap: number | null;
}

/** A half-open time interval [start, end), epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** A base's internship service record: months (YYYY-MM, base zone) with a completed school internship. */
export interface InternshipRecord {
  months: string[];
  longestRunMonths: number;
  /** The subsidy asks for 24 consecutive months. */
  subsidyEligible: boolean;
}

// ------------------------------------------------------------------ DTOs

/** A training base of an alliance, hosted by one of its members. */
export interface TrainingBaseDto {
  id: string;
  allianceId: string;
  hostOrganizationId: string;
  leadOrganizationId: string;
  regionCode: string;
  name: string;
  address: string | null;
  disciplines: string[];
  /** IANA time zone, e.g. Asia/Shanghai: opening hours, closed dates and months are in it. */
  timeZone: string;
  /** Stations. */
  capacity: number;
  requiresApproval: boolean;
  openingHours: OpeningHours[];
  /** Sorted 'YYYY-MM-DD' dates. */
  closedDates: string[];
  rules: BookingRules;
  status: BaseStatus;
  createdAt: string;
}

/** A booking of stations at a base for [start, end) (UTC ISO), at most a day long. */
export interface BookingDto {
  id: string;
  baseId: string;
  allianceId: string;
  organizationId: string;
  start: string;
  end: string;
  /** Stations held. */
  headcount: number;
  purpose: BookingPurpose;
  status: BookingStatus;
  /** Shared by the occurrences of a weekly series. */
  seriesId: string | null;
  requestedBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  imported: boolean;
  createdAt: string;
}

/** A stretch of open time with the same number of free stations. */
export interface SlotDto {
  start: string;
  end: string;
  remaining: number;
}

/** Booked (CONFIRMED, COMPLETED) station-hours over open station-hours in [from, to); ratio in [0, 1]. */
export interface UtilizationDto {
  from: string;
  to: string;
  bookedStationHours: number;
  openStationHours: number;
  ratio: number;
}

/** One booking as a calendar feed shows it. */
export interface CalendarFeedEvent {
  id: string;
  start: string;
  end: string;
  status: BookingStatus;
  purpose: BookingPurpose;
  headcount: number;
  organizationName: string;
  updatedAt: string;
}

/** What the gateway's .ics route renders: the base and its bookings from 92 days back to 400 days ahead. */
export interface CalendarFeedData {
  base: TrainingBaseDto;
  generatedAt: string;
  events: CalendarFeedEvent[];
}

/** A calendar subscription secret (goes into the feed URL). */
export interface CalendarFeedToken {
  token: string;
}

/** A booking in the way of a change of its base (CONFLICT `data.bookings`). */
export interface BookingSummary {
  id: string;
  organizationId: string;
  start: string;
  end: string;
  headcount: number;
  status: BookingStatus;
}

/** What one sweep did (counts of bookings). */
export interface SweepResult {
  rolledBack: number;
  released: number;
  completed: number;
  expired: number;
}

// ------------------------------------------------------------------ params

/** Booking rules to change; null or missing fields keep their value (the cap may be cleared with null). */
export interface RulesInput {
  minMinutes?: number | null;
  maxMinutes?: number | null;
  maxDaysAhead?: number | null;
  monthlyStationHoursCap?: number | null;
}

/** `trainingBases.create`: a base of an alliance hosted by `hostOrganizationId` (an active member). */
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

/** What to do with bookings a restricting change leaves without room. */
export interface ConflictHandling {
  /** Cancel (with notice, `reason` recorded) the bookings the change leaves without room, instead of refusing. */
  cancelConflicting?: boolean | null;
  reason?: string | null;
}

/** `trainingBases.update`: only the fields given change. */
export interface UpdateBaseParams extends ConflictHandling {
  baseId: string;
  name?: string | null;
  address?: string | null;
  disciplines?: string[] | null;
  capacity?: number | null;
  requiresApproval?: boolean | null;
  openingHours?: OpeningHours[] | null;
  rules?: RulesInput | null;
  status?: BaseStatus | null;
}

/** `trainingBases.addClosedDates`: local dates 'YYYY-MM-DD'. */
export interface AddClosedDatesParams extends ConflictHandling {
  baseId: string;
  dates: string[];
}

/** `trainingBases.removeClosedDates`: local dates 'YYYY-MM-DD'. */
export interface RemoveClosedDatesParams {
  baseId: string;
  dates: string[];
}

/** `trainingBases.book`: times ISO 8601 with offset, on quarter hours of the base's zone. */
export interface BookParams {
  baseId: string;
  organizationId: string;
  start: string;
  end: string;
  headcount: number;
  purpose: BookingPurpose;
  /** Same key and same request → the same bookings (per organization). */
  idempotencyKey?: string | null;
  /** Weekly through `until` (a local date, inclusive). */
  recurrence?: { until: string } | null;
}

/** `trainingBases.importBooking`: a booking that has ended (stored COMPLETED unless CANCELLED). */
export interface ImportBookingParams {
  baseId: string;
  organizationId: string;
  start: string;
  end: string;
  headcount: number;
  purpose: BookingPurpose;
  status?: 'COMPLETED' | 'CANCELLED' | null;
}

/** One record by id. */
export interface IdParams {
  id: string;
}
/** Records by id (answers in id order, null where missing or not visible). */
export interface IdsParams {
  ids: string[];
}
/** One base by id. */
export interface BaseIdParams {
  baseId: string;
}
/** `trainingBases.cancelBookingsOfDisqualified`: the ban (its id, last day and reason) and who imposed it. */
export interface CancelBookingsOfDisqualifiedParams {
  organizationId: string;
  disqualificationId: string;
  /** The ban's last day (inclusive, platform time zone): bookings starting after it are kept. */
  until: string;
  /** The ban's reason, recorded on each cancelled booking with the ban's id and dates. */
  reason: string;
  /** Who imposed the ban (the funder's user id), recorded as who cancelled; default the calling service. */
  by?: string | null;
}
/** What `cancelBookingsOfDisqualified` cancelled (this call; none already cancelled by an earlier one). */
export interface CancelledBookings {
  cancelledBookingIds: string[];
}

/** A decision on a booking with its reason (recorded and sent to the organization). */
export interface ReasonParams {
  id: string;
  reason: string;
}

/** A time window [from, to) (ISO date-times with offset). */
export interface WindowParams {
  from: string;
  to: string;
}
/** A base and a window. */
export interface BaseWindowParams extends WindowParams {
  baseId: string;
}

/** Keyset paging: `first` ≤ 100 (default 20), `after` an opaque cursor. */
export interface PageParams {
  first?: number | null;
  after?: string | null;
}

/** `trainingBases.list`: an alliance's bases. */
export interface ListBasesParams extends PageParams {
  allianceId: string;
}

/** Filters of a base's bookings: overlapping [from, to), with a public status. */
export interface BookingFilter extends PageParams {
  from?: string | null;
  to?: string | null;
  status?: BookingStatus | null;
}
/** `trainingBases.bookings`: one base's bookings. */
export interface BookingsParams extends BookingFilter {
  baseId: string;
}
/**
 * `trainingBases.myBookings`: the caller's organization's bookings overlapping an optional window, by start. With
 * `first` (1..500) at most that many after `after` (`myBookingsCursor` of the last one read): the gateway reads the
 * list in pages on the bus. Without, at most `MY_BOOKINGS_MAX`.
 */
export interface MyBookingsParams {
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
}

/** The most bookings `myBookings` answers (GraphQL `myBookings`: "at most 500"). */
export const MY_BOOKINGS_MAX = 500;

/** `trainingBases.calendarFeed` (gateway only): the feed secret from the URL. */
export interface CalendarFeedParams {
  baseId: string;
  feedToken: string;
}

/** Batch params for the gateway's per-parent fields: one answer entry per id, in order. */
export interface BasesParams {
  baseIds: string[];
}
/** `getAvailability` / `getUtilization`: one window for every base. */
export interface BasesWindowParams extends BasesParams, WindowParams {}
/** `listBookingsOfBases`: one filter for every base. */
export interface BookingsOfBasesParams extends BasesParams, BookingFilter {}
/** `listByAlliances`: one page of each alliance's bases. */
export interface ListByAlliancesParams extends PageParams {
  allianceIds: string[];
}

/** The answers of batch actions: one entry per parent id; see infra/batch.ts for per-entry failures. */
export type { Page };

// ------------------------------------------------------------------ actions

/** Full action names of the trainingBases service. */
export const TrainingBaseAction = {
  create: 'trainingBases.create',
  update: 'trainingBases.update',
  addClosedDates: 'trainingBases.addClosedDates',
  removeClosedDates: 'trainingBases.removeClosedDates',
  get: 'trainingBases.get',
  getMany: 'trainingBases.getMany',
  list: 'trainingBases.list',
  listByAlliances: 'trainingBases.listByAlliances',
  availability: 'trainingBases.availability',
  getAvailability: 'trainingBases.getAvailability',
  book: 'trainingBases.book',
  importBooking: 'trainingBases.importBooking',
  approve: 'trainingBases.approve',
  reject: 'trainingBases.reject',
  cancel: 'trainingBases.cancel',
  getBookings: 'trainingBases.getBookings',
  bookings: 'trainingBases.bookings',
  listBookingsOfBases: 'trainingBases.listBookingsOfBases',
  myBookings: 'trainingBases.myBookings',
  utilization: 'trainingBases.utilization',
  getUtilization: 'trainingBases.getUtilization',
  internshipService: 'trainingBases.internshipService',
  getInternshipServices: 'trainingBases.getInternshipServices',
  getCalendarFeedTokens: 'trainingBases.getCalendarFeedTokens',
  revokeCalendarFeed: 'trainingBases.revokeCalendarFeed',
  calendarFeed: 'trainingBases.calendarFeed',
  /** `RenderCalendarFeedParams` → `CalendarFeedText`: a base's feed as iCalendar text (the gateway's /calendar route). */
  renderCalendarFeed: 'trainingBases.renderCalendarFeed',
  sweep: 'trainingBases.sweep',
  /**
   * `CancelBookingsOfDisqualifiedParams` → `CancelledBookings`: the disqualified organization's bookings that start
   * from now until its ban ends, cancelled with notice (organizations.disqualify with futureBookings CANCEL). Services
   * and platform admins; idempotent (a repeat cancels nothing twice).
   */
  cancelBookingsOfDisqualified: 'trainingBases.cancelBookingsOfDisqualified',
} as const;
export type TrainingBaseAction = (typeof TrainingBaseAction)[keyof typeof TrainingBaseAction];

// ------------------------------------------------------------------ events

/** Events about bases. */
export const TrainingBaseEvent = {
  created: 'trainingBases.created',
  updated: 'trainingBases.updated',
} as const;

/** Events about bookings. */
export const BookingEvent = {
  /** One event per booking made (a weekly series emits one per occurrence, with the same seriesId). */
  requested: 'trainingBases.bookingRequested',
  confirmed: 'trainingBases.bookingConfirmed',
  rejected: 'trainingBases.bookingRejected',
  cancelled: 'trainingBases.bookingCancelled',
} as const;

/** Payload of trainingBases.created / trainingBases.updated. */
export interface TrainingBaseEventPayload {
  baseId: string;
  allianceId: string;
  hostOrganizationId: string;
}

/** Payload of the trainingBases.booking* events (status as clients see it). */
export interface BookingEventPayload {
  bookingId: string;
  baseId: string;
  allianceId: string;
  organizationId: string;
  seriesId: string | null;
  start: string;
  end: string;
  headcount: number;
  purpose: string;
  status: string;
  reason: string | null;
}

/** `trainingBases.renderCalendarFeed` params: a base and the subscriber's feed secret (from its calendar URL). */
export interface RenderCalendarFeedParams {
  baseId: string;
  token: string;
  /** The language of the feed's texts (calendar name, SUMMARY, DESCRIPTION): the feed URL's `lang`; default zh-CN. */
  lang?: Locale;
}
/** `trainingBases.renderCalendarFeed` answer: the feed as iCalendar text (RFC 5545, CRLF lines) and its file name. */
export interface CalendarFeedText {
  ics: string;
  filename: string;
}

/**
 * The trainingBases service on the bus: the actions and events it owns and the services it calls. The NATS permissions are
 * generated from it (npm run nats:config), so a change here is a change of who may talk to whom.
 */
export const TrainingBasesBus: BusContract = {
  service: 'trainingBases',
  actions: Object.values(TrainingBaseAction),
  // `<service>.cacheStale`: broadcast after every change, to the nodes caching answers that read it (infra/read-cache.ts).
  events: [...Object.values(TrainingBaseEvent), ...Object.values(BookingEvent), cacheStaleEvent('trainingBases')],
  calls: ['organizations', 'alliances'],
};
