/**
 * Rules of booking: whether a request (once or weekly) is acceptable at a base, the dates it spans, the month a
 * monthly cap charges it to, the refusal of a reservation that stopped (no room, the cap, the base changed), importing
 * past history, deciding on a booking (approve, reject, cancel), the request fingerprint, the sweeper's limits and the
 * bookings a ban cancels. Part of trainingBases.rules.ts.
 */
import { adminOf } from '../../../infra/authz.js';
import type { Actor } from '../../../infra/auth.js';
import { addDays } from '../../../infra/dates.js';
import type { Problem } from '../../../infra/errors.js';
import { BookingReason } from '../../../infra/reasons.js';
import { msg } from '../../../infra/message-registry.js';
import { P } from '../../../infra/messages.js';
import type { BaseStatus, Interval } from '../trainingBases.contract.js';
import { freeWindows, placementProblem, slotDto, type BaseShape, type PlacementProblem, type SlotView } from '../trainingBases.slots.js';
import { localParts, startOfLocalDay, weeklyOccurrences } from '../trainingBases.time.js';
import { managesBase, type BaseOwners } from './access.js';
import type { BaseView } from './bases.js';
import { bad, clash, precondition, refused } from './problems.js';
import { MAX_BOOKING_MS, visibleStatus, type StoredBookingStatus } from './statuses.js';

/** A RESERVING booking older than this was left by a crashed node: the sweeper rolls it back. */
export const STUCK_AFTER_MS = 2 * 60_000;
/** The longest weekly series (occurrences). */
export const MAX_SERIES = 53;

/** A booking status as a message parameter (written per locale). */
const statusParam = (s: string) => P.key(`trainingBases.bookingStatus.${s}`);
/** Wall-clock HH:MM of `ms` in `timeZone` (an end at midnight as 24:00). */
function wallTime(ms: number, timeZone: string, isEnd = false): string {
  const p = localParts(ms, timeZone);
  const m = isEnd && p.minutes === 0 ? 24 * 60 : p.minutes;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** What the decision rules need of a stored booking. */
export interface BookingView {
  status: StoredBookingStatus;
  start: Date;
  end: Date;
  organizationId: { toString(): string };
}

// ------------------------------------------------------------------ booking

/** A booking request as the rules see it (times ISO with offset, `until` a local date). */
export interface BookingRequest {
  start: string;
  end: string;
  headcount: number;
  recurrence?: { until: string } | null;
}

/** The occurrences a request asks for: one, or one per week through `recurrence.until` (base time zone). */
export const requestedOccurrences = (req: BookingRequest, timeZone: string): Interval[] => weeklyOccurrences(Date.parse(req.start), Date.parse(req.end), req.recurrence?.until, timeZone);

/** The local dates (first, last) the occurrences span: the booking organization must be a member throughout. */
export function datesSpanned(occurrences: Interval[], timeZone: string): { from: string; to: string } {
  return { from: localParts(occurrences[0].start, timeZone).date, to: localParts(occurrences[occurrences.length - 1].end - 1, timeZone).date };
}

/**
 * Is the request acceptable at this base, before any station is taken? FAILED_PRECONDITION when the base is not
 * ACTIVE; BAD_USER_INPUT for an empty or past interval, a length outside the base's rules (reason LENGTH), more
 * stations than the base has, a series ending before it starts or longer than 53 weeks, a start beyond the
 * horizon (reason TOO_FAR_AHEAD), a later week whose length comes out outside the rules because its wall times
 * are skipped or repeated there (reason LENGTH with data.week), or an occurrence the base cannot place (reason
 * CLOSED_DATE, OUTSIDE_OPENING_HOURS or NOT_ON_SLOT_BOUNDARY; data.week is 1-based). Null when acceptable. `now` in ms.
 */
export function bookingRequestProblem(base: BaseView, req: BookingRequest, now: number): Problem | null {
  if (base.status !== 'ACTIVE') return precondition(msg('trainingBases.baseNotActive', { status: P.key(`trainingBases.baseStatus.${base.status}`) }), { status: base.status });
  const start = Date.parse(req.start);
  const end = Date.parse(req.end);
  if (!(end > start)) return bad(msg('trainingBases.endBeforeStart'), { field: 'end' });
  if (start < now) return bad(msg('trainingBases.startInPast'), { field: 'start' });
  const minutes = (end - start) / 60_000;
  if (minutes < base.rules.minMinutes || minutes > base.rules.maxMinutes) {
    return bad(msg('trainingBases.bookingLength', { min: base.rules.minMinutes, max: base.rules.maxMinutes }), { field: 'end', reason: BookingReason.LENGTH });
  }
  if (req.headcount > base.capacity) return bad(msg('trainingBases.overCapacity', { headcount: req.headcount, capacity: base.capacity }), { field: 'headcount' });
  const startDate = localParts(start, base.timeZone).date;
  if (req.recurrence && req.recurrence.until < startDate) return bad(msg('trainingBases.untilBeforeFirst'), { field: 'recurrence.until' });
  const occurrences = requestedOccurrences(req, base.timeZone);
  if (occurrences.length > MAX_SERIES) return bad(msg('trainingBases.seriesTooLong', { max: MAX_SERIES }), { field: 'recurrence.until' });
  const lastStart = occurrences[occurrences.length - 1].start;
  const horizon = startOfLocalDay(addDays(localParts(now, base.timeZone).date, base.rules.maxDaysAhead + 1), base.timeZone);
  if (lastStart >= horizon) return bad(msg('trainingBases.tooFarAhead', { days: base.rules.maxDaysAhead }), { field: req.recurrence ? 'recurrence.until' : 'start', reason: BookingReason.TOO_FAR_AHEAD });
  for (const [i, o] of occurrences.entries()) {
    // A later week's wall times may be skipped or repeated there (trainingBases.time.ts): measure each occurrence.
    const weekMinutes = (o.end - o.start) / 60_000;
    if (weekMinutes < base.rules.minMinutes || weekMinutes > base.rules.maxMinutes) {
      return bad(msg('trainingBases.weekLengthDst', { week: i + 1, date: P.date(localParts(o.start, base.timeZone).date), minutes: weekMinutes, min: base.rules.minMinutes, max: base.rules.maxMinutes }), {
        field: 'recurrence.until',
        reason: BookingReason.LENGTH,
        week: i + 1,
        start: new Date(o.start).toISOString(),
        end: new Date(o.end).toISOString(),
      });
    }
    const problem = placementProblem(base, o.start, o.end);
    if (!problem) continue;
    return bad(msg('trainingBases.placement', { problem, series: occurrences.length > 1 ? 'yes' : 'no', week: i + 1, date: P.date(localParts(o.start, base.timeZone).date) }), {
      reason: problem,
      week: i + 1,
      start: new Date(o.start).toISOString(),
      end: new Date(o.end).toISOString(),
    });
  }
  return null;
}

/** The booking organization is not an active member over the booked dates. */
export const notAMemberProblem = (): Problem => refused(msg('trainingBases.notAMember'), { reason: BookingReason.NOT_A_MEMBER });

/** Month (YYYY-MM, base zone) a booking starting at `start` is charged to under a monthly cap, null without a cap. */
export const quotaMonthOf = (start: number, timeZone: string, cap: number | null): string | null => (cap ? localParts(start, timeZone).date.slice(0, 7) : null);

/** Station-minutes a booking holds (minutes × headcount). */
export const stationMinutes = (b: { start: Date; end: Date; headcount: number }): number => ((b.end.getTime() - b.start.getTime()) / 60_000) * b.headcount;

/** Why a reservation stopped: no room on a slot, the monthly cap, or the base changed under it. */
export type ReservationFailure = typeof BookingReason.FULL | typeof BookingReason.QUOTA | typeof BookingReason.BASE_NOT_ACTIVE | PlacementProblem;

/** The local day(s) of a clashing occurrence as [from, to): where a refused request is shown what is free. */
export function clashDayWindow(clashing: { start: Date; end: Date }, timeZone: string): [number, number] {
  const day = localParts(clashing.start.getTime(), timeZone).date;
  const dayEnd = localParts(clashing.end.getTime() - 1, timeZone).date;
  return [startOfLocalDay(day, timeZone), startOfLocalDay(addDays(dayEnd, 1), timeZone)];
}

/**
 * The CONFLICT for a reservation that stopped at occurrence `index` (0-based): FULL with the free windows of
 * that day able to take the headcount (`slots` = that day's availability), MONTHLY_CAP with the month, or the
 * base having changed meanwhile (reason = what no longer fits).
 */
export function reservationProblem(
  failure: { reason: ReservationFailure; index: number; clash: { start: Date; end: Date; quotaMonth: string | null } },
  req: { occurrences: number; headcount: number; cap: number | null; timeZone: string; slots: SlotView[] },
): Problem {
  const { clash: c, index } = failure;
  if (failure.reason === 'FULL') {
    const day = localParts(c.start.getTime(), req.timeZone).date;
    const free = freeWindows(req.slots, req.headcount).map(slotDto);
    const windows = freeWindows(req.slots, req.headcount).map((s) => `${wallTime(s.start, req.timeZone)}–${wallTime(s.end, req.timeZone, true)}`);
    return clash(
      msg('trainingBases.notEnoughStations', { series: req.occurrences > 1 ? 'yes' : 'no', week: index + 1, date: P.date(day), headcount: req.headcount, anyFree: windows.length ? 'yes' : 'no', free: P.list(windows), timeZone: req.timeZone }),
      { reason: BookingReason.FULL, week: index + 1, start: c.start.toISOString(), end: c.end.toISOString(), free },
    );
  }
  if (failure.reason === 'QUOTA') {
    return clash(msg('trainingBases.monthlyCap', { cap: req.cap ?? 0, month: c.quotaMonth ?? '' }), { reason: BookingReason.MONTHLY_CAP, month: c.quotaMonth });
  }
  return clash(msg('trainingBases.baseChangedWhileBooking'), { reason: failure.reason, week: index + 1 });
}

/** A booking the base changed under (re-checked after its stations were taken): what no longer fits, or null. */
export function changedBaseProblem(latest: BaseShape & { status: BaseStatus }, b: { start: Date; end: Date }): ReservationFailure | null {
  if (latest.status !== 'ACTIVE') return BookingReason.BASE_NOT_ACTIVE;
  return placementProblem(latest, b.start.getTime(), b.end.getTime());
}

/**
 * Importing past history (platform admins and services): the booking ended, lasts at most a day and fits the
 * base's capacity (BAD_USER_INPUT otherwise). The membership on its dates is checked after.
 */
export function importBookingProblem(base: { capacity: number }, req: { start: string; end: string; headcount: number }, now: number): Problem | null {
  const start = Date.parse(req.start);
  const end = Date.parse(req.end);
  if (!(end > start) || end - start > MAX_BOOKING_MS) return bad(msg('trainingBases.importLength'), { field: 'end' });
  if (end > now) return bad(msg('trainingBases.importOnlyPast'), { field: 'end' });
  if (req.headcount > base.capacity) return bad(msg('trainingBases.overCapacity', { headcount: req.headcount, capacity: base.capacity }), { field: 'headcount' });
  return null;
}

/** Imported history came from an organization that was not a member on its dates. */
export const notAMemberThenProblem = (): Problem => refused(msg('trainingBases.notAMemberThen'));

// ------------------------------------------------------------------ deciding on a booking

/** Approving: the base's managers, a PENDING booking (CONFLICT with data.status), before it starts (FAILED_PRECONDITION). */
export function approvable(actor: Actor, b: BookingView, base: BaseOwners, now: number): Problem | null {
  if (!managesBase(actor, base)) return refused(msg('trainingBases.whoApproves'));
  const status = visibleStatus(b.status, b.end.getTime(), now);
  if (b.status !== 'PENDING') return clash(msg('trainingBases.notPending', { status: statusParam(status), action: 'approve' }), { status });
  if (b.start.getTime() <= now) return precondition(msg('trainingBases.alreadyStarted'));
  return null;
}

/** Rejecting: the base's managers, a PENDING booking (CONFLICT with data.status). */
export function rejectable(actor: Actor, b: BookingView, base: BaseOwners, now: number): Problem | null {
  if (!managesBase(actor, base)) return refused(msg('trainingBases.whoRejects'));
  const status = visibleStatus(b.status, b.end.getTime(), now);
  if (b.status !== 'PENDING') return clash(msg('trainingBases.notPending', { status: statusParam(status), action: 'reject' }), { status });
  return null;
}

/** Cancelling: the booking organization's admins or the base's managers, a PENDING or CONFIRMED booking that has not ended. */
export function cancellable(actor: Actor, b: BookingView, base: BaseOwners, now: number): Problem | null {
  if (!adminOf(actor, String(b.organizationId), String(base.hostOrganizationId), String(base.leadOrganizationId))) {
    return refused(msg('trainingBases.whoCancels'));
  }
  const status = visibleStatus(b.status, b.end.getTime(), now);
  if (status !== 'PENDING' && status !== 'CONFIRMED') return clash(msg('trainingBases.notCancellable', { status: statusParam(status) }), { status });
  return null;
}

/** The reason recorded on a PENDING booking nobody decided before it started. */
export const EXPIRED_REASON = 'Not approved before it started (expired).';

/**
 * A stable fingerprint of a booking request, to tell a retry from a different request under the same key.
 * Kept in this format (not infra's hash) because stored idempotency records carry it: an older key replays.
 */
export function bookingFingerprint(p: { baseId: string; organizationId: string; start: string; end: string; headcount: number; purpose: string; recurrence?: { until: string } | null }): string {
  return [p.baseId, p.organizationId, Date.parse(p.start), Date.parse(p.end), p.headcount, p.purpose, p.recurrence?.until ?? ''].join('|');
}

/**
 * The bookings a disqualification with futureBookings CANCEL takes away (issue 14, fault 3): PENDING or CONFIRMED,
 * starting after `now` (ms), on or before the ban's last day `until` (inclusive, the platform's calendar: `dateOf`
 * gives an instant's date there). Bookings already under way are left to finish; those after the ban are legitimate.
 */
export function cancelledByBan<B extends { status: StoredBookingStatus; start: Date }>(bookings: readonly B[], now: number, until: string, dateOf: (ms: number) => string): B[] {
  return bookings.filter((b) => (b.status === 'PENDING' || b.status === 'CONFIRMED') && b.start.getTime() > now && dateOf(b.start.getTime()) <= until);
}

/** The reason recorded on a booking cancelled by a ban: the ban's id, last day and reason (sent to the organization). */
export const banCancellationReason = (p: { disqualificationId: string; until: string; reason: string }): string =>
  `取消资格 disqualified (${p.disqualificationId}, until ${p.until}): ${p.reason}`;
