import { describe, expect, it } from 'vitest';
import { visibleStatus } from './trainingBases.rules.js';
import { availability, freeWindows, internshipRecord, openingHoursProblems, overCapacity, placementProblem, utilization, type BaseShape } from './trainingBases.slots.js';
import { localParts, monthsOf, slotStarts, weeklyOccurrences, zonedToUtc } from './trainingBases.time.js';
import { escapeText, foldLine, renderCalendar } from './trainingBases.ical.js';

const t = (iso: string) => Date.parse(iso);
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' }));
const shanghai: BaseShape = { timeZone: 'Asia/Shanghai', capacity: 10, openingHours: [...weekdays, { weekday: 6, opens: '08:00', closes: '12:00' }], closedDates: ['2026-10-01'] };

describe('time zones', () => {
  it('converts local wall times to UTC in Asia/Shanghai and across DST in Europe/Berlin', () => {
    expect(new Date(zonedToUtc('2026-03-03', 8 * 60, 'Asia/Shanghai')).toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(new Date(zonedToUtc('2027-03-26', 8 * 60, 'Europe/Berlin')).toISOString()).toBe('2027-03-26T07:00:00.000Z');
    expect(new Date(zonedToUtc('2027-03-29', 8 * 60, 'Europe/Berlin')).toISOString()).toBe('2027-03-29T06:00:00.000Z');
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
