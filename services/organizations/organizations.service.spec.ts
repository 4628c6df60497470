/**
 * Broker-level unit tests of the organizations actions: one in-process broker (no transporter) with the real auth
 * middleware and the service on a fresh test database.
 */
import { ServiceBroker } from 'moleculer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitBroker } from '../../test/helpers/unit-broker.js';
import { mintToken, type Role } from '../../infra/auth.js';
import { addDays, today } from '../../infra/dates.js';
import { creditCode } from '../../test/helpers/platform.js';
import { OrganizationAction, type DisqualificationDto, type OrganizationDto } from './organizations.contract.js';
import OrganizationsService from './organizations.service.js';
import { errType } from '../../test/helpers/outcomes.js';

let broker: ServiceBroker;
let admin: string;
const token = (roles: Role[], org?: string) => mintToken({ sub: `u-${Math.random()}`, roles, org, expiresIn: '1h' });
const call = <T>(action: string, params: Record<string, unknown>, t: string) => broker.call<T, Record<string, unknown>>(action, params, { meta: { token: t } });
const register = (kind: string, extra: Record<string, unknown> = {}) =>
  call<OrganizationDto>(OrganizationAction.register, { name: `${kind} ${Math.random().toString(36).slice(2, 8)}`, kind, creditCode: creditCode(), regionCode: '450200', ...extra }, admin);

beforeAll(async () => {
  broker = unitBroker();
  broker.createService(OrganizationsService);
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
