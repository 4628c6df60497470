/** Formatting that never turns money into a float and always shows times in a given IANA time zone. */

export interface MoneyLike {
  amount: string;
  currency: string;
}

const SYMBOLS: Record<string, string> = { CNY: '¥' };

/** '1000000.5' CNY → '¥1,000,000.50'. String arithmetic only: Money.amount is a decimal string, never parsed. */
export function formatMoney(m: MoneyLike | null | undefined): string {
  if (!m) return '—';
  let a = m.amount.trim();
  const negative = a.startsWith('-');
  if (negative || a.startsWith('+')) a = a.slice(1);
  const [int = '0', frac = ''] = a.split('.');
  const grouped = (int.replace(/^0+(?=\d)/, '') || '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const symbol = SYMBOLS[m.currency] ?? `${m.currency} `;
  return `${negative ? '-' : ''}${symbol}${grouped}.${frac.padEnd(2, '0')}`;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = partsCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    partsCache.set(tz, f);
  }
  return f;
}

/** The wall-clock date ('YYYY-MM-DD') and time ('HH:MM') of an instant in a time zone. */
export function zonedParts(instant: string | number | Date, tz: string): { date: string; time: string; seconds: string } {
  const d = instant instanceof Date ? instant : new Date(instant);
  const p = Object.fromEntries(formatter(tz).formatToParts(d).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, seconds: p.second ?? '00' };
}

/** Offset of the zone from UTC at an instant, in minutes (Asia/Shanghai: +480). */
export function offsetMinutes(ms: number, tz: string): number {
  const p = zonedParts(ms, tz);
  const wall = Date.parse(`${p.date}T${p.time}:${p.seconds}Z`);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

function offsetText(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** A wall-clock date and time in a zone → ISO 8601 with that zone's offset, e.g. 2026-03-03T08:00:00+08:00. */
export function zonedToIso(date: string, time: string, tz: string): string {
  const guess = Date.parse(`${date}T${time}:00Z`);
  let off = offsetMinutes(guess, tz);
  const second = offsetMinutes(guess - off * 60_000, tz);
  if (second !== off) off = second;
  return `${date}T${time}:00${offsetText(off)}`;
}

/** FullCalendar runs in 'UTC' mode fed with wall-clock times of the base's zone, so it shows the base's local time in any browser. */
export function toWallClock(iso: string, tz: string): Date {
  const p = zonedParts(iso, tz);
  return new Date(`${p.date}T${p.time}:00Z`);
}
export function fromWallClock(d: Date, tz: string): string {
  const s = d.toISOString();
  return zonedToIso(s.slice(0, 10), s.slice(11, 16), tz);
}

export function formatDateTime(iso: string | null | undefined, tz: string): string {
  if (!iso) return '—';
  const p = zonedParts(iso, tz);
  return `${p.date} ${p.time}`;
}
export function formatTime(iso: string, tz: string): string {
  return zonedParts(iso, tz).time;
}

/** The platform's calendar: today in Asia/Shanghai (dates as of which counts are taken). */
export const PLATFORM_TZ = 'Asia/Shanghai';
export function todayIn(tz = PLATFORM_TZ): string {
  return zonedParts(Date.now(), tz).date;
}

export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Last day of each month from `from`'s month through `to`'s (the last one clipped to `to`), at most `max` (the latest). */
export function monthEnds(from: string, to: string, max = 36): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (end >= to) {
      out.push(to);
      break;
    }
    out.push(end);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out.slice(-max);
}

/** Next Monday (strictly after `date`). */
export function nextMonday(date: string): string {
  let d = addDays(date, 1);
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}

/**
 * Yuan as typed ("1000000", "1,000,000.50") → the API's decimal string ("1000000.50"); null when it is not an amount
 * of 0 or more with at most two decimals. Never rounds: "12.345" is refused, not turned into 12.35.
 */
export function parseYuan(s: string): string | null {
  const v = s.trim().replace(/,/g, '');
  return /^\d{1,13}(\.\d{1,2})?$/.test(v) ? v : null;
}

/** Basis points as a percentage with two decimals, integer arithmetic only: 3500 → '35.00%', 1 → '0.01%'. */
export function bp(n: number | null | undefined): string {
  if (n == null) return '—';
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}%`;
}
