/**
 * The grants actions at the broker level: one in-process broker (no transporter) with the grants service and
 * stand-ins for the alliances and organizations services, a real (test) database.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recording, unitBroker } from '../../test/helpers/unit-broker.js';
import { ServiceBroker, type Context } from 'moleculer';
import { mintToken, systemToken } from '../../infra/auth.js';
import { addDays, today } from '../../infra/dates.js';
import GrantsService from './grants.service.js';
import { GrantAction, type EligibilityReport, type GrantProgramDto } from './grants.contract.js';
import { errType } from '../../test/helpers/outcomes.js';

const GOV = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const LEAD = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const A1 = '111111111111111111111111';
const A2 = '222222222222222222222222';
const MISSING = '999999999999999999999999';

const alliance = (id: string) => ({
  id,
  name: `联盟 ${id.slice(0, 2)}`,
  regionCode: '450200',
  leadOrganizationId: LEAD,
  statusHistory: [
    { status: 'FORMING', from: '2024-01-01' },
    { status: 'ACTIVE', from: '2024-02-01' },
  ],
});
/** A1 has 2 schools and 3 enterprises; A2 has 1 school. */
const COUNTS: Record<string, { schools: number; enterprises: number }> = { [A1]: { schools: 2, enterprises: 3 }, [A2]: { schools: 1, enterprises: 0 } };
const countsOf = (id: string, asOf: string) => {
  const c = COUNTS[id] ?? { schools: 0, enterprises: 0 };
  return { asOf, total: c.schools + c.enterprises, schools: c.schools, enterprises: c.enterprises, distinctSchoolTypes: c.schools ? 1 : 0, byKind: {}, bySchoolType: c.schools ? { HIGHER_VOCATIONAL: c.schools } : {} };
};

let broker: ServiceBroker;
const calls: string[] = [];
let user: string;
let program: GrantProgramDto;

beforeAll(async () => {
  broker = unitBroker();
  const record = recording(calls) as (name: string, fn: (ctx: Context<any>) => unknown) => (ctx: Context<any>) => unknown;
  broker.createService({
    name: 'alliances',
    actions: {
      get: record('alliances.get', (ctx) => (ctx.params.id in COUNTS ? alliance(ctx.params.id) : null)),
      getMany: record('alliances.getMany', (ctx) => (ctx.params.ids as string[]).map((id) => (id in COUNTS ? alliance(id) : null))),
      countMembers: record('alliances.countMembers', (ctx) => (ctx.params.allianceIds as string[]).map((id) => countsOf(id, ctx.params.asOf))),
      activeMembersOn: record('alliances.activeMembersOn', (ctx) => {
        const c = COUNTS[ctx.params.allianceId] ?? { schools: 0, enterprises: 0 };
        return [
          ...Array.from({ length: c.schools }, (_, i) => ({ organizationId: `${String(i).padStart(2, '0')}${'c'.repeat(22)}`, orgKind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL', role: i ? 'MEMBER' : 'LEAD' })),
          ...Array.from({ length: c.enterprises }, (_, i) => ({ organizationId: `${String(i).padStart(2, '0')}${'e'.repeat(22)}`, orgKind: 'ENTERPRISE', schoolType: null, role: 'MEMBER' })),
        ];
      }),
    },
  });
  broker.createService({
    name: 'organizations',
    actions: {
      get: record('organizations.get', (ctx) => (ctx.params.id === GOV ? { id: GOV, name: '柳州市人民政府', kind: 'GOVERNMENT', regionCode: '450200' } : null)),
      getMany: record('organizations.getMany', (ctx) => (ctx.params.ids as string[]).map((id) => (id === GOV ? { id: GOV, kind: 'GOVERNMENT', regionCode: '450200' } : null))),
      disqualificationsOf: record('organizations.disqualificationsOf', (ctx) => (ctx.params.organizationIds as string[]).map(() => [])),
      // Echoes what the grants proxy passed on, as a disqualification.
      disqualify: record('organizations.disqualify', (ctx) => ({ id: 'd'.repeat(24), imposedBy: 'x', imposedByOrganizationId: null, from: today(), until: today(), liftedOn: null, ...ctx.params })),
    },
  });
  broker.createService(GrantsService);
  await broker.start();
  user = await mintToken({ sub: 'member', roles: ['ORG_MEMBER'], org: LEAD, expiresIn: '1h' });
  program = await broker.call(
    GrantAction.createProgram,
    { code: 'UNIT', name: '单元测试', regionCode: '450200', awardAmount: { amount: '10.00' }, criteria: [{ kind: 'MIN_SCHOOLS', threshold: 2 }, { kind: 'ALLIANCE_ACTIVE' }], funderOrganizationId: GOV },
    { meta: { token: await systemToken('test', 'grants') } },
  );
});
afterAll(async () => {
  await broker?.stop();
});
beforeEach(() => {
  calls.length = 0;
});

const evaluateAlliances = (params: Record<string, unknown>, token = user) =>
  broker.call<(EligibilityReport | { __error: { type: string } })[], Record<string, unknown>>(GrantAction.evaluateAlliances, { programId: program.id, ...params }, { meta: { token } });

describe('grants.evaluateAlliances', () => {
  it('answers one entry per alliance in order; an unknown alliance is its own NOT_FOUND', async () => {
    const entries = await evaluateAlliances({ allianceIds: [A1, MISSING, A2], evidence: false });
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({ allianceId: A1, eligible: true, evidence: false, counts: { schools: 2 } });
    expect(entries[1]).toEqual({ __error: expect.objectContaining({ type: 'NOT_FOUND' }) });
    expect(entries[2]).toMatchObject({ allianceId: A2, eligible: false, shortfall: ['1 more school'] });
  });

  it('from counts: the same three calls whatever the number of alliances (alliances, their counts, the leads’ disqualifications)', async () => {
    await evaluateAlliances({ allianceIds: [A1, A2, A1], evidence: false });
    expect(calls.filter((c) => c === 'alliances.getMany')).toHaveLength(1);
    expect(calls.filter((c) => c === 'alliances.countMembers')).toHaveLength(1);
    expect(calls.filter((c) => c === 'organizations.disqualificationsOf')).toHaveLength(1);
    expect(calls.filter((c) => c === 'alliances.activeMembersOn')).toHaveLength(0);
  });

  it('with evidence: member lists per alliance, the same verdicts as from counts', async () => {
    const full = await evaluateAlliances({ allianceIds: [A1, MISSING, A2] });
    const counts = await evaluateAlliances({ allianceIds: [A1, MISSING, A2], evidence: false });
    expect(full[1]).toEqual({ __error: expect.objectContaining({ type: 'NOT_FOUND' }) });
    for (const i of [0, 2]) {
      const f = full[i] as EligibilityReport;
      const c = counts[i] as EligibilityReport;
      expect(f.countedMembers.length).toBe(f.counts.total);
      expect({ eligible: f.eligible, shortfall: f.shortfall, criteria: f.criteria }).toEqual({ eligible: c.eligible, shortfall: c.shortfall, criteria: c.criteria });
    }
  });

  it('refuses the future (BAD_USER_INPUT), an unknown program (NOT_FOUND) and unsigned callers (UNAUTHENTICATED)', async () => {
    expect(await errType(evaluateAlliances({ allianceIds: [A1], asOf: addDays(today(), 1) }))).toBe('BAD_USER_INPUT');
    expect(await errType(evaluateAlliances({ allianceIds: [A1], programId: MISSING }))).toBe('NOT_FOUND');
    expect(await errType(broker.call(GrantAction.evaluateAlliances, { allianceIds: [A1], programId: program.id }))).toBe('UNAUTHENTICATED');
  });
});

describe('grants.assessAlliance', () => {
  it('platform admins and services only; answers every covering program with the application state', async () => {
    expect(await errType(broker.call(GrantAction.assessAlliance, { allianceId: A1 }, { meta: { token: user } }))).toBe('FORBIDDEN');
    const a = await broker.call<{ programs: { programId: string; eligible: boolean; applicationStatus: string | null }[] }, { allianceId: string }>(GrantAction.assessAlliance, { allianceId: A1 }, { meta: { token: await systemToken('test', 'grants') } });
    expect(a.programs).toEqual([expect.objectContaining({ programId: program.id, eligible: true, applicationStatus: null, awarded: false })]);
    expect(await broker.call(GrantAction.assessAlliance, { allianceId: MISSING }, { meta: { token: await systemToken('test', 'grants') } })).toBeNull();
  });
});

describe('grants.disqualifyOrganization (issue 14, faults 7 and 3)', () => {
  it('takes "造假" (two characters) as a reason and passes the funder\'s futureBookings choice on; a blank reason is refused before any call', async () => {
    const admin = await mintToken({ sub: 'admin', roles: ['PLATFORM_ADMIN'], expiresIn: '1h' });
    const dq = await broker.call<Record<string, unknown>, Record<string, unknown>>(GrantAction.disqualifyOrganization, { organizationId: LEAD, reason: '造假', futureBookings: 'CANCEL' }, { meta: { token: admin } });
    expect(dq).toMatchObject({ organizationId: LEAD, reason: '造假', futureBookings: 'CANCEL' });
    calls.length = 0;
    for (const reason of [' ', '\u3000', '\u200b']) {
      expect(await errType(broker.call(GrantAction.disqualifyOrganization, { organizationId: LEAD, reason }, { meta: { token: admin } }))).toBe('VALIDATION_ERROR');
    }
    expect(calls).toEqual([]);
  });
});
