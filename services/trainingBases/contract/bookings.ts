/**
 * Bookings of stations at a base: purposes and public statuses, the booking DTO, free slots, utilization and the
 * internship service record, what a sweep did; the params that book (once or weekly), import history, decide,
 * cancel (also for a disqualified organization) and list bookings; the payload of the `trainingBases.booking*`
 * events. Part of the trainingBases contract: import it through trainingBases.contract.ts.
 */
import type { BasesParams, PageParams } from './common.js';

/** What stations are booked for. */
export const BOOKING_PURPOSES = ['TRAINING', 'INTERNSHIP', 'COURSE', 'ASSESSMENT', 'RESEARCH'] as const;
export type BookingPurpose = (typeof BOOKING_PURPOSES)[number];
/** Public booking statuses (COMPLETED includes CONFIRMED bookings whose end has passed). */
export const BOOKING_STATUSES = ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'COMPLETED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
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

/** What one sweep did (counts of bookings). */
export interface SweepResult {
  rolledBack: number;
  released: number;
  completed: number;
  expired: number;
}

// ------------------------------------------------------------------ params

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
export interface ImportBookingParams extends Pick<BookParams, 'baseId' | 'organizationId' | 'start' | 'end' | 'headcount' | 'purpose'> {
  status?: 'COMPLETED' | 'CANCELLED' | null;
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

/** `listBookingsOfBases`: one filter for every base. */
export interface BookingsOfBasesParams extends BasesParams, BookingFilter {}

// ------------------------------------------------------------------ events

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
