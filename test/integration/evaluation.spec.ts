/**
 * Yearly evaluation, pilot cities and award payments over a real NATS server (organizations, alliances, trainingBases,
 * projects, grants, cooperation, certification, evaluation on their own brokers). The cooperation-based indicators
 * come from the real `cooperation.allianceFigures`: agreements, placements, cohorts and graduates are made through
 * cooperation's own actions first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { errType, failure } from '../helpers/outcomes.js';
import { addDays, addYears, today } from '../../infra/dates.js';
import type { AgreementDto, CooperationFigures, GraduateDto } from '../../services/cooperation/cooperation.contract.js';
import { EvaluationAction as E, type EvaluationRunDto, type PilotCityProgressDto } from '../../services/evaluation/evaluation.contract.js';

let p: TestPlatform;
let admin: string;
let province: { id: string };
let provincialFunder: string;
let city: { id: string };
let cityFunder: string;
const rand = () => Math.random().toString(36).slice(2, 8);
const { org, school, firm, join } = fixtures(() => p);

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'trainingBases', 'projects', 'grants', 'cooperation', 'certification', 'evaluation'], gateway: false });
  admin = await p.adminToken();
  province = await org('GOVERNMENT', { name: `河南省发展改革委 ${rand()}`, regionCode: '410000' });
  provincialFunder = await p.token(['FUNDER'], province.id, 'funder-ha');
  city = await org('GOVERNMENT', { name: `洛阳市发展改革委 ${rand()}`, regionCode: '410300' });
  cityFunder = await p.token(['FUNDER'], city.id, 'funder-ly');
}, 60_000);
afterAll(async () => {
  await p?.stop();
});

async function alliance(region: string, members: number) {
  const lead = await school('HIGHER_VOCATIONAL', { regionCode: region });
  const a = await p.call('alliances.create', { name: `产教联盟 ${rand()}`, regionCode: region, leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, admin);
  await p.call('alliances.setStatus', { allianceId: a.id, status: 'ACTIVE', effectiveDate: '2024-02-01' }, admin);
  for (let i = 0; i < members; i++) await join(a.id, await firm({ regionCode: region }), '2024-03-01');
  return { alliance: a, lead };
}

describe('yearly evaluation of the region\'s alliances', () => {
  it('ranks every alliance of the region from computed and entered indicators, publishes, records rewards and penalties', async () => {
    const a1 = await alliance('410300', 3);
    const a2 = await alliance('410300', 1);
    const elsewhere = await alliance('410100', 5);
    expect((await failure(p.call(E.createSystem, { code: 'LY-XNPJ', name: '洛阳市产教联盟效能评价', regionCode: '410300', indicators: [{ key: 'members', name: '成员单位数', weight: 60, source: 'MEMBERS' }, { key: 'satisfaction', name: '满意度', weight: 30, source: 'ENTERED' }] }, cityFunder))).data).toMatchObject({ rule: 'WEIGHTS_SUM' });
    const system = await p.call(E.createSystem, { code: 'LY-XNPJ', name: '洛阳市产教联盟效能评价', regionCode: '410300', indicators: [{ key: 'members', name: '成员单位数', weight: 60, source: 'MEMBERS' }, { key: 'satisfaction', name: '满意度', weight: 40, source: 'ENTERED' }] }, cityFunder);
    expect(await errType(p.call(E.createSystem, { code: 'ZZ-YQ', name: '越权', regionCode: '410100', indicators: system.indicators }, cityFunder))).toBe('FORBIDDEN');
    const run = await p.call<EvaluationRunDto>(E.run, { systemId: system.id, year: 2025 }, cityFunder);
    expect(run).toMatchObject({ asOf: '2025-12-31', status: 'DRAFT', unavailable: [] });
    const ids = run.rows.map((r) => r.allianceId);
    expect(ids).toContain(a1.alliance.id);
    expect(ids).toContain(a2.alliance.id);
    expect(ids).not.toContain(elsewhere.alliance.id);
    const r1 = run.rows.find((r) => r.allianceId === a1.alliance.id)!;
    expect(r1.values.find((v) => v.key === 'members')?.value).toBe(4);
    expect((await failure(p.call(E.run, { systemId: system.id, year: 2025 }, cityFunder))).data).toMatchObject({ reason: 'RUN_EXISTS' });
    // Entered with evidence; the ranking follows.
    await p.call(E.enterValue, { runId: run.id, allianceId: a2.alliance.id, key: 'satisfaction', value: 95, evidence: '第三方满意度调查报告（2025）' }, cityFunder);
    const after = await p.call<EvaluationRunDto>(E.enterValue, { runId: run.id, allianceId: a1.alliance.id, key: 'satisfaction', value: 80, evidence: '第三方满意度调查报告（2025）' }, cityFunder);
    expect(after.rows.find((r) => r.allianceId === a1.alliance.id)).toMatchObject({ total: 93.68, rank: 1 });
    expect((await failure(p.call(E.enterValue, { runId: run.id, allianceId: a1.alliance.id, key: 'members', value: 99, evidence: 'x' }, cityFunder))).data).toMatchObject({ reason: 'NOT_ENTERED' });
    // Unpublished: not public; the province above reads it.
    const member = await p.token(['ORG_MEMBER'], a1.lead.id);
    expect((await p.call(E.publicRankings, { regionCode: '410300' }, member)).filter((x: { runId: string }) => x.runId === run.id)).toEqual([]);
    expect(await errType(p.call(E.getRun, { runId: run.id }, member))).toBe('FORBIDDEN');
    expect((await p.call(E.getRun, { runId: run.id }, provincialFunder)).id).toBe(run.id);
    await p.call(E.publish, { runId: run.id }, cityFunder);
    const pub = (await p.call(E.publicRankings, { regionCode: '410300' }, member)).find((x: { runId: string }) => x.runId === run.id);
    expect(pub.rows[0]).toEqual({ rank: 1, allianceName: a1.alliance.name, total: 93.68 });
    expect((await failure(p.call(E.enterValue, { runId: run.id, allianceId: a1.alliance.id, key: 'satisfaction', value: 1, evidence: 'x' }, cityFunder))).data).toMatchObject({ reason: 'PUBLISHED' });
    const withOutcome = await p.call<EvaluationRunDto>(E.recordOutcome, { runId: run.id, allianceId: a2.alliance.id, kind: 'PENALTY', description: '排名末位，约谈牵头单位' }, cityFunder);
    expect(withOutcome.rows.find((r) => r.allianceId === a2.alliance.id)?.outcomes).toEqual([expect.objectContaining({ kind: 'PENALTY', on: today() })]);
  });
});

describe('indicators from the cooperation records (cooperation.allianceFigures)', () => {
  it('counts agreements in force, placed students, apprentices and retained graduates of each alliance\'s members, and ranks by them', async () => {
    const kaifeng = await org('GOVERNMENT', { name: `开封市发展改革委 ${rand()}`, regionCode: '410200' });
    const kfFunder = await p.token(['FUNDER'], kaifeng.id, 'funder-kf');
    const a1 = await alliance('410200', 0);
    const a2 = await alliance('410200', 0);
    const [f1, f2] = [await firm({ regionCode: '410200' }), await firm({ regionCode: '410200' })];
    await join(a1.alliance.id, f1, '2024-03-01');
    await join(a2.alliance.id, f2, '2024-03-01');
    const [s1, s2, e1, e2] = await Promise.all([p.token(['ORG_ADMIN'], a1.lead.id), p.token(['ORG_ADMIN'], a2.lead.id), p.token(['ORG_ADMIN'], f1.id), p.token(['ORG_ADMIN'], f2.id)]);
    const termFrom = addYears(today(), -3);
    const signed = async (schoolTok: string, firmId: string, firmTok: string, type: string) => {
      const a = await p.call<AgreementDto>('cooperation.createAgreementDraft', { counterpartOrganizationId: firmId, type, title: `${type} 合作协议`, startOn: termFrom, endOn: addYears(today(), 2) }, schoolTok);
      await p.call('cooperation.confirmAgreement', { agreementId: a.id }, schoolTok);
      return p.call<AgreementDto>('cooperation.confirmAgreement', { agreementId: a.id }, firmTok);
    };
    const students = (n: number) => Array.from({ length: n }, (_, i) => ({ studentNumber: `K${rand()}${i}`, name: `学生${i + 1}`, major: '数控技术', year: 2 }));
    // Alliance 1: two agreements in force, three students placed with insurance, two new-type apprentices, and of two
    // graduates one retained after a year, one not.
    const internship = await signed(s1, f1.id, e1, 'INTERNSHIP_BASE');
    const apprenticeship = await signed(s1, f1.id, e1, 'NEW_APPRENTICESHIP');
    const from = addDays(today(), -60);
    const to = addDays(today(), 60);
    await p.call('cooperation.createPlacement', { agreementId: internship.id, hostOrganizationId: f1.id, startOn: from, endOn: to, students: students(3), monthlyPayFen: 280_000, insurance: { insurer: '中国人民财产保险', policyNumber: 'PICC-KF-001', coverFrom: from, coverTo: to, premiumPaidBy: 'SCHOOL', deductedFromPay: false }, mentor: { name: '李工', title: '技师' } }, s1);
    const start = addYears(today(), -1);
    await p.call('cooperation.createCohort', { agreementId: apprenticeship.id, kind: 'NEW_APPRENTICESHIP', name: '数控学徒班', major: '数控技术', startOn: start, endOn: addDays(addYears(start, 1), -1), trainingHours: 800, students: students(2) }, e1);
    for (const retained of [true, false]) {
      const g = await p.call<GraduateDto>('cooperation.recordGraduate', { studentNumber: `G${rand()}`, name: '毕业生', major: '数控技术', graduationYear: 2025, employerOrganizationId: f1.id, startOn: addDays(start, -1), pillarIndustry: true }, s1);
      await p.call('cooperation.confirmRetention', { graduateId: g.id, retained }, e1);
    }
    // Alliance 2: one agreement in force, nothing else.
    await signed(s2, f2.id, e2, 'ORDER_CLASS');
    const system = await p.call(E.createSystem, {
      code: 'KF-XNPJ',
      name: '开封市产教联盟效能评价',
      regionCode: '410200',
      indicators: [
        { key: 'agreements', name: '生效合作协议数', weight: 40, source: 'AGREEMENTS_IN_FORCE' },
        { key: 'placements', name: '接收实习学生数', weight: 20, source: 'PLACEMENTS' },
        { key: 'apprentices', name: '学徒数', weight: 20, source: 'APPRENTICES' },
        { key: 'retained', name: '毕业生留任数', weight: 20, source: 'GRADUATES_RETAINED' },
      ],
    }, kfFunder);
    const year = Number(today().slice(0, 4));
    const run = await p.call<EvaluationRunDto>(E.run, { systemId: system.id, year }, kfFunder);
    // This year's run is as of today (the year's end has not come).
    expect(run).toMatchObject({ asOf: today(), unavailable: [] });
    const valuesOf = (id: string) => Object.fromEntries(run.rows.find((r) => r.allianceId === id)!.values.map((v) => [v.key, v.value]));
    expect(run.rows.map((r) => r.allianceId).sort()).toEqual([a1.alliance.id, a2.alliance.id].sort());
    expect(valuesOf(a1.alliance.id)).toEqual({ agreements: 2, placements: 3, apprentices: 2, retained: 1 });
    expect(valuesOf(a2.alliance.id)).toEqual({ agreements: 1, placements: 0, apprentices: 0, retained: 0 });
    // The same figures cooperation gives the funder for that date.
    const figures = await p.call<CooperationFigures>('cooperation.allianceFigures', { allianceId: a1.alliance.id, asOf: run.asOf }, kfFunder);
    expect(figures).toMatchObject({ agreementsInForce: 2, placements: 3, apprentices: 2, graduatesPlaced: 2, graduatesRetained: 1 });
    expect(run.rows.map((r) => [r.allianceId, r.total, r.rank])).toEqual([[a1.alliance.id, 100, 1], [a2.alliance.id, 20, 2]]);
  });
});

describe('pilot cities', () => {
  it('the province records a city with the 001 targets; the city adds its lists; overdue items are flagged; visibility follows the region', async () => {
    expect(await errType(p.call(E.recordPilotCity, { regionCode: '410300', name: '洛阳市' }, cityFunder))).toBe('FORBIDDEN');
    const c = await p.call(E.recordPilotCity, { regionCode: '410300', name: '洛阳市' }, provincialFunder);
    expect(c.targets.map((t: { kind: string; target: number }) => [t.kind, t.target])).toEqual([['INDUSTRIES', 2], ['PROVINCIAL_ENTERPRISES', 20], ['HIGH_LEVEL_BASES', 3], ['LEADING_SCHOOLS', 1], ['LEADING_MAJORS', 2]]);
    expect((await failure(p.call(E.recordPilotCity, { regionCode: '410300', name: '洛阳市' }, provincialFunder))).data).toMatchObject({ reason: 'PILOT_CITY_EXISTS' });
    await p.call(E.recordPilotCity, { regionCode: '410100', name: '郑州市' }, provincialFunder);
    await p.call(E.recordAchievement, { pilotCityId: c.id, kind: 'INDUSTRIES', label: '装备制造产教融合型行业', evidence: '省发展改革委认定文件' }, cityFunder);
    await p.call(E.addListItem, { pilotCityId: c.id, list: 'PROBLEM', title: '企业参与办学动力不足', content: '激励政策落地难', owner: '市发展改革委', deadline: addDays(today(), -1) }, cityFunder);
    const policy = await p.call(E.addListItem, { pilotCityId: c.id, list: 'POLICY', title: '教育费附加抵免', content: '按投资额30%抵免', owner: '市财政局、市税务局', deadline: addDays(today(), -3) }, cityFunder);
    await p.call(E.updateListItem, { itemId: policy.id, status: 'DONE', note: '已出台实施细则' }, cityFunder);
    const seenByCity = await p.call<PilotCityProgressDto[]>(E.pilotCities, {}, cityFunder);
    expect(seenByCity.map((x) => x.regionCode)).toEqual(['410300']);
    const ly = seenByCity[0];
    expect(ly.progress.find((x) => x.kind === 'INDUSTRIES')).toMatchObject({ actual: 1, met: false, source: 'ENTERED' });
    expect(ly.progress.find((x) => x.kind === 'PROVINCIAL_ENTERPRISES')).toMatchObject({ target: 20, actual: 0, source: 'PLATFORM' });
    expect(ly.items.map((i) => [i.list, i.overdue])).toEqual([['POLICY', false], ['PROBLEM', true]]);
    expect(ly.overdueItems).toBe(1);
    expect((await p.call<PilotCityProgressDto[]>(E.pilotCities, {}, provincialFunder)).map((x) => x.regionCode)).toEqual(['410100', '410300']);
    expect(await errType(p.call(E.pilotCities, {}, await p.token(['ORG_ADMIN'], city.id)))).toBe('FORBIDDEN');
  });
});

describe('award payments', () => {
  it('records payments on an approved award up to its amount, and the recipient\'s spending report', async () => {
    const { alliance: a, lead } = await alliance('410300', 1);
    const program = await p.call('grants.createProgram', { code: `LY-JD-${rand()}`, name: '洛阳市实训基地补助', regionCode: '410300', opensOn: '2024-01-01', awardAmount: { amount: '100000.00' }, criteria: [{ kind: 'ALLIANCE_ACTIVE' }] }, cityFunder);
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const app = await p.call('grants.submitApplication', { allianceId: a.id, programId: program.id }, leadAdmin);
    const pay = (amount: string, voucherRef: string) => p.call(E.recordPayment, { applicationId: app.id, paidOn: today(), amount, voucherRef, permittedUse: '实训基地建设（设备购置、场地改造）' }, cityFunder);
    expect((await failure(pay('60000.00', 'PZ-0'))).data).toMatchObject({ reason: 'NOT_AWARDED' });
    await p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE' }, cityFunder);
    const first = await pay('60000.00', 'LYCZ-2026-001');
    expect(first).toMatchObject({ amountFen: 6_000_000, recipientOrganizationId: lead.id });
    expect((await failure(pay('40000.01', 'LYCZ-2026-002'))).data).toMatchObject({ reason: 'OVERPAID' });
    await pay('40000.00', 'LYCZ-2026-002');
    expect(await errType(p.call(E.fileSpendingReport, { paymentId: first.id, items: [{ purpose: '数控实训设备', amount: '60000.00' }], summary: '已采购' }, cityFunder))).toBe('FORBIDDEN');
    expect((await failure(p.call(E.fileSpendingReport, { paymentId: first.id, items: [{ purpose: '数控实训设备', amount: '60000.01' }], summary: '超支' }, leadAdmin))).data).toMatchObject({ reason: 'OVERSPENT' });
    const reported = await p.call(E.fileSpendingReport, { paymentId: first.id, items: [{ purpose: '数控实训设备', amount: '45000.00' }, { purpose: '实训场地改造', amount: '15000.00' }], summary: '按批准用途使用' }, leadAdmin);
    expect(reported.spending).toMatchObject({ totalFen: 6_000_000, filedOn: today() });
    expect((await p.call(E.payments, { applicationId: app.id }, leadAdmin)).map((x: { voucherRef: string }) => x.voucherRef)).toEqual(['LYCZ-2026-001', 'LYCZ-2026-002']);
  });

  it('never lets concurrent payments exceed the award, and a refused payment never blocks the next', async () => {
    const { alliance: a, lead } = await alliance('410300', 1);
    const program = await p.call('grants.createProgram', { code: `LY-RACE-${rand()}`, name: '洛阳市联盟建设奖补', regionCode: '410300', opensOn: '2024-01-01', awardAmount: { amount: '300000.00' }, criteria: [{ kind: 'ALLIANCE_ACTIVE' }] }, cityFunder);
    const app = await p.call('grants.submitApplication', { allianceId: a.id, programId: program.id }, await p.token(['ORG_ADMIN'], lead.id));
    await p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE' }, cityFunder);
    const pay = (amount: string, voucherRef: string) => p.call(E.recordPayment, { applicationId: app.id, paidOn: today(), amount, voucherRef, permittedUse: '联盟建设' }, cityFunder);
    const total = async () => (await p.call<{ amountFen: number }[]>(E.payments, { applicationId: app.id }, cityFunder)).reduce((s, x) => s + x.amountFen, 0);
    await pay('100000.00', 'V-1');
    // A duplicate voucher is refused — and the award stays open to the next payment (the claim is given back).
    expect(await errType(pay('100000.00', 'V-1'))).toBe('CONFLICT');
    // So is an overpayment.
    expect((await failure(pay('200000.01', 'V-2'))).data).toMatchObject({ reason: 'OVERPAID' });
    await pay('100000.00', 'V-2');
    expect(await total()).toBe(20_000_000);
    // Ten payments of ¥100,000 at once against ¥100,000 left: exactly one is recorded, the award is never exceeded.
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => pay('100000.00', `RACE-${i}`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await total()).toBe(30_000_000);
    // Nothing is left: a further payment is OVERPAID, not blocked.
    expect((await failure(pay('0.01', 'V-9'))).data).toMatchObject({ reason: 'OVERPAID' });
  });
});
