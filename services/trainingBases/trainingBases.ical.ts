/** RFC 5545 (iCalendar) rendering of a base's bookings: pure, so it is unit-tested beside the service. */
import { render } from '../../infra/message-registry.js';
import { DEFAULT_LOCALE, P, type Locale } from '../../infra/messages.js';
import type { BookingStatus, CalendarFeedEvent } from './trainingBases.contract.js';

/** One booking as the .ics feed renders it (the contract's feed event). */
export type IcalEvent = CalendarFeedEvent;

const STATUS: Record<BookingStatus, string> = { PENDING: 'TENTATIVE', CONFIRMED: 'CONFIRMED', COMPLETED: 'CONFIRMED', REJECTED: 'CANCELLED', CANCELLED: 'CANCELLED' };

/**
 * Every line-break form a reader may split a line on: CRLF, LF, bare CR, VT, FF, NEL (U+0085), LINE SEPARATOR
 * (U+2028) and PARAGRAPH SEPARATOR (U+2029). In a TEXT value each becomes the escaped newline `\n`, so the only
 * line breaks in a feed are the CRLFs that end its content lines.
 */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** The other control characters (C0 but HTAB, DEL, C1): RFC 5545 TEXT allows none of them, so they are dropped. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line-break form as `\n`,
 * other control characters dropped. Used for every TEXT property of the feed (`textLine`).
 */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(LINE_BREAK, '\\n').replace(CONTROL, '');
}

/** A content line of a TEXT property: `NAME:escaped value`. */
const textLine = (name: string, value: string): string => `${name}:${escapeText(value)}`;
/** A TEXT property written in `locale`, saying so (RFC 5545 §3.2.10 LANGUAGE). */
const localizedLine = (name: string, value: string, locale: Locale): string => textLine(`${name};LANGUAGE=${locale}`, value);

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

/**
 * A whole VCALENDAR (CRLF lines folded at 75 octets, times in UTC, the base's zone as X-WR-TIMEZONE) for a base's
 * bookings. The calendar's name and each event's SUMMARY and DESCRIPTION are written in `locale` (default zh-CN)
 * from the catalog (`trainingBases.ical.*`, purposes and statuses by their names): calendar apps send no language,
 * so the feed URL names it.
 */
export function renderCalendar(opts: { baseId: string; baseName: string; timeZone: string; host: string; generatedAt: string; events: IcalEvent[]; locale?: Locale }): string {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//cej//training-bases//${locale === 'en' ? 'EN' : 'ZH'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    textLine('X-WR-CALNAME', render('trainingBases.ical.calendarName', { base: opts.baseName }, locale)),
    textLine('X-WR-TIMEZONE', opts.timeZone),
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
  ];
  const stamp = icalUtc(opts.generatedAt);
  for (const e of opts.events) {
    const purpose = P.key(`trainingBases.purpose.${e.purpose}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:booking-${e.id}@${opts.host}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${icalUtc(e.updatedAt)}`,
      `DTSTART:${icalUtc(e.start)}`,
      `DTEND:${icalUtc(e.end)}`,
      localizedLine('SUMMARY', render('trainingBases.ical.summary', { purpose, organization: e.organizationName, headcount: e.headcount }, locale), locale),
      localizedLine('DESCRIPTION', render('trainingBases.ical.description', { base: opts.baseName, headcount: e.headcount, purpose, status: P.key(`trainingBases.bookingStatus.${e.status}`) }, locale), locale),
      `STATUS:${STATUS[e.status]}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
