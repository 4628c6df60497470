/**
 * The grantStandings service at the broker level: one in-process broker (no transporter) with stand-ins for the
 * grants and alliances services, a real (test) database. Its input is events and `grants.assessAlliance`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recording, unitBroker } from '../../test/helpers/unit-broker.js';
import { ServiceBroker, type Context } from 'moleculer';
import { mintToken } from '../../infra/auth.js';
import { today } from '../../infra/dates.js';
import { GrantAction, GrantEvent, type AllianceAssessment } from '../grants/grants.contract.js';
import { MembershipEvent } from '../alliances/alliances.contract.js';
import GrantStandingsService from './grantStandings.service.js';
import { GrantStandingsAction, type StandingDto } from './grantStandings.contract.js';
import type { Page } from '../../infra/pagination.js';
import { errType } from '../../test/helpers/outcomes.js';

const GOV = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER_GOV = 'cccccccccccccccccccccccc';
/** Guangxi's government (450000): no program of its own. */
const PROVINCE_GOV = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const GOVERNMENTS: Record<string, { id: string; kind: string; regionCode: string }> = {
  [GOV]: { id: GOV, kind: 'GOVERNMENT', regionCode: '450200' },
  [OTHER_GOV]: { id: OTHER_GOV, kind: 'GOVERNMENT', regionCode: '610100' },
  [PROVINCE_GOV]: { id: PROVINCE_GOV, kind: 'GOVERNMENT', regionCode: '450000' },
};
const P1 = 'dddddddddddddddddddddddd';
const A1 = '111111111111111111111111';
const A2 = '222222222222222222222222';
const MISSING = '999999999999999999999999';

/** What the grants stand-in answers: A1 eligible once it has `enterprises[A1]` ≥ 1. */
const enterprises: Record<string, number> = { [A1]: 0, [A2]: 3 };
const assessment = (allianceId: string): AllianceAssessment => ({
  allianceId,
  allianceName: `联盟 ${allianceId.slice(0, 2)}`,
  regionCode: '450200',
  evaluatedOn: today(),
  programs: [
    {
      programId: P1,
      programCode: 'LZ-CJRH-ALLIANCE',
      programName: '柳州市产教融合联盟奖补',
      programRegionCode: '450200',
      funderOrganizationId: GOV,
      eligible: enterprises[allianceId] > 0,
      shortfall: enterprises[allianceId] > 0 ? [] : ['1 more enterprise'],
      counts: { total: enterprises[allianceId], schools: 0, enterprises: enterprises[allianceId], distinctSchoolTypes: 0 },
      applicationStatus: null,
      awarded: false,
    },
  ],
});

let broker: ServiceBroker;
const calls: string[] = [];
let admin: string;
let funder: string;
let otherFunder: string;
let provincialFunder: string;

const list = (params: Record<string, unknown>, token: string) => broker.call<Page<StandingDto>, Record<string, unknown>>(GrantStandingsAction.list, { first: 100, ...params }, { meta: { token } });
const rowOf = async (allianceId: string) => (await list({}, admin)).edges.map((e) => e.node).find((s) => s.allianceId === allianceId);

beforeAll(async () => {
  broker = unitBroker();
  const record = recording(calls) as (name: string, fn: (ctx: Context<any>) => unknown) => (ctx: Context<any>) => unknown;
  broker.createService({
    name: 'grants',
    actions: {
      assessAlliance: record(GrantAction.assessAlliance, (ctx) => (ctx.params.allianceId in enterprises ? assessment(ctx.params.allianceId) : null)),
      programRegions: record(GrantAction.programRegions, () => ['450200']),
      repairDecisions: record(GrantAction.repairDecisions, () => ({ repaired: 0 })),
      getProgram: record(GrantAction.getProgram, (ctx) => (ctx.params.id === P1 ? { id: P1, funderOrganizationId: GOV, regionCode: '450200' } : null)),
    },
  });
  broker.createService({
    name: 'organizations',
    actions: { getMany: (ctx: Context<{ ids: string[] }>) => ctx.params.ids.map((id) => GOVERNMENTS[id] ?? null) },
  });
  broker.createService({
    name: 'alliances',
    actions: {
      list: record('alliances.list', () => ({ edges: [A1, A2].map((id) => ({ node: { id }, cursor: id })), pageInfo: { hasNextPage: false, endCursor: null } })),
      membershipsOfOrganizations: record('alliances.membershipsOfOrganizations', () => [[{ allianceId: A1 }, { allianceId: A1 }]]),
    },
  });
  broker.createService(GrantStandingsService);
  await broker.start();
  admin = await mintToken({ sub: 'admin', roles: ['PLATFORM_ADMIN'], expiresIn: '1h' });
  funder = await mintToken({ sub: 'funder', roles: ['FUNDER'], org: GOV, expiresIn: '1h' });
  otherFunder = await mintToken({ sub: 'other', roles: ['FUNDER'], org: OTHER_GOV, expiresIn: '1h' });
  provincialFunder = await mintToken({ sub: 'province', roles: ['FUNDER'], org: PROVINCE_GOV, expiresIn: '1h' });
});
afterAll(async () => {
  await broker?.stop();
});

describe('grantStandings', () => {
  it('rebuilds on start: every alliance of the regions programs cover, after repairing grant decisions', async () => {
    await expect.poll(async () => (await list({}, admin)).edges.length, { timeout: 5_000 }).toBe(2);
    expect(calls.indexOf(GrantAction.repairDecisions)).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf(GrantAction.repairDecisions)).toBeLessThan(calls.indexOf(GrantAction.assessAlliance));
    expect(await rowOf(A1)).toMatchObject({ programId: P1, eligible: false, shortfall: ['1 more enterprise'], evaluatedOn: today(), counts: { enterprises: 0 } });
  });

  it('follows events: a member joining recomputes that alliance', async () => {
    enterprises[A1] = 1;
    broker.emit(MembershipEvent.joined, { allianceId: A1 });
    await expect.poll(async () => (await rowOf(A1))?.eligible, { timeout: 5_000 }).toBe(true);
    enterprises[A1] = 0;
    broker.emit(GrantEvent.applicationDecided, { allianceId: A1, applicationId: MISSING, programId: P1, status: 'REJECTED' });
    await expect.poll(async () => (await rowOf(A1))?.eligible, { timeout: 5_000 }).toBe(false);
  });

  it("lists the rows of a funder's region; a program that applies elsewhere is FORBIDDEN, an unknown one NOT_FOUND", async () => {
    expect((await list({ programId: P1 }, funder)).edges).toHaveLength(2);
    expect((await list({ eligible: true }, funder)).edges.map((e) => e.node.allianceId)).toEqual([A2]);
    expect((await list({}, otherFunder)).edges).toEqual([]);
    expect(await errType(list({ programId: P1 }, otherFunder))).toBe('FORBIDDEN');
    expect(await errType(list({ programId: MISSING }, funder))).toBe('NOT_FOUND');
    expect(await errType(list({}, await mintToken({ sub: 'lead', roles: ['ORG_ADMIN'], org: GOV, expiresIn: '1h' })))).toBe('FORBIDDEN');
  });

  it("handed case: a provincial funder (450000) with no program of its own sees its cities' alliances, with the program named", async () => {
    const rows = (await list({}, provincialFunder)).edges.map((e) => e.node);
    expect(rows.map((r) => r.allianceId).sort()).toEqual([A1, A2]);
    expect(rows[0]).toMatchObject({ programId: P1, programCode: 'LZ-CJRH-ALLIANCE', programName: '柳州市产教融合联盟奖补', programRegionCode: '450200', funderOrganizationId: GOV, regionCode: '450200' });
    expect((await list({ programId: P1 }, provincialFunder)).edges).toHaveLength(2);
  });

  it('rebuilds on demand for platform admins only', async () => {
    expect(await errType(broker.call(GrantStandingsAction.rebuild, {}, { meta: { token: funder } }))).toBe('FORBIDDEN');
    expect(await broker.call(GrantStandingsAction.rebuild, {}, { meta: { token: admin } })).toEqual({ alliances: 2, standings: 2 });
  });
});
