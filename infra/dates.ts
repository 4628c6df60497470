import { badInput } from './errors.js';
import { config } from './env.js';
import { msg } from './message-registry.js';
import { P } from './messages.js';

/** Calendar dates travel and are stored as 'YYYY-MM-DD' strings: they sort and compare correctly as text. */
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date as 'YYYY-MM-DD' (proleptic Gregorian): checked by arithmetic, no Date built (it runs for every Date field served). */
export function isValidDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

export function assertDate(s: string, field: string): string {
  if (!isValidDate(s)) throw badInput(msg('infra.dateInvalid', { field, value: s }), { field });
  return s;
}

// Building an Intl.DateTimeFormat is the expensive part of `today` (it showed in the dashboard's profile): one per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone (the platform's by default: Asia/Shanghai). */
export function today(timeZone = config().platformTimeZone, now = new Date()): string {
  // A date changes only on a minute boundary: the answer for this zone and minute is reused (it is asked per action).
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastDay.get(timeZone);
  if (last && last.minute === minute) return last.date;
  const date = formatDay(timeZone, now);
  lastDay.set(timeZone, { minute, date });
  return date;
}

const lastDay = new Map<string, { minute: number; date: string }>();

function formatDay(timeZone: string, now: Date): string {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = format.formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February + 1 year → 28 February, not 1 March.
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** Rejects a date after today (the platform's today): history may be recorded, the future may not. */
export function assertNotFuture(date: string, field: string, now = today()): string {
  assertDate(date, field);
  if (date > now) throw badInput(msg('infra.dateInFuture', { field, date: P.date(date), today: P.date(now) }), { field });
  return date;
}
