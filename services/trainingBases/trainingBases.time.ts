/**
 * Local-time arithmetic for bases in any IANA time zone (Intl only, zone-correct across DST): wall times to
 * instants and back, local dates, slots, weekly series, months. Pure: no broker, no database.
 */
import { addDays } from '../../infra/dates.js';
import { SLOT_MINUTES, type Interval } from './trainingBases.contract.js';

/** Slot length in milliseconds (SLOT_MINUTES). */
export const SLOT_MS = SLOT_MINUTES * 60_000;
/** A weekly series is cut after this many occurrences (the request check refuses more than 53). */
export const MAX_OCCURRENCES = 60;

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

/** An IANA zone name with a region ('Asia/Shanghai') or 'UTC'; bare abbreviations are refused. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock reading of an instant in a zone. */
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

