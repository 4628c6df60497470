/**
 * "The entry in force on a date": of a history ordered by its start date, the last entry whose start is on or
 * before the date (null before the first). One rule for alliance status history, revenue agreement versions,
 * policy versions and every other dated history. Dates are 'YYYY-MM-DD' strings (they compare as text).
 */
export function inForceOn<T>(history: readonly T[], date: string, startOf: (entry: T) => string): T | null {
  let found: T | null = null;
  for (const e of history) {
    if (startOf(e) <= date) found = e;
    else break;
  }
  return found;
}

/**
 * A period [from, until) in force on a date: started on or before it and not ended on or before it
 * (`until` null = open-ended; the end date itself is no longer in force).
 */
export function periodInForce(p: { from: string | null; until: string | null }, date: string): boolean {
  return p.from !== null && p.from <= date && (p.until === null || p.until > date);
}
