import { describe, expect, it } from 'vitest';
import type { Actor } from '../../infra/auth.js';
import {
  banCancellationReason,
  cancelledByBan,
  approvable,
  bookingFingerprint,
  bookingRequestProblem,
  bookingsInTheWay,
  booksFor,
  calendarFeedKey,
  cancellable,
  changedBaseProblem,
  clashDayWindow,
  conflictHandlingProblem,
  createBaseProblem,
  datesSpanned,
  DEFAULT_RULES,
  importBookingProblem,
  inTheWayProblem,
  isListed,
  mergeRules,
  nameKey,
  overlapsWindow,
  platformOrService,
  rejectable,
  requestedOccurrences,
  reservationProblem,
  restrictsBookings,
  rulesProblem,
  seesAllBookings,
  seesBooking,
  visibleStatus,
  windowProblem,
  type BaseView,
  type BookingRequest,
  type Problem,
} from './trainingBases.rules.js';
import { availability, freeWindows, internshipRecord, openingHoursProblems, overCapacity, placementProblem, utilization, type BaseShape } from './trainingBases.slots.js';
import { localParts, monthsOf, slotStarts, weeklyOccurrences, wallToInstant } from './trainingBases.time.js';
import { escapeText, foldLine, renderCalendar } from './trainingBases.ical.js';

const t = (iso: string) => Date.parse(iso);
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' }));
const shanghai: BaseShape = { timeZone: 'Asia/Shanghai', capacity: 10, openingHours: [...weekdays, { weekday: 6, opens: '08:00', closes: '12:00' }], closedDates: ['2026-10-01'] };

describe('time zones', () => {
  it('converts local wall times to UTC in Asia/Shanghai and across DST in Europe/Berlin', () => {
    expect(new Date(wallToInstant('2026-03-03', 8 * 60, 'Asia/Shanghai')).toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(new Date(wallToInstant('2027-03-26', 8 * 60, 'Europe/Berlin')).toISOString()).toBe('2027-03-26T07:00:00.000Z');
    expect(new Date(wallToInstant('2027-03-29', 8 * 60, 'Europe/Berlin')).toISOString()).toBe('2027-03-29T06:00:00.000Z');
    expect(localParts(t('2026-03-02T16:30:00Z'), 'Asia/Shanghai')).toMatchObject({ date: '2026-03-03', minutes: 30, weekday: 2 });
  });

  it('keeps the local time of a weekly series across a DST change', () => {
    const occ = weeklyOccurrences(t('2027-03-22T07:00:00Z'), t('2027-03-22T11:00:00Z'), '2027-04-05', 'Europe/Berlin');
    expect(occ.map((o) => new Date(o.start).toISOString())).toEqual(['2027-03-22T07:00:00.000Z', '2027-03-29T06:00:00.000Z', '2027-04-05T06:00:00.000Z']);
    expect(occ.every((o) => o.end - o.start === 4 * 3_600_000)).toBe(true);
  });
});

describe('placement', () => {
  it('accepts a booking inside opening hours on slot boundaries', () => {
    expect(placementProblem(shanghai, t('2026-03-03T08:00:00+08:00'), t('2026-03-03T12:00:00+08:00'))).toBeNull();
  });
  it('refuses outside hours, on closed dates, on weekends without hours, and off the quarter hour', () => {
    expect(placementProblem(shanghai, t('2026-03-03T07:45:00+08:00'), t('2026-03-03T09:00:00+08:00'))).toBe('OUTSIDE_OPENING_HOURS');
    expect(placementProblem(shanghai, t('2026-03-07T11:00:00+08:00'), t('2026-03-07T13:00:00+08:00'))).toBe('OUTSIDE_OPENING_HOURS');
    expect(placementProblem(shanghai, t('2026-03-08T09:00:00+08:00'), t('2026-03-08T10:00:00+08:00'))).toBe('OUTSIDE_OPENING_HOURS');
    expect(placementProblem(shanghai, t('2026-10-01T09:00:00+08:00'), t('2026-10-01T10:00:00+08:00'))).toBe('CLOSED_DATE');
    expect(placementProblem(shanghai, t('2026-03-03T08:10:00+08:00'), t('2026-03-03T09:00:00+08:00'))).toBe('NOT_ON_SLOT_BOUNDARY');
    // Spanning the night is outside hours even though both ends are open times.
    expect(placementProblem(shanghai, t('2026-03-03T17:00:00+08:00'), t('2026-03-04T09:00:00+08:00'))).toBe('OUTSIDE_OPENING_HOURS');
  });
  it('validates opening hours', () => {
    expect(openingHoursProblems(weekdays)).toEqual([]);
    expect(openingHoursProblems([{ weekday: 1, opens: '18:00', closes: '08:00' }])).toHaveLength(1);
    expect(openingHoursProblems([{ weekday: 8, opens: '08:00', closes: '09:00' }])).toHaveLength(1);
    expect(openingHoursProblems([{ weekday: 1, opens: '08:10', closes: '09:00' }])).toHaveLength(1);
    expect(openingHoursProblems([{ weekday: 1, opens: '08:00', closes: '12:00' }, { weekday: 1, opens: '11:00', closes: '13:00' }])).toHaveLength(1);
  });
});

describe('availability', () => {
  it('splits open time where free stations change, lists full time with 0 and leaves closed time out', () => {
    const day = '2026-03-03';
    const counters = slotStarts(t(`${day}T10:00:00+08:00`), t(`${day}T11:00:00+08:00`)).map((s) => ({ slotStart: s, used: 10 }))
      .concat(slotStarts(t(`${day}T11:00:00+08:00`), t(`${day}T12:00:00+08:00`)).map((s) => ({ slotStart: s, used: 4 })));
    const slots = availability(shanghai, t(`${day}T00:00:00+08:00`), t(`${day}T23:59:00+08:00`), counters);
    expect(slots.map((s) => [new Date(s.start).toISOString(), new Date(s.end).toISOString(), s.remaining])).toEqual([
      ['2026-03-03T00:00:00.000Z', '2026-03-03T02:00:00.000Z', 10],
      ['2026-03-03T02:00:00.000Z', '2026-03-03T03:00:00.000Z', 0],
      ['2026-03-03T03:00:00.000Z', '2026-03-03T04:00:00.000Z', 6],
      ['2026-03-03T04:00:00.000Z', '2026-03-03T10:00:00.000Z', 10],
    ]);
    expect(freeWindows(slots, 8).map((s) => new Date(s.start).toISOString())).toEqual(['2026-03-03T00:00:00.000Z', '2026-03-03T04:00:00.000Z']);
    // A window starting off the quarter hour is clipped, not shifted.
    const clipped = availability(shanghai, t(`${day}T10:05:00+08:00`), t(`${day}T10:20:00+08:00`), counters);
    expect(clipped).toEqual([{ start: t(`${day}T10:05:00+08:00`), end: t(`${day}T10:20:00+08:00`), remaining: 0 }]);
  });
  it('finds the slots over capacity from bookings', () => {
    const b = (s: string, e: string, headcount: number) => ({ start: t(s), end: t(e), headcount });
    expect(overCapacity([b('2026-03-03T08:00:00+08:00', '2026-03-03T09:00:00+08:00', 6), b('2026-03-03T08:45:00+08:00', '2026-03-03T10:00:00+08:00', 5)], 10)).toEqual([t('2026-03-03T08:45:00+08:00')]);
  });
});

describe('utilization and the internship record', () => {
  it('divides booked station-hours by open station-hours', () => {
    // Mon 2 Mar – Sun 8 Mar 2026: 5 × 10 h + 4 h on Saturday = 54 open hours × 10 stations.
    const u = utilization(shanghai, t('2026-03-02T00:00:00+08:00'), t('2026-03-09T00:00:00+08:00'), [
      { start: t('2026-03-03T08:00:00+08:00'), end: t('2026-03-03T12:00:00+08:00'), headcount: 5 },
      { start: t('2026-03-01T16:00:00+08:00'), end: t('2026-03-02T10:00:00+08:00'), headcount: 1 }, // clipped to 10 h
    ]);
    expect(u.openStationHours).toBe(540);
    expect(u.bookedStationHours).toBe(30);
    expect(u.ratio).toBeCloseTo(30 / 540, 10);
  });
  it('counts the longest run of consecutive months', () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor((10 + i) / 12)}-${String(((10 + i) % 12) + 1).padStart(2, '0')}`);
    expect(months[0]).toBe('2023-11');
    expect(internshipRecord(months)).toMatchObject({ longestRunMonths: 24, subsidyEligible: true });
    expect(internshipRecord(months.filter((m) => m !== '2024-06'))).toMatchObject({ longestRunMonths: 16, subsidyEligible: false });
    expect(internshipRecord([])).toMatchObject({ months: [], longestRunMonths: 0, subsidyEligible: false });
    // Months are the base's: 31 Jan 23:00 in Shanghai is January even though UTC says January too, 1 Feb 00:30 local is February.
    expect(monthsOf(t('2026-01-31T16:30:00Z'), t('2026-01-31T17:30:00Z'), 'Asia/Shanghai')).toEqual(['2026-02']);
  });
  it('derives COMPLETED for confirmed bookings that ended', () => {
    expect(visibleStatus('CONFIRMED', Date.now() - 1)).toBe('COMPLETED');
    expect(visibleStatus('CONFIRMED', Date.now() + 60_000)).toBe('CONFIRMED');
    expect(visibleStatus('PENDING', Date.now() - 1)).toBe('PENDING');
  });
});

describe('iCalendar', () => {
  it('escapes text and folds lines at 75 octets without splitting UTF-8 characters', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'柳州职业技术大学'.repeat(6)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'柳州职业技术大学'.repeat(6)}`);
  });
  it('renders events in UTC with CRLF line endings', () => {
    const ics = renderCalendar({
      baseId: 'b',
      baseName: '实训中心',
      timeZone: 'Asia/Shanghai',
      host: 'example',
      generatedAt: '2026-03-01T00:00:00Z',
      events: [{ id: '1', start: '2026-03-03T00:00:00.000Z', end: '2026-03-03T04:00:00.000Z', status: 'PENDING', purpose: 'INTERNSHIP', headcount: 3, organizationName: '柳州市交通学校', updatedAt: '2026-03-01T00:00:00Z' }],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(ics).toContain('DTSTART:20260303T000000Z\r\n');
    expect(ics).toContain('STATUS:TENTATIVE\r\n');
  });
});

// ------------------------------------------------------------------ decisions (trainingBases.rules.ts)

const NOW = t('2026-03-02T00:00:00Z'); // Monday 2 March 2026, 08:00 in Shanghai
const base: BaseView = { ...shanghai, status: 'ACTIVE', rules: DEFAULT_RULES };
const req = (start: string, end: string, extra: Partial<BookingRequest> = {}): BookingRequest => ({ start, end, headcount: 2, ...extra });
const codeOf = (p: Problem | null) => p?.code ?? null;
const HOST = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const LEAD = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const FIRM = 'cccccccccccccccccccccccc';
const owners = { hostOrganizationId: HOST, leadOrganizationId: LEAD };
const actor = (roles: Actor['roles'], org?: string): Actor => ({ id: `u-${org ?? 'none'}`, roles, org });

describe('bookingRequestProblem', () => {
  it('accepts a booking inside opening hours, within the rules and the horizon', () => {
    expect(bookingRequestProblem(base, req('2026-03-03T09:00:00+08:00', '2026-03-03T11:00:00+08:00'), NOW)).toBeNull();
    expect(bookingRequestProblem(base, req('2026-03-03T09:00:00+08:00', '2026-03-03T11:00:00+08:00', { recurrence: { until: '2026-03-31' } }), NOW)).toBeNull();
  });
  it('refuses a base that is not ACTIVE as FAILED_PRECONDITION with its status', () => {
    const p = bookingRequestProblem({ ...base, status: 'SUSPENDED' }, req('2026-03-03T09:00:00+08:00', '2026-03-03T11:00:00+08:00'), NOW);
    expect(p).toMatchObject({ code: 'FAILED_PRECONDITION', data: { status: 'SUSPENDED' } });
  });
  it('refuses empty, past, too short or too long, and oversized requests', () => {
    expect(bookingRequestProblem(base, req('2026-03-03T11:00:00+08:00', '2026-03-03T09:00:00+08:00'), NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'end' } });
    expect(bookingRequestProblem(base, req('2026-03-01T09:00:00+08:00', '2026-03-01T10:00:00+08:00'), NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'start' } });
    expect(bookingRequestProblem(base, req('2026-03-03T09:00:00+08:00', '2026-03-03T09:15:00+08:00'), NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'end', reason: 'LENGTH' } });
    expect(bookingRequestProblem(base, req('2026-03-03T08:00:00+08:00', '2026-03-03T20:15:00+08:00'), NOW)).toMatchObject({ data: { reason: 'LENGTH' } });
    expect(bookingRequestProblem(base, req('2026-03-03T09:00:00+08:00', '2026-03-03T10:00:00+08:00', { headcount: 11 }), NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'headcount' } });
  });
  it('refuses a series ending before it starts or longer than 53 weeks, and a start beyond the horizon', () => {
    expect(bookingRequestProblem(base, req('2026-03-03T09:00:00+08:00', '2026-03-03T10:00:00+08:00', { recurrence: { until: '2026-03-02' } }), NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'recurrence.until' } });
    const far = { ...base, rules: { ...DEFAULT_RULES, maxDaysAhead: 730 } };
    expect(bookingRequestProblem(far, req('2026-03-03T09:00:00+08:00', '2026-03-03T10:00:00+08:00', { recurrence: { until: '2027-03-16' } }), NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'recurrence.until' } });
    expect(bookingRequestProblem(far, req('2026-03-03T09:00:00+08:00', '2026-03-03T10:00:00+08:00', { recurrence: { until: '2027-03-02' } }), NOW)).toBeNull();
    const near = { ...base, rules: { ...DEFAULT_RULES, maxDaysAhead: 7 } };
    expect(bookingRequestProblem(near, req('2026-03-10T09:00:00+08:00', '2026-03-10T10:00:00+08:00'), NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'start', reason: 'TOO_FAR_AHEAD' } });
    expect(bookingRequestProblem(near, req('2026-03-09T09:00:00+08:00', '2026-03-09T10:00:00+08:00'), NOW)).toBeNull();
    expect(bookingRequestProblem(near, req('2026-03-03T09:00:00+08:00', '2026-03-03T10:00:00+08:00', { recurrence: { until: '2026-03-10' } }), NOW)).toMatchObject({ data: { field: 'recurrence.until', reason: 'TOO_FAR_AHEAD' } });
  });
  it('names the placement problem and the week of a series that cannot be placed', () => {
    expect(bookingRequestProblem(base, req('2026-03-03T17:00:00+08:00', '2026-03-03T19:00:00+08:00'), NOW)).toMatchObject({
      code: 'BAD_USER_INPUT',
      data: { reason: 'OUTSIDE_OPENING_HOURS', week: 1, start: '2026-03-03T09:00:00.000Z', end: '2026-03-03T11:00:00.000Z' },
    });
    expect(bookingRequestProblem(base, req('2026-03-03T09:10:00+08:00', '2026-03-03T10:00:00+08:00'), NOW)?.data?.reason).toBe('NOT_ON_SLOT_BOUNDARY');
    const closed = { ...base, closedDates: ['2026-03-17'] };
    expect(bookingRequestProblem(closed, req('2026-03-03T09:00:00+08:00', '2026-03-03T10:00:00+08:00', { recurrence: { until: '2026-03-31' } }), NOW)).toMatchObject({
      data: { reason: 'CLOSED_DATE', week: 3, start: '2026-03-17T01:00:00.000Z' },
    });
  });
  it('spans the local dates of every occurrence for the membership check', () => {
    const occ = requestedOccurrences(req('2026-03-03T09:00:00+08:00', '2026-03-03T10:00:00+08:00', { recurrence: { until: '2026-03-17' } }), 'Asia/Shanghai');
    expect(occ).toHaveLength(3);
    expect(datesSpanned(occ, 'Asia/Shanghai')).toEqual({ from: '2026-03-03', to: '2026-03-17' });
  });
});

describe('reservationProblem', () => {
  const clash = { start: new Date('2026-03-03T09:00:00+08:00'), end: new Date('2026-03-03T11:00:00+08:00'), quotaMonth: '2026-03' };
  it('offers the free windows of the clashing day able to take the headcount', () => {
    const day = clashDayWindow(clash, 'Asia/Shanghai');
    expect(day.map((d) => new Date(d).toISOString())).toEqual(['2026-03-02T16:00:00.000Z', '2026-03-03T16:00:00.000Z']);
    const counters = slotStarts(t('2026-03-03T09:00:00+08:00'), t('2026-03-03T11:00:00+08:00')).map((s) => ({ slotStart: s, used: 10 }));
    const slots = availability(shanghai, day[0], day[1], counters);
    const p = reservationProblem({ reason: 'FULL', index: 1, clash }, { occurrences: 3, headcount: 2, cap: null, timeZone: 'Asia/Shanghai', slots });
    expect(p).toMatchObject({ code: 'CONFLICT', data: { reason: 'FULL', week: 2, start: '2026-03-03T01:00:00.000Z', end: '2026-03-03T03:00:00.000Z' } });
    expect(p.data!.free).toEqual([
      { start: '2026-03-03T00:00:00.000Z', end: '2026-03-03T01:00:00.000Z', remaining: 10 },
      { start: '2026-03-03T03:00:00.000Z', end: '2026-03-03T10:00:00.000Z', remaining: 10 },
    ]);
    expect(reservationProblem({ reason: 'FULL', index: 0, clash }, { occurrences: 1, headcount: 2, cap: null, timeZone: 'Asia/Shanghai', slots: [] }).data!.free).toEqual([]);
  });
  it('reports the monthly cap with its month, and a base changed meanwhile with what no longer fits', () => {
    expect(reservationProblem({ reason: 'QUOTA', index: 0, clash }, { occurrences: 1, headcount: 2, cap: 4, timeZone: 'Asia/Shanghai', slots: [] })).toMatchObject({ code: 'CONFLICT', data: { reason: 'MONTHLY_CAP', month: '2026-03' } });
    expect(reservationProblem({ reason: 'CLOSED_DATE', index: 2, clash }, { occurrences: 3, headcount: 2, cap: null, timeZone: 'Asia/Shanghai', slots: [] })).toMatchObject({ code: 'CONFLICT', data: { reason: 'CLOSED_DATE', week: 3 } });
  });
  it('re-checks a booking against a base that changed under it', () => {
    const b = { start: clash.start, end: clash.end };
    expect(changedBaseProblem({ ...shanghai, status: 'ACTIVE' }, b)).toBeNull();
    expect(changedBaseProblem({ ...shanghai, status: 'CLOSED' }, b)).toBe('BASE_NOT_ACTIVE');
    expect(changedBaseProblem({ ...shanghai, status: 'ACTIVE', closedDates: ['2026-03-03'] }, b)).toBe('CLOSED_DATE');
  });
});

describe('bookingsInTheWay (who gives way)', () => {
  const h = (id: string, s: string, e: string, headcount: number, madeMinutesAgo: number) => ({ id, start: new Date(`2026-03-03T${s}:00+08:00`), end: new Date(`2026-03-03T${e}:00+08:00`), headcount, createdAt: new Date(NOW - madeMinutesAgo * 60_000) });
  const a = h('a', '09:00', '11:00', 3, 30);
  const b = h('b', '10:00', '12:00', 2, 10);
  const c = h('c', '13:00', '14:00', 5, 5);
  it('gives way with the most recently made bookings on over-full slots, until the rest fits', () => {
    expect(bookingsInTheWay({ ...shanghai, status: 'ACTIVE', capacity: 3 }, [a, b, c]).map((x) => x.id)).toEqual(['b', 'c']);
    expect(bookingsInTheWay({ ...shanghai, status: 'ACTIVE', capacity: 5 }, [a, b, c])).toEqual([]);
    // The older booking gives way only when the newer one alone does not make room.
    expect(bookingsInTheWay({ ...shanghai, status: 'ACTIVE', capacity: 2 }, [a, b]).map((x) => x.id)).toEqual(['a', 'b']);
  });
  it('takes every booking the new shape cannot place, and all of them when the base closes', () => {
    expect(bookingsInTheWay({ ...shanghai, status: 'ACTIVE', closedDates: ['2026-03-03'] }, [c, a]).map((x) => x.id)).toEqual(['a', 'c']);
    expect(bookingsInTheWay({ ...shanghai, status: 'ACTIVE', openingHours: [{ weekday: 2, opens: '08:00', closes: '12:00' }] }, [a, c]).map((x) => x.id)).toEqual(['c']);
    expect(bookingsInTheWay({ ...shanghai, status: 'CLOSED' }, [b, a]).map((x) => x.id)).toEqual(['a', 'b']);
  });
  it('is only looked for after a change that restricts', () => {
    expect(restrictsBookings({ capacity: 4 }, { capacity: 5 })).toBe(true);
    expect(restrictsBookings({ capacity: 6 }, { capacity: 5 })).toBe(false);
    expect(restrictsBookings({ closedDates: [] }, { capacity: 5 })).toBe(true);
    expect(restrictsBookings({ openingHours: [] }, { capacity: 5 })).toBe(true);
    expect(restrictsBookings({ status: 'CLOSED' }, { capacity: 5 })).toBe(true);
    expect(restrictsBookings({ status: 'SUSPENDED', name: 'x' }, { capacity: 5 })).toBe(false);
    expect(inTheWayProblem([{ id: 'b' }])).toMatchObject({ code: 'CONFLICT', data: { bookings: [{ id: 'b' }] } });
    expect(conflictHandlingProblem({ cancelConflicting: true })).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'reason' } });
    expect(conflictHandlingProblem({ cancelConflicting: true, reason: '检修' })).toBeNull();
  });
});

describe('deciding on a booking', () => {
  const pending = { status: 'PENDING' as const, start: new Date(NOW + 86_400_000), end: new Date(NOW + 90_000_000), organizationId: FIRM };
  const confirmed = { ...pending, status: 'CONFIRMED' as const };
  const ended = { ...confirmed, start: new Date(NOW - 7_200_000), end: new Date(NOW - 3_600_000) };
  it('lets the base managers approve or reject a PENDING booking before it starts', () => {
    const hostAdmin = actor(['ORG_ADMIN'], HOST);
    expect(approvable(hostAdmin, pending, owners, NOW)).toBeNull();
    expect(approvable(actor(['ORG_ADMIN'], LEAD), pending, owners, NOW)).toBeNull();
    expect(codeOf(approvable(actor(['ORG_MEMBER'], HOST), pending, owners, NOW))).toBe('FORBIDDEN');
    expect(codeOf(approvable(actor(['ORG_ADMIN'], FIRM), pending, owners, NOW))).toBe('FORBIDDEN');
    expect(approvable(hostAdmin, confirmed, owners, NOW)).toMatchObject({ code: 'CONFLICT', data: { status: 'CONFIRMED' } });
    expect(codeOf(approvable(hostAdmin, { ...pending, start: new Date(NOW - 1) }, owners, NOW))).toBe('FAILED_PRECONDITION');
    expect(rejectable(hostAdmin, pending, owners, NOW)).toBeNull();
    expect(codeOf(rejectable(actor(['ORG_ADMIN'], FIRM), pending, owners, NOW))).toBe('FORBIDDEN');
    expect(rejectable(hostAdmin, ended, owners, NOW)).toMatchObject({ code: 'CONFLICT', data: { status: 'COMPLETED' } });
  });
  it('lets the booking organization or the base managers cancel what has not ended', () => {
    expect(cancellable(actor(['ORG_ADMIN'], FIRM), confirmed, owners, NOW)).toBeNull();
    expect(cancellable(actor(['ORG_ADMIN'], LEAD), pending, owners, NOW)).toBeNull();
    expect(cancellable({ id: 'service:x', roles: [], system: true }, pending, owners, NOW)).toBeNull();
    expect(codeOf(cancellable(actor(['ORG_MEMBER'], FIRM), confirmed, owners, NOW))).toBe('FORBIDDEN');
    expect(codeOf(cancellable(actor(['ORG_ADMIN'], 'dddddddddddddddddddddddd'), confirmed, owners, NOW))).toBe('FORBIDDEN');
    expect(cancellable(actor(['ORG_ADMIN'], FIRM), ended, owners, NOW)).toMatchObject({ code: 'CONFLICT', data: { status: 'COMPLETED' } });
    expect(cancellable(actor(['ORG_ADMIN'], FIRM), { ...confirmed, status: 'CANCELLED' }, owners, NOW)).toMatchObject({ code: 'CONFLICT', data: { status: 'CANCELLED' } });
  });
});

describe('importing history', () => {
  it('takes bookings that ended, last at most a day and fit the capacity', () => {
    expect(importBookingProblem({ capacity: 10 }, { start: '2024-03-04T08:00:00+08:00', end: '2024-03-04T12:00:00+08:00', headcount: 5 }, NOW)).toBeNull();
    expect(importBookingProblem({ capacity: 10 }, { start: '2024-03-04T08:00:00+08:00', end: '2024-03-05T09:00:00+08:00', headcount: 5 }, NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'end' } });
    expect(importBookingProblem({ capacity: 10 }, { start: '2024-03-04T12:00:00+08:00', end: '2024-03-04T08:00:00+08:00', headcount: 5 }, NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'end' } });
    expect(importBookingProblem({ capacity: 10 }, { start: '2026-03-02T07:00:00+08:00', end: '2026-03-02T09:00:00+08:00', headcount: 5 }, NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'end' } });
    expect(importBookingProblem({ capacity: 4 }, { start: '2024-03-04T08:00:00+08:00', end: '2024-03-04T12:00:00+08:00', headcount: 5 }, NOW)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'headcount' } });
    expect(platformOrService(actor(['PLATFORM_ADMIN']))).toBe(true);
    expect(platformOrService(actor(['ORG_ADMIN'], HOST))).toBe(false);
  });
});

describe('creating a base and its rules', () => {
  const alliance = { status: 'ACTIVE', leadOrganizationId: LEAD };
  const p = { hostOrganizationId: HOST, timeZone: 'Asia/Shanghai', openingHours: weekdays };
  it('is done by the host or lead admins in a live alliance with a real zone and valid hours', () => {
    expect(createBaseProblem(actor(['ORG_ADMIN'], HOST), alliance, p)).toBeNull();
    expect(createBaseProblem(actor(['ORG_ADMIN'], LEAD), alliance, p)).toBeNull();
    expect(codeOf(createBaseProblem(actor(['ORG_ADMIN'], FIRM), alliance, p))).toBe('FORBIDDEN');
    expect(codeOf(createBaseProblem(actor(['ORG_ADMIN'], HOST), { ...alliance, status: 'DISSOLVED' }, p))).toBe('FAILED_PRECONDITION');
    expect(createBaseProblem(actor(['ORG_ADMIN'], HOST), alliance, { ...p, timeZone: 'Mars/Olympus' })).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'timeZone' } });
    expect(createBaseProblem(actor(['ORG_ADMIN'], HOST), alliance, { ...p, openingHours: [{ weekday: 1, opens: '18:00', closes: '08:00' }] })).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'openingHours' } });
  });
  it('merges rules (null keeps, the cap may be cleared) and refuses contradictory ones', () => {
    expect(mergeRules(DEFAULT_RULES, { maxDaysAhead: 90, minMinutes: null })).toEqual({ ...DEFAULT_RULES, maxDaysAhead: 90 });
    expect(mergeRules({ ...DEFAULT_RULES, monthlyStationHoursCap: 4 }, { monthlyStationHoursCap: null }).monthlyStationHoursCap).toBeNull();
    expect(rulesProblem(DEFAULT_RULES)).toBeNull();
    expect(rulesProblem(mergeRules(DEFAULT_RULES, { minMinutes: 60, maxMinutes: 45 }))).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'rules' } });
    expect(rulesProblem(mergeRules(DEFAULT_RULES, { minMinutes: 20 }))).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'rules' } });
    expect(nameKey('  实训  中心 A ')).toBe('实训 中心 a');
  });
});

describe('reads', () => {
  it('bounds read windows', () => {
    expect(windowProblem(t('2026-03-01T00:00:00Z'), t('2026-03-02T00:00:00Z'), 2 * 86_400_000)).toBeNull();
    expect(windowProblem(t('2026-03-02T00:00:00Z'), t('2026-03-02T00:00:00Z'), 2 * 86_400_000)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'to' } });
    expect(windowProblem(t('2026-03-01T00:00:00Z'), t('2026-03-04T00:00:00Z'), 2 * 86_400_000)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'to' } });
  });
  it('shows bookings to their organization and to whoever sees all of the base', () => {
    expect(seesAllBookings(actor(['ORG_MEMBER'], HOST), owners)).toBe(true);
    expect(seesAllBookings(actor(['ORG_ADMIN'], FIRM), owners)).toBe(false);
    expect(seesAllBookings(actor(['PLATFORM_ADMIN']), owners)).toBe(true);
    expect(seesBooking(actor(['ORG_MEMBER'], FIRM), { organizationId: FIRM }, owners)).toBe(true);
    expect(seesBooking(actor(['ORG_MEMBER'], 'dddddddddddddddddddddddd'), { organizationId: FIRM }, owners)).toBe(false);
    expect(booksFor(actor(['ORG_ADMIN'], FIRM), FIRM)).toBe(true);
    expect(booksFor(actor(['ORG_MEMBER'], FIRM), FIRM)).toBe(false);
    expect(booksFor(actor(['ORG_ADMIN'], FIRM), HOST)).toBe(false);
    expect(isListed('RESERVING')).toBe(false);
    expect(isListed('FAILED')).toBe(false);
    expect(isListed('CANCELLED')).toBe(true);
    expect(overlapsWindow({ start: 10, end: 20 }, 20, null)).toBe(false);
    expect(overlapsWindow({ start: 10, end: 20 }, 19, 10)).toBe(false);
    expect(overlapsWindow({ start: 10, end: 20 }, 19, 11)).toBe(true);
    expect(overlapsWindow({ start: 10, end: 20 }, null, null)).toBe(true);
  });
  it('fingerprints a booking request in the stored format (retries across versions replay)', () => {
    expect(bookingFingerprint({ baseId: 'b', organizationId: 'o', start: '2026-03-03T09:00:00+08:00', end: '2026-03-03T10:00:00+08:00', headcount: 2, purpose: 'TRAINING' })).toBe(
      `b|o|${t('2026-03-03T01:00:00Z')}|${t('2026-03-03T02:00:00Z')}|2|TRAINING|`,
    );
  });
});

describe('calendar feed keys', () => {
  it('key a feed by base, the token organization and its subject: the same sub in two organizations is two feeds', () => {
    const base = 'dddddddddddddddddddddddd';
    expect(calendarFeedKey(base, { id: 'u-7', org: HOST })).toBe(`${base}:${HOST}:u-7`);
    expect(calendarFeedKey(base, { id: 'u-7', org: FIRM })).not.toBe(calendarFeedKey(base, { id: 'u-7', org: HOST }));
    expect(calendarFeedKey(base, { id: 'u-7' })).toBe(`${base}:-:u-7`);
  });
});

describe('bookings a ban with CANCEL takes away', () => {
  const now = Date.parse('2026-12-01T00:00:00Z');
  const dateOf = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10); // Asia/Shanghai (no DST)
  const b = (id: string, start: string, status: 'PENDING' | 'CONFIRMED' | 'CANCELLED' | 'COMPLETED' | 'RESERVING') => ({ id, start: new Date(start), status });
  const bookings = [
    b('under-way', '2026-11-30T23:00:00Z', 'CONFIRMED'),
    b('pending', '2026-12-02T01:00:00Z', 'PENDING'),
    b('confirmed', '2026-12-03T01:00:00Z', 'CONFIRMED'),
    b('cancelled', '2026-12-03T02:00:00Z', 'CANCELLED'),
    b('reserving', '2026-12-03T03:00:00Z', 'RESERVING'),
    b('last-day', '2027-01-31T15:59:00Z', 'CONFIRMED'), // 23:59 on 2027-01-31 in Shanghai
    b('after', '2027-01-31T16:00:00Z', 'CONFIRMED'), // 00:00 on 2027-02-01 in Shanghai
  ];
  it('are the pending and confirmed ones that start after now and on or before the ban\'s last day (platform dates)', () => {
    expect(cancelledByBan(bookings, now, '2027-01-31', dateOf).map((x) => x.id)).toEqual(['pending', 'confirmed', 'last-day']);
  });
  it('record the ban on each booking', () => {
    expect(banCancellationReason({ disqualificationId: 'd1', until: '2031-11-30', reason: '造假' })).toBe('取消资格 disqualified (d1, until 2031-11-30): 造假');
  });
});
