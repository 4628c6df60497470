/**
 * Broker-level unit tests of the organizations actions: one in-process broker (no transporter) with the real auth
 * middleware and the service on a fresh test database.
 */
import { Errors, ServiceBroker, type Context } from 'moleculer';
import type { CallMeta } from '../../infra/auth.js';
import type { CancelBookingsOfDisqualifiedParams } from '../trainingBases/trainingBases.contract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitBroker } from '../../test/helpers/unit-broker.js';
import { mintToken, type Role } from '../../infra/auth.js';
import { addDays, today } from '../../infra/dates.js';
import { creditCode } from '../../test/helpers/platform.js';
import { OrganizationAction, type DisqualificationDto, type OrganizationDto, type StandingDto } from './organizations.contract.js';
import OrganizationsService from './organizations.service.js';
import { errType } from '../../test/helpers/outcomes.js';

let broker: ServiceBroker;
let admin: string;
const cancelCalls: CancelBookingsOfDisqualifiedParams[] = [];
const unreachable = new Set<string>();
const token = (roles: Role[], org?: string) => mintToken({ sub: `u-${Math.random()}`, roles, org, expiresIn: '1h' });
const call = <T>(action: string, params: Record<string, unknown>, t: string) => broker.call<T, Record<string, unknown>>(action, params, { meta: { token: t } });
const register = (kind: string, extra: Record<string, unknown> = {}) =>
  call<OrganizationDto>(OrganizationAction.register, { name: `${kind} ${Math.random().toString(36).slice(2, 8)}`, kind, creditCode: creditCode(), regionCode: '450200', ...extra }, admin);

beforeAll(async () => {
  broker = unitBroker();
  broker.createService(OrganizationsService);
  // A trainingBases stand-in: cancels two bookings, or fails (unreachable) for an organization named "Unreachable".
  broker.createService({
    name: 'trainingBases',
    actions: {
      cancelBookingsOfDisqualified: (ctx: Context<CancelBookingsOfDisqualifiedParams, CallMeta>) => {
        cancelCalls.push(ctx.params);
        if (unreachable.has(ctx.params.organizationId)) throw new Errors.MoleculerRetryableError('gone', 503, 'SERVICE_NOT_AVAILABLE');
        return { cancelledBookingIds: ['b1', 'b2'] };
      },
    },
  });
  await broker.start();
  admin = await token(['PLATFORM_ADMIN']);
});
afterAll(async () => broker?.stop());

describe('organizations.register', () => {
  it('reports every problem at once as BAD_USER_INPUT with the fields, and stores nothing', async () => {
    const err = await call<never>(OrganizationAction.register, { name: 'Bad', kind: 'SCHOOL', creditCode: 'bad', regionCode: '1' }, admin).catch((e: { type: string; data: { fields: Record<string, string> } }) => e);
    expect(err.type).toBe('BAD_USER_INPUT');
    expect(Object.keys(err.data.fields).sort()).toEqual(['creditCode', 'regionCode', 'schoolType']);
    const page = await call<{ edges: unknown[] }>(OrganizationAction.list, { filter: { nameContains: 'Bad' } }, admin);
    expect(page.edges).toHaveLength(0);
  });

  it('answers get and getMany through the entity actions', async () => {
    const o = await register('OTHER');
    expect(await call<OrganizationDto | null>(OrganizationAction.get, { id: o.id }, admin)).toEqual(o);
    const many = await call<(OrganizationDto | null)[]>(OrganizationAction.getMany, { ids: ['ffffffffffffffffffffffff', o.id] }, admin);
    expect(many.map((x) => x?.id ?? null)).toEqual([null, o.id]);
  });
});

describe('disqualification', () => {
  it("lets a funder of the target's region disqualify and lift", async () => {
    const gov = await register('GOVERNMENT', { regionCode: '450000' });
    const firm = await register('ENTERPRISE');
    const funder = await token(['FUNDER'], gov.id);
    const d = await call<DisqualificationDto>(OrganizationAction.disqualify, { organizationId: firm.id, reason: '虚假材料', from: '2024-03-01' }, funder);
    expect(d).toMatchObject({ organizationId: firm.id, from: '2024-03-01', until: '2029-02-28', imposedByOrganizationId: gov.id, liftedOn: null });
    const on = (asOf?: string) => call<string[]>(OrganizationAction.disqualifiedOn, { ...(asOf ? { asOf } : {}), organizationIds: [firm.id] }, admin);
    expect(await on('2024-02-29')).toEqual([]);
    expect(await on('2024-03-01')).toEqual([firm.id]);
    expect(await on()).toEqual([firm.id]);
    const lifted = await call<DisqualificationDto>(OrganizationAction.lift, { disqualificationId: d.id, reason: '复核撤销' }, funder);
    expect(lifted.liftedOn).toBe(today());
    expect(await on()).toEqual([]);
    expect(await on(addDays(today(), -1))).toEqual([firm.id]);
    expect(await errType(call(OrganizationAction.lift, { disqualificationId: d.id, reason: 'again' }, funder))).toBe('CONFLICT');
  });

  it('refuses funders of other regions, funders without a government organization, and organization admins', async () => {
    const firm = await register('ENTERPRISE');
    const elsewhere = await register('GOVERNMENT', { regionCode: '610100' });
    const notGov = await register('OTHER');
    const refused = [
      await errType(call(OrganizationAction.disqualify, { organizationId: firm.id, reason: 'xxx' }, await token(['FUNDER'], elsewhere.id))),
      await errType(call(OrganizationAction.disqualify, { organizationId: firm.id, reason: 'xxx' }, await token(['FUNDER'], notGov.id))),
      await errType(call(OrganizationAction.disqualify, { organizationId: firm.id, reason: 'xxx' }, await token(['ORG_ADMIN'], firm.id))),
    ];
    expect(refused).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    const lists = await call<DisqualificationDto[][]>(OrganizationAction.disqualificationsOf, { organizationIds: [firm.id] }, admin);
    expect(lists).toEqual([[]]);
  });
});

describe('standing and the funder\'s choice for later bookings (issue 14, fault 3)', () => {
  it('standingOf answers per id in order: the bans in force on some day of the period, names, unknown ids in good standing', async () => {
    const [a, b] = [await register('ENTERPRISE'), await register('ENTERPRISE')];
    const past = await call<DisqualificationDto>(OrganizationAction.disqualify, { organizationId: a.id, reason: '造假', from: '2020-01-01', until: '2020-12-31' }, admin);
    const now = await call<DisqualificationDto>(OrganizationAction.disqualify, { organizationId: b.id, reason: '造假' }, admin);
    const standing = (from?: string, to?: string) => call<StandingDto[]>(OrganizationAction.standingOf, { organizationIds: [b.id, 'ffffffffffffffffffffffff', a.id], ...(from ? { from } : {}), ...(to ? { to } : {}) }, admin);
    const onToday = await standing();
    expect(onToday.map((s) => [s.organizationId, s.name, s.inGoodStanding, s.disqualifications.map((d) => d.id)])).toEqual([
      [b.id, b.name, false, [now.id]],
      ['ffffffffffffffffffffffff', null, true, []],
      [a.id, a.name, true, []],
    ]);
    expect((await standing(today(), '2020-06-30')).map((s) => s.disqualifications.map((d) => d.id))).toEqual([[now.id], [], [past.id]]); // either order
    expect((await standing('2021-01-01', addDays(today(), -1))).map((s) => s.inGoodStanding)).toEqual([true, true, true]);
  });

  it('keeps later bookings by default; with CANCEL asks the training bases and stores the count; if they cannot be reached the ban stands, count null', async () => {
    const [keep, cancel, lost] = [await register('ENTERPRISE'), await register('ENTERPRISE'), await register('ENTERPRISE')];
    unreachable.add(lost.id);
    cancelCalls.length = 0;
    expect(await call<DisqualificationDto>(OrganizationAction.disqualify, { organizationId: keep.id, reason: '造假' }, admin)).toMatchObject({ futureBookings: 'KEEP', cancelledBookingCount: null });
    expect(cancelCalls).toEqual([]);
    const c = await call<DisqualificationDto>(OrganizationAction.disqualify, { organizationId: cancel.id, reason: '造假', futureBookings: 'CANCEL' }, admin);
    expect(c).toMatchObject({ futureBookings: 'CANCEL', cancelledBookingCount: 2 });
    expect(cancelCalls).toEqual([{ organizationId: cancel.id, disqualificationId: c.id, until: c.until, reason: '造假', by: expect.any(String) }]);
    const l = await call<DisqualificationDto>(OrganizationAction.disqualify, { organizationId: lost.id, reason: '造假', futureBookings: 'CANCEL' }, admin);
    expect(l).toMatchObject({ futureBookings: 'CANCEL', cancelledBookingCount: null });
    const stored = await call<DisqualificationDto[][]>(OrganizationAction.disqualificationsOf, { organizationIds: [cancel.id, lost.id] }, admin);
    expect(stored.map((x) => x.map((d) => [d.id, d.futureBookings, d.cancelledBookingCount]))).toEqual([[[c.id, 'CANCEL', 2]], [[l.id, 'CANCEL', null]]]);
  });
});
