/**
 * A base's shape in time: opening hours, placement of a booking, open intervals, free stations per slot,
 * utilization and the internship record. Pure (no broker, no database); tested in trainingBases.rules.spec.ts.
 */
import { addDays } from '../../infra/dates.js';
import { BookingReason } from '../../infra/reasons.js';
import { SLOT_MINUTES, type InternshipRecord, type Interval, type OpeningHours, type SlotDto } from './trainingBases.contract.js';
import { hhmm, localDatesOf, localParts, mergeIntervals, nextMonth, SLOT_MS, slotFloor, slotStarts, weekdayOf, wallToInstant } from './trainingBases.time.js';
import { msg } from '../../infra/message-registry.js';
import { P, type Msg } from '../../infra/messages.js';

/** What the placement rules need of a base. */
export interface BaseShape {
  timeZone: string;
  capacity: number;
  openingHours: OpeningHours[];
  closedDates: string[];
}

/** Problems with opening hours (empty when valid): HH:MM on slot boundaries, opens < closes, no overlap per weekday. */
export function openingHoursProblems(hours: OpeningHours[]): string[] {
  return openingHoursProblemMsgs(hours).map((m) => m.message);
}

/** `openingHoursProblems` as catalog messages. */
export function openingHoursProblemMsgs(hours: OpeningHours[]): Msg[] {
  const problems: Msg[] = [];
  for (const h of hours) {
    const o = hhmm(h.opens);
    const c = hhmm(h.closes);
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) problems.push(msg('trainingBases.weekdayRange', { weekday: String(h.weekday) }));
    if (Number.isNaN(o) || Number.isNaN(c)) problems.push(msg('trainingBases.hoursFormat', { opens: h.opens, closes: h.closes }));
    else if (o >= c) problems.push(msg('trainingBases.hoursOrder', { opens: h.opens, closes: h.closes }));
    else if (o % SLOT_MINUTES || c % SLOT_MINUTES) problems.push(msg('trainingBases.hoursBoundary', { opens: h.opens, closes: h.closes, minutes: SLOT_MINUTES }));
  }
  for (let wd = 1; wd <= 7; wd++) {
    const day = hours.filter((h) => h.weekday === wd).map((h) => [hhmm(h.opens), hhmm(h.closes)]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < day.length; i++) if (day[i][0] < day[i - 1][1]) problems.push(msg('trainingBases.hoursOverlap', { weekday: P.key(`trainingBases.weekday.${wd}`) }));
  }
  return problems;
}

/** The base's open time within [from, to): opening hours of each local day, without closed dates, merged. */
export function openIntervals(base: BaseShape, from: number, to: number): Interval[] {
  if (to <= from) return [];
  const closed = new Set(base.closedDates);
  const first = addDays(localParts(from, base.timeZone).date, -1);
  const last = addDays(localParts(to, base.timeZone).date, 1);
  const out: Interval[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    if (closed.has(d)) continue;
    const wd = weekdayOf(d);
    for (const h of base.openingHours) {
      if (h.weekday !== wd) continue;
      const s = Math.max(from, wallToInstant(d, hhmm(h.opens), base.timeZone));
      const e = Math.min(to, wallToInstant(d, hhmm(h.closes), base.timeZone));
      if (s < e) out.push({ start: s, end: e });
    }
  }
  return mergeIntervals(out);
}

/** Why a booking cannot be placed at a base (a BookingReason). */
export type PlacementProblem = typeof BookingReason.CLOSED_DATE | typeof BookingReason.OUTSIDE_OPENING_HOURS | typeof BookingReason.NOT_ON_SLOT_BOUNDARY;

/** Why a booking [start, end) cannot be placed at the base (null when it can). */
export function placementProblem(base: BaseShape, start: number, end: number): PlacementProblem | null {
  for (const t of [start, end]) {
    const p = localParts(t, base.timeZone);
    if (p.minutes % SLOT_MINUTES !== 0 || p.seconds !== 0) return 'NOT_ON_SLOT_BOUNDARY';
  }
  const closed = new Set(base.closedDates);
  if (localDatesOf(start, end, base.timeZone).some((d) => closed.has(d))) return 'CLOSED_DATE';
  const open = openIntervals(base, start, end);
  if (open.length !== 1 || open[0].start !== start || open[0].end !== end) return 'OUTSIDE_OPENING_HOURS';
  return null;
}

/** What availability needs of a slot counter. */
export interface CounterView {
  slotStart: number;
  /** Stations taken on this slot by holding bookings. */
  used: number;
}

/** A stretch of open time [start, end) (ms) with `remaining` free stations. */
export interface SlotView {
  start: number;
  end: number;
  remaining: number;
}

/**
 * Open time in [from, to) split wherever the number of free stations changes. Full periods are listed with
 * remaining 0; closed time is left out. `used` comes from the slot counters (absent = nothing booked).
 */
export function availability(base: BaseShape, from: number, to: number, counters: CounterView[]): SlotView[] {
  const used = new Map(counters.map((c) => [c.slotStart, c.used]));
  const out: SlotView[] = [];
  for (const open of openIntervals(base, from, to)) {
    // Slot boundaries are local-aligned instants; walk the open interval slot by slot.
    let t = open.start;
    while (t < open.end) {
      const slotStart = slotFloor(t, base.timeZone);
      const next = Math.min(open.end, slotStart + SLOT_MS);
      const remaining = Math.max(0, base.capacity - (used.get(slotStart) ?? 0));
      const last = out[out.length - 1];
      if (last && last.end === t && last.remaining === remaining) last.end = next;
      else out.push({ start: t, end: next, remaining });
      t = next;
    }
  }
  return out;
}

/** Free windows able to take `headcount` stations (what a refused request is offered instead). */
export function freeWindows(slots: SlotView[], headcount: number): SlotView[] {
  const out: SlotView[] = [];
  for (const s of slots) {
    if (s.remaining < headcount) continue;
    const last = out[out.length - 1];
    if (last && last.end === s.start) {
      last.end = s.end;
      last.remaining = Math.min(last.remaining, s.remaining);
    } else out.push({ ...s });
  }
  return out;
}

/** Peak stations used at any instant by a set of bookings, per slot; returns the slots above `capacity`. */
export function overCapacity(bookings: { start: number; end: number; headcount: number }[], capacity: number): number[] {
  const per = new Map<number, number>();
  for (const b of bookings) for (const s of slotStarts(b.start, b.end)) per.set(s, (per.get(s) ?? 0) + b.headcount);
  return [...per.entries()].filter(([, n]) => n > capacity).map(([s]) => s).sort((a, b) => a - b);
}

/** A slot view as the contract's SlotDto (ISO instants). */
export const slotDto = (s: SlotView): SlotDto => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString(), remaining: s.remaining });

/** Booked over open station-hours in [from, to) (ms); ratio in [0, 1]. */
export interface Utilization {
  from: number;
  to: number;
  bookedStationHours: number;
  openStationHours: number;
  ratio: number;
}

/** Booked station-hours (bookings clipped to the window) over open station-hours at the current capacity. */
export function utilization(base: BaseShape, from: number, to: number, bookings: { start: number; end: number; headcount: number }[]): Utilization {
  const HOUR = 3_600_000;
  const openMs = openIntervals(base, from, to).reduce((a, i) => a + (i.end - i.start), 0);
  const bookedMs = bookings.reduce((a, b) => a + Math.max(0, Math.min(b.end, to) - Math.max(b.start, from)) * b.headcount, 0);
  const openStationHours = (openMs * base.capacity) / HOUR;
  const bookedStationHours = bookedMs / HOUR;
  return { from, to, bookedStationHours, openStationHours, ratio: openStationHours > 0 ? Math.min(1, bookedStationHours / openStationHours) : 0 };
}

/** The subsidy asks for 2 years of continuous internship service. */
export const SUBSIDY_MONTHS = 24;

/** Months with at least one completed internship, the longest run of consecutive months, and eligibility. */
export function internshipRecord(months: Iterable<string>): InternshipRecord {
  const sorted = [...new Set(months)].sort();
  let longest = 0;
  let run = 0;
  let prev: string | null = null;
  for (const m of sorted) {
    run = prev !== null && nextMonth(prev) === m ? run + 1 : 1;
    longest = Math.max(longest, run);
    prev = m;
  }
  return { months: sorted, longestRunMonths: longest, subsidyEligible: longest >= SUBSIDY_MONTHS };
}
