/**
 * Revenue-split agreements and the ledger over a real NATS server: organizations, alliances, projects and
 * revenue each on their own broker, actions called on the bus as any other node could.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../infra/dates.js';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures, type Org } from '../helpers/fixtures.js';
import { outcome } from '../helpers/outcomes.js';
import type { RevenueAgreementDto, RevenueEventDto, RevenueStatementDto, AgreementStatementDto, RevenuePolicy } from '../../services/revenue/revenue.contract.js';
import { currentRegionCodes } from '../../infra/regions.js';
import { inForceOn } from '../../infra/in-force.js';
import { seedDemoRevenue } from '../../app/seeds/revenue.js';
import { systemCaller } from '../../infra/caller.js';

let p: TestPlatform;
/** The test's own oracle for "the version in force on a date" (infra/in-force.ts, the rule the service uses). */
const versionOn = <V extends { effectiveFrom: string }>(versions: readonly V[], date: string) => inForceOn(versions, date, (v) => v.effectiveFrom);
let admin: string;

const { org, school, firm, join } = fixtures(() => p);

// One alliance in Liuzhou: a lead school, a second school, two enterprises (members since 2024-01-01), and an outsider.
let lead: Org, school2: Org, firmA: Org, firmB: Org, outsider: Org, liuzhouGov: Org, xianGov: Org;
let allianceId: string;
let leadAdmin: string, firmAAdmin: string, firmBAdmin: string, outsiderAdmin: string, liuzhouFunder: string, xianFunder: string;

beforeAll(async () => {
  // Two revenue nodes: racing calls land on both, and both seed the policies at start.
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'projects', 'revenue'], replicas: { revenue: 2 }, gateway: false });
  admin = await p.adminToken();
  lead = await school('HIGHER_VOCATIONAL');
  school2 = await school('SECONDARY_VOCATIONAL');
  firmA = await firm();
  firmB = await firm();
  outsider = await firm();
  liuzhouGov = await org('GOVERNMENT');
  xianGov = await org('GOVERNMENT', { regionCode: '610100' });
  [leadAdmin, firmAAdmin, firmBAdmin, outsiderAdmin, liuzhouFunder, xianFunder] = await Promise.all([
    p.token(['ORG_ADMIN'], lead.id),
    p.token(['ORG_ADMIN'], firmA.id),
    p.token(['ORG_ADMIN'], firmB.id),
    p.token(['ORG_ADMIN'], outsider.id),
    p.token(['FUNDER'], liuzhouGov.id),
    p.token(['FUNDER'], xianGov.id),
  ]);
  const alliance = await p.call('alliances.create', { name: `柳州产教联盟 ${Math.random().toString(36).slice(2, 6)}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2023-06-01' }, leadAdmin);
  allianceId = alliance.id;
  await p.call('alliances.setStatus', { allianceId, status: 'ACTIVE', effectiveDate: '2023-07-01' }, leadAdmin);
  for (const o of [school2, firmA, firmB]) await join(allianceId, o, '2024-01-01');
});
afterAll(async () => p?.stop());

const threeParties = (teacherShareBp = 7000) => [
  { organizationId: lead.id, shareBp: 3334, teacherShareBp },
  { organizationId: firmA.id, shareBp: 3333 },
  { organizationId: firmB.id, shareBp: 3333 },
];

function createAgreement(extra: Record<string, unknown> = {}, token = leadAdmin): Promise<RevenueAgreementDto> {
  return p.call('revenue.createAgreement', { allianceId, title: `技术转让 ${Math.random().toString(36).slice(2, 6)}`, policyCode: 'LIUZHOU', effectiveFrom: '2025-01-01', parties: threeParties(), ...extra }, token);
}

const money = (amount: string) => ({ amount, currency: 'CNY' });
let refN = 0;
function record(agreementId: string, gross: string, extra: Record<string, unknown> = {}, token = leadAdmin): Promise<RevenueEventDto> {
  return p.call('revenue.record', { agreementId, gross: money(gross), receivedOn: '2025-03-01', externalReference: `REF-${++refN}`, ...extra }, token);
}
const ledger = (agreementId: string, token = leadAdmin): Promise<AgreementStatementDto> => p.call('revenue.agreementStatement', { agreementId, from: '2000-01-01', to: '2100-01-01' }, token);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('regional policies', () => {
  it('seeds LIUZHOU [7000, 10000] (450200) and XIAN [0, 5000] (610100) on start, once, with their validity', async () => {
    const policies: RevenuePolicy[] = await p.call('revenue.policies', {}, firmAAdmin);
    expect(policies.map((x) => [x.code, x.regionCode, x.validFrom, x.validUntil, x.minTeacherShareBp, x.maxTeacherShareBp, x.changes.length])).toEqual([
      ['LIUZHOU', '450200', '2020-01-01', null, 7000, 10000, 1],
      ['XIAN', '610100', '2019-01-01', null, 0, 5000, 1],
    ]);
  });

  it("handed case: a Liuzhou (450200) alliance choosing the Xi'an policy and paying teachers 30 % is refused; nothing is stored", async () => {
    const before = await p.call('revenue.listAgreements', { organizationId: firmB.id, first: 100 }, firmBAdmin);
    const xian = await outcome(createAgreement({ policyCode: 'XIAN', parties: threeParties(3000) }));
    expect(xian).toEqual({ type: 'FAILED_PRECONDITION', data: { field: 'policyCode', rule: 'POLICY_NOT_IN_FORCE_FOR_REGION', policy: 'XIAN', policyInForce: 'LIUZHOU', regionCode: '450200', date: '2025-01-01' } });
    // The same terms under the policy that applies (named or not) are below Liuzhou's 70 % floor.
    for (const policyCode of ['LIUZHOU', null]) {
      expect(await outcome(createAgreement({ policyCode, parties: threeParties(3000) }))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'POLICY_TEACHER_SHARE', organizationId: lead.id, policy: 'LIUZHOU' } });
    }
    expect((await p.call('revenue.listAgreements', { organizationId: firmB.id, first: 100 }, firmBAdmin)).edges.length).toBe(before.edges.length);
  });

  it('a third city needs no release: its funder adds a policy through the API and agreements there follow it (generated cities)', async () => {
    // Prefectures drawn from the real GB/T 2260 list (not Liuzhou's or Xi'an's): a government and a lead school in a county of it.
    const prefectures = currentRegionCodes().filter((c) => /^\d{4}00$/.test(c) && !c.endsWith('0000') && !['450200', '610100'].includes(c) && currentRegionCodes().some((k) => k.startsWith(c.slice(0, 4)) && !k.endsWith('00')));
    const cases = fc.sample(fc.record({ city: fc.constantFrom(...prefectures), min: fc.integer({ min: 1, max: 9000 }) }), 2);
    for (const { city, min } of cases) {
      const county = currentRegionCodes().find((k) => k.startsWith(city.slice(0, 4)) && !k.endsWith('00'))!;
      const gov = await org('GOVERNMENT', { regionCode: city });
      const funder = await p.token(['FUNDER'], gov.id);
      const cityLead = await school('HIGHER_VOCATIONAL', { regionCode: county });
      const cityLeadAdmin = await p.token(['ORG_ADMIN'], cityLead.id);
      const alliance = await p.call('alliances.create', { name: `第三城联盟 ${city} ${Math.random().toString(36).slice(2, 6)}`, regionCode: city, leadOrganizationId: cityLead.id, foundedOn: '2023-01-01' }, cityLeadAdmin);
      const make = (teacherShareBp: number) =>
        p.call('revenue.createAgreement', { allianceId: alliance.id, title: `第三城 ${teacherShareBp}`, effectiveFrom: '2025-01-01', parties: [{ organizationId: cityLead.id, shareBp: 10000, teacherShareBp }] }, cityLeadAdmin);
      const code = `CITY-${city}-${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
      // Before: no policy covers the city (unless its province has one: none does here).
      expect(await outcome(make(min))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { rule: 'NO_POLICY_IN_FORCE', regionCode: city } });
      // Liuzhou's funder may not make another city's policy; the city's funder may.
      expect((await outcome(p.call('revenue.createPolicy', { code, name: `${city} 政策`, regionCode: city, validFrom: '2024-01-01', minTeacherShareBp: min, maxTeacherShareBp: 10000 }, liuzhouFunder))).type).toBe('FORBIDDEN');
      const policy: RevenuePolicy = await p.call('revenue.createPolicy', { code, name: `${city} 政策`, regionCode: city, validFrom: '2024-01-01', minTeacherShareBp: min, maxTeacherShareBp: 10000, note: '新政策' }, funder);
      expect(policy).toMatchObject({ code, regionCode: city, version: 1, changes: [{ action: 'CREATED', byOrganizationId: gov.id }] });
      expect(await outcome(make(min - 1))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'POLICY_TEACHER_SHARE', policy: code } });
      expect((await make(min)).policy).toMatchObject({ code, version: 1, minTeacherShareBp: min });
      // Choosing Liuzhou's policy there is refused, as Xi'an's is in Liuzhou.
      expect(await outcome(p.call('revenue.createAgreement', { allianceId: alliance.id, title: '柳州政策', policyCode: 'LIUZHOU', effectiveFrom: '2025-01-01', parties: [{ organizationId: cityLead.id, shareBp: 10000, teacherShareBp: 10000 }] }, cityLeadAdmin))).toMatchObject({
        type: 'FAILED_PRECONDITION',
        data: { rule: 'POLICY_NOT_IN_FORCE_FOR_REGION', policy: 'LIUZHOU', policyInForce: code },
      });
    }
  });

  it('the nearest covering region wins: a Guangxi (450000) policy applies in Nanning, Liuzhou keeps its own', async () => {
    const guangxi = await org('GOVERNMENT', { regionCode: '450000' });
    const provincial = await p.token(['FUNDER'], guangxi.id);
    await p.call('revenue.createPolicy', { code: 'GUANGXI', name: '广西：教师不少于50%', regionCode: '450000', validFrom: '2018-01-01', minTeacherShareBp: 5000, maxTeacherShareBp: 10000 }, provincial);
    expect(await p.call('revenue.policyInForce', { regionCode: '450203', date: '2025-01-01' }, firmAAdmin)).toMatchObject({ code: 'LIUZHOU' });
    expect(await p.call('revenue.policyInForce', { regionCode: '450102', date: '2025-01-01' }, firmAAdmin)).toMatchObject({ code: 'GUANGXI' });
    // Before Liuzhou's policy took effect (2020-01-01) the province's applied in Liuzhou too.
    expect(await p.call('revenue.policyInForce', { regionCode: '450200', date: '2019-06-01' }, firmAAdmin)).toMatchObject({ code: 'GUANGXI' });
    expect(await outcome(createAgreement({ policyCode: 'GUANGXI', parties: threeParties(6000) }))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { rule: 'POLICY_NOT_IN_FORCE_FOR_REGION', policy: 'GUANGXI', policyInForce: 'LIUZHOU' } });
  });

  it('an amendment (audited) applies from its date; agreements already made keep the version they were split by', async () => {
    const a = await createAgreement();
    const event = await record(a.id, '100.00');
    const amended: RevenuePolicy = await p.call('revenue.amendPolicy', { code: 'LIUZHOU', validFrom: '2030-01-01', minTeacherShareBp: 8000, note: '提高教师比例' }, liuzhouFunder);
    expect(amended).toMatchObject({ version: 2, validFrom: '2030-01-01', minTeacherShareBp: 8000 });
    expect(amended.changes.map((c) => [c.action, c.version, c.byOrganizationId, c.note])).toEqual([
      ['CREATED', 1, null, 'initial reference data (revenue.seed.ts)'],
      ['AMENDED', 2, liuzhouGov.id, '提高教师比例'],
    ]);
    expect((await outcome(p.call('revenue.amendPolicy', { code: 'LIUZHOU', validFrom: '2031-01-01', minTeacherShareBp: 0, note: '越权' }, xianFunder))).type).toBe('FORBIDDEN');
    expect((await outcome(p.call('revenue.amendPolicy', { code: 'LIUZHOU', validFrom: '2031-01-01', minTeacherShareBp: 0, note: '越权' }, leadAdmin))).type).toBe('FORBIDDEN');
    expect((await p.call('revenue.getPolicy', { code: 'LIUZHOU' }, firmAAdmin)).changes).toHaveLength(2);
    const reread: RevenueAgreementDto = await p.call('revenue.getAgreement', { id: a.id }, leadAdmin);
    expect(reread.policy).toMatchObject({ code: 'LIUZHOU', version: 1, minTeacherShareBp: 7000 });
    expect((await ledger(a.id)).lines.map((l) => [l.event.id, l.event.agreementVersion, l.event.netFen])).toEqual([[event.id, 1, 10_000]]);
    expect(await outcome(createAgreement({ effectiveFrom: '2030-01-01' }))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'POLICY_TEACHER_SHARE', policy: 'LIUZHOU' } });
    expect((await createAgreement({ effectiveFrom: '2030-01-01', parties: threeParties(8000) })).policy).toMatchObject({ version: 2, minTeacherShareBp: 8000 });
    expect((await createAgreement({ effectiveFrom: '2029-12-31' })).policy).toMatchObject({ version: 1 });
  });
});

describe('agreements', () => {
  it('creates version 1 with the parties, the school split and the default deduction order', async () => {
    const a = await createAgreement();
    expect(a).toMatchObject({ version: 1, effectiveFrom: '2025-01-01', ownerOrganizationId: lead.id, ownerKind: 'ALLIANCE_LEAD', policy: { code: 'LIUZHOU' } });
    expect(a.parties.map((x) => [x.organizationId, x.shareBp, x.teacherShareBp])).toEqual([
      [lead.id, 3334, 7000],
      [firmA.id, 3333, null],
      [firmB.id, 3333, null],
    ]);
    expect(a.deductionKinds).toEqual(['PATENT_FEE', 'AGENT_COMMISSION', 'TAX']);
  });

  it('refuses a school inventors\' share below the policy floor, naming the rule and the party, and stores nothing', async () => {
    const before = await p.call('revenue.listAgreements', { organizationId: firmB.id, first: 100 }, firmBAdmin);
    const low = await outcome(createAgreement({ parties: threeParties(6999) }));
    expect(low).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'POLICY_TEACHER_SHARE', organizationId: lead.id, policy: 'LIUZHOU' } });
    // Xi'an's policy does not apply in Liuzhou, whatever the share.
    expect(await outcome(createAgreement({ policyCode: 'XIAN', parties: threeParties(5000) }))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { rule: 'POLICY_NOT_IN_FORCE_FOR_REGION' } });
    expect((await outcome(createAgreement({ parties: threeParties(7000) }))).type).toBe('OK');
    const afterRefusal = await p.call('revenue.listAgreements', { organizationId: firmB.id, first: 100 }, firmBAdmin);
    expect(afterRefusal.edges.length).toBe(before.edges.length + 1); // only the valid Liuzhou one
  });

  it('refuses shares not summing to 10000, a teachers\' split on a firm, unknown policies and non-member parties', async () => {
    expect(await outcome(createAgreement({ parties: [{ organizationId: lead.id, shareBp: 5000, teacherShareBp: 7000 }, { organizationId: firmA.id, shareBp: 4999 }] }))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'SHARES_SUM' } });
    expect(await outcome(createAgreement({ parties: [{ organizationId: lead.id, shareBp: 5000, teacherShareBp: 7000 }, { organizationId: firmA.id, shareBp: 5000, teacherShareBp: 7000 }] }))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'TEACHER_SHARE_ONLY_FOR_SCHOOLS', organizationId: firmA.id } });
    expect(await outcome(createAgreement({ policyCode: 'NOWHERE' }))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'UNKNOWN_POLICY' } });
    expect(await outcome(createAgreement({ parties: [{ organizationId: lead.id, shareBp: 5000, teacherShareBp: 7000 }, { organizationId: outsider.id, shareBp: 5000 }] }))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { rule: 'PARTY_NOT_MEMBER', organizationId: outsider.id } });
    // Members joined on 2024-01-01: not yet parties on 2023-12-31.
    expect(await outcome(createAgreement({ effectiveFrom: '2023-12-31' }))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { rule: 'PARTY_NOT_MEMBER' } });
  });

  it('is created only by the owner\'s admins; parties read it, outsiders and other regions do not', async () => {
    expect((await outcome(createAgreement({}, firmAAdmin))).type).toBe('FORBIDDEN');
    expect((await outcome(createAgreement({}, await p.token(['ORG_MEMBER'], lead.id))))).toMatchObject({ type: 'FORBIDDEN' });
    const a = await createAgreement();
    expect((await p.call('revenue.getAgreement', { id: a.id }, firmBAdmin)).id).toBe(a.id);
    expect((await p.call('revenue.getAgreement', { id: a.id }, liuzhouFunder)).id).toBe(a.id);
    expect((await outcome(p.call('revenue.getAgreement', { id: a.id }, outsiderAdmin))).type).toBe('FORBIDDEN');
    expect((await outcome(p.call('revenue.getAgreement', { id: a.id }, xianFunder))).type).toBe('FORBIDDEN');
    expect(await p.call('revenue.getAgreements', { ids: [a.id, 'ffffffffffffffffffffffff'] }, outsiderAdmin)).toEqual([null, null]);
  });
});

describe('recording revenue', () => {
  it('splits 1,000,000.01 CNY among three parties (3334/3333/3333 bp) exactly to the fen', async () => {
    const a = await createAgreement();
    const e = await record(a.id, '1000000.01');
    expect(e).toMatchObject({ grossFen: 100_000_001, netFen: 100_000_001, agreementVersion: 1, kind: 'REVENUE' });
    expect(e.allocations.map((l) => [l.organizationId, l.beneficiary, l.amountFen])).toEqual([
      [lead.id, 'TEACHERS', 23_338_001],
      [lead.id, 'SCHOOL_FUNDS', 10_002_000],
      [firmA.id, 'ORGANIZATION', 33_330_000],
      [firmB.id, 'ORGANIZATION', 33_330_000],
    ]);
    expect(sum(e.allocations.map((l) => l.amountFen))).toBe(100_000_001);
  });

  it('splits the teachers\' part among named inventors, summing exactly', async () => {
    const a = await createAgreement({
      parties: [
        { organizationId: lead.id, shareBp: 10000, teacherShareBp: 9000, inventors: [{ name: '张明', shareBp: 3334 }, { name: '李华', personId: 'T-0042', shareBp: 3333 }, { name: '王芳', shareBp: 3333 }] },
      ],
    });
    expect(a.parties[0].inventors.map((v) => [v.name, v.personId, v.shareBp])).toEqual([['张明', null, 3334], ['李华', 'T-0042', 3333], ['王芳', null, 3333]]);
    const e = await record(a.id, '100.00');
    const teachers = e.allocations.find((l) => l.beneficiary === 'TEACHERS')!;
    expect(teachers.amountFen).toBe(9_000);
    // exact: 3000.6 / 2999.7 / 2999.7 → floors 3000 / 2999 / 2999, the 2 fen left go to the largest remainders (.7, .7)
    expect(teachers.inventors.map((v) => v.amountFen)).toEqual([3_000, 3_000, 3_000]);
    expect(sum(teachers.inventors.map((v) => v.amountFen))).toBe(9_000);
  });

  it('applies deductions in the declared order and refuses them when they exceed the gross', async () => {
    const a = await createAgreement({ deductionKinds: ['PATENT_FEE', 'AGENT_COMMISSION', 'TAX'] });
    const e = await record(a.id, '10000.00', {
      deductions: [
        { kind: 'TAX', amount: money('600.00') },
        { kind: 'PATENT_FEE', amount: money('1000.00') },
        { kind: 'AGENT_COMMISSION', amount: money('400.50') },
      ],
    });
    expect(e.deductions).toEqual([
      { kind: 'PATENT_FEE', amountFen: 100_000, remainingFen: 900_000 },
      { kind: 'AGENT_COMMISSION', amountFen: 40_050, remainingFen: 859_950 },
      { kind: 'TAX', amountFen: 60_000, remainingFen: 799_950 },
    ]);
    expect(e.netFen).toBe(799_950);
    expect(sum(e.allocations.map((l) => l.amountFen))).toBe(799_950);

    const over = await outcome(record(a.id, '100.00', { deductions: [{ kind: 'TAX', amount: money('0.01') }, { kind: 'PATENT_FEE', amount: money('100.00') }] }));
    expect(over).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'DEDUCTIONS_EXCEED_GROSS', kind: 'TAX' } });
    expect(await outcome(record(a.id, '100.00', { deductions: [{ kind: 'BRIBE', amount: money('1.00') }] }))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'UNDECLARED_DEDUCTION' } });
    // Deductions equal to the gross leave a zero net, split as zeros.
    const zero = await record(a.id, '5.00', { deductions: [{ kind: 'TAX', amount: money('5.00') }] });
    expect(zero.netFen).toBe(0);
    expect(zero.allocations).toHaveLength(4);
    expect(zero.allocations.every((l) => l.amountFen === 0)).toBe(true);
    expect((await ledger(a.id)).lines).toHaveLength(2);
  });

  it('refuses floats, negative or zero gross, other currencies and future dates', async () => {
    const a = await createAgreement();
    for (const gross of ['1e6', '10.001', '-5.00', '0.00', '0.1.2']) {
      expect((await outcome(record(a.id, gross))).type, gross).toBe('BAD_USER_INPUT');
    }
    expect((await outcome(p.call('revenue.record', { agreementId: a.id, gross: { amount: '1.00', currency: 'USD' }, receivedOn: '2025-03-01', externalReference: 'usd' }, leadAdmin))).type).toBe('BAD_USER_INPUT');
    expect((await outcome(record(a.id, '1.00', { receivedOn: '2999-01-01' }))).type).toBe('BAD_USER_INPUT');
    expect(await outcome(record(a.id, '1.00', { receivedOn: '2024-12-31' }))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'NO_VERSION_IN_FORCE' } });
    expect((await outcome(record(a.id, '1.00', { externalReference: 'reversal:x' }))).type).toBe('BAD_USER_INPUT');
    expect((await ledger(a.id)).lines).toHaveLength(0);
  });

  it('lets only the owner\'s admins write the ledger: a party cannot record or reverse', async () => {
    const a = await createAgreement();
    expect((await outcome(record(a.id, '1.00', {}, firmAAdmin))).type).toBe('FORBIDDEN');
    expect((await outcome(record(a.id, '1.00', {}, outsiderAdmin))).type).toBe('FORBIDDEN');
    const e = await record(a.id, '1.00');
    expect((await outcome(p.call('revenue.reverse', { eventId: e.id, reason: '错误' }, firmAAdmin))).type).toBe('FORBIDDEN');
    expect((await ledger(a.id)).lines).toHaveLength(1);
  });
});

describe('idempotency', () => {
  it('records the same externalReference once when 10 identical calls race; all get the same event', async () => {
    const a = await createAgreement();
    const params = { agreementId: a.id, gross: money('8888.88'), deductions: [{ kind: 'TAX', amount: money('88.88') }], receivedOn: '2025-04-01', externalReference: 'INV-2025-0401' };
    const results = await Promise.all(Array.from({ length: 10 }, () => p.call('revenue.record', params, leadAdmin) as Promise<RevenueEventDto>));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const l = await ledger(a.id);
    expect(l.lines).toHaveLength(1);
    expect(l.netFen).toBe('880000');
    // A later retry gets the same event; the same reference with other figures is a conflict, not a second event.
    expect((await p.call('revenue.record', params, leadAdmin)).id).toBe(results[0].id);
    expect((await outcome(p.call('revenue.record', { ...params, gross: money('8888.89') }, leadAdmin))).type).toBe('CONFLICT');
    expect((await ledger(a.id)).lines).toHaveLength(1);
  });
});

describe('versions', () => {
  it('splits revenue by the version in force on its receipt date', async () => {
    const a = await createAgreement();
    const v2 = await p.call('revenue.amendAgreement', {
      agreementId: a.id,
      effectiveFrom: '2025-07-01',
      parties: [{ organizationId: lead.id, shareBp: 5000, teacherShareBp: 8000 }, { organizationId: firmA.id, shareBp: 5000 }],
      note: '柳工退出分成',
    }, leadAdmin) as RevenueAgreementDto;
    expect(v2).toMatchObject({ version: 2, effectiveFrom: '2025-07-01' });
    expect(v2.versions.map((v) => [v.version, v.effectiveFrom])).toEqual([[1, '2025-01-01'], [2, '2025-07-01']]);

    const june = await record(a.id, '100.00', { receivedOn: '2025-06-30' });
    const july = await record(a.id, '100.00', { receivedOn: '2025-07-01' });
    expect(june.agreementVersion).toBe(1);
    expect(june.allocations.map((l) => l.organizationId)).toContain(firmB.id);
    expect(july.agreementVersion).toBe(2);
    expect(july.allocations.map((l) => [l.organizationId, l.beneficiary, l.amountFen])).toEqual([
      [lead.id, 'TEACHERS', 4_000],
      [lead.id, 'SCHOOL_FUNDS', 1_000],
      [firmA.id, 'ORGANIZATION', 5_000],
    ]);
    // Versions take effect in order; an amendment cannot re-split revenue already recorded.
    const parties = threeParties();
    expect(await outcome(p.call('revenue.amendAgreement', { agreementId: a.id, effectiveFrom: '2025-07-01', parties }, leadAdmin))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'EFFECTIVE_ORDER' } });
    await record(a.id, '1.00', { receivedOn: '2025-09-01' });
    expect(await outcome(p.call('revenue.amendAgreement', { agreementId: a.id, effectiveFrom: '2025-08-01', parties }, leadAdmin))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { rule: 'REVENUE_ALREADY_RECORDED' } });
    expect((await outcome(p.call('revenue.amendAgreement', { agreementId: a.id, effectiveFrom: '2025-10-01', parties }, firmAAdmin))).type).toBe('FORBIDDEN');
    expect((await p.call('revenue.amendAgreement', { agreementId: a.id, effectiveFrom: '2025-09-02', parties }, leadAdmin)).version).toBe(3);
  });

  it('an amendment racing a recording on the same date never leaves an event split by the wrong version', async () => {
    for (const [i, day] of ['2025-02-01', '2025-02-15', '2025-03-01', '2025-03-15', '2025-04-01', '2025-04-15'].entries()) {
      const a = await createAgreement();
      const [amended, recorded] = await Promise.all([
        outcome(p.call('revenue.amendAgreement', { agreementId: a.id, effectiveFrom: day, parties: [{ organizationId: firmA.id, shareBp: 10000 }] }, leadAdmin)),
        p.call('revenue.record', { agreementId: a.id, gross: money('10.00'), receivedOn: day, externalReference: `race-${i}` }, leadAdmin) as Promise<RevenueEventDto>,
      ]);
      expect(['OK', 'FAILED_PRECONDITION']).toContain(amended.type);
      // Refused only because the recording landed first (never for another reason).
      if (amended.type !== 'OK') expect(amended.data).toMatchObject({ rule: 'REVENUE_ALREADY_RECORDED' });
      const final = (await p.call('revenue.getAgreement', { id: a.id }, leadAdmin)) as RevenueAgreementDto;
      expect(recorded.agreementVersion).toBe(versionOn(final.versions, day)!.version);
      const [inForce] = (await p.call('revenue.getVersionsOn', { agreementIds: [a.id], date: day }, leadAdmin)) as { version: number }[];
      expect(inForce.version).toBe(recorded.agreementVersion);
    }
  });
});

describe('concurrent amendments', () => {
  it('racing amendments never lose a version: every accepted one is kept, numbered in order, effective dates increasing', async () => {
    const a = await createAgreement();
    const days = ['2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05', '2025-05-06'];
    const results = await Promise.all(
      days.map((day) => outcome(p.call('revenue.amendAgreement', { agreementId: a.id, effectiveFrom: day, parties: [{ organizationId: firmA.id, shareBp: 10000 }], note: day }, leadAdmin))),
    );
    expect(results).toHaveLength(days.length);
    expect(results.every((r) => ['OK', 'BAD_USER_INPUT', 'CONFLICT'].includes(r.type))).toBe(true);
    // BAD_USER_INPUT only for an amendment that lost the race to a later effective date.
    expect(results.filter((r) => r.type === 'BAD_USER_INPUT').map((r) => r.data?.rule).filter((rule) => rule !== 'EFFECTIVE_ORDER')).toEqual([]);
    const final = (await p.call('revenue.getAgreement', { id: a.id }, leadAdmin)) as RevenueAgreementDto;
    expect(final.versions).toHaveLength(1 + results.filter((r) => r.type === 'OK').length);
    expect(final.versions.map((v) => v.version)).toEqual(final.versions.map((_, i) => i + 1));
    const dates = final.versions.map((v) => v.effectiveFrom);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
  });
});

describe('reversals', () => {
  it('appends a negating event once; the ledger reconciles and the reversed revenue nets to zero', async () => {
    const a = await createAgreement();
    const keep = await record(a.id, '300.00', { receivedOn: '2025-11-01' });
    const wrong = await record(a.id, '1000000.01', { receivedOn: '2025-11-02', deductions: [{ kind: 'TAX', amount: money('0.01') }] });
    const rev = (await p.call('revenue.reverse', { eventId: wrong.id, reason: '金额录入错误', reversedOn: '2025-11-03' }, leadAdmin)) as RevenueEventDto;
    expect(rev).toMatchObject({ kind: 'REVERSAL', reversesEventId: wrong.id, grossFen: -100_000_001, netFen: -100_000_000, receivedOn: '2025-11-03', reason: '金额录入错误', agreementVersion: 1 });
    expect(rev.allocations.map((l) => l.amountFen)).toEqual(wrong.allocations.map((l) => -l.amountFen));

    // Once only — also when several reversals race; a reversal itself cannot be reversed.
    expect(await outcome(p.call('revenue.reverse', { eventId: wrong.id, reason: 'again' }, leadAdmin))).toMatchObject({ type: 'CONFLICT', data: { reversalEventId: rev.id } });
    const racing = await Promise.all(Array.from({ length: 5 }, () => outcome(p.call('revenue.reverse', { eventId: keep.id, reason: 'race' }, leadAdmin))));
    expect(racing.filter((r) => r.type === 'OK')).toHaveLength(1);
    expect(racing.filter((r) => r.type === 'CONFLICT')).toHaveLength(4);
    expect((await outcome(p.call('revenue.reverse', { eventId: rev.id, reason: 'x' }, leadAdmin))).type).toBe('FAILED_PRECONDITION');
    expect((await outcome(p.call('revenue.reverse', { eventId: wrong.id, reason: 'x', reversedOn: '2025-11-01' }, leadAdmin))).type).toBe('BAD_USER_INPUT'); // before receipt

    const l = await ledger(a.id);
    expect(l.lines).toHaveLength(4);
    expect(l.reconciled).toBe(true);
    expect(l.netFen).toBe('0'); // both events reversed
    expect(l.byOrganization.length).toBeGreaterThan(0);
    expect(l.byOrganization.filter((t) => t.amountFen !== '0')).toEqual([]);

    const s = (await p.call('revenue.statement', { organizationId: firmA.id, from: '2025-11-01', to: '2025-11-03' }, firmAAdmin)) as RevenueStatementDto;
    expect(s.reconciled).toBe(true);
    expect(s.lines.map((x) => x.event.id)).toEqual([keep.id, wrong.id, rev.id]);
    expect(s.totalFen).toBe(String(keep.allocations.find((x) => x.organizationId === firmA.id)!.amountFen));
    // A period that holds the reversal but not its original still checks it against the original.
    const nov3 = (await p.call('revenue.statement', { organizationId: firmA.id, from: '2025-11-03', to: '2025-11-03' }, firmAAdmin)) as RevenueStatementDto;
    expect(nov3).toMatchObject({ reconciled: true, totalFen: '-33330000' });
  });
});

describe('statements', () => {
  it('lists every event with the organization\'s amount and running totals; reconciled is computed', async () => {
    const a = await createAgreement();
    const e1 = await record(a.id, '100.00', { receivedOn: '2025-05-02' });
    const e2 = await record(a.id, '0.03', { receivedOn: '2025-05-01' });
    const e3 = await record(a.id, '1000000.01', { receivedOn: '2025-05-03' });
    const s = (await p.call('revenue.statement', { organizationId: lead.id, from: '2025-05-01', to: '2025-05-03' }, leadAdmin)) as RevenueStatementDto;
    expect(s.lines.map((l) => l.event.id)).toEqual([e2.id, e1.id, e3.id]); // by receipt date
    const mine = [e2, e1, e3].map((e) => sum(e.allocations.filter((x) => x.organizationId === lead.id).map((x) => x.amountFen)));
    expect(s.lines.map((l) => l.amountFen)).toEqual(mine);
    expect(s.lines.map((l) => l.runningTotalFen)).toEqual([mine[0], mine[0] + mine[1], mine[0] + mine[1] + mine[2]].map(String));
    expect(s.totalFen).toBe(String(sum(mine)));
    expect(s.reconciled).toBe(true);
    expect(s.lines.every((l) => l.reconciled)).toBe(true);

    // Pages carry the running total on, and end where the full statement ends.
    const p1 = await p.call('revenue.statementPage', { organizationId: lead.id, from: '2025-05-01', to: '2025-05-03', first: 2 }, leadAdmin);
    expect(p1.hasNextPage).toBe(true);
    const p2 = await p.call('revenue.statementPage', { organizationId: lead.id, from: '2025-05-01', to: '2025-05-03', first: 2, after: p1.endCursor, openingTotalFen: p1.lines[1].runningTotalFen }, leadAdmin);
    expect(p2.hasNextPage).toBe(false);
    expect([...p1.lines, ...p2.lines].map((l: { runningTotalFen: string }) => l.runningTotalFen)).toEqual(s.lines.map((l) => l.runningTotalFen));
  });

  it('is read by the organization\'s admins and funders of its region only', async () => {
    const period = { organizationId: firmB.id, from: '2025-01-01', to: '2025-12-31' };
    expect((await outcome(p.call('revenue.statement', period, firmBAdmin))).type).toBe('OK');
    expect((await outcome(p.call('revenue.statement', period, liuzhouFunder))).type).toBe('OK');
    expect((await outcome(p.call('revenue.statement', period, xianFunder))).type).toBe('FORBIDDEN');
    expect((await outcome(p.call('revenue.statement', period, firmAAdmin))).type).toBe('FORBIDDEN');
    expect((await outcome(p.call('revenue.statement', period, await p.token(['FUNDER'], firmA.id)))).type).toBe('FORBIDDEN'); // a FUNDER claim on a non-government org
    expect((await outcome(p.call('revenue.statement', { ...period, from: '2025-12-31', to: '2025-01-01' }, firmBAdmin))).type).toBe('BAD_USER_INPUT');
  });
});

describe('agreements over a joint project', () => {
  it('are owned by the project lead: it creates and records; the alliance lead may not', async () => {
    const project = await p.call(
      'projects.create',
      { allianceId, title: '智能网联底盘联合研发', participants: [{ organizationId: firmA.id, role: 'LEAD' }, { organizationId: school2.id, role: 'PARTNER' }] },
      firmAAdmin,
    );
    await p.call('projects.setStatus', { projectId: project.id, status: 'ACTIVE' }, firmAAdmin);
    const withOutput = await p.call('projects.recordOutput', { projectId: project.id, kind: 'PATENT', title: '一种线控转向装置', reference: 'ZL2025100000001' }, firmAAdmin);
    const outputId = withOutput.outputs[0].id;
    const parties = [{ organizationId: firmA.id, shareBp: 6000 }, { organizationId: school2.id, shareBp: 4000, teacherShareBp: 7500 }];
    expect((await outcome(createAgreement({ projectId: project.id, outputIds: [outputId], parties }, leadAdmin))).type).toBe('FORBIDDEN');
    expect(await outcome(createAgreement({ projectId: project.id, outputIds: ['ffffffffffffffffffffffff'], parties }, firmAAdmin))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'PROJECT_OUTPUT' } });
    const a = await createAgreement({ projectId: project.id, outputIds: [outputId], parties }, firmAAdmin);
    expect(a).toMatchObject({ ownerOrganizationId: firmA.id, ownerKind: 'PROJECT_LEAD', projectId: project.id, outputIds: [outputId] });
    expect((await outcome(record(a.id, '50.00', {}, leadAdmin))).type).toBe('FORBIDDEN');
    const e = await record(a.id, '50.00', {}, firmAAdmin);
    expect(e.allocations.map((l) => [l.organizationId, l.beneficiary, l.amountFen])).toEqual([
      [firmA.id, 'ORGANIZATION', 3_000],
      [school2.id, 'TEACHERS', 1_500],
      [school2.id, 'SCHOOL_FUNDS', 500],
    ]);
  });
});

describe('demo seed', () => {
  it('creates the LIUZHOU demo agreement with two revenue events once, however often it runs', async () => {
    const call = systemCaller(p.client, 'seed');
    const first = await seedDemoRevenue(call, allianceId, lead.id, [firmA.id, firmB.id]);
    const again = await seedDemoRevenue(call, allianceId, lead.id, [firmA.id, firmB.id]);
    expect(first).toBeTruthy();
    expect(again).toBe(first);
    const a = (await p.call('revenue.getAgreement', { id: first! }, leadAdmin)) as RevenueAgreementDto;
    expect(a).toMatchObject({ policy: { code: 'LIUZHOU' }, version: 1 });
    expect(a.parties.map((x) => [x.organizationId, x.teacherShareBp])).toEqual([[lead.id, 7000], [firmA.id, null], [firmB.id, null]]);
    const l = await ledger(first!);
    expect(l.lines).toHaveLength(2);
    expect(l.reconciled).toBe(true);
  });
});

// Issue 14, fault 3: a disqualified organization becomes party to no revenue agreement while its ban is in force.
describe('standing: a disqualified organization is party to no new agreement', () => {
  const agreementsOf = async (organizationId: string) => (await p.call('revenue.listAgreements', { organizationId, first: 100 }, admin)).edges.length;

  it('refuses an agreement naming it, and an amendment adding it, with the ban\'s dates; nothing is stored; a party already on an agreement stays', async () => {
    const barred = await firm();
    await join(allianceId, barred, '2024-01-01');
    const d = await p.call('organizations.disqualify', { organizationId: barred.id, reason: '造假', from: '2025-06-01' }, admin);
    const ban = { reason: 'DISQUALIFIED', organizationId: barred.id, disqualificationId: d.id, from: '2025-06-01', until: '2030-05-31', liftedOn: null };
    const parties = [{ organizationId: lead.id, shareBp: 5000, teacherShareBp: 7000 }, { organizationId: barred.id, shareBp: 5000 }];
    expect(await outcome(createAgreement({ parties }))).toMatchObject({ type: 'FAILED_PRECONDITION', data: ban });
    expect(await agreementsOf(barred.id)).toBe(0);

    const a = await createAgreement();
    const amend = (withParties: Record<string, unknown>[], effectiveFrom: string) => p.call<RevenueAgreementDto>('revenue.amendAgreement', { agreementId: a.id, effectiveFrom, parties: withParties }, leadAdmin);
    expect(await outcome(amend([...threeParties().slice(0, 2), { organizationId: barred.id, shareBp: 3333 }], '2026-01-01'))).toMatchObject({ type: 'FAILED_PRECONDITION', data: ban });
    expect((await p.call<RevenueAgreementDto>('revenue.getAgreement', { id: a.id }, leadAdmin)).version).toBe(1);
    expect(await agreementsOf(barred.id)).toBe(0);

    // A party already on the agreement when it was disqualified may stay in a later version.
    const c = await firm();
    await join(allianceId, c, '2024-01-01');
    const withC = await createAgreement({ parties: [{ organizationId: lead.id, shareBp: 5000, teacherShareBp: 7000 }, { organizationId: c.id, shareBp: 5000 }] });
    await p.call('organizations.disqualify', { organizationId: c.id, reason: '造假' }, admin);
    const kept = await p.call<RevenueAgreementDto>('revenue.amendAgreement', { agreementId: withC.id, effectiveFrom: '2026-01-01', parties: [{ organizationId: lead.id, shareBp: 6000, teacherShareBp: 7000 }, { organizationId: c.id, shareBp: 4000 }] }, leadAdmin);
    expect(kept.version).toBe(2);
  });

  it('refuses an agreement effective on or before the last day of a past ban of a party, accepts one after it (generated dates)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 700 }), async (start, length, effectiveAt) => {
        const f = await firm();
        await join(allianceId, f, '2024-01-01');
        const from = addDays('2024-01-01', start);
        const until = addDays(from, length);
        const effectiveFrom = addDays('2024-01-01', effectiveAt);
        const d = await p.call('organizations.disqualify', { organizationId: f.id, reason: '造假', from, until }, admin);
        const got = await outcome(createAgreement({ effectiveFrom, parties: [{ organizationId: lead.id, shareBp: 5000, teacherShareBp: 7000 }, { organizationId: f.id, shareBp: 5000 }] }));
        if (effectiveFrom <= until) {
          expect(got).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'DISQUALIFIED', disqualificationId: d.id, from, until } });
          expect(await agreementsOf(f.id)).toBe(0);
        } else {
          expect(got).toEqual({ type: 'OK' });
          expect(await agreementsOf(f.id)).toBe(1);
        }
      }),
      { numRuns: 8 },
    );
  });
});
