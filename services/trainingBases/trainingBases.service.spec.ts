/**
 * The service's actions at the broker level: one in-process `ServiceBroker({ logger: false })` with the auth
 * middleware, the trainingBases service on the run's MongoDB (fresh database), and small stand-ins for the
 * alliances and organizations services it calls. Covers the batch actions the gateway uses and the bookings path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standingOfStandIn, unitBroker } from '../../test/helpers/unit-broker.js';
import { ServiceBroker, type Context } from 'moleculer';
import { Types } from 'mongoose';
import { mintToken, type Role } from '../../infra/auth.js';
import type { BatchEntry } from '../../infra/batch.js';
import { TrainingBaseAction as A, type BookingDto, type CalendarFeedToken, type Page, type SlotDto, type TrainingBaseDto, type UtilizationDto } from './trainingBases.contract.js';
import TrainingBasesService from './trainingBases.service.js';
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
