/**
 * The calendar feed's text (trainingBases.ical.ts) read back by a real iCalendar parser (ical.js) and by a reader
 * that splits on every line-break form: issue 14, fault 9 (a base name with bare CRs put raw CRs into X-WR-CALNAME
 * and DESCRIPTION, and such a reader saw extra VEVENTs), then the same kind over generated names.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
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
const render = (baseName: string, events: CalendarFeedEvent[]) =>
  renderCalendar({ baseId: 'b1', baseName, timeZone: 'America/New_York', host: 'training-bases.cej', generatedAt: '2027-03-01T00:00:00Z', events });

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
    expect(cal.name).toBe('实训车间\nBEGIN:VEVENT\nUID:forged@evil\nSUMMARY:伪造\nEND:VEVENT\n二号');
    expect(cal.events.map((e) => e.description)).toEqual([`${cal.name}: 3 stations, TRAINING, CONFIRMED`, `${cal.name}: 3 stations, TRAINING, CONFIRMED`]);
    expect(cal.events[1].summary).toBe('实训 TRAINING · 企业\n甲\n乙\n丙\n丁 (3)');
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
        expect(cal.name).toBe(readBack(baseName));
        expect(cal.events.map((e) => e.summary)).toEqual(orgNames.map((n) => `实训 TRAINING · ${readBack(n)} (3)`));
        expect(naiveReader(ics).vevents).toBe(events.length);
        expect(ics.split(ANY_BREAK)).toEqual(crlfLines(ics));
        for (const line of crlfLines(ics)) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }),
      { numRuns: 300 },
    );
  });
});
