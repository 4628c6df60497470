/**
 * Broker-level unit tests of the alliances actions: one in-process broker (no transporter) with the real auth
 * middleware, the alliances service on a fresh test database, and a stand-in organizations service whose answers
 * the tests control.
 */
import { Types } from 'mongoose';
import { ServiceBroker, type Context } from 'moleculer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standingOfStandIn, unitBroker } from '../../test/helpers/unit-broker.js';
import { mintToken } from '../../infra/auth.js';
import { today } from '../../infra/dates.js';
import type { OrganizationDto } from '../organizations/organizations.contract.js';
import { AllianceAction, type AllianceDto, type MemberCounts, type MemberPage, type MembershipDto } from './alliances.contract.js';
import AlliancesService from './alliances.service.js';
import { errType } from '../../test/helpers/outcomes.js';

const orgs = new Map<string, OrganizationDto>();
let disqualified: string[] = [];
let reclassified: (asOf: string) => { organizationId: string; kind: string; schoolType: string | null }[] = () => [];
const disqualifiedAsked: (string | undefined)[] = [];

let broker: ServiceBroker;
let seq = 0;
const newOrg = (kind: string, schoolType: string | null = null): OrganizationDto => {
  const id = new Types.ObjectId().toHexString();
  const o = { id, name: `${kind} ${++seq}`, kind, schoolType, creditCode: `X${seq}`, regionCode: '450200', aboveDesignatedSize: null, scale: null, createdAt: new Date().toISOString() } as OrganizationDto;
  orgs.set(id, o);
  return o;
};
const adminOf = (orgId: string) => mintToken({ sub: `admin-${orgId}`, roles: ['ORG_ADMIN'], org: orgId, expiresIn: '1h' });
const call = <T>(action: string, params: Record<string, unknown>, token: string) => broker.call<T, Record<string, unknown>>(action, params, { meta: { token } });

beforeAll(async () => {
  broker = unitBroker();
  broker.createService({
    name: 'organizations',
    actions: {
      get: (ctx: Context<{ id: string }>) => orgs.get(ctx.params.id) ?? null,
      getMany: (ctx: Context<{ ids: string[] }>) => ctx.params.ids.map((id) => orgs.get(id) ?? null),
      standingOf: standingOfStandIn(),
      disqualifiedOn: (ctx: Context<{ asOf?: string }>) => {
        disqualifiedAsked.push(ctx.params.asOf);
        return disqualified;
      },
      // Organizations reclassified: their kind and school type on the date asked (see the reclassification tests).
      reclassifiedOn: (ctx: Context<{ asOf: string }>) => reclassified(ctx.params.asOf),
    },
  });
  broker.createService(AlliancesService);
  await broker.start();
});
afterAll(async () => broker?.stop());

async function allianceWith(members: OrganizationDto[], foundedOn = '2024-01-01', joinedAt = '2024-02-01') {
  const lead = newOrg('SCHOOL', 'HIGHER_VOCATIONAL');
  const leadToken = await adminOf(lead.id);
  const a = await call<AllianceDto>(AllianceAction.create, { name: `A ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn }, leadToken);
  for (const o of members) {
    const m = await call<MembershipDto>(AllianceAction.invite, { allianceId: a.id, organizationId: o.id }, leadToken);
    await call(AllianceAction.approve, { membershipId: m.id, effectiveDate: joinedAt }, await adminOf(o.id));
  }
  return { a, lead, leadToken };
}

describe('alliances.countMembers', () => {
  it('answers one MemberCounts per alliance id, in order, with zeros for an unknown id, in one disqualification lookup', async () => {
    const big = await allianceWith([newOrg('SCHOOL', 'SECONDARY_VOCATIONAL'), newOrg('ENTERPRISE'), newOrg('ENTERPRISE')]);
    const small = await allianceWith([newOrg('RESEARCH_INSTITUTE')]);
    const unknown = new Types.ObjectId().toHexString();
    disqualifiedAsked.length = 0;
    const counts = await call<MemberCounts[]>(AllianceAction.countMembers, { allianceIds: [small.a.id, unknown, big.a.id], asOf: '2024-03-01' }, big.leadToken);
    expect(disqualifiedAsked).toEqual(['2024-03-01']);
    expect(counts).toHaveLength(3);
    expect(counts[0]).toMatchObject({ asOf: '2024-03-01', total: 2, schools: 1, enterprises: 0, distinctSchoolTypes: 1, byKind: { SCHOOL: 1, RESEARCH_INSTITUTE: 1 } });
    expect(counts[1]).toEqual({ asOf: '2024-03-01', total: 0, schools: 0, enterprises: 0, distinctSchoolTypes: 0, byKind: {}, bySchoolType: {} });
    expect(counts[2]).toMatchObject({ total: 4, schools: 2, enterprises: 2, distinctSchoolTypes: 2, bySchoolType: { HIGHER_VOCATIONAL: 1, SECONDARY_VOCATIONAL: 1 } });
    // Before the members joined, only the leads (active from foundedOn) count.
    const early = await call<MemberCounts[]>(AllianceAction.countMembers, { allianceIds: [big.a.id], asOf: '2024-01-31' }, big.leadToken);
    expect(early[0]).toMatchObject({ total: 1, schools: 1 });
  });

  it('leaves out organizations disqualified on the date and defaults asOf to today', async () => {
    const firm = newOrg('ENTERPRISE');
    const { a, leadToken } = await allianceWith([firm]);
    disqualified = [firm.id];
    try {
      disqualifiedAsked.length = 0;
      const [c] = await call<MemberCounts[]>(AllianceAction.countMembers, { allianceIds: [a.id] }, leadToken);
      expect(c).toMatchObject({ asOf: today(), total: 1, enterprises: 0 });
      expect(disqualifiedAsked).toEqual([today()]);
    } finally {
      disqualified = [];
    }
  });

  it('refuses a caller without a token', async () => {
    expect(await errType(broker.call(AllianceAction.countMembers, { allianceIds: [] }))).toBe('UNAUTHENTICATED');
  });
});

describe('alliances.listMembers and alliances.getStatusesOn (batch fields)', () => {
  it('pages each alliance in order; a bad cursor fails the entries, not the call', async () => {
    const one = await allianceWith([newOrg('ENTERPRISE'), newOrg('ENTERPRISE')]);
    const two = await allianceWith([]);
    const pages = await call<MemberPage[]>(AllianceAction.listMembers, { allianceIds: [two.a.id, one.a.id], first: 2, kind: 'ENTERPRISE' }, one.leadToken);
    expect(pages.map((p) => p.totalCount)).toEqual([0, 2]);
    expect(pages[1].edges.map((e) => e.node.allianceId)).toEqual([one.a.id, one.a.id]);
    const asOf = await call<MemberPage[]>(AllianceAction.listMembers, { allianceIds: [one.a.id], asOf: '2024-01-15' }, one.leadToken);
    expect(asOf[0].totalCount).toBe(1);
    const bad = await call<{ __error: { type: string } }[]>(AllianceAction.listMembers, { allianceIds: [one.a.id], after: 'garbage' }, one.leadToken);
    expect(bad).toHaveLength(1);
    expect(bad[0].__error.type).toBe('BAD_USER_INPUT');
  });

  it('answers each alliance status on a date, null before founding, NOT_FOUND as that entry only', async () => {
    const { a, leadToken } = await allianceWith([], '2024-01-01');
    await call(AllianceAction.setStatus, { allianceId: a.id, status: 'ACTIVE', effectiveDate: '2024-03-01' }, leadToken);
    const unknown = new Types.ObjectId().toHexString();
    const on = (date: string) => call<unknown[]>(AllianceAction.getStatusesOn, { allianceIds: [a.id, unknown, a.id], date }, leadToken);
    const march = await on('2024-03-01');
    expect(march[0]).toBe('ACTIVE');
    expect(march[1]).toMatchObject({ __error: { type: 'NOT_FOUND' } });
    expect(march[2]).toBe('ACTIVE');
    expect((await on('2024-02-29'))[0]).toBe('FORMING');
    expect((await on('2023-12-31'))[0]).toBeNull();
  });
});

describe('alliances.setStatus', () => {
  it('stores the change with the next revision, and lets exactly the allowed one of two racing changes through', async () => {
    const { a, leadToken } = await allianceWith([]);
    const results = await Promise.all([
      errType(call(AllianceAction.setStatus, { allianceId: a.id, status: 'ACTIVE', effectiveDate: '2024-02-01' }, leadToken)),
      errType(call(AllianceAction.setStatus, { allianceId: a.id, status: 'SUSPENDED', effectiveDate: '2024-02-01' }, leadToken)),
    ]);
    // FORMING → SUSPENDED is never allowed; ACTIVE → SUSPENDED is, if ACTIVE lands first. Either way ACTIVE lands once.
    expect(results[0]).toBe('OK');
    const stored = await call<AllianceDto>(AllianceAction.get, { id: a.id }, leadToken);
    expect(stored.statusHistory.filter((s) => s.status === 'ACTIVE')).toHaveLength(1);
    expect(stored.status).toBe(results[1] === 'OK' ? 'SUSPENDED' : 'ACTIVE');
    if (results[1] !== 'OK') expect(results[1]).toBe('CONFLICT');
  });

  it("refuses anyone but the lead's admins", async () => {
    const { a } = await allianceWith([]);
    expect(await errType(call(AllianceAction.setStatus, { allianceId: a.id, status: 'ACTIVE' }, await adminOf(newOrg('OTHER').id)))).toBe('FORBIDDEN');
    expect((await call<AllianceDto>(AllianceAction.get, { id: a.id }, await adminOf(a.leadOrganizationId))).status).toBe('FORMING');
  });
});

describe('alliances.isActiveMember', () => {
  it('covers back-to-back memberships and answers the kind and role', async () => {
    const firm = newOrg('ENTERPRISE');
    const { a, leadToken } = await allianceWith([firm], '2024-01-01', '2024-02-01');
    const firmToken = await adminOf(firm.id);
    const first = (await call<MemberPage>(AllianceAction.members, { allianceId: a.id, kind: 'ENTERPRISE' }, leadToken)).edges[0].node;
    await call(AllianceAction.end, { membershipId: first.id, effectiveDate: '2024-03-01', reason: 'pause' }, firmToken);
    const again = await call<MembershipDto>(AllianceAction.apply, { allianceId: a.id, organizationId: firm.id }, firmToken);
    await call(AllianceAction.approve, { membershipId: again.id, effectiveDate: '2024-03-01' }, leadToken);
    const ask = (from: string, to: string) => call(AllianceAction.isActiveMember, { allianceId: a.id, organizationId: firm.id, from, to }, leadToken);
    expect(await ask('2024-02-15', '2024-04-01')).toEqual({ active: true, orgKind: 'ENTERPRISE', role: 'MEMBER' });
    expect(await ask('2024-01-15', '2024-02-15')).toEqual({ active: false, orgKind: null, role: null });
  });
});
