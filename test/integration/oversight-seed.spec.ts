/** The demo seed's issue-17 history (app/seeds/oversight.ts) on the real services, and its idempotency. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { failure } from '../helpers/outcomes.js';
import { seedDemo } from '../../app/seed.js';
import { addDays, addYears, today } from '../../infra/dates.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'trainingBases', 'projects', 'grants', 'revenue', 'cooperation', 'listings', 'matchmaking', 'certification', 'evaluation'], gateway: false });
}, 120_000);
afterAll(async () => {
  await p?.stop();
});

describe('demo seed: oversight', () => {
  it('has the issue\'s history and is idempotent', async () => {
    const demo = await seedDemo(p.client);
    const o = demo.oversight!;
    const admin = await p.adminToken();
    const wuling = await p.call(`certification.getDeclaration`, { id: o.certifiedDeclarationId }, admin);
    expect(wuling.status).toBe('CERTIFIED');
    // Its history was drawn from the seeded cooperation records on the real cooperation service.
    expect(wuling.cooperation.unavailable).toEqual([]);
    const history = await p.call('cooperation.organizationHistory', { organizationId: wuling.organizationId }, admin);
    expect(history.agreementsTotal).toBeGreaterThan(0);
    expect(wuling.cooperation).toMatchObject(history);
    const levy = await p.call('certification.levyStatement', { declarationId: o.certifiedDeclarationId }, admin);
    expect(levy.years).toEqual([expect.objectContaining({ year: 2026, creditFen: '30000000', offsetFen: '18000000', carriedOutFen: '12000000' })]);
    const notices = await p.call('certification.publicNotices', { regionCode: '450200' }, admin);
    expect(notices.map((n: { declarationId: string }) => n.declarationId)).toEqual([o.noticeDeclarationId]);
    const funder = demo.identities.find((i) => i.sub === 'demo-funder')!.token;
    const objections = await p.call('certification.listObjections', { declarationId: o.noticeDeclarationId }, funder);
    expect(objections.map((x: { status: string }) => x.status)).toEqual(['DISMISSED']);
    const firmAdmin = await p.token(['ORG_ADMIN'], o.bannedOrganizationId);
    const refused = await failure(p.call('certification.createDeclaration', { programId: o.certProgramId, organizationId: o.bannedOrganizationId, industry: '智能制造', scale: 'LARGE', employees: 1500, mainBusiness: '医药', cooperationSummary: '再次申报', contactName: '李', contactPhone: '0772-1111111' }, firmAdmin));
    expect(refused.data).toMatchObject({ reason: 'DISQUALIFIED', from: today(), until: addDays(addYears(today(), 5), -1) });
    const run = await p.call('evaluation.getRun', { runId: o.evaluationRunId }, funder);
    expect(run.status).toBe('PUBLISHED');
    expect(run.rows).toHaveLength(2);
    expect(run.rows[0]).toMatchObject({ allianceId: demo.allianceId, rank: 1 });
    const province = demo.identities.find((i) => i.sub === 'demo-province-funder')!.token;
    const [city] = await p.call('evaluation.pilotCities', {}, province);
    expect(city.progress.map((x: { kind: string; target: number; actual: number }) => [x.kind, x.target, x.actual])).toEqual([['INDUSTRIES', 2, 1], ['PROVINCIAL_ENTERPRISES', 20, 1], ['HIGH_LEVEL_BASES', 3, 1], ['LEADING_SCHOOLS', 1, 0], ['LEADING_MAJORS', 2, 0]]);
    expect(city.overdueItems).toBe(1);
    const again = await seedDemo(p.client);
    expect(again.oversight).toBeNull();
    expect(again.identities.map((i) => i.sub)).toContain('demo-province-funder');
  }, 120_000);
});
