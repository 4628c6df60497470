/**
 * THE one place where a base's wall-clock times (local date + time in its IANA zone) become instants (UTC ms) and
 * back. Opening hours, closed dates, weekly series, the booking horizon, slots and availability all go through
 * `wallToInstant` and `localParts`; nothing else in the service does zone arithmetic. Pure: no broker, no database.
 *
 * The zone data comes from Luxon (`IANAZone`, the tz database the runtime ships), not from hand-written offset
 * guessing. Two rules settle the wall times that are not exactly one instant:
 * - **Skipped** (inside a spring-forward gap, e.g. 02:30 on 2027-03-14 in America/New_York): the wall time is read
 *   with the offset in force before the gap, so it moves forward past the gap by the gap's length
 *   (02:30 → 03:30 EDT; a Lord_Howe gap is 30 minutes). Luxon's `DateTime.fromObject` answers the same.
 * - **Repeated** (inside a fall-back overlap, e.g. 01:30 on 2027-11-07 in America/New_York): the earlier offset,
 *   i.e. the first of the two instants (01:30 EDT). Luxon alone would pick either, depending on today's offset.
 * These are Temporal's `disambiguation: 'compatible'` rules.
 */
import { DateTime, IANAZone } from 'luxon';
import { addDays } from '../../infra/dates.js';
import { SLOT_MINUTES, type Interval } from './trainingBases.contract.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Slot length in milliseconds (SLOT_MINUTES). */
export const SLOT_MS = SLOT_MINUTES * MINUTE_MS;
/** A weekly series is cut after this many occurrences (the request check refuses more than 53). */
export const MAX_OCCURRENCES = 60;

/** Luxon's zone (cached by Luxon); throws for a name that is not a zone (callers check `isTimeZone` at input). */
function zoneOf(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Unknown time zone ${timeZone}`);
  return zone;
}

/** An IANA zone name with a region ('Asia/Shanghai') or 'UTC'; bare abbreviations ('EST', 'CST') are refused. */
export function isTimeZone(tz: string): boolean {
  return IANAZone.isValidZone(tz) && (tz.includes('/') || tz === 'UTC');
}

/**
 * A valid zone's canonical IANA spelling ("asia/shanghai" → "Asia/Shanghai"): what a base stores and its calendar
 * feed carries (calendar apps match zone names exactly). Call after `isTimeZone`.
 */
export function canonicalTimeZone(tz: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
}

/** The wall-clock reading of an instant in a zone. */
export interface LocalParts {
  /** Local calendar date YYYY-MM-DD. */
  date: string;
  /** Minutes since local midnight (0–1439). */
  minutes: number;
  /** Seconds within the minute, with the milliseconds as a fraction (0 on a whole minute). */
  seconds: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/** The wall-clock date and time of an instant (UTC ms) in a time zone. Every instant has exactly one reading. */
export function localParts(ms: number, timeZone: string): LocalParts {
  const dt = DateTime.fromMillis(ms, { zone: zoneOf(timeZone) });
  return {
    date: dt.toISODate() ?? '',
    minutes: dt.hour * 60 + dt.minute,
    seconds: dt.second + dt.millisecond / 1000,
    weekday: dt.weekday,
  };
}

/** The zone's offset at an instant, in minutes east of UTC (Luxon's convention: New York in winter = −300). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const hour = Math.floor(ms / HOUR_MS);
  const key = `${timeZone}|${hour}`;
  let known = hourOffsets.get(key);
  if (known === undefined) {
    // Equal offsets at both ends of the hour: constant within it (a zone never changes twice within an hour).
    const zone = zoneOf(timeZone);
    const a = zone.offset(hour * HOUR_MS);
    known = a === zone.offset((hour + 1) * HOUR_MS - 1) ? a : null;
    if (hourOffsets.size >= 50_000) hourOffsets.clear();
    hourOffsets.set(key, known);
  }
  return known ?? zoneOf(timeZone).offset(ms);
}
// The zone's offset per UTC hour (null: it changes within that hour): luxon asks Intl for each offset, which was the
// availability computation's main cost (a slot boundary per quarter-hour); an hour's answer is reused by every slot in it.
const HOUR_MS = 3_600_000;
const hourOffsets = new Map<string, number | null>();

/** How a wall time maps onto the time line. */
export type WallKind = 'PLAIN' | 'SKIPPED' | 'REPEATED';

/**
 * The instant of a local wall time and which case it was: `date` YYYY-MM-DD, `minutes` since local midnight
 * (1440 = "24:00", the next day's midnight; any count of minutes rolls over days). SKIPPED times move forward
 * past the gap; REPEATED times take the earlier offset (module comment).
 */
export function resolveWall(date: string, minutes: number, timeZone: string): { instant: number; kind: WallKind } {
  const zone = zoneOf(timeZone);
  const [y, m, d] = date.split('-').map(Number);
  // The wall reading written as if it were UTC; an offset o (minutes) makes it the instant wall − o.
  const wall = Date.UTC(y, m - 1, d) + minutes * MINUTE_MS;
  // The offsets in force a day either side bracket any single transition (tz rules never change twice a day).
  const before = zone.offset(wall - DAY_MS);
  const after = zone.offset(wall + DAY_MS);
  const fits = [...new Set([before, after])].map((o) => wall - o * MINUTE_MS).filter((t) => zone.offset(t) * MINUTE_MS === wall - t);
  if (fits.length === 1) return { instant: fits[0], kind: 'PLAIN' };
  if (fits.length > 1) return { instant: Math.min(...fits), kind: 'REPEATED' };
  return { instant: wall - before * MINUTE_MS, kind: 'SKIPPED' };
}

/** The instant (UTC ms) of a local wall time, by the module's two rules (see `resolveWall`). */
export function wallToInstant(date: string, minutes: number, timeZone: string): number {
  return resolveWall(date, minutes, timeZone).instant;
}

/** Minutes since midnight of 'HH:MM' ('24:00' = 1440), NaN when malformed. */
export function hhmm(s: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(s);
  if (!m) return NaN;
  const v = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && v <= 1440 ? v : NaN;
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

/** The local calendar dates an interval touches (end exclusive). */
export function localDatesOf(start: number, end: number, timeZone: string): string[] {
  const out: string[] = [];
  const last = localParts(end - 1, timeZone).date;
  for (let d = localParts(start, timeZone).date; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The instant the local day `date` begins (its first existing wall time: a skipped midnight moves forward). */
export const startOfLocalDay = (date: string, timeZone: string): number => wallToInstant(date, 0, timeZone);

/** The start of the (local-aligned) slot containing an instant. */
export function slotFloor(ms: number, timeZone: string): number {
  const off = offsetMinutes(ms, timeZone) * MINUTE_MS;
  return ms - ((((ms + off) % SLOT_MS) + SLOT_MS) % SLOT_MS);
}

/** Slot start instants covered by [start, end). */
export function slotStarts(start: number, end: number): number[] {
  const out: number[] = [];
  for (let t = start; t < end; t += SLOT_MS) out.push(t);
  return out;
}

/**
 * The occurrences of a weekly series: the first exactly as requested, then the same local weekday and wall times
 * each week through `until` (a local date, inclusive), each end converted from its own wall time by the module's
 * rules. So an occurrence whose start falls in a spring-forward gap starts after it (02:30 → 03:30) and is shorter
 * by the part of the gap it covered; one inside a fall-back overlap starts at the first 01:30. Occurrences can come
 * out shorter or longer than the first (or empty): the request check measures each one.
 */
export function weeklyOccurrences(start: number, end: number, until: string | null | undefined, timeZone: string): Interval[] {
  if (!until) return [{ start, end }];
  const s = localParts(start, timeZone);
  const e = localParts(end, timeZone);
  const dayShift = Math.round((Date.parse(`${e.date}T00:00:00Z`) - Date.parse(`${s.date}T00:00:00Z`)) / DAY_MS);
  const out: Interval[] = [{ start, end }];
  for (let d = addDays(s.date, 7); d <= until && out.length <= MAX_OCCURRENCES; d = addDays(d, 7)) {
    out.push({ start: wallToInstant(d, s.minutes, timeZone), end: wallToInstant(addDays(d, dayShift), e.minutes, timeZone) });
  }
  return out;
}

/** Calendar months (YYYY-MM, base time zone) an interval touches. */
export function monthsOf(start: number, end: number, timeZone: string): string[] {
  const first = localParts(start, timeZone).date.slice(0, 7);
  const last = localParts(end - 1, timeZone).date.slice(0, 7);
  const out: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

/** The month after 'YYYY-MM'. */
export function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}
