/**
 * The one wall time ↔ instant module (trainingBases.time.ts) against Luxon's own answers, over zones with daylight
 * saving (America/New_York, Europe/Berlin, America/Santiago whose midnight is skipped, Australia/Lord_Howe whose
 * shift is 30 minutes), and the same two rules seen through opening hours, closed dates, weekly series and
 * availability: the handed New York cases of issue 14 with their right values, then the same kind in every zone.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, bookingRequestProblem, clashDayWindow, type BaseView } from './trainingBases.rules.js';
import { availability, openIntervals, placementProblem, type BaseShape } from './trainingBases.slots.js';
import { localParts, resolveWall, wallToInstant, weeklyOccurrences, type WallKind } from './trainingBases.time.js';

const MIN = 60_000;
const DAY = 86_400_000;
const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const ZONES = ['America/New_York', 'Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe'] as const;
type Zone = (typeof ZONES)[number];
const YEARS = { min: 2025, max: 2037 };

/** A wall reading written as if it were UTC (ms) → its date and minutes since midnight. */
const wallOf = (w: number) => ({ date: iso(w).slice(0, 10), minutes: Math.round((((w % DAY) + DAY) % DAY) / MIN) });
const wallMs = (date: string, minutes: number) => t(`${date}T00:00:00Z`) + minutes * MIN;

/** A change of offset found with Luxon: the first instant (ms) with the new offset, and the offsets in minutes. */
interface Transition {
  at: number;
  before: number;
  after: number;
}
const offsetAt = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).offset;
const cache = new Map<string, Transition[]>();
/** The zone's transitions in a year, from Luxon's offsets (a daily scan, then bisection to the minute). */
function transitionsOf(zone: string, year: number): Transition[] {
  const key = `${zone}:${year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let day = Date.UTC(year, 0, 1); day < end; day += DAY) {
    if (offsetAt(day, zone) === offsetAt(day + DAY, zone)) continue;
    let lo = day;
    let hi = day + DAY;
    while (hi - lo > MIN) {
      const mid = lo + Math.floor((hi - lo) / 2 / MIN) * MIN;
      if (offsetAt(mid, zone) === offsetAt(lo, zone)) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, before: offsetAt(lo, zone), after: offsetAt(hi, zone) });
  }
  cache.set(key, out);
  return out;
}
const springForward = (zone: string, year: number) => transitionsOf(zone, year).find((x) => x.after > x.before)!;
const fallBack = (zone: string, year: number) => transitionsOf(zone, year).find((x) => x.after < x.before)!;

/** Luxon's answer for a wall time: the instant(s) it can be, and whether Luxon had to move it (a skipped time). */
function luxonAnswer(date: string, minutes: number, zone: string): { instant: number; kind: WallKind } {
  const w = DateTime.fromISO(date, { zone: 'utc' }).plus({ minutes });
  const dt = DateTime.fromObject({ year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute }, { zone });
  const options = dt.getPossibleOffsets().map((o) => o.toMillis());
  const moved = dt.toFormat("yyyy-MM-dd'T'HH:mm") !== w.toFormat("yyyy-MM-dd'T'HH:mm");
  // Luxon itself resolves a repeated time by today's offset; our rule is the earlier of its possible instants.
  return { instant: Math.min(...options), kind: options.length > 1 ? 'REPEATED' : moved ? 'SKIPPED' : 'PLAIN' };
}

const zoneArb = fc.constantFrom(...ZONES);
/** A wall time within 3 hours of one of the zone's transitions in a year (its wall reading before the change). */
const nearTransition = fc
  .record({ zone: zoneArb, year: fc.integer(YEARS), which: fc.nat(), delta: fc.integer({ min: -180, max: 180 }) })
  .map(({ zone, year, which, delta }) => {
    const all = transitionsOf(zone, year);
    const tr = all[which % all.length];
    return { zone, ...wallOf(tr.at + tr.before * MIN + delta * MIN) };
  });
/** Any wall time (minutes 0–1440) on any day of the years. */
const anyWall = fc
  .record({ zone: zoneArb, day: fc.integer({ min: 0, max: 365 * (YEARS.max - YEARS.min) }), minutes: fc.integer({ min: 0, max: 1440 }) })
  .map(({ zone, day, minutes }) => ({ zone, date: iso(Date.UTC(YEARS.min, 0, 1) + day * DAY).slice(0, 10), minutes }));

describe('wall time ↔ instant (Luxon)', () => {
  it('settles the handed New York wall times: skipped moves forward past the gap, repeated takes the earlier offset', () => {
    expect(resolveWall('2027-03-14', 2 * 60 + 30, 'America/New_York')).toEqual({ instant: t('2027-03-14T03:30:00-04:00'), kind: 'SKIPPED' });
    expect(resolveWall('2027-03-14', 2 * 60, 'America/New_York')).toEqual({ instant: t('2027-03-14T03:00:00-04:00'), kind: 'SKIPPED' });
    expect(resolveWall('2027-03-14', 60, 'America/New_York')).toEqual({ instant: t('2027-03-14T01:00:00-05:00'), kind: 'PLAIN' });
    expect(resolveWall('2027-11-07', 90, 'America/New_York')).toEqual({ instant: t('2027-11-07T01:30:00-04:00'), kind: 'REPEATED' });
    // Santiago skips midnight itself; Lord Howe's gap and overlap are 30 minutes.
    expect(resolveWall('2027-09-05', 0, 'America/Santiago')).toEqual({ instant: t('2027-09-05T01:00:00-03:00'), kind: 'SKIPPED' });
    expect(resolveWall('2027-04-03', 23 * 60 + 30, 'America/Santiago')).toEqual({ instant: t('2027-04-03T23:30:00-03:00'), kind: 'REPEATED' });
    expect(resolveWall('2027-10-03', 2 * 60 + 15, 'Australia/Lord_Howe')).toEqual({ instant: t('2027-10-03T02:45:00+11:00'), kind: 'SKIPPED' });
    expect(resolveWall('2027-04-04', 60 + 45, 'Australia/Lord_Howe')).toEqual({ instant: t('2027-04-04T01:45:00+11:00'), kind: 'REPEATED' });
    // "24:00" is the next day's midnight; Asia/Shanghai has no daylight saving.
    expect(wallToInstant('2027-09-04', 1440, 'America/Santiago')).toBe(t('2027-09-05T01:00:00-03:00'));
    expect(resolveWall('2027-03-14', 2 * 60 + 30, 'Asia/Shanghai')).toEqual({ instant: t('2027-03-14T02:30:00+08:00'), kind: 'PLAIN' });
  });

  it('answers what Luxon answers near every transition and anywhere else (earlier of its instants when repeated)', () => {
    fc.assert(
      fc.property(fc.oneof(nearTransition, anyWall), ({ zone, date, minutes }) => {
        expect(resolveWall(date, minutes, zone)).toEqual(luxonAnswer(date, minutes, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back the wall time it was given, later by exactly the gap when the time was skipped', () => {
    fc.assert(
      fc.property(nearTransition, ({ zone, date, minutes }) => {
        const { instant, kind } = resolveWall(date, minutes, zone);
        const back = localParts(instant, zone);
        const gap = kind === 'SKIPPED' ? offsetAt(instant, zone) - offsetAt(instant - DAY, zone) : 0;
        expect(wallMs(back.date, back.minutes)).toBe(wallMs(date, minutes) + gap * MIN);
        expect(DateTime.fromMillis(instant, { zone }).toFormat('yyyy-MM-dd HH:mm')).toBe(iso(wallMs(back.date, back.minutes)).slice(0, 16).replace('T', ' '));
      }),
      { numRuns: 1000 },
    );
  });

  it('maps every instant back to itself, except the second pass through a repeated hour, which maps to the first', () => {
    const instantArb = fc
      .record({ zone: zoneArb, year: fc.integer(YEARS), which: fc.nat(), delta: fc.integer({ min: -180, max: 180 }) })
      .map(({ zone, year, which, delta }) => {
        const all = transitionsOf(zone, year);
        return { zone, tr: all[which % all.length], instant: all[which % all.length].at + delta * MIN };
      });
    fc.assert(
      fc.property(instantArb, ({ zone, tr, instant }) => {
        const p = localParts(instant, zone);
        const { instant: again, kind } = resolveWall(p.date, p.minutes, zone);
        expect(kind).not.toBe('SKIPPED');
        const secondPass = kind === 'REPEATED' && again !== instant;
        expect(again).toBe(secondPass ? instant - (tr.before - tr.after) * MIN : instant);
      }),
      { numRuns: 1000 },
    );
  });
});

// ------------------------------------------------------------------ the same rules at a base

/** The handed base: America/New_York, open Sundays 02:00–05:00. */
const newYork: BaseShape = { timeZone: 'America/New_York', capacity: 4, openingHours: [{ weekday: 7, opens: '02:00', closes: '05:00' }], closedDates: [] };
const view = (shape: BaseShape): BaseView => ({ ...shape, status: 'ACTIVE', rules: { ...DEFAULT_RULES, maxDaysAhead: 730 } });
const booking = (start: number, end: number, until?: string) => ({ start: iso(start), end: iso(end), headcount: 1, ...(until ? { recurrence: { until } } : {}) });
/** "Now" for the handed cases: before 2027-03-07, so they are never in the past whenever the suite runs. */
const JAN_2027 = t('2027-01-01T00:00:00Z');

describe('daylight saving at a base: the handed New York cases (issue 14, fault 1)', () => {
  it('opens at 03:00 EDT on 2027-03-14, not from 01:00', () => {
    const day = [t('2027-03-14T00:00:00-05:00'), t('2027-03-15T00:00:00-04:00')] as const;
    expect(openIntervals(newYork, ...day)).toEqual([{ start: t('2027-03-14T03:00:00-04:00'), end: t('2027-03-14T05:00:00-04:00') }]);
    expect(availability(newYork, ...day, []).map((s) => [iso(s.start), iso(s.end), s.remaining])).toEqual([['2027-03-14T07:00:00.000Z', '2027-03-14T09:00:00.000Z', 4]]);
    // A week earlier it is the full three hours (EST).
    expect(openIntervals(newYork, t('2027-03-07T00:00:00-05:00'), t('2027-03-08T00:00:00-05:00'))).toEqual([{ start: t('2027-03-07T02:00:00-05:00'), end: t('2027-03-07T05:00:00-05:00') }]);
  });

  it('refuses a 01:00–02:00 booking that day as outside opening hours, like the same request a week earlier', () => {
    for (const date of ['2027-03-14', '2027-03-07']) {
      const start = t(`${date}T01:00:00-05:00`);
      const end = t(`${date}T02:00:00-05:00`);
      expect(placementProblem(newYork, start, end)).toBe('OUTSIDE_OPENING_HOURS');
      expect(bookingRequestProblem(view(newYork), booking(start, end), JAN_2027)).toMatchObject({ code: 'BAD_USER_INPUT', data: { reason: 'OUTSIDE_OPENING_HOURS' } });
    }
  });

  it('puts the 2027-03-14 occurrence of a weekly 02:30 series at 03:30 EDT (the gap rule), and accepts the series', () => {
    const req = booking(t('2027-03-07T02:30:00-05:00'), t('2027-03-07T04:30:00-05:00'), '2027-03-21');
    const occ = weeklyOccurrences(Date.parse(req.start), Date.parse(req.end), '2027-03-21', 'America/New_York');
    expect(occ.map((o) => [iso(o.start), iso(o.end)])).toEqual([
      ['2027-03-07T07:30:00.000Z', '2027-03-07T09:30:00.000Z'],
      ['2027-03-14T07:30:00.000Z', '2027-03-14T08:30:00.000Z'], // 03:30–04:30 EDT
      ['2027-03-21T06:30:00.000Z', '2027-03-21T08:30:00.000Z'], // 02:30–04:30 EDT
    ]);
    expect(bookingRequestProblem(view(newYork), req, JAN_2027)).toBeNull();
  });

  it('refuses a series week whose wall times vanish in the gap (02:00–03:00 has no time on 2027-03-14) as LENGTH with its week', () => {
    const req = booking(t('2027-03-07T02:00:00-05:00'), t('2027-03-07T03:00:00-05:00'), '2027-03-21');
    expect(bookingRequestProblem(view(newYork), req, JAN_2027)).toMatchObject({
      code: 'BAD_USER_INPUT',
      data: { reason: 'LENGTH', week: 2, start: '2027-03-14T07:00:00.000Z', end: '2027-03-14T07:00:00.000Z' },
    });
  });

  it('starts and ends the closed day and the day around a clash at its first existing instant (Santiago skips midnight)', () => {
    const santiago: BaseShape = {
      timeZone: 'America/Santiago',
      capacity: 2,
      openingHours: [{ weekday: 6, opens: '22:00', closes: '24:00' }, { weekday: 7, opens: '00:00', closes: '02:00' }],
      closedDates: [],
    };
    const weekend = [t('2027-09-04T00:00:00-04:00'), t('2027-09-06T00:00:00-03:00')] as const;
    // Saturday 22:00 −04 to Sunday 02:00 −03: three hours without a hole, Sunday's skipped midnight being 01:00.
    expect(openIntervals(santiago, ...weekend)).toEqual([{ start: t('2027-09-04T22:00:00-04:00'), end: t('2027-09-05T02:00:00-03:00') }]);
    expect(openIntervals({ ...santiago, closedDates: ['2027-09-05'] }, ...weekend)).toEqual([{ start: t('2027-09-04T22:00:00-04:00'), end: t('2027-09-05T01:00:00-03:00') }]);
    expect(placementProblem({ ...santiago, closedDates: ['2027-09-05'] }, t('2027-09-05T01:00:00-03:00'), t('2027-09-05T02:00:00-03:00'))).toBe('CLOSED_DATE');
    expect(clashDayWindow({ start: new Date('2027-09-05T05:00:00Z'), end: new Date('2027-09-05T06:00:00Z') }, 'America/Santiago')).toEqual([
      t('2027-09-05T01:00:00-03:00'),
      t('2027-09-06T00:00:00-03:00'),
    ]);
  });
});

describe('daylight saving at a base: the same kind in every zone and year (generated)', () => {
  /** The spring-forward day of a zone and year: the skipped wall times and a base open from the gap for 3 hours. */
  function springBase(zone: Zone, year: number) {
    const tr = springForward(zone, year);
    const gapStart = wallOf(tr.at + tr.before * MIN);
    const gapMinutes = tr.after - tr.before;
    const hh = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const weekday = localParts(tr.at, zone).weekday;
    const base: BaseShape = { timeZone: zone, capacity: 3, openingHours: [{ weekday, opens: hh(gapStart.minutes), closes: hh(gapStart.minutes + 180) }], closedDates: [] };
    return { tr, gapStart, gapMinutes, base };
  }

  it('opens at the end of the gap, refuses the hour before it like any other week, and moves a series occurrence forward by the gap', () => {
    fc.assert(
      fc.property(zoneArb, fc.integer(YEARS), (zone, year) => {
        const { tr, gapStart, gapMinutes, base } = springBase(zone, year);
        const close = luxonAnswer(gapStart.date, gapStart.minutes + 180, zone).instant;
        // Opening hours and availability: from the transition instant (Luxon's answer for the gap's first minute).
        expect(luxonAnswer(gapStart.date, gapStart.minutes, zone)).toEqual({ instant: tr.at, kind: 'SKIPPED' });
        expect(openIntervals(base, tr.at - DAY, tr.at + DAY)).toEqual([{ start: tr.at, end: close }]);
        expect(availability(base, tr.at - DAY, tr.at + DAY, [])[0]).toEqual({ start: tr.at, end: close, remaining: 3 });
        // The hour before the gap is not open, that day or a week earlier.
        const weekBefore = luxonAnswer(iso(wallMs(gapStart.date, 0) - 7 * DAY).slice(0, 10), gapStart.minutes, zone).instant;
        for (const opens of [tr.at, weekBefore]) {
          expect(bookingRequestProblem(view(base), booking(opens - 60 * MIN, opens), opens - 30 * DAY)).toMatchObject({ data: { reason: 'OUTSIDE_OPENING_HOURS' } });
        }
        // A weekly series at half the gap past its start: that week's occurrence is Luxon's (moved forward) instant.
        const into = gapMinutes / 2;
        const first = weekBefore + into * MIN;
        const occ = weeklyOccurrences(first, first + 120 * MIN, gapStart.date, zone);
        expect(occ).toHaveLength(2);
        expect(occ[1].start).toBe(luxonAnswer(gapStart.date, gapStart.minutes + into, zone).instant);
        expect(occ[1].start).toBe(tr.at + into * MIN);
        expect(bookingRequestProblem(view(base), booking(first, first + 120 * MIN, gapStart.date), first - 30 * DAY)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('opens a repeated hour at its first pass (the earlier offset) and keeps both passes open', () => {
    fc.assert(
      fc.property(zoneArb, fc.integer(YEARS), (zone, year) => {
        const tr = fallBack(zone, year);
        const overlap = wallOf(tr.at + tr.after * MIN); // the first repeated wall time
        const hh = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const opens = overlap.minutes;
        const base: BaseShape = { timeZone: zone, capacity: 1, openingHours: [{ weekday: localParts(tr.at, zone).weekday, opens: hh(opens), closes: hh(Math.min(1440, opens + 120)) }], closedDates: [] };
        const first = tr.at - (tr.before - tr.after) * MIN; // the repeated wall time's first pass
        expect(resolveWall(overlap.date, opens, zone)).toEqual({ instant: first, kind: 'REPEATED' });
        const open = openIntervals(base, tr.at - DAY, tr.at + DAY);
        expect(open).toHaveLength(1);
        expect(open[0].start).toBe(first);
        // Both passes through the repeated time are inside opening hours.
        expect(placementProblem(base, first, tr.at + (tr.before - tr.after) * MIN)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('leaves Asia/Shanghai as it was: a wall time is its instant minus eight hours, every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 12 }), fc.integer({ min: 0, max: 1440 }), (day, minutes) => {
        const date = iso(Date.UTC(2025, 0, 1) + day * DAY).slice(0, 10);
        expect(resolveWall(date, minutes, 'Asia/Shanghai')).toEqual({ instant: wallMs(date, minutes) - 8 * 3_600_000, kind: 'PLAIN' });
      }),
    );
  });
});
