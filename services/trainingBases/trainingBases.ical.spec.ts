/**
 * The calendar feed's text (trainingBases.ical.ts) read back by a real iCalendar parser (ical.js) and by a reader
 * that splits on every line-break form: issue 14, fault 9 (a base name with bare CRs put raw CRs into X-WR-CALNAME
 * and DESCRIPTION, and such a reader saw extra VEVENTs), then the same kind over generated names.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../infra/messages.js';
import type { CalendarFeedEvent } from './trainingBases.contract.js';
import { escapeText, renderCalendar } from './trainingBases.ical.js';

// RFC 5545 §3.8.8.2: a non-standard property's value is TEXT unless it says otherwise; ical.js reads X- properties
// it has no definition for raw, so X-WR-CALNAME is declared TEXT for the parser (its escapes are then decoded).
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

/** Every line-break form a reader may split on (JavaScript's, Unicode's and Python's `splitlines`). */
const ANY_BREAK = /\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/;
/** What a TEXT value reads back as: each line-break form is a newline, other control characters are gone. */
const readBack = (s: string) => s.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/).join('\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '');

const event = (id: string, organizationName: string): CalendarFeedEvent => ({
  id,
  start: '2027-03-03T00:00:00.000Z',
  end: '2027-03-03T04:00:00.000Z',
  status: 'CONFIRMED',
  purpose: 'TRAINING',
  headcount: 3,
  organizationName,
  updatedAt: '2027-03-01T00:00:00.000Z',
});
const render = (baseName: string, events: CalendarFeedEvent[], locale?: Locale) =>
  renderCalendar({ baseId: 'b1', baseName, timeZone: 'America/New_York', host: 'training-bases.cej', generatedAt: '2027-03-01T00:00:00Z', events, locale });

/** The feed as ical.js reads it: the calendar's name and each VEVENT's UID, SUMMARY and DESCRIPTION. */
function parsed(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return {
    name: cal.getFirstPropertyValue('x-wr-calname'),
    events: cal.getAllSubcomponents('vevent').map((v) => ({ uid: v.getFirstPropertyValue('uid'), summary: v.getFirstPropertyValue('summary'), description: v.getFirstPropertyValue('description') })),
  };
}

/** The lines a reader that splits on any line break sees (after unfolding), and the VEVENTs it counts. */
function naiveReader(ics: string) {
  const lines = ics.split(ANY_BREAK).reduce<string[]>((out, l) => (l.startsWith(' ') && out.length ? [...out.slice(0, -1), out[out.length - 1] + l.slice(1)] : [...out, l]), []);
  return { lines, vevents: lines.filter((l) => l === 'BEGIN:VEVENT').length };
}

/** The physical lines of the feed when only CRLF ends a line (what RFC 5545 says). */
const crlfLines = (ics: string) => ics.split('\r\n');

describe('calendar feed text: every line-break form escaped (issue 14, fault 9)', () => {
  it('keeps a base name with bare CRs (and an injected VEVENT) inside its X-WR-CALNAME and DESCRIPTION', () => {
    const baseName = '实训车间\rBEGIN:VEVENT\rUID:forged@evil\rSUMMARY:伪造\rEND:VEVENT\r二号';
    const ics = render(baseName, [event('1', '柳州市交通学校'), event('2', '企业\u2028甲\u2029乙\n丙\r\n丁')]);
    const cal = parsed(ics);
    expect(cal.events.map((e) => e.uid)).toEqual(['booking-1@training-bases.cej', 'booking-2@training-bases.cej']);
    const name = '实训车间\nBEGIN:VEVENT\nUID:forged@evil\nSUMMARY:伪造\nEND:VEVENT\n二号';
    expect(cal.name).toBe(`${name} · 实训基地预约`);
    expect(cal.events.map((e) => e.description)).toEqual([`${name}：3 个工位，实训，已确认`, `${name}：3 个工位，实训，已确认`]);
    expect(cal.events[1].summary).toBe('实训 · 企业\n甲\n乙\n丙\n丁（3 人）');
    // A reader splitting on any line break sees the same lines as one splitting on CRLF only, so two VEVENTs.
    expect(naiveReader(ics).vevents).toBe(2);
    expect(ics.split(ANY_BREAK)).toEqual(crlfLines(ics));
  });

  it('escapes each of \\r\\n, \\n, \\r, U+2028 and U+2029 as \\n and drops other control characters', () => {
    for (const br of ['\r\n', '\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f']) expect(escapeText(`a${br}b`)).toBe('a\\nb');
    expect(escapeText('a\u0000b\u001ec\u007fd\te')).toBe('abcd\te');
    expect(escapeText('a,b;c\\d')).toBe('a\\,b\\;c\\\\d');
  });

  it('reads back any base and organization names exactly, with exactly the rendered VEVENTs (generated)', () => {
    const piece = fc.constantFrom('\r\n', '\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f', '\u001c', '\u0000', '\t', ';', ',', '\\', ':', ' ', 'BEGIN:VEVENT', 'END:VCALENDAR', '实训', '𠀀', 'a');
    const name = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 4 }), (baseName, orgNames) => {
        const events = orgNames.map((n, i) => event(String(i + 1), n));
        const ics = render(baseName, events);
        const cal = parsed(ics);
        expect(cal.events.map((e) => e.uid)).toEqual(events.map((e) => `booking-${e.id}@training-bases.cej`));
        expect(cal.name).toBe(`${readBack(baseName)} · 实训基地预约`);
        expect(cal.events.map((e) => e.summary)).toEqual(orgNames.map((n) => `实训 · ${readBack(n)}（3 人）`));
        expect(naiveReader(ics).vevents).toBe(events.length);
        expect(ics.split(ANY_BREAK)).toEqual(crlfLines(ics));
        for (const line of crlfLines(ics)) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }),
      { numRuns: 300 },
    );
  });
});

describe('calendar feed text in the language of its URL', () => {
  const events: CalendarFeedEvent[] = [
    { ...event('1', '柳州市交通学校'), purpose: 'INTERNSHIP', headcount: 20, status: 'PENDING' },
    { ...event('2', 'Liugong Machinery'), purpose: 'ASSESSMENT', headcount: 1, status: 'CANCELLED' },
  ];
  const props = (ics: string, name: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => {
      const p = v.getFirstProperty(name)!;
      return { value: p.getFirstValue(), language: p.getParameter('language') };
    });

  it('writes the calendar name, SUMMARY and DESCRIPTION in zh-CN by default and in English for en, saying which', () => {
    const zh = render('焊接实训室', events);
    expect(render('焊接实训室', events, 'zh-CN')).toBe(zh);
    const en = render('焊接实训室', events, 'en');
    expect(parsed(zh).name).toBe('焊接实训室 · 实训基地预约');
    expect(parsed(en).name).toBe('焊接实训室 · training base bookings');
    expect(props(zh, 'summary')).toEqual([
      { value: '实习 · 柳州市交通学校（20 人）', language: 'zh-CN' },
      { value: '考核 · Liugong Machinery（1 人）', language: 'zh-CN' },
    ]);
    expect(props(en, 'summary')).toEqual([
      { value: 'Internship · 柳州市交通学校 (20 people)', language: 'en' },
      { value: 'Assessment · Liugong Machinery (1 person)', language: 'en' },
    ]);
    expect(props(zh, 'description').map((d) => d.value)).toEqual(['焊接实训室：20 个工位，实习，待审批', '焊接实训室：1 个工位，考核，已取消']);
    expect(props(en, 'description').map((d) => d.value)).toEqual(['焊接实训室: 20 stations, Internship, PENDING', '焊接实训室: 1 station, Assessment, CANCELLED']);
    // No English word in the zh-CN texts but the organization's own name, and no purpose code in either.
    expect(zh).not.toMatch(/INTERNSHIP|ASSESSMENT|stations|people/);
    expect(en).not.toMatch(/INTERNSHIP|ASSESSMENT|实习|考核|工位/);
    expect(zh).toContain('PRODID:-//cej//training-bases//ZH\r\n');
    expect(en).toContain('PRODID:-//cej//training-bases//EN\r\n');
  });

  it('keeps the times in UTC and the base\'s zone whatever the language', () => {
    const lines = (ics: string) => ics.split('\r\n').filter((l) => /^(DTSTART|DTEND|DTSTAMP|LAST-MODIFIED|UID|STATUS|X-WR-TIMEZONE)[:;]/.test(l));
    const zh = render('焊接实训室', events);
    expect(lines(render('焊接实训室', events, 'en'))).toEqual(lines(zh));
    expect(lines(zh)).toContain('DTSTART:20270303T000000Z');
    expect(lines(zh)).toContain('X-WR-TIMEZONE:America/New_York');
    expect(lines(zh).filter((l) => l.startsWith('STATUS:'))).toEqual(['STATUS:TENTATIVE', 'STATUS:CANCELLED']);
  });
});
