/** Pure rules about training bases and bookings: time zones, opening hours, slots, availability, records. No broker, no database. */
import type { Actor } from '../../infra/auth.js';
import { isOrgAdminOf, isPlatformAdmin } from '../../infra/auth.js';

export const BOOKING_PURPOSES = ['TRAINING', 'INTERNSHIP', 'COURSE', 'ASSESSMENT', 'RESEARCH'] as const;
export type BookingPurpose = (typeof BOOKING_PURPOSES)[number];
/** Public statuses. */
export const BOOKING_STATUSES = ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'COMPLETED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/**
 * Stored statuses: RESERVING (capacity being taken, never shown) and FAILED (a reservation that was
 * rolled back by the sweeper after a crash, never shown) exist only inside the service.
 */
export type StoredBookingStatus = BookingStatus | 'RESERVING' | 'FAILED';
/** Statuses that hold stations on the slot counters. */
export const HOLDING: readonly StoredBookingStatus[] = ['RESERVING', 'PENDING', 'CONFIRMED'];
export const BASE_STATUSES = ['ACTIVE', 'SUSPENDED', 'CLOSED'] as const;
export type BaseStatus = (typeof BASE_STATUSES)[number];

/** Capacity is counted per slot of this length; bookings start and end on slot boundaries (local time). */
export const SLOT_MINUTES = 15;
export const SLOT_MS = SLOT_MINUTES * 60_000;
export const MAX_OCCURRENCES = 60;

export interface OpeningHours {
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

export interface BookingRules {
  minMinutes: number;
  maxMinutes: number;
  /** How far ahead a booking may start, in days. */
  maxDaysAhead: number;
  /** Per booking organization and calendar month (base time zone): station-hours cap, null = no cap. */
  monthlyStationHoursCap: number | null;
}

export const DEFAULT_RULES: BookingRules = { minMinutes: 30, maxMinutes: 12 * 60, maxDaysAhead: 366, monthlyStationHoursCap: null };

export interface BaseShape {
  timeZone: string;
  capacity: number;
  openingHours: OpeningHours[];
  closedDates: string[];
}

export interface Interval {
  start: number;
  end: number;
}

// ------------------------------------------------------------------ time zones (Intl only, zone-correct)

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export interface LocalParts {
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
  seconds: number;
  weekday: number;
}

/** The wall-clock date and time of an instant in a time zone. */
export function localParts(ms: number, timeZone: string): LocalParts {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const hour = Number(get('hour')) % 24;
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    minutes: hour * 60 + Number(get('minute')),
    seconds: Number(get('second')) + (ms % 1000 === 0 ? 0 : 0.5),
    weekday: WEEKDAYS[get('weekday')] ?? 0,
  };
}

/** Offset of the zone at an instant, in ms (local wall time minus UTC). */
function offsetAt(ms: number, timeZone: string): number {
  const p = localParts(Math.floor(ms / 1000) * 1000, timeZone);
  const [y, m, d] = p.date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d) + p.minutes * 60_000 + Math.floor(p.seconds) * 1000;
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant of a local wall time (date + minutes since midnight, minutes may be 1440 for "24:00").
 * Two passes settle offsets that change at the instant (DST); a wall time skipped by DST maps forward.
 */
export function zonedToUtc(date: string, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d) + minutes * 60_000;
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  return guess;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function hhmm(s: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(s);
  if (!m) return NaN;
  const v = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && v <= 1440 ? v : NaN;
}

/** Problems with opening hours (empty when valid): HH:MM on slot boundaries, opens < closes, no overlap per weekday. */
export function openingHoursProblems(hours: OpeningHours[]): string[] {
  const problems: string[] = [];
  for (const h of hours) {
    const o = hhmm(h.opens);
    const c = hhmm(h.closes);
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) problems.push(`weekday ${h.weekday} must be 1 (Monday) to 7 (Sunday)`);
    if (Number.isNaN(o) || Number.isNaN(c)) problems.push(`opening hours ${h.opens}–${h.closes} must be HH:MM (closes may be 24:00)`);
    else if (o >= c) problems.push(`opening hours ${h.opens}–${h.closes}: opens must be before closes`);
    else if (o % SLOT_MINUTES || c % SLOT_MINUTES) problems.push(`opening hours ${h.opens}–${h.closes} must be on ${SLOT_MINUTES}-minute boundaries`);
  }
  for (let wd = 1; wd <= 7; wd++) {
    const day = hours.filter((h) => h.weekday === wd).map((h) => [hhmm(h.opens), hhmm(h.closes)]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < day.length; i++) if (day[i][0] < day[i - 1][1]) problems.push(`opening hours overlap on weekday ${wd}`);
  }
  return problems;
}

/** ISO weekday (1 = Monday) of a calendar date. */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Merges touching or overlapping intervals (input in any order). */
export function mergeIntervals(list: Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
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
      const s = Math.max(from, zonedToUtc(d, hhmm(h.opens), base.timeZone));
      const e = Math.min(to, zonedToUtc(d, hhmm(h.closes), base.timeZone));
      if (s < e) out.push({ start: s, end: e });
    }
  }
  return mergeIntervals(out);
}

/** The local calendar dates an interval touches (end exclusive). */
export function localDatesOf(start: number, end: number, timeZone: string): string[] {
  const out: string[] = [];
  const last = localParts(end - 1, timeZone).date;
  for (let d = localParts(start, timeZone).date; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

export type PlacementProblem = 'CLOSED_DATE' | 'OUTSIDE_OPENING_HOURS' | 'NOT_ON_SLOT_BOUNDARY';

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

/** The start of the (local-aligned) slot containing an instant. */
export function slotFloor(ms: number, timeZone: string): number {
  const off = offsetAt(ms, timeZone);
  return ms - ((((ms + off) % SLOT_MS) + SLOT_MS) % SLOT_MS);
}

/** Slot start instants covered by [start, end). */
export function slotStarts(start: number, end: number): number[] {
  const out: number[] = [];
  for (let t = start; t < end; t += SLOT_MS) out.push(t);
  return out;
}

/**
 * The occurrences of a weekly series: same local weekday and wall times as the first, through `until`
 * (a local date, inclusive). Zone-correct: each occurrence is converted from local time separately.
 */
export function weeklyOccurrences(start: number, end: number, until: string | null | undefined, timeZone: string): Interval[] {
  if (!until) return [{ start, end }];
  const s = localParts(start, timeZone);
  const e = localParts(end, timeZone);
  const dayShift = Math.round((Date.parse(`${e.date}T00:00:00Z`) - Date.parse(`${s.date}T00:00:00Z`)) / 86_400_000);
  const out: Interval[] = [];
  for (let d = s.date; d <= until && out.length <= MAX_OCCURRENCES; d = addDays(d, 7)) {
    out.push({ start: zonedToUtc(d, s.minutes, timeZone), end: zonedToUtc(addDays(d, dayShift), e.minutes, timeZone) });
  }
  return out;
}

// ------------------------------------------------------------------ availability

export interface CounterView {
  slotStart: number;
  /** Stations taken on this slot by holding bookings. */
  used: number;
}

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

// ------------------------------------------------------------------ utilization and internship record

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

/** Calendar months (YYYY-MM, base time zone) an interval touches. */
export function monthsOf(start: number, end: number, timeZone: string): string[] {
  const first = localParts(start, timeZone).date.slice(0, 7);
  const last = localParts(end - 1, timeZone).date.slice(0, 7);
  const out: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

export function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}

/** The subsidy asks for 2 years of continuous internship service. */
export const SUBSIDY_MONTHS = 24;

export interface InternshipRecord {
  months: string[];
  longestRunMonths: number;
  subsidyEligible: boolean;
}

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

/** CONFIRMED bookings whose end has passed are COMPLETED (derived on read; the sweeper also stores it). */
export function visibleStatus(status: StoredBookingStatus, end: number, now = Date.now()): BookingStatus {
  if (status === 'CONFIRMED' && end <= now) return 'COMPLETED';
  if (status === 'RESERVING') return 'PENDING';
  if (status === 'FAILED') return 'CANCELLED';
  return status;
}

// ------------------------------------------------------------------ authority

/** Manages a base: the host's admins, the alliance lead's admins, platform admins, services. */
export function managesBase(actor: Actor, hostOrganizationId: string, leadOrganizationId: string): boolean {
  return !!actor.system || isPlatformAdmin(actor) || isOrgAdminOf(actor, hostOrganizationId) || isOrgAdminOf(actor, leadOrganizationId);
}

/** Sees every booking of a base: anyone of the host or lead organization, platform admins, services. */
export function seesAllBookings(actor: Actor, hostOrganizationId: string, leadOrganizationId: string): boolean {
  return !!actor.system || isPlatformAdmin(actor) || actor.org === hostOrganizationId || actor.org === leadOrganizationId;
}

/** A stable fingerprint of a booking request, to tell a retry from a different request under the same key. */
export function fingerprint(p: { baseId: string; organizationId: string; start: number; end: number; headcount: number; purpose: string; until?: string | null }): string {
  return [p.baseId, p.organizationId, p.start, p.end, p.headcount, p.purpose, p.until ?? ''].join('|');
}
