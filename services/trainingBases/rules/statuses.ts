/**
 * Booking statuses and reads: the stored statuses (RESERVING and FAILED exist only inside the service) and the one a
 * reader sees, which statuses hold stations, are listed or count as booked, whether a booking overlaps a window, and
 * how long a read window may be. Part of trainingBases.rules.ts.
 */
import type { Problem } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import type { BookingStatus } from '../trainingBases.contract.js';
import { bad } from './problems.js';

/**
 * Stored statuses: RESERVING (capacity being taken, never shown) and FAILED (a reservation that was
 * rolled back by the sweeper after a crash, never shown) exist only inside the service.
 */
export type StoredBookingStatus = BookingStatus | 'RESERVING' | 'FAILED';
/** Statuses that hold stations on the slot counters. */
export const HOLDING: readonly StoredBookingStatus[] = ['RESERVING', 'PENDING', 'CONFIRMED'];
/** Statuses no reader ever sees (a reservation in flight or rolled back). */
export const HIDDEN: readonly StoredBookingStatus[] = ['RESERVING', 'FAILED'];
/** Statuses that count as booked time in utilization. */
export const BOOKED: readonly StoredBookingStatus[] = ['CONFIRMED', 'COMPLETED'];

/** Bookings never exceed a day: window reads bound `start` from below by the window start minus a day. */
export const MAX_BOOKING_MS = 86_400_000;
/** Longest window a read may span: availability 62 days; utilization and the record a bit over a year. */
export const MAX_AVAILABILITY_MS = 62 * 86_400_000;
export const MAX_UTILIZATION_MS = 400 * 86_400_000;

// ------------------------------------------------------------------ statuses

/** CONFIRMED bookings whose end has passed are COMPLETED (derived on read; the sweeper also stores it). */
export function visibleStatus(status: StoredBookingStatus, end: number, now = Date.now()): BookingStatus {
  if (status === 'CONFIRMED' && end <= now) return 'COMPLETED';
  if (status === 'RESERVING') return 'PENDING';
  if (status === 'FAILED') return 'CANCELLED';
  return status;
}

/** Is a stored booking listed at all (not a reservation in flight or rolled back)? Encoded by `notHiddenFilter`. */
export const isListed = (status: StoredBookingStatus): boolean => !HIDDEN.includes(status);

/** Does a booking [start, end) overlap the window [from, to) (either bound may be open)? Encoded by `bookingWindowFilter`. */
export function overlapsWindow(b: { start: number; end: number }, from?: number | null, to?: number | null): boolean {
  return (to == null || b.start < to) && (from == null || b.end > from);
}

/** A read window [from, to) (ISO) that is empty or longer than `maxMs`, as a problem. */
export function windowProblem(from: number, to: number, maxMs: number): Problem | null {
  if (!(to > from)) return bad(msg('trainingBases.windowEmpty'), { field: 'to' });
  if (to - from > maxMs) return bad(msg('trainingBases.windowTooLong', { days: Math.round(maxMs / 86_400_000) }), { field: 'to' });
  return null;
}
