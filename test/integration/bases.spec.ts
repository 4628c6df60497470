/**
 * Training bases and bookings over a real NATS server, with two replicas of the trainingBases service:
 * the no-overbooking rule under 200 concurrent requests, idempotency, hours and closed dates, membership,
 * all-or-nothing weekly series, capacity and closed-date changes over bookings, approval, utilization and
 * the internship record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { errType, outcome } from '../helpers/outcomes.js';
import { addDays, addYears, today } from '../../infra/dates.js';
import type { BookingDto, BookingEventPayload, TrainingBaseDto } from '../../services/trainingBases/trainingBases.contract.js';
import type { DisqualificationDto } from '../../services/organizations/organizations.contract.js';
import { WEEKDAYS, at, futureMonday } from '../helpers/booking-times.js';

let p: TestPlatform;
let admin: string;
const { org, school, firm, join } = fixtures(() => p);

interface World {
  allianceId: string;
  lead: { id: string };
  school: { id: string };
  firm: { id: string };
  outsider: { id: string };
  funder: { id: string };
  farFunder: { id: string };
  leadAdmin: string;
  schoolAdmin: string;
  firmAdmin: string;
  outsiderAdmin: string;
  funderToken: string;
  farFunderToken: string;
}
let w: World;
let baseSeq = 0;

async function createBase(extra: Record<string, unknown> = {}): Promise<TrainingBaseDto> {
  return p.call(
    'trainingBases.create',
    { allianceId: w.allianceId, hostOrganizationId: w.lead.id, name: `实训中心 ${++baseSeq}`, timeZone: 'Asia/Shanghai', capacity: 10, openingHours: WEEKDAYS, ...extra },
    w.leadAdmin,
  );
}

// A generous per-call timeout: on a loaded 2-core machine 200 requests queue behind each other, and a caller
// timing out would hide the outcome the test is about.
const book = (token: string, params: Record<string, unknown>) =>
  p.client.call('trainingBases.book', { purpose: 'TRAINING', headcount: 1, ...params }, { meta: { token }, timeout: 60_000 }) as Promise<BookingDto[]>;
const tally = (results: { type: string }[]) => results.reduce<Record<string, number>>((a, r) => ({ ...a, [r.type]: (a[r.type] ?? 0) + 1 }), {});

async function allBookings(baseId: string, token = w.leadAdmin): Promise<BookingDto[]> {
  const out: BookingDto[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = await p.call('trainingBases.bookings', { baseId, first: 100, after }, token);
    out.push(...page.edges.map((e: { node: BookingDto }) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

/** Peak stations held (PENDING + CONFIRMED) per 15-minute slot, recomputed from the stored bookings. */
function peakPerSlot(bookings: BookingDto[]): number {
  const per = new Map<number, number>();
  for (const b of bookings.filter((x) => x.status === 'PENDING' || x.status === 'CONFIRMED')) {
    for (let s = Date.parse(b.start); s < Date.parse(b.end); s += 15 * 60_000) per.set(s, (per.get(s) ?? 0) + b.headcount);
  }
  return Math.max(0, ...per.values());
}

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'trainingBases'], replicas: { trainingBases: 2 }, gateway: false });
  admin = await p.adminToken();
  const lead = await school('VOCATIONAL_UNDERGRADUATE');
  const member = await school('SECONDARY_VOCATIONAL');
  const memberFirm = await firm();
  const outsider = await firm();
  const funder = await org('GOVERNMENT');
  const farFunder = await org('GOVERNMENT', { regionCode: '110000' });
  const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
  const alliance = await p.call('alliances.create', { name: `柳州汽车产教联盟 ${Math.random().toString(36).slice(2, 6)}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2023-01-01' }, leadAdmin);
  for (const o of [member, memberFirm]) await join(alliance.id, o, '2023-02-01');
  w = {
    allianceId: alliance.id,
    lead,
    school: member,
    firm: memberFirm,
    outsider,
    funder,
    farFunder,
    leadAdmin,
    schoolAdmin: await p.token(['ORG_ADMIN'], member.id),
    firmAdmin: await p.token(['ORG_ADMIN'], memberFirm.id),
    outsiderAdmin: await p.token(['ORG_ADMIN'], outsider.id),
    funderToken: await p.token(['FUNDER'], funder.id),
    farFunderToken: await p.token(['FUNDER'], farFunder.id),
  };
});
afterAll(async () => p?.stop());

describe('bases', () => {
  it('are registered by the host or lead admins, hosted by an active member, with valid hours and zone', async () => {
    expect(await errType(createBase({ name: 'x'.repeat(5) }).then(() => p.call('trainingBases.create', { allianceId: w.allianceId, hostOrganizationId: w.school.id, name: 'Nope', timeZone: 'Asia/Shanghai', capacity: 5, openingHours: WEEKDAYS }, w.firmAdmin)))).toBe('FORBIDDEN');
    expect(await errType(p.call('trainingBases.create', { allianceId: w.allianceId, hostOrganizationId: w.outsider.id, name: 'Outsider base', timeZone: 'Asia/Shanghai', capacity: 5, openingHours: WEEKDAYS }, w.outsiderAdmin))).toBe('FAILED_PRECONDITION');
    expect(await errType(createBase({ timeZone: 'Mars/Olympus' }))).toBe('BAD_USER_INPUT');
    expect(await errType(createBase({ openingHours: [{ weekday: 1, opens: '18:00', closes: '08:00' }] }))).toBe('BAD_USER_INPUT');
    // The school hosts its own base; its admin may register it.
    const own = await p.call('trainingBases.create', { allianceId: w.allianceId, hostOrganizationId: w.school.id, name: '交通学校 汽修车间', timeZone: 'Asia/Shanghai', capacity: 4, openingHours: WEEKDAYS }, w.schoolAdmin);
    expect(own).toMatchObject({ hostOrganizationId: w.school.id, capacity: 4, status: 'ACTIVE', requiresApproval: false });
    const page = await p.call('trainingBases.list', { allianceId: w.allianceId, first: 100 }, w.firmAdmin);
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(own.id);
  });
});

describe('the no-overbooking rule', () => {
  it('200 concurrent requests for a base of capacity 10 over 2 replicas: exactly 10 confirmed, never more', async () => {
    const base = await createBase();
    const day = futureMonday();
    const tokens = [w.schoolAdmin, w.firmAdmin, w.leadAdmin];
    const orgs = [w.school.id, w.firm.id, w.lead.id];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => outcome(book(tokens[i % 3], { baseId: base.id, organizationId: orgs[i % 3], start: at(day, '09:00'), end: at(day, '11:00') }))),
    );
    expect(tally(results)).toEqual({ OK: 10, CONFLICT: 190 });
    expect(results.find((r) => r.type === 'CONFLICT')!.data?.reason).toBe('FULL');
    // What is free instead: the rest of that day (08:00–09:00 and 11:00–18:00), not 09:00–11:00.
    const refused = await outcome(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '10:00'), end: at(day, '12:00') }));
    expect(refused).toMatchObject({ type: 'CONFLICT', data: { reason: 'FULL' } });
    expect(refused.data?.free).toEqual([
      { start: `${day}T00:00:00.000Z`, end: `${day}T01:00:00.000Z`, remaining: 10 },
      { start: `${day}T03:00:00.000Z`, end: `${day}T10:00:00.000Z`, remaining: 10 },
    ]);
    const stored = await allBookings(base.id);
    expect(stored.filter((b) => b.status === 'CONFIRMED')).toHaveLength(10);
    expect(peakPerSlot(stored)).toBe(10);
    const slots = await p.call('trainingBases.availability', { baseId: base.id, from: at(day, '09:00'), to: at(day, '11:00') }, w.firmAdmin);
    expect(slots).toEqual([{ start: `${day}T01:00:00.000Z`, end: `${day}T03:00:00.000Z`, remaining: 0 }]);
  });

  it('overlapping requests of mixed sizes never exceed capacity at any instant (checked from stored bookings)', async () => {
    const base = await createBase({ capacity: 7 });
    const day = futureMonday();
    const windows = [['08:00', '10:00'], ['09:00', '12:00'], ['09:45', '10:15'], ['11:00', '14:00'], ['08:30', '09:15'], ['13:00', '18:00']];
    const results = await Promise.all(
      Array.from({ length: 120 }, (_, i) => {
        const [s, e] = windows[i % windows.length];
        return outcome(book(i % 2 ? w.schoolAdmin : w.firmAdmin, { baseId: base.id, organizationId: i % 2 ? w.school.id : w.firm.id, start: at(day, s), end: at(day, e), headcount: 1 + (i % 3) }));
      }),
    );
    expect(Object.keys(tally(results)).filter((k) => k !== 'OK' && k !== 'CONFLICT')).toEqual([]);
    const stored = await allBookings(base.id);
    expect(stored.length).toBe(results.filter((r) => r.type === 'OK').length);
    expect(peakPerSlot(stored)).toBeLessThanOrEqual(7);
    // Availability (from the counters) agrees with the stored bookings on every slot.
    const slots: { start: string; end: string; remaining: number }[] = await p.call('trainingBases.availability', { baseId: base.id, from: at(day, '00:00'), to: at(day, '23:59') }, w.firmAdmin);
    expect(slots.length).toBeGreaterThan(0); // the check below runs over every slot: never over none
    for (const s of slots) {
      for (let t = Date.parse(s.start); t < Date.parse(s.end); t += 15 * 60_000) {
        const held = stored.filter((b) => Date.parse(b.start) <= t && Date.parse(b.end) > t).reduce((a, b) => a + b.headcount, 0);
        expect(s.remaining).toBe(7 - held);
      }
    }
  });
});

describe('idempotency', () => {
  it('returns the first booking for a retry and for concurrent requests with the same key', async () => {
    const base = await createBase();
    const day = futureMonday();
    const params = { baseId: base.id, organizationId: w.firm.id, start: at(day, '14:00'), end: at(day, '15:00'), headcount: 2, idempotencyKey: 'order-42' };
    const first = await book(w.firmAdmin, params);
    const again = await book(w.firmAdmin, params);
    expect(again.map((b) => b.id)).toEqual(first.map((b) => b.id));
    const racing = await Promise.all(Array.from({ length: 10 }, () => book(w.firmAdmin, { ...params, idempotencyKey: 'order-43' })));
    expect(new Set(racing.map((r) => r[0].id)).size).toBe(1);
    expect(racing[0][0].id).not.toBe(first[0].id);
    const stored = await allBookings(base.id);
    expect(stored).toHaveLength(2);
    // The same key for a different request is refused, not silently answered with the first booking.
    expect(await errType(book(w.firmAdmin, { ...params, headcount: 3 }))).toBe('CONFLICT');
    // Another organization's key space is its own.
    const school = await book(w.schoolAdmin, { ...params, organizationId: w.school.id });
    expect(school[0].id).not.toBe(first[0].id);
  });
});

describe('booking rules', () => {
  it('refuses time outside opening hours, on closed dates and off the quarter hour', async () => {
    const day = futureMonday();
    const base = await createBase({ closedDates: [addDays(day, 1)] });
    const r1 = await outcome(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '17:00'), end: at(day, '19:00') }));
    expect(r1).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'OUTSIDE_OPENING_HOURS' } });
    const saturday = addDays(day, 5);
    expect((await outcome(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(saturday, '09:00'), end: at(saturday, '10:00') }))).data?.reason).toBe('OUTSIDE_OPENING_HOURS');
    const r2 = await outcome(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(addDays(day, 1), '09:00'), end: at(addDays(day, 1), '10:00') }));
    expect(r2).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'CLOSED_DATE' } });
    expect((await outcome(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '09:10'), end: at(day, '10:00') }))).data?.reason).toBe('NOT_ON_SLOT_BOUNDARY');
    expect((await outcome(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '09:00'), end: at(day, '09:15') }))).data?.reason).toBe('LENGTH');
    expect(await errType(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: '2020-01-06T09:00:00+08:00', end: '2020-01-06T10:00:00+08:00' }))).toBe('BAD_USER_INPUT');
    expect(await errType(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '09:00'), end: at(day, '10:00'), headcount: 11 }))).toBe('BAD_USER_INPUT');
    expect(await allBookings(base.id)).toHaveLength(0);
  });

  it('lets only active members book, each for its own organization', async () => {
    const base = await createBase();
    const day = futureMonday();
    const slot = { baseId: base.id, start: at(day, '09:00'), end: at(day, '10:00') };
    expect(await errType(book(w.outsiderAdmin, { ...slot, organizationId: w.outsider.id }))).toBe('FORBIDDEN');
    expect(await errType(book(w.firmAdmin, { ...slot, organizationId: w.school.id }))).toBe('FORBIDDEN');
    const member = await p.token(['ORG_MEMBER'], w.firm.id);
    expect(await errType(book(member, { ...slot, organizationId: w.firm.id }))).toBe('FORBIDDEN');
    // A member that has left the alliance before the booked day cannot book it.
    const leaver = await firm();
    const m = await join(w.allianceId, leaver, '2023-03-01');
    await p.call('alliances.end', { membershipId: m.id, effectiveDate: today(), reason: '退出' }, w.leadAdmin);
    const leaverAdmin = await p.token(['ORG_ADMIN'], leaver.id);
    expect(await errType(book(leaverAdmin, { ...slot, organizationId: leaver.id }))).toBe('FORBIDDEN');
    expect(await allBookings(base.id)).toHaveLength(0);
  });

  it('caps the station-hours an organization holds per month', async () => {
    const base = await createBase({ rules: { monthlyStationHoursCap: 4 } });
    const day = futureMonday();
    await book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '09:00'), end: at(day, '11:00'), headcount: 2 });
    const over = await outcome(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '13:00'), end: at(day, '13:30') }));
    expect(over).toMatchObject({ type: 'CONFLICT', data: { reason: 'MONTHLY_CAP' } });
    // The refused request holds nothing: the school can still book the same time.
    await book(w.schoolAdmin, { baseId: base.id, organizationId: w.school.id, start: at(day, '13:00'), end: at(day, '13:30'), headcount: 8 });
  });
});

describe('weekly series', () => {
  it('is refused whole when one week clashes, leaving nothing behind', async () => {
    const base = await createBase({ capacity: 3 });
    const day = addDays(futureMonday(), 1); // a Tuesday
    const week3 = addDays(day, 14);
    await book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(week3, '08:00'), end: at(week3, '12:00'), headcount: 2 });
    const r = await outcome(book(w.schoolAdmin, { baseId: base.id, organizationId: w.school.id, start: at(day, '08:00'), end: at(day, '12:00'), headcount: 2, purpose: 'COURSE', recurrence: { until: addDays(day, 35) } }));
    expect(r).toMatchObject({ type: 'CONFLICT', data: { reason: 'FULL', week: 3 } });
    expect(r.data?.start).toBe(new Date(at(week3, '08:00')).toISOString());
    const stored = await allBookings(base.id);
    expect(stored.filter((b) => b.organizationId === w.school.id)).toHaveLength(0);
    // Weeks 1 and 2 were given back.
    const slots = await p.call('trainingBases.availability', { baseId: base.id, from: at(day, '08:00'), to: at(day, '12:00') }, w.schoolAdmin);
    expect(slots).toEqual([{ start: new Date(at(day, '08:00')).toISOString(), end: new Date(at(day, '12:00')).toISOString(), remaining: 3 }]);
  });

  it('books every week as its own booking of one series; one occurrence can be cancelled', async () => {
    const base = await createBase({ capacity: 3 });
    const day = addDays(futureMonday(), 1);
    const made = await book(w.schoolAdmin, { baseId: base.id, organizationId: w.school.id, start: at(day, '08:00'), end: at(day, '12:00'), headcount: 3, purpose: 'COURSE', recurrence: { until: addDays(day, 28) } });
    expect(made).toHaveLength(5);
    expect(new Set(made.map((b) => b.seriesId)).size).toBe(1);
    expect(made[0].seriesId).not.toBeNull();
    expect(made.map((b) => b.start)).toEqual([0, 7, 14, 21, 28].map((n) => new Date(at(addDays(day, n), '08:00')).toISOString()));
    const cancelled = await p.call('trainingBases.cancel', { id: made[2].id, reason: '期中考试周' }, w.schoolAdmin);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', reason: '期中考试周' });
    const stored = await allBookings(base.id);
    expect(stored.filter((b) => b.status === 'CONFIRMED')).toHaveLength(4);
    // The cancelled week's stations are free again; the others stay full.
    const w3 = await p.call('trainingBases.availability', { baseId: base.id, from: at(addDays(day, 14), '08:00'), to: at(addDays(day, 14), '12:00') }, w.firmAdmin);
    expect(w3[0].remaining).toBe(3);
    expect(await errType(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(addDays(day, 7), '08:00'), end: at(addDays(day, 7), '09:00') }))).toBe('CONFLICT');
    await book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(addDays(day, 14), '08:00'), end: at(addDays(day, 14), '09:00') });
    // Someone else cannot cancel it; a cancelled booking cannot be cancelled again.
    expect(await errType(p.call('trainingBases.cancel', { id: made[0].id, reason: 'x' }, w.firmAdmin))).toBe('FORBIDDEN');
    expect(await errType(p.call('trainingBases.cancel', { id: made[2].id, reason: 'x' }, w.schoolAdmin))).toBe('CONFLICT');
  });
});

describe('changing a base over existing bookings', () => {
  it('refuses a capacity decrease with the bookings in the way, or cancels them with notice', async () => {
    const base = await createBase({ capacity: 5 });
    const day = futureMonday();
    const a = (await book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '09:00'), end: at(day, '11:00'), headcount: 3 }))[0];
    const b = (await book(w.schoolAdmin, { baseId: base.id, organizationId: w.school.id, start: at(day, '10:00'), end: at(day, '12:00'), headcount: 2 }))[0];
    expect(await errType(p.call('trainingBases.update', { baseId: base.id, capacity: 3 }, w.firmAdmin))).toBe('FORBIDDEN');
    const refused = await outcome<{ bookings: { id: string }[] }>(p.call('trainingBases.update', { baseId: base.id, capacity: 3 }, w.leadAdmin));
    expect(refused.type).toBe('CONFLICT');
    expect(refused.data?.bookings.map((x) => x.id)).toEqual([b.id]);
    expect((await p.call('trainingBases.get', { id: base.id }, w.leadAdmin)).capacity).toBe(5);
    // Still 5 stations: 09:00–10:00 has 2 free.
    expect((await p.call('trainingBases.availability', { baseId: base.id, from: at(day, '09:00'), to: at(day, '10:00') }, w.firmAdmin))[0].remaining).toBe(2);
    // Raising is always fine; lowering to what fits is fine.
    await p.call('trainingBases.update', { baseId: base.id, capacity: 6 }, w.leadAdmin);
    expect((await p.call('trainingBases.availability', { baseId: base.id, from: at(day, '10:00'), to: at(day, '11:00') }, w.firmAdmin))[0].remaining).toBe(1);
    expect(await errType(p.call('trainingBases.update', { baseId: base.id, capacity: 3, cancelConflicting: true }, w.leadAdmin))).toBe('BAD_USER_INPUT');
    const changed = await p.call('trainingBases.update', { baseId: base.id, capacity: 3, cancelConflicting: true, reason: '设备检修，减少工位' }, w.leadAdmin);
    expect(changed.capacity).toBe(3);
    const stored = await allBookings(base.id);
    expect(stored.find((x) => x.id === b.id)).toMatchObject({ status: 'CANCELLED', reason: '设备检修，减少工位' });
    expect(stored.find((x) => x.id === a.id)!.status).toBe('CONFIRMED');
    expect((await p.call('trainingBases.availability', { baseId: base.id, from: at(day, '09:00'), to: at(day, '12:00') }, w.firmAdmin)).map((s: { remaining: number }) => s.remaining)).toEqual([0, 3]);
    // The new capacity holds for new bookings.
    expect(await errType(book(w.schoolAdmin, { baseId: base.id, organizationId: w.school.id, start: at(day, '09:00'), end: at(day, '10:00') }))).toBe('CONFLICT');
    await book(w.schoolAdmin, { baseId: base.id, organizationId: w.school.id, start: at(day, '11:00'), end: at(day, '12:00'), headcount: 3 });
    expect(await errType(book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '11:00'), end: at(day, '12:00') }))).toBe('CONFLICT');
  });

  it('refuses a closed date over bookings with the list, or cancels them with notice', async () => {
    const base = await createBase();
    const day = futureMonday();
    const a = (await book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '09:00'), end: at(day, '11:00') }))[0];
    const refused = await outcome<{ bookings: { id: string }[] }>(p.call('trainingBases.addClosedDates', { baseId: base.id, dates: [day] }, w.leadAdmin));
    expect(refused.type).toBe('CONFLICT');
    expect(refused.data?.bookings.map((x) => x.id)).toEqual([a.id]);
    expect((await p.call('trainingBases.get', { id: base.id }, w.leadAdmin)).closedDates).toEqual([]);
    const closed = await p.call('trainingBases.addClosedDates', { baseId: base.id, dates: [day], cancelConflicting: true, reason: '停电检修' }, w.leadAdmin);
    expect(closed.closedDates).toEqual([day]);
    expect((await allBookings(base.id)).find((x) => x.id === a.id)).toMatchObject({ status: 'CANCELLED', reason: '停电检修' });
    expect(await p.call('trainingBases.availability', { baseId: base.id, from: at(day, '00:00'), to: at(addDays(day, 1), '00:00') }, w.firmAdmin)).toEqual([]);
    const reopened = await p.call('trainingBases.removeClosedDates', { baseId: base.id, dates: [day] }, w.leadAdmin);
    expect(reopened.closedDates).toEqual([]);
    await book(w.firmAdmin, { baseId: base.id, organizationId: w.firm.id, start: at(day, '09:00'), end: at(day, '11:00'), headcount: 10 });
  });
});

describe('approval', () => {
  it('holds capacity while PENDING; the host approves or rejects; rejecting frees the stations', async () => {
    const base = await createBase({ capacity: 2, requiresApproval: true });
    const day = futureMonday();
    const slot = { baseId: base.id, start: at(day, '09:00'), end: at(day, '10:00'), headcount: 2 };
    const [a] = await book(w.firmAdmin, { ...slot, organizationId: w.firm.id });
    expect(a.status).toBe('PENDING');
    expect(await errType(book(w.schoolAdmin, { ...slot, organizationId: w.school.id }))).toBe('CONFLICT');
    expect(await errType(p.call('trainingBases.approve', { id: a.id }, w.firmAdmin))).toBe('FORBIDDEN');
    const rejected = await p.call('trainingBases.reject', { id: a.id, reason: '与校内课程冲突' }, w.leadAdmin);
    expect(rejected).toMatchObject({ status: 'REJECTED', reason: '与校内课程冲突' });
    const [b] = await book(w.schoolAdmin, { ...slot, organizationId: w.school.id });
    const approved = await p.call('trainingBases.approve', { id: b.id }, w.leadAdmin);
    expect(approved.status).toBe('CONFIRMED');
    expect(await errType(p.call('trainingBases.approve', { id: b.id }, w.leadAdmin))).toBe('CONFLICT');
    // Visibility: the firm sees its own bookings only; the host sees all.
    expect((await allBookings(base.id, w.firmAdmin)).map((x) => x.id)).toEqual([a.id]);
    expect(await p.call('trainingBases.getBookings', { ids: [a.id, b.id] }, w.firmAdmin)).toMatchObject([{ id: a.id }, null]);
    expect((await allBookings(base.id)).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
  });
});

describe('reports from known history', () => {
  it('computes utilization and the internship service record from imported bookings', async () => {
    const base = await createBase();
    // History is imported by platform admins only.
    expect(await errType(p.call('trainingBases.importBooking', { baseId: base.id, organizationId: w.school.id, start: '2024-03-04T08:00:00+08:00', end: '2024-03-04T12:00:00+08:00', headcount: 5, purpose: 'INTERNSHIP' }, w.leadAdmin))).toBe('FORBIDDEN');
    // 24 consecutive months (2023-03 .. 2025-02) of school internships, one month per booking, on the 6th.
    const imports = [];
    for (let i = 0; i < 24; i++) {
      const y = 2023 + Math.floor((2 + i) / 12);
      const m = String(((2 + i) % 12) + 1).padStart(2, '0');
      imports.push(p.call('trainingBases.importBooking', { baseId: base.id, organizationId: w.school.id, start: `${y}-${m}-06T08:00:00+08:00`, end: `${y}-${m}-06T12:00:00+08:00`, headcount: 5, purpose: 'INTERNSHIP' }, admin));
    }
    // A firm's internship and a cancelled one do not count; a gap month in 2025-04 breaks nothing before it.
    imports.push(p.call('trainingBases.importBooking', { baseId: base.id, organizationId: w.firm.id, start: '2025-03-06T08:00:00+08:00', end: '2025-03-06T12:00:00+08:00', headcount: 5, purpose: 'INTERNSHIP' }, admin));
    imports.push(p.call('trainingBases.importBooking', { baseId: base.id, organizationId: w.school.id, start: '2025-03-07T08:00:00+08:00', end: '2025-03-07T12:00:00+08:00', headcount: 5, purpose: 'INTERNSHIP', status: 'CANCELLED' }, admin));
    imports.push(p.call('trainingBases.importBooking', { baseId: base.id, organizationId: w.school.id, start: '2025-05-06T08:00:00+08:00', end: '2025-05-06T12:00:00+08:00', headcount: 5, purpose: 'INTERNSHIP' }, admin));
    await Promise.all(imports);
    const record = await p.call('trainingBases.internshipService', { baseId: base.id }, w.funderToken);
    expect(record).toMatchObject({ longestRunMonths: 24, subsidyEligible: true });
    expect(record.months).toHaveLength(25);
    expect(record.months[0]).toBe('2023-03');

    // Week of Mon 2024-03-04: 5 days × 10 h × 10 stations = 500 open station-hours; 5 stations × 4 h booked.
    const u = await p.call('trainingBases.utilization', { baseId: base.id, from: '2024-03-04T00:00:00+08:00', to: '2024-03-11T00:00:00+08:00' }, w.funderToken);
    expect(u).toMatchObject({ openStationHours: 500, bookedStationHours: 20, ratio: 0.04 });
    expect(await errType(p.call('trainingBases.utilization', { baseId: base.id, from: '2024-03-04T00:00:00+08:00', to: '2024-03-11T00:00:00+08:00' }, w.farFunderToken))).toBe('FORBIDDEN');
    expect(await errType(p.call('trainingBases.utilization', { baseId: base.id, from: '2024-03-04T00:00:00+08:00', to: '2024-03-11T00:00:00+08:00' }, w.firmAdmin))).toBe('FORBIDDEN');
    expect(await errType(p.call('trainingBases.internshipService', { baseId: base.id }, w.outsiderAdmin))).toBe('FORBIDDEN');
    // Imported history must have ended, and the organization must have been a member then.
    expect(await errType(p.call('trainingBases.importBooking', { baseId: base.id, organizationId: w.school.id, start: '2022-03-04T08:00:00+08:00', end: '2022-03-04T12:00:00+08:00', headcount: 5, purpose: 'INTERNSHIP' }, admin))).toBe('FORBIDDEN');
  });

  it('stores CONFIRMED bookings that ended as COMPLETED when the sweeper runs', async () => {
    const r = await p.call('trainingBases.sweep', {}, admin);
    expect(r).toMatchObject({ rolledBack: 0 });
    expect(await errType(p.call('trainingBases.sweep', {}, w.leadAdmin))).toBe('FORBIDDEN');
  });
});

// Issue 14, fault 3: a disqualified organization (the seeds' 5-year bar) books no training base; the funder chooses
// what happens to the bookings it already has (KEEP, or CANCEL with notice).
describe('standing: a disqualified organization', () => {
  const cancelled: BookingEventPayload[] = [];
  beforeAll(async () => {
    // A node of its own, as its own bus identity (a node hosts only the services its identity covers).
    await p.addNode({ name: 'cancellationWatcher', events: { 'trainingBases.bookingCancelled': (ctx: { params: BookingEventPayload }) => void cancelled.push(ctx.params) } });
    await p.client.waitForServices(['cancellationWatcher']);
  });
  const member = async () => {
    const f = await firm();
    await join(w.allianceId, f, '2023-02-01');
    return { f, token: await p.token(['ORG_ADMIN'], f.id) };
  };
  const disqualify = (organizationId: string, extra: Record<string, unknown> = {}) =>
    p.call<DisqualificationDto>('organizations.disqualify', { organizationId, reason: '造假', ...extra }, w.funderToken);
  const stationsFree = async (baseId: string, day: string) =>
    (await p.call<{ remaining: number }[]>('trainingBases.availability', { baseId, from: at(day, '09:00'), to: at(day, '11:00') }, w.firmAdmin)).map((x) => x.remaining);
  const ofOrg = async (baseId: string, organizationId: string) => (await allBookings(baseId)).filter((b) => b.organizationId === organizationId);

  it('books nothing while disqualified: FAILED_PRECONDITION with the ban\'s dates; no booking and no station taken (the handed case)', async () => {
    const base = await createBase({ capacity: 3 });
    const { f, token } = await member();
    const d = await disqualify(f.id);
    expect(d).toMatchObject({ from: today(), until: addDays(addYears(today(), 5), -1), futureBookings: 'KEEP' });
    const day = futureMonday();
    for (const recurrence of [null, { until: addDays(day, 21) }]) {
      const got = await outcome(book(token, { baseId: base.id, organizationId: f.id, start: at(day, '09:00'), end: at(day, '11:00'), recurrence, idempotencyKey: `dq-${recurrence ? 'series' : 'one'}` }));
      expect(got).toEqual({
        type: 'FAILED_PRECONDITION',
        data: { reason: 'DISQUALIFIED', organizationId: f.id, disqualificationId: d.id, from: d.from, until: d.until, liftedOn: null, disqualified: [{ organizationId: f.id, disqualificationId: d.id, from: d.from, until: d.until, liftedOn: null }] },
      });
    }
    expect(await ofOrg(base.id, f.id)).toEqual([]);
    expect(await stationsFree(base.id, day)).toEqual([3]);
  });

  it('keeps the bookings it already has when the funder chooses KEEP (the default)', async () => {
    const base = await createBase();
    const { f, token } = await member();
    const day = futureMonday(3);
    const made = await book(token, { baseId: base.id, organizationId: f.id, start: at(day, '09:00'), end: at(day, '11:00') });
    const d = await disqualify(f.id, { futureBookings: 'KEEP' });
    expect(d).toMatchObject({ futureBookings: 'KEEP', cancelledBookingCount: null });
    expect((await ofOrg(base.id, f.id)).map((b) => [b.id, b.status])).toEqual([[made[0].id, 'CONFIRMED']]);
    expect(cancelled.filter((e) => e.organizationId === f.id)).toEqual([]);
  });

  it('cancels with notice, when the funder chooses CANCEL, the bookings starting before the ban ends: reason recorded, bookingCancelled sent, stations back', async () => {
    const base = await createBase({ capacity: 2, requiresApproval: true });
    const { f, token } = await member();
    const [d1, d2] = [futureMonday(2), futureMonday(5)];
    const inBan = await book(token, { baseId: base.id, organizationId: f.id, start: at(d1, '09:00'), end: at(d1, '11:00'), headcount: 2 });
    const afterBan = await book(token, { baseId: base.id, organizationId: f.id, start: at(d2, '09:00'), end: at(d2, '11:00') });
    expect([inBan[0].status, afterBan[0].status]).toEqual(['PENDING', 'PENDING']);
    expect(await stationsFree(base.id, d1)).toEqual([0]);

    const d = await disqualify(f.id, { futureBookings: 'CANCEL', until: addDays(d1, 7) });
    expect(d).toMatchObject({ futureBookings: 'CANCEL', cancelledBookingCount: 1, until: addDays(d1, 7) });
    const stored = await ofOrg(base.id, f.id);
    expect(stored.map((b) => [b.id, b.status])).toEqual([[inBan[0].id, 'CANCELLED'], [afterBan[0].id, 'PENDING']]);
    expect(stored[0].reason).toBe(`取消资格 disqualified (${d.id}, until ${d.until}): 造假`);
    expect(await stationsFree(base.id, d1)).toEqual([2]);
    await expect.poll(() => cancelled.filter((e) => e.organizationId === f.id).map((e) => [e.bookingId, e.status, e.reason])).toEqual([[inBan[0].id, 'CANCELLED', stored[0].reason]]);

    // Idempotent: run again (a platform admin finishing an interrupted cancellation), nothing is cancelled twice.
    expect(await p.call('trainingBases.cancelBookingsOfDisqualified', { organizationId: f.id, disqualificationId: d.id, until: d.until, reason: d.reason }, admin)).toEqual({ cancelledBookingIds: [] });
    expect(await errType(p.call('trainingBases.cancelBookingsOfDisqualified', { organizationId: f.id, disqualificationId: d.id, until: d.until, reason: d.reason }, w.funderToken))).toBe('FORBIDDEN');
  });

  it('refuses a booking exactly when a ban is in force from today to the booking\'s day (generated ban dates)', async () => {
    const base = await createBase({ capacity: 50 });
    const day = futureMonday(2);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -400, max: 60 }), fc.integer({ min: 0, max: 400 }), async (untilFromToday, length) => {
        const until = addDays(today(), untilFromToday);
        const from = addDays(until < today() ? until : today(), -length);
        const { f, token } = await member();
        await disqualify(f.id, { from, until });
        const got = await outcome(book(token, { baseId: base.id, organizationId: f.id, start: at(day, '09:00'), end: at(day, '10:00') }));
        const stored = await ofOrg(base.id, f.id);
        if (until >= today()) {
          expect(got).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'DISQUALIFIED', from, until } });
          expect(stored).toEqual([]);
        } else {
          expect(got).toEqual({ type: 'OK' });
          expect(stored.map((b) => b.status)).toEqual(['CONFIRMED']);
        }
      }),
      { numRuns: 8 },
    );
  });
});
