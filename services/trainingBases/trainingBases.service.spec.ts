/**
 * The service's actions at the broker level: one in-process `ServiceBroker({ logger: false })` with the auth
 * middleware, the trainingBases service on the run's MongoDB (fresh database), and small stand-ins for the
 * alliances and organizations services it calls. Covers the batch actions the gateway uses and the bookings path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standingOfStandIn, unitBroker } from '../../test/helpers/unit-broker.js';
import { DateTime } from 'luxon';
import { ServiceBroker, type Context } from 'moleculer';
import { Types } from 'mongoose';
import fc from 'fast-check';
import { mintToken, systemToken, type Role } from '../../infra/auth.js';
import type { BatchEntry } from '../../infra/batch.js';
import { TrainingBaseAction as A, type BookingDto, type CalendarFeedData, type CalendarFeedToken, type Page, type SlotDto, type TrainingBaseDto, type UtilizationDto } from './trainingBases.contract.js';
import TrainingBasesService from './trainingBases.service.js';
import { feedToken, tokenHash } from './ops/calendar-feed.js';
import { windowComputations } from './ops/availability.js';
import type { BaseModels } from './trainingBases.model.js';
import { entryType, errType } from '../../test/helpers/outcomes.js';
import { WEEKDAYS, at, futureMonday } from '../../test/helpers/booking-times.js';

const hex = () => new Types.ObjectId().toHexString();
const HOST = hex();
const LEAD = hex();
const FIRM = hex();
const OUTSIDER = hex();
const ALLIANCE = hex();
const OTHER_ALLIANCE = hex();
/** Organizations the alliances stand-in treats as active members. */
const members = new Set([HOST, LEAD, FIRM]);

let broker: ServiceBroker;
const tokens: Record<string, string> = {};
const token = async (roles: Role[], org?: string) => mintToken({ sub: `u-${org ?? 'admin'}-${roles.join('')}`, roles, org, expiresIn: '1h' });
const call = <T>(action: string, params: Record<string, unknown>, as: string) => broker.call<T, Record<string, unknown>>(action, params, { meta: { token: as } });

const createBase = (name: string, allianceId = ALLIANCE, capacity = 5) =>
  call<TrainingBaseDto>(A.create, { allianceId, hostOrganizationId: HOST, name, timeZone: 'Asia/Shanghai', capacity, openingHours: WEEKDAYS }, tokens.host);

beforeAll(async () => {
  broker = unitBroker();
  broker.createService({
    name: 'alliances',
    actions: {
      get: (ctx: Context<{ id: string }>) => ({ id: ctx.params.id, name: '联盟', regionCode: '450200', status: 'ACTIVE', leadOrganizationId: LEAD, industries: [], foundedOn: '2024-01-01', statusHistory: [], createdAt: '2024-01-01T00:00:00Z' }),
      isActiveMember: (ctx: Context<{ organizationId: string }>) => ({ active: members.has(ctx.params.organizationId), orgKind: ctx.params.organizationId === HOST ? 'SCHOOL' : 'ENTERPRISE', role: null }),
    },
  });
  broker.createService({
    name: 'organizations',
    actions: { getMany: (ctx: Context<{ ids: string[] }>) => ctx.params.ids.map((id) => ({ id, name: `org ${id.slice(-4)}`, kind: 'ENTERPRISE', regionCode: '450200' })), standingOf: standingOfStandIn() },
  });
  broker.createService(TrainingBasesService);
  await broker.start();
  tokens.host = await token(['ORG_ADMIN'], HOST);
  tokens.firm = await token(['ORG_ADMIN'], FIRM);
  tokens.outsider = await token(['ORG_ADMIN'], OUTSIDER);
  tokens.admin = await token(['PLATFORM_ADMIN']);
});
afterAll(async () => {
  await broker?.stop();
});

describe('trainingBases actions on one broker', () => {
  it('stores a time zone in its canonical IANA spelling, whatever case it was typed in (calendar apps match names exactly)', async () => {
    const base = await call<TrainingBaseDto>(A.create, { allianceId: ALLIANCE, hostOrganizationId: HOST, name: '车间 时区', timeZone: 'asia/shanghai', capacity: 2, openingHours: WEEKDAYS }, tokens.host);
    expect(base.timeZone).toBe('Asia/Shanghai');
  });

  it('books into room a capacity raise made after the booking read the base (it was refused FULL at the old capacity)', async () => {
    const base = await createBase('车间 扩容', ALLIANCE, 1);
    const day = futureMonday();
    const slot = { baseId: base.id, start: at(day, '09:00'), end: at(day, '10:00'), headcount: 1, purpose: 'TRAINING', organizationId: FIRM };
    await call<BookingDto[]>(A.book, slot, tokens.firm); // the slot is full at capacity 1
    const { models } = broker.getLocalService('trainingBases') as unknown as { models: BaseModels };
    const id = new Types.ObjectId(base.id);
    const read = await models.Base.findById(id).lean(); // what a booking in flight read: capacity 1
    // The raise lands (capacity 2, a new version) before that booking takes its slots; the counters are still old.
    await models.Base.updateOne({ _id: id }, { $set: { capacity: 2 }, $inc: { capacityVersion: 1, rev: 1 } });
    const start = new Date(at(day, '09:00'));
    const booking = { _id: new Types.ObjectId(), baseId: id, organizationId: new Types.ObjectId(FIRM), start, end: new Date(at(day, '10:00')), headcount: 1, quotaMonth: null, status: 'RESERVING' };
    const { reserve } = await import('./ops/book.js');
    const r = await reserve(models, read as never, [booking as never]);
    expect(r.ok).toBe(true);
    const counters = await models.SlotCounter.find({ baseId: id }).lean();
    expect(counters.map((c) => [c.capacity, c.free])).toEqual(Array(4).fill([2, 0]));
  });

  it('refuses requests for a full slot from one read, writing nothing, with the free windows computed once per slot state', async () => {
    const base = await createBase('车间 满', ALLIANCE, 2);
    const day = futureMonday();
    const slot = { baseId: base.id, start: at(day, '09:00'), end: at(day, '10:00'), headcount: 2, purpose: 'TRAINING', organizationId: FIRM };
    await call<BookingDto[]>(A.book, slot, tokens.firm);
    const { models } = broker.getLocalService('trainingBases') as unknown as { models: BaseModels };
    const stored = await models.Booking.countDocuments({ baseId: new Types.ObjectId(base.id) });
    const before = windowComputations();
    const refusals = await Promise.all(Array.from({ length: 10 }, () => call(A.book, { ...slot, start: at(day, '09:15'), headcount: 1 }, tokens.firm).catch((err: { type: string; data: unknown }) => err)));
    expect(refusals.map((r) => (r as { type: string }).type)).toEqual(Array(10).fill('CONFLICT'));
    const free = [{ start: new Date(at(day, '08:00')).toISOString(), end: new Date(at(day, '09:00')).toISOString(), remaining: 2 }, { start: new Date(at(day, '10:00')).toISOString(), end: new Date(at(day, '18:00')).toISOString(), remaining: 2 }];
    for (const r of refusals) expect((r as { data: unknown }).data).toMatchObject({ reason: 'FULL', free });
    expect(windowComputations() - before).toBe(1); // one slot state, one computation
    expect(await models.Booking.countDocuments({ baseId: new Types.ObjectId(base.id) })).toBe(stored); // nothing written
  });

  it('books, refuses an outsider and a non-member with their codes, and answers availability per base in one call', async () => {
    const base = await createBase('车间 A');
    const day = futureMonday();
    const slot = { baseId: base.id, start: at(day, '09:00'), end: at(day, '10:00'), headcount: 2, purpose: 'TRAINING' };
    const [made] = await call<BookingDto[]>(A.book, { ...slot, organizationId: FIRM }, tokens.firm);
    expect(made).toMatchObject({ status: 'CONFIRMED', organizationId: FIRM, headcount: 2 });
    expect(await errType(call(A.book, { ...slot, organizationId: HOST }, tokens.firm))).toBe('FORBIDDEN');
    const notMember = await call(A.book, { ...slot, organizationId: OUTSIDER }, tokens.outsider).catch((err: { type: string; data: { reason: string } }) => err);
    expect(notMember).toMatchObject({ type: 'FORBIDDEN', data: { reason: 'NOT_A_MEMBER' } });

    const missing = hex();
    const entries = await call<BatchEntry<SlotDto[]>[]>(A.getAvailability, { baseIds: [base.id, missing, base.id], from: at(day, '09:00'), to: at(day, '11:00') }, tokens.firm);
    expect(entries.map(entryType)).toEqual(['OK', 'NOT_FOUND', 'OK']);
    expect(entries[0]).toEqual([
      { start: new Date(at(day, '09:00')).toISOString(), end: new Date(at(day, '10:00')).toISOString(), remaining: 3 },
      { start: new Date(at(day, '10:00')).toISOString(), end: new Date(at(day, '11:00')).toISOString(), remaining: 5 },
    ]);
    expect(entries[2]).toEqual(entries[0]);
    // The batch answers what the single-base action answers.
    expect(await call(A.availability, { baseId: base.id, from: at(day, '09:00'), to: at(day, '11:00') }, tokens.firm)).toEqual(entries[0]);
    expect(await errType(call(A.getAvailability, { baseIds: [base.id], from: at(day, '11:00'), to: at(day, '09:00') }, tokens.firm))).toBe('BAD_USER_INPUT');
  });

  it('lists bookings per base with each caller\'s visibility', async () => {
    const a = await createBase('车间 B');
    const b = await createBase('车间 C');
    const day = futureMonday();
    await call(A.book, { baseId: a.id, organizationId: FIRM, start: at(day, '13:00'), end: at(day, '14:00'), headcount: 1, purpose: 'COURSE' }, tokens.firm);
    await call(A.book, { baseId: a.id, organizationId: HOST, start: at(day, '13:00'), end: at(day, '14:00'), headcount: 1, purpose: 'COURSE' }, tokens.host);
    const byHost = await call<BatchEntry<Page<BookingDto>>[]>(A.listBookingsOfBases, { baseIds: [a.id, b.id] }, tokens.host);
    expect(byHost.map((e) => (e as Page<BookingDto>).edges.length)).toEqual([2, 0]);
    const byFirm = await call<Page<BookingDto>[]>(A.listBookingsOfBases, { baseIds: [a.id, b.id], status: 'CONFIRMED' }, tokens.firm);
    expect(byFirm[0].edges.map((e) => e.node.organizationId)).toEqual([FIRM]);
    expect(byFirm[1].edges).toEqual([]);
  });

  it('answers reports per base: FORBIDDEN for a caller outside the base, the figures for its host', async () => {
    const base = await createBase('车间 D');
    const window = { from: '2024-03-04T00:00:00+08:00', to: '2024-03-11T00:00:00+08:00' };
    const byFirm = await call<BatchEntry<UtilizationDto>[]>(A.getUtilization, { baseIds: [base.id], ...window }, tokens.firm);
    expect(byFirm.map(entryType)).toEqual(['FORBIDDEN']);
    const byHost = await call<UtilizationDto[]>(A.getUtilization, { baseIds: [base.id, base.id], ...window }, tokens.host);
    expect(byHost[0]).toMatchObject({ openStationHours: 250, bookedStationHours: 0, ratio: 0 });
    expect(byHost[1]).toEqual(byHost[0]);
    await call(A.importBooking, { baseId: base.id, organizationId: HOST, start: '2024-03-05T08:00:00+08:00', end: '2024-03-05T12:00:00+08:00', headcount: 5, purpose: 'INTERNSHIP' }, tokens.admin);
    const records = await call<BatchEntry<unknown>[]>(A.getInternshipServices, { baseIds: [base.id, hex()] }, tokens.host);
    expect(records.map(entryType)).toEqual(['OK', 'NOT_FOUND']);
    expect(records[0]).toEqual({ months: ['2024-03'], longestRunMonths: 1, subsidyEligible: false });
    expect((await call<BatchEntry<unknown>[]>(A.getInternshipServices, { baseIds: [base.id] }, tokens.outsider)).map(entryType)).toEqual(['FORBIDDEN']);
  });

  it('pages bases per alliance and hands each user one feed secret per base', async () => {
    const other = await createBase('车间 E', OTHER_ALLIANCE);
    const pages = await call<Page<TrainingBaseDto>[]>(A.listByAlliances, { allianceIds: [OTHER_ALLIANCE, hex()], first: 10 }, tokens.firm);
    expect(pages.map((p) => p.edges.map((e) => e.node.id))).toEqual([[other.id], []]);
    const first = await call<CalendarFeedToken[]>(A.getCalendarFeedTokens, { baseIds: [other.id] }, tokens.firm);
    const again = await call<CalendarFeedToken[]>(A.getCalendarFeedTokens, { baseIds: [other.id] }, tokens.firm);
    expect(first[0].token.length).toBeGreaterThan(10);
    expect(again[0].token).toBe(first[0].token);
    expect((await call<CalendarFeedToken[]>(A.getCalendarFeedTokens, { baseIds: [other.id] }, tokens.host))[0].token).not.toBe(first[0].token);
    expect(await call(A.revokeCalendarFeed, { baseId: other.id }, tokens.firm)).toBe(true);
    expect((await call<CalendarFeedToken[]>(A.getCalendarFeedTokens, { baseIds: [other.id] }, tokens.firm))[0].token).not.toBe(first[0].token);
  });

  it('refuses a taken name without wedging the base: the next change goes through', async () => {
    await createBase('车间 F');
    const g = await createBase('车间 G');
    const taken = await call(A.update, { baseId: g.id, name: '车间 F' }, tokens.host).catch((err: { type: string; data: unknown }) => err);
    expect(taken).toMatchObject({ type: 'CONFLICT', data: { field: 'name' } });
    expect(await errType(call(A.update, { baseId: g.id, capacity: 7 }, tokens.firm))).toBe('FORBIDDEN');
    const changed = await call<TrainingBaseDto>(A.update, { baseId: g.id, capacity: 7 }, tokens.host);
    expect(changed).toMatchObject({ name: '车间 G', capacity: 7 });
  });
});

/**
 * The first New York spring-forward Sunday (Luxon's offsets) at least 8 days ahead, so the Sunday before it is in the
 * future too: 2027-03-14, the handed day of issue 14, while the suite runs before 2027-03-06.
 */
function nextNewYorkSpringForward(): string {
  const zone = 'America/New_York';
  let d = DateTime.now().setZone(zone).startOf('day').plus({ days: 8 });
  while (d.plus({ days: 1 }).set({ hour: 12 }).offset <= d.set({ hour: 12 }).offset) d = d.plus({ days: 1 });
  return d.plus({ days: 1 }).toISODate()!;
}

describe('a base in America/New_York on the spring-forward Sunday, on the bus (issue 14, fault 1)', () => {
  it('shows it open from 03:00 EDT, refuses 01:00–02:00 as outside hours like a week earlier (nothing stored), and books a 02:30 series at 03:30 that day', async () => {
    const day = nextNewYorkSpringForward();
    const weekBefore = DateTime.fromISO(day).minus({ days: 7 }).toISODate()!;
    const base = await call<TrainingBaseDto>(
      A.create,
      { allianceId: ALLIANCE, hostOrganizationId: HOST, name: '纽约车间', timeZone: 'America/New_York', capacity: 4, openingHours: [{ weekday: 7, opens: '02:00', closes: '05:00' }], rules: { maxDaysAhead: 730 } },
      tokens.host,
    );
    const open = await call<SlotDto[]>(A.availability, { baseId: base.id, from: `${day}T00:00:00-05:00`, to: `${day}T23:00:00-04:00` }, tokens.firm);
    expect(open).toEqual([{ start: new Date(`${day}T03:00:00-04:00`).toISOString(), end: new Date(`${day}T05:00:00-04:00`).toISOString(), remaining: 4 }]);

    for (const date of [day, weekBefore]) {
      const refused = await call(A.book, { baseId: base.id, organizationId: FIRM, start: `${date}T01:00:00-05:00`, end: `${date}T02:00:00-05:00`, headcount: 1, purpose: 'TRAINING' }, tokens.firm).catch(
        (err: { type: string; data: unknown }) => err,
      );
      expect(refused).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'OUTSIDE_OPENING_HOURS' } });
    }
    const stored = async () => (await call<Page<BookingDto>[]>(A.listBookingsOfBases, { baseIds: [base.id] }, tokens.host))[0].edges.map((e) => e.node);
    expect(await stored()).toEqual([]);

    const series = await call<BookingDto[]>(
      A.book,
      { baseId: base.id, organizationId: FIRM, start: `${weekBefore}T02:30:00-05:00`, end: `${weekBefore}T04:30:00-05:00`, headcount: 2, purpose: 'TRAINING', recurrence: { until: day } },
      tokens.firm,
    );
    expect(series.map((b) => [b.start, b.end, b.status])).toEqual([
      [new Date(`${weekBefore}T02:30:00-05:00`).toISOString(), new Date(`${weekBefore}T04:30:00-05:00`).toISOString(), 'CONFIRMED'],
      [new Date(`${day}T03:30:00-04:00`).toISOString(), new Date(`${day}T04:30:00-04:00`).toISOString(), 'CONFIRMED'],
    ]);
    expect((await stored()).map((b) => b.start).sort()).toEqual(series.map((b) => b.start).sort());
  });
});

describe('calendar feeds keyed by base, organization and user, on the bus with forged tokens (issue 14, fault 8)', () => {
  /** The feed behind a secret as the gateway's .ics route gets it (a service token): its events' booking ids, or the refusal. */
  const served = async (baseId: string, feedToken: string) =>
    call<CalendarFeedData>(A.calendarFeed, { baseId, feedToken }, await systemToken('gateway', 'trainingBases')).then(
      (d) => d.events.map((e) => e.id).sort(),
      (err: { type: string }) => err.type,
    );
  const feedOf = async (baseId: string, as: string) => (await call<CalendarFeedToken[]>(A.getCalendarFeedTokens, { baseIds: [baseId] }, as))[0].token;
  const bookOne = async (baseId: string, organizationId: string, as: string, hhmm: string) => {
    const day = futureMonday(3);
    const [b] = await call<BookingDto[]>(A.book, { baseId, organizationId, start: at(day, hhmm), end: at(day, `${String(Number(hhmm.slice(0, 2)) + 1).padStart(2, '0')}:00`), headcount: 1, purpose: 'COURSE' }, as);
    return b.id;
  };

  it("an ORG_MEMBER of another organization carrying the host admin's sub gets its own feed, not the host's, and cannot revoke the host's", async () => {
    const base = await createBase('车间 订阅');
    const hostAdmin = await mintToken({ sub: 'host-admin-7', roles: ['ORG_ADMIN'], org: HOST, expiresIn: '1h' });
    const forged = await mintToken({ sub: 'host-admin-7', roles: ['ORG_MEMBER'], org: FIRM, expiresIn: '1h' });
    const hostBooking = await bookOne(base.id, HOST, hostAdmin, '09:00');
    const firmBooking = await bookOne(base.id, FIRM, tokens.firm, '10:00');

    const hostFeed = await feedOf(base.id, hostAdmin);
    expect(await served(base.id, hostFeed)).toEqual([hostBooking, firmBooking].sort());
    // Before it has a feed of its own, the forged caller has nothing to revoke; the host's feed is untouched.
    expect(await call(A.revokeCalendarFeed, { baseId: base.id }, forged)).toBe(false);
    expect(await served(base.id, hostFeed)).toEqual([hostBooking, firmBooking].sort());
    expect(await feedOf(base.id, hostAdmin)).toBe(hostFeed);

    // Its own feed: another secret, showing its own organization's bookings only.
    const forgedFeed = await feedOf(base.id, forged);
    expect(forgedFeed).not.toBe(hostFeed);
    expect(await served(base.id, forgedFeed)).toEqual([firmBooking]);
    // Revoking revokes its own; the host's keeps working and is still the host's URL.
    expect(await call(A.revokeCalendarFeed, { baseId: base.id }, forged)).toBe(true);
    expect(await served(base.id, forgedFeed)).toBe('FORBIDDEN');
    expect(await served(base.id, hostFeed)).toEqual([hostBooking, firmBooking].sort());
    expect(await feedOf(base.id, hostAdmin)).toBe(hostFeed);
    // And the host admin revoking its own does not touch the other organization's new feed.
    const forgedAgain = await feedOf(base.id, forged);
    expect(await call(A.revokeCalendarFeed, { baseId: base.id }, hostAdmin)).toBe(true);
    expect(await served(base.id, hostFeed)).toBe('FORBIDDEN');
    expect(await served(base.id, forgedAgain)).toEqual([firmBooking]);
  });

  it('never hands or revokes a feed across organizations for any victim and forger sharing a sub (generated)', async () => {
    const base = await createBase('车间 订阅 2');
    const firmBooking = await bookOne(base.id, FIRM, tokens.firm, '13:00');
    const hostBooking = await bookOne(base.id, HOST, tokens.host, '14:00');
    const own: Record<string, string[]> = { [HOST]: [hostBooking, firmBooking].sort(), [LEAD]: [hostBooking, firmBooking].sort(), [FIRM]: [firmBooking], [OUTSIDER]: [] };
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          victim: fc.constantFrom<[Role, string | undefined]>(['ORG_ADMIN', HOST], ['ORG_MEMBER', LEAD], ['PLATFORM_ADMIN', undefined], ['ORG_ADMIN', FIRM]),
          forger: fc.constantFrom<[Role, string]>(['ORG_MEMBER', FIRM], ['ORG_ADMIN', OUTSIDER], ['ORG_MEMBER', HOST], ['ORG_ADMIN', LEAD]),
          forgerRevokesFirst: fc.boolean(),
        }),
        async ({ victim, forger, forgerRevokesFirst }) => {
          if (victim[1] === forger[1]) return; // same organization: the same caller, not a forgery
          const sub = `shared-${n++}`;
          const victimToken = await mintToken({ sub, roles: [victim[0]], org: victim[1], expiresIn: '1h' });
          const forgerToken = await mintToken({ sub, roles: [forger[0]], org: forger[1], expiresIn: '1h' });
          const victimFeed = await feedOf(base.id, victimToken);
          const seenByVictim = await served(base.id, victimFeed);
          if (forgerRevokesFirst) expect(await call(A.revokeCalendarFeed, { baseId: base.id }, forgerToken)).toBe(false);
          const forgerFeed = await feedOf(base.id, forgerToken);
          expect(forgerFeed).not.toBe(victimFeed);
          expect(await served(base.id, forgerFeed)).toEqual(own[forger[1]]);
          expect(await call(A.revokeCalendarFeed, { baseId: base.id }, forgerToken)).toBe(true);
          expect(await served(base.id, victimFeed)).toEqual(seenByVictim);
          expect(await feedOf(base.id, victimToken)).toBe(victimFeed);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('answers a feed made before feeds were keyed by organization as revoked; its user gets a new one', async () => {
    const base = await createBase('车间 旧订阅');
    const { models } = broker.getLocalService('trainingBases') as unknown as { models: BaseModels };
    const legacy = { _id: new Types.ObjectId(), salt: 'legacy-salt-0123456789' };
    const sub = 'legacy-host-admin';
    // As stored before issue 14: keyed `${baseId}:${userId}`, no organization, no key version.
    await models.CalendarFeed.collection.insertOne({ ...legacy, baseId: new Types.ObjectId(base.id), userId: sub, scopeOrganizationId: null, tokenHash: tokenHash(feedToken(legacy)), activeKey: `${base.id}:${sub}`, revokedAt: null, createdAt: new Date() });
    expect(await served(base.id, feedToken(legacy))).toBe('FORBIDDEN');
    const hostAdmin = await mintToken({ sub, roles: ['ORG_ADMIN'], org: HOST, expiresIn: '1h' });
    const fresh = await feedOf(base.id, hostAdmin);
    expect(fresh).not.toBe(feedToken(legacy));
    expect(await served(base.id, fresh)).toEqual([]);
  });
});
