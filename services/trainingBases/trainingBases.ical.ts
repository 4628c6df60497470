/** RFC 5545 (iCalendar) rendering of a base's bookings: pure, so it is unit-tested beside the service. */
import type { BookingPurpose, BookingStatus, CalendarFeedEvent } from './trainingBases.contract.js';

/** One booking as the .ics feed renders it (the contract's feed event). */
export type IcalEvent = CalendarFeedEvent;

const PURPOSE_ZH: Record<BookingPurpose, string> = { TRAINING: '实训', INTERNSHIP: '实习', COURSE: '课程', ASSESSMENT: '考核', RESEARCH: '研发' };
const STATUS: Record<BookingStatus, string> = { PENDING: 'TENTATIVE', CONFIRMED: 'CONFIRMED', COMPLETED: 'CONFIRMED', REJECTED: 'CANCELLED', CANCELLED: 'CANCELLED' };

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTC date-time form 20260303T000000Z. */
export function icalUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 character: continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
      limit = 74; // the leading space counts
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/** A whole VCALENDAR (CRLF lines folded at 75 octets, times in UTC) for a base's bookings. */
export function renderCalendar(opts: { baseId: string; baseName: string; timeZone: string; host: string; generatedAt: string; events: IcalEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//cej//training-bases//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.baseName)}`,
    `X-WR-TIMEZONE:${opts.timeZone}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
  ];
  const stamp = icalUtc(opts.generatedAt);
  for (const e of opts.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:booking-${e.id}@${opts.host}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${icalUtc(e.updatedAt)}`,
      `DTSTART:${icalUtc(e.start)}`,
      `DTEND:${icalUtc(e.end)}`,
      `SUMMARY:${escapeText(`${PURPOSE_ZH[e.purpose]} ${e.purpose} · ${e.organizationName} (${e.headcount})`)}`,
      `DESCRIPTION:${escapeText(`${opts.baseName}: ${e.headcount} stations, ${e.purpose}, ${e.status}`)}`,
      `STATUS:${STATUS[e.status]}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
