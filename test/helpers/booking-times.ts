/**
 * Times for training-base specs (was copied in four of them): a future Monday in Asia/Shanghai, a wall time there
 * as ISO 8601 with its offset, and opening hours Monday to Friday 08:00–18:00.
 *
 *   const day = futureMonday();
 *   await book({ start: at(day, '09:00'), end: at(day, '11:00'), … });
 */
import { addDays, today } from '../../infra/dates.js';

/** A Monday at least `weeksAhead` weeks ahead in Asia/Shanghai (YYYY-MM-DD), so a booking is in the future and within 366 days. */
export function futureMonday(weeksAhead = 2): string {
  let d = addDays(today('Asia/Shanghai'), 7 * weeksAhead);
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}

/** `hhmm` on `date` in Asia/Shanghai (UTC+8, no daylight saving) as ISO 8601 with the offset. */
export const at = (date: string, hhmm: string): string => `${date}T${hhmm}:00+08:00`;

/** Opening hours Monday to Friday, 08:00–18:00 local. */
export const WEEKDAYS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' }));
