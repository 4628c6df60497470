/**
 * Training bases as a client uses them: GraphQL over HTTP, a booking made in Asia/Shanghai time read back
 * in UTC, and the iCalendar feed fetched over HTTP like a calendar app does (no headers, secret in the URL).
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { gqlData, registerOverHttp } from '../helpers/http.js';
import { addDays, today } from '../../infra/dates.js';

let p: TestPlatform;
let admin: string;

const register = (input: Record<string, unknown>) => registerOverHttp(p.url, admin, input);

/** Unfolds an iCalendar body (RFC 5545 §3.1) into logical lines, checking CRLF and the 75-octet limit on the way. */
function icsLines(body: string): string[] {
  expect(body.endsWith('\r\n')).toBe(true);
  const physical = body.slice(0, -2).split('\r\n');
  for (const l of physical) {
    expect(l.includes('\n')).toBe(false);
    expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
  }
  const out: string[] = [];
  for (const l of physical) {
    if (l.startsWith(' ')) out[out.length - 1] += l.slice(1);
    else out.push(l);
  }
  return out;
}

function events(lines: string[]): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let cur: Record<string, string> | null = null;
  for (const l of lines) {
    if (l === 'BEGIN:VEVENT') cur = {};
    else if (l === 'END:VEVENT') {
      out.push(cur!);
      cur = null;
    } else if (cur) {
      // Keyed by the property's name (its parameters, such as LANGUAGE, left out).
      const i = l.indexOf(':');
      cur[l.slice(0, i).split(';')[0]] = l.slice(i + 1);
    }
  }
  return out;
}

/** Fetches a feed URL against the test gateway (the URL carries the public origin). */
async function fetchFeed(feedUrl: string) {
  const u = new URL(feedUrl);
  const res = await fetch(new URL(`${u.pathname}${u.search}`, p.url));
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

let lead: { id: string; name: string };
let school: { id: string; name: string };
let firm: { id: string; name: string };
let leadAdmin: string;
let schoolAdmin: string;
let firmAdmin: string;
let allianceId: string;

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'trainingBases'], replicas: { trainingBases: 2 } });
  admin = await p.adminToken();
  lead = await register({ name: '柳州职业技术大学', kind: 'SCHOOL', schoolType: 'VOCATIONAL_UNDERGRADUATE' });
  school = await register({ name: '柳州市交通学校', kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' });
  firm = await register({ name: '上汽通用五菱汽车股份有限公司', kind: 'ENTERPRISE' });
  leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
  schoolAdmin = await p.token(['ORG_ADMIN'], school.id);
  firmAdmin = await p.token(['ORG_ADMIN'], firm.id);
  const a = await gqlData(p, `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`, { input: { name: '柳州汽车产教联盟', regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-03-01' } }, leadAdmin);
  allianceId = a.createAlliance.id;
  for (const [o, t] of [[school, schoolAdmin], [firm, firmAdmin]] as const) {
    const m = await gqlData(p, `mutation($a: ID!, $o: ID!) { applyForMembership(allianceId: $a, organizationId: $o) { id } }`, { a: allianceId, o: o.id }, t);
    await gqlData(p, `mutation($m: ID!) { approveMembership(membershipId: $m, effectiveDate: "2024-04-01") { status } }`, { m: m.applyForMembership.id }, leadAdmin);
  }
});
afterAll(async () => p?.stop());

const BOOK = `mutation($input: BookTrainingBaseInput!) { bookTrainingBase(input: $input) { id start end status headcount purpose organization { name } base { name host { name } } } }`;

describe('training bases over HTTP', () => {
  it('books in Asia/Shanghai time, reads back in UTC and serves the booking in the .ics feed', async () => {
    const created = await gqlData(p, 
      `mutation($input: CreateTrainingBaseInput!) { createTrainingBase(input: $input) { id name timeZone capacity requiresApproval closedDates openingHours { weekday opens closes } host { name } alliance { name } } }`,
      {
        input: {
          allianceId,
          hostOrganizationId: lead.id,
          name: '智能网联汽车实训中心',
          timeZone: 'Asia/Shanghai',
          capacity: 20,
          openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })).concat([{ weekday: 6, opens: '08:00', closes: '12:00' }]),
        },
      },
      leadAdmin,
    );
    const base = created.createTrainingBase;
    expect(base).toMatchObject({ timeZone: 'Asia/Shanghai', capacity: 20, requiresApproval: false, host: { name: '柳州职业技术大学' }, alliance: { name: '柳州汽车产教联盟' } });

    let day = addDays(today('Asia/Shanghai'), 10);
    while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 2) day = addDays(day, 1); // a Tuesday
    const booked = await gqlData(p, BOOK, { input: { baseId: base.id, organizationId: school.id, start: `${day}T08:30:00+08:00`, end: `${day}T12:00:00+08:00`, headcount: 12, purpose: 'INTERNSHIP', idempotencyKey: 'e2e-1' } }, schoolAdmin);
    const b = booked.bookTrainingBase[0];
    // 08:30 in Shanghai is 00:30 UTC.
    expect(b).toMatchObject({ start: `${day}T00:30:00.000Z`, end: `${day}T04:00:00.000Z`, status: 'CONFIRMED', organization: { name: '柳州市交通学校' }, base: { host: { name: '柳州职业技术大学' } } });

    // The same instant written in UTC is the same booking time: 8 stations left from 08:30 to 12:00 local.
    const full = await p.gql(BOOK, { input: { baseId: base.id, organizationId: firm.id, start: `${day}T01:00:00Z`, end: `${day}T02:00:00Z`, headcount: 8, purpose: 'TRAINING' } }, firmAdmin);
    expect(full.body.errors).toBeUndefined();
    const over = await p.gql(BOOK, { input: { baseId: base.id, organizationId: firm.id, start: `${day}T09:00:00+08:00`, end: `${day}T10:00:00+08:00`, headcount: 1, purpose: 'TRAINING' } }, firmAdmin);
    expect(codes(over)).toEqual(['CONFLICT']);
    const details = over.body.errors![0].extensions!.details as { free: { start: string; end: string }[] };
    expect(details.free.map((f) => [f.start, f.end])).toEqual([
      [`${day}T00:00:00.000Z`, `${day}T01:00:00.000Z`],
      [`${day}T02:00:00.000Z`, `${day}T10:00:00.000Z`],
    ]);

    const q = await gqlData(p, 
      `query($id: ID!, $from: DateTime!, $to: DateTime!) { trainingBase(id: $id) { availability(from: $from, to: $to) { start end remaining } calendarFeedUrl bookings { edges { node { id start } } } } }`,
      { id: base.id, from: `${day}T08:00:00+08:00`, to: `${day}T13:00:00+08:00` },
      schoolAdmin,
    );
    expect(q.trainingBase.availability).toEqual([
      { start: `${day}T00:00:00.000Z`, end: `${day}T00:30:00.000Z`, remaining: 20 },
      { start: `${day}T00:30:00.000Z`, end: `${day}T01:00:00.000Z`, remaining: 8 },
      { start: `${day}T01:00:00.000Z`, end: `${day}T02:00:00.000Z`, remaining: 0 },
      { start: `${day}T02:00:00.000Z`, end: `${day}T04:00:00.000Z`, remaining: 8 },
      { start: `${day}T04:00:00.000Z`, end: `${day}T05:00:00.000Z`, remaining: 20 },
    ]);
    // The school sees its own booking only.
    expect(q.trainingBase.bookings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b.id]);

    const url: string = q.trainingBase.calendarFeedUrl;
    expect(url).toMatch(new RegExp(`/calendar/bases/${base.id}\\.ics\\?token=[^&]+&lang=zh-CN$`));
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const lines = icsLines(feed.body);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const evs = events(lines);
    // The school's feed shows the school's bookings only.
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ DTSTART: `${day.replace(/-/g, '')}T003000Z`, DTEND: `${day.replace(/-/g, '')}T040000Z`, STATUS: 'CONFIRMED' });
    expect(evs[0].UID).toContain(b.id);
    expect(evs[0].DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    // In zh-CN (the URL's lang, from the caller's language): no purpose code, no English.
    expect(evs[0].SUMMARY).toBe('实习 · 柳州市交通学校（12 人）');
    expect(lines).toContain('X-WR-CALNAME:智能网联汽车实训中心 · 实训基地预约');

    // A caller working in English gets the same secret with lang=en; that feed is in English, at the same times.
    const enUrl: string = (await p.gql(`query($id: ID!) { trainingBase(id: $id) { calendarFeedUrl } }`, { id: base.id }, schoolAdmin, { 'accept-language': 'en' })).body.data.trainingBase.calendarFeedUrl;
    expect(enUrl).toBe(url.replace(/lang=zh-CN$/, 'lang=en'));
    const enLines = icsLines((await fetchFeed(enUrl)).body);
    const enEvs = events(enLines);
    expect(enEvs[0].SUMMARY).toBe('Internship · 柳州市交通学校 (12 people)');
    expect(enLines).toContain('X-WR-CALNAME:智能网联汽车实训中心 · training base bookings');
    expect(enLines.find((l) => l.startsWith('SUMMARY'))).toMatch(/^SUMMARY;LANGUAGE=en:/);
    expect({ DTSTART: enEvs[0].DTSTART, DTEND: enEvs[0].DTEND, UID: enEvs[0].UID }).toEqual({ DTSTART: evs[0].DTSTART, DTEND: evs[0].DTEND, UID: evs[0].UID });
    // Without lang (a link handed out before the language was added) the feed is zh-CN.
    expect(events(icsLines((await fetchFeed(url.replace(/&lang=zh-CN$/, ''))).body))[0].SUMMARY).toBe(evs[0].SUMMARY);

    // The host's feed shows every booking; asking again gives the same URL.
    const hostUrl = (await gqlData(p, `query($id: ID!) { trainingBase(id: $id) { calendarFeedUrl } }`, { id: base.id }, leadAdmin)).trainingBase.calendarFeedUrl;
    expect((await gqlData(p, `query($id: ID!) { trainingBase(id: $id) { calendarFeedUrl } }`, { id: base.id }, leadAdmin)).trainingBase.calendarFeedUrl).toBe(hostUrl);
    expect(events(icsLines((await fetchFeed(hostUrl)).body))).toHaveLength(2);

    // A cancelled booking stays in the feed as CANCELLED so calendar apps remove it.
    await gqlData(p, `mutation($id: ID!) { cancelBooking(id: $id, reason: "课程调整") { status } }`, { id: b.id }, schoolAdmin);
    expect(events(icsLines((await fetchFeed(url)).body))[0].STATUS).toBe('CANCELLED');

    // Bad token 401, unknown base 404, revoked 403; the next URL is a new one that works.
    expect((await fetchFeed(url.replace(/token=[^&]+/, 'token=not-the-right-secret-at-all'))).status).toBe(401);
    expect((await fetchFeed(url.replace(base.id, 'ffffffffffffffffffffffff'))).status).toBe(404);
    expect((await fetchFeed(url.replace(/\?.*$/, ''))).status).toBe(401);
    // The refusal says which: a link without its token, or with one that cannot be a token ("bad" was told "missing").
    const said = async (u: string) => JSON.parse((await fetchFeed(u)).body).errors[0].message as string;
    expect(await said(url.replace(/\?.*$/, ''))).toBe('此日历链接缺少令牌。');
    expect(await said(url.replace(/token=[^&]+/, 'token=bad'))).toBe('此日历链接的令牌无效，请在平台上重新复制订阅链接。');
    expect((await gqlData(p, `mutation($id: ID!) { revokeCalendarFeed(baseId: $id) }`, { id: base.id }, schoolAdmin)).revokeCalendarFeed).toBe(true);
    expect((await fetchFeed(url)).status).toBe(403);
    const fresh = (await gqlData(p, `query($id: ID!) { trainingBase(id: $id) { calendarFeedUrl } }`, { id: base.id }, schoolAdmin)).trainingBase.calendarFeedUrl;
    expect(fresh).not.toBe(url);
    expect((await fetchFeed(fresh)).status).toBe(200);
  });

  it('manages a base: updates, closed dates, approval, myBookings; outsiders are FORBIDDEN', async () => {
    const created = await gqlData(p, 
      `mutation($input: CreateTrainingBaseInput!) { createTrainingBase(input: $input) { id } }`,
      { input: { allianceId, hostOrganizationId: lead.id, name: '数控加工车间', timeZone: 'Asia/Shanghai', capacity: 4, requiresApproval: true, openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })) } },
      leadAdmin,
    );
    const id = created.createTrainingBase.id;
    const upd = await p.gql(`mutation($id: ID!) { updateTrainingBase(id: $id, input: { capacity: 6, rules: { maxDaysAhead: 90 } }) { capacity rules { maxDaysAhead minMinutes } } }`, { id }, firmAdmin);
    expect(codes(upd)).toEqual(['FORBIDDEN']);
    const ok = await gqlData(p, `mutation($id: ID!) { updateTrainingBase(id: $id, input: { capacity: 6, rules: { maxDaysAhead: 90 } }) { capacity rules { maxDaysAhead minMinutes } } }`, { id }, leadAdmin);
    expect(ok.updateTrainingBase).toEqual({ capacity: 6, rules: { maxDaysAhead: 90, minMinutes: 30 } });

    let day = addDays(today('Asia/Shanghai'), 10);
    while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 3) day = addDays(day, 1); // a Wednesday
    const booked = await gqlData(p, BOOK, { input: { baseId: id, organizationId: firm.id, start: `${day}T14:00:00+08:00`, end: `${day}T16:00:00+08:00`, headcount: 6, purpose: 'RESEARCH' } }, firmAdmin);
    const bid = booked.bookTrainingBase[0].id;
    expect(booked.bookTrainingBase[0].status).toBe('PENDING');
    const closed = await p.gql(`mutation($id: ID!, $d: Date!) { addClosedDates(baseId: $id, dates: [$d]) { closedDates } }`, { id, d: day }, leadAdmin);
    expect(codes(closed)).toEqual(['CONFLICT']);
    expect((closed.body.errors![0].extensions!.details as { bookings: { id: string }[] }).bookings.map((x) => x.id)).toEqual([bid]);
    expect(codes(await p.gql(`mutation($id: ID!) { approveBooking(id: $id) { status } }`, { id: bid }, firmAdmin))).toEqual(['FORBIDDEN']);
    expect((await gqlData(p, `mutation($id: ID!) { approveBooking(id: $id) { status } }`, { id: bid }, leadAdmin)).approveBooking.status).toBe('CONFIRMED');
    const mine = await gqlData(p, `query($from: DateTime!, $to: DateTime!) { myBookings(from: $from, to: $to) { id status base { name } } }`, { from: `${day}T00:00:00+08:00`, to: `${day}T23:59:00+08:00` }, firmAdmin);
    expect(mine.myBookings).toEqual([{ id: bid, status: 'CONFIRMED', base: { name: '数控加工车间' } }]);
    expect((await gqlData(p, `query { myBookings { id } }`, {}, firmAdmin)).myBookings).toHaveLength(2);
    expect((await gqlData(p, `query($id: ID!) { booking(id: $id) { id } }`, { id: bid }, schoolAdmin)).booking).toBeNull();
    const list = await gqlData(p, `query($a: ID!) { alliance(id: $a) { trainingBases(first: 10) { edges { node { name } } } } }`, { a: allianceId }, schoolAdmin);
    expect(list.alliance.trainingBases.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['智能网联汽车实训中心', '数控加工车间']);
    const util = await p.gql(`query($id: ID!) { trainingBase(id: $id) { utilization(from: "2025-01-01T00:00:00+08:00", to: "2025-02-01T00:00:00+08:00") { ratio } internshipService { longestRunMonths subsidyEligible } } }`, { id }, schoolAdmin);
    expect(codes(util)).toContain('FORBIDDEN');
    expect(new Set(codes(util))).toEqual(new Set(['FORBIDDEN']));
  });

  it('resolves the argument-taking fields of a list of bases with one call per field, whatever the list length', async () => {
    const q = `query($a: ID!, $from: DateTime!, $to: DateTime!) { alliance(id: $a) { trainingBases(first: 10) { edges { node { id
      availability(from: $from, to: $to) { remaining } bookings(first: 5) { edges { node { id } } }
      utilization(from: $from, to: $to) { ratio } internshipService { longestRunMonths } calendarFeedUrl } } } } }`;
    let day = addDays(today('Asia/Shanghai'), 10);
    while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 4) day = addDays(day, 1); // a Thursday
    const r = await p.gql(q, { a: allianceId, from: `${day}T08:00:00+08:00`, to: `${day}T12:00:00+08:00` }, leadAdmin, { 'x-debug-calls': '1' });
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    const nodes = r.body.data.alliance.trainingBases.edges.map((e: { node: { calendarFeedUrl: string } }) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const n of nodes) expect(n.calendarFeedUrl).toMatch(/\/calendar\/bases\/[0-9a-f]{24}\.ics\?token=/);
    const byAction = r.body.extensions!.callsByAction as Record<string, number>;
    for (const action of ['listByAlliances', 'getAvailability', 'listBookingsOfBases', 'getUtilization', 'getInternshipServices', 'getCalendarFeedTokens']) {
      expect(byAction[`trainingBases.${action}`], action).toBe(1);
    }
    // A caller who may not read the bases' reports gets a coded FORBIDDEN from the batched call (non-null fields: the alliance goes null).
    const outsider = await p.gql(q, { a: allianceId, from: `${day}T08:00:00+08:00`, to: `${day}T12:00:00+08:00` }, firmAdmin);
    expect(codes(outsider)).toContain('FORBIDDEN');
    expect(new Set(codes(outsider))).toEqual(new Set(['FORBIDDEN']));
    expect(outsider.body.data!.alliance).toBeNull();
  });

  it('serves a feed that ical.js reads back: a base name with bare CRs stays one X-WR-CALNAME and adds no VEVENT (issue 14, fault 9)', async () => {
    // RFC 5545 §3.8.8.2: X- properties are TEXT by default; ical.js reads ones it has no definition for raw.
    ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };
    const name = '焊接实训室\rBEGIN:VEVENT\rUID:forged@evil\rEND:VEVENT\r二号';
    const created = await gqlData(p, `mutation($input: CreateTrainingBaseInput!) { createTrainingBase(input: $input) { id name } }`, {
      input: { allianceId, hostOrganizationId: lead.id, name, timeZone: 'Asia/Shanghai', capacity: 3, openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })) },
    }, leadAdmin);
    const id = created.createTrainingBase.id;
    let day = addDays(today('Asia/Shanghai'), 10);
    while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 5) day = addDays(day, 1); // a Friday
    const booked = await gqlData(p, BOOK, { input: { baseId: id, organizationId: school.id, start: `${day}T09:00:00+08:00`, end: `${day}T10:00:00+08:00`, headcount: 1, purpose: 'COURSE' } }, schoolAdmin);
    const url = (await gqlData(p, `query($id: ID!) { trainingBase(id: $id) { calendarFeedUrl } }`, { id }, leadAdmin)).trainingBase.calendarFeedUrl;
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.body.split(/\r\n|[\n\r\u2028\u2029]/)).toEqual(feed.body.split('\r\n'));
    const cal = new ICAL.Component(ICAL.parse(feed.body));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(`${name.replace(/\r/g, '\n')} · 实训基地预约`);
    expect(cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual([`booking-${booked.bookTrainingBase[0].id}@training-bases.cej`]);
  });

  it("keys feeds by organization over HTTP: another organization's member carrying the lead admin's sub neither gets nor revokes the lead's feed (issue 14, fault 8)", async () => {
    const sub = 'lead-admin-e2e';
    const leadAs = await p.token(['ORG_ADMIN'], lead.id, sub);
    const forged = await p.token(['ORG_MEMBER'], firm.id, sub);
    const FEED = `query { alliance(id: "${allianceId}") { trainingBases(first: 1) { edges { node { id calendarFeedUrl } } } } }`;
    const leadNode = (await gqlData(p, FEED, {}, leadAs)).alliance.trainingBases.edges[0].node;
    const forgedNode = (await gqlData(p, FEED, {}, forged)).alliance.trainingBases.edges[0].node;
    expect(forgedNode.id).toBe(leadNode.id);
    expect(forgedNode.calendarFeedUrl).not.toBe(leadNode.calendarFeedUrl);
    const leadEvents = events(icsLines((await fetchFeed(leadNode.calendarFeedUrl)).body));
    const forgedEvents = events(icsLines((await fetchFeed(forgedNode.calendarFeedUrl)).body));
    expect(forgedEvents.length).toBeLessThan(leadEvents.length);
    expect((await gqlData(p, `mutation($id: ID!) { revokeCalendarFeed(baseId: $id) }`, { id: leadNode.id }, forged)).revokeCalendarFeed).toBe(true);
    expect((await fetchFeed(forgedNode.calendarFeedUrl)).status).toBe(403);
    expect((await fetchFeed(leadNode.calendarFeedUrl)).status).toBe(200);
    expect((await gqlData(p, FEED, {}, leadAs)).alliance.trainingBases.edges[0].node.calendarFeedUrl).toBe(leadNode.calendarFeedUrl);
  });
});
