/** Technology-transfer revenue as a client sees it: GraphQL over real HTTP and the CSV export, services over NATS. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codes, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { gqlData, registerOverHttp } from '../helpers/http.js';
import { REVENUE_CSV_COLUMNS, csvCell, revenueCsvHeader, revenueStatementCsvRoute } from '../../gateway/revenue-export.js';
import { startGateway } from '../../gateway/server.js';

let p: TestPlatform;
let admin: string;

const register = (input: Record<string, unknown>) => registerOverHttp(p.url, admin, input);

let school: { id: string; name: string }, firmA: { id: string; name: string }, firmB: { id: string; name: string };
let schoolAdmin: string, firmAAdmin: string, firmBAdmin: string, funder: string;
let allianceId: string;

const CREATE = `mutation($input: CreateRevenueAgreementInput!) {
  createRevenueAgreement(input: $input) { id title version effectiveFrom alliance { id } owner { id } policy { code minTeacherShareBp }
    parties { organization { id name } shareBp teacherShareBp inventors { name shareBp } } deductionKinds } }`;
const RECORD = `mutation($input: RecordRevenueInput!) {
  recordRevenue(input: $input) { id agreementVersion kind receivedOn externalReference gross { amount currency } net { amount }
    deductions { kind amount { amount } remaining { amount } }
    allocations { organization { id } beneficiary amount { amount currency } inventors { name amount { amount } } } } }`;

const parties = [
  { organizationId: '', shareBp: 3334, teacherShareBp: 7000, inventors: [{ name: '张明', shareBp: 6000 }, { name: '李华', shareBp: 4000 }] },
  { organizationId: '', shareBp: 3333 },
  { organizationId: '', shareBp: 3333 },
];

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'projects', 'revenue'] });
  admin = await p.adminToken();
  school = await register({ name: '柳州职业技术大学', kind: 'SCHOOL', schoolType: 'VOCATIONAL_UNDERGRADUATE' });
  firmA = await register({ name: '广西柳工机械股份有限公司', kind: 'ENTERPRISE' });
  firmB = await register({ name: '上汽通用五菱汽车股份有限公司', kind: 'ENTERPRISE' });
  const gov = await register({ name: '柳州市人民政府', kind: 'GOVERNMENT' });
  [schoolAdmin, firmAAdmin, firmBAdmin, funder] = await Promise.all([p.token(['ORG_ADMIN'], school.id), p.token(['ORG_ADMIN'], firmA.id), p.token(['ORG_ADMIN'], firmB.id), p.token(['FUNDER'], gov.id)]);
  const created = await gqlData(p, `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`, { input: { name: '柳州汽车产教联盟', regionCode: '450200', leadOrganizationId: school.id, foundedOn: '2024-01-01' } }, schoolAdmin);
  allianceId = created.createAlliance.id;
  for (const [org, token] of [[firmA, firmAAdmin], [firmB, firmBAdmin]] as const) {
    const inv = await gqlData(p, `mutation($a: ID!, $o: ID!) { inviteMember(allianceId: $a, organizationId: $o) { id } }`, { a: allianceId, o: org.id }, schoolAdmin);
    await gqlData(p, `mutation($m: ID!) { approveMembership(membershipId: $m, effectiveDate: "2024-02-01") { status } }`, { m: inv.inviteMember.id }, token);
  }
  parties[0].organizationId = school.id;
  parties[1].organizationId = firmA.id;
  parties[2].organizationId = firmB.id;
});
afterAll(async () => p?.stop());

describe('revenue over HTTP', () => {
  it('walks through an agreement, revenue to the fen, an amendment, a reversal, statements and the CSV export', async () => {
    const policies = await gqlData(p, `{ revenuePolicies { code name minTeacherShareBp maxTeacherShareBp } }`, {}, firmAAdmin);
    expect(policies.revenuePolicies.map((x: { code: string }) => x.code)).toEqual(['LIUZHOU', 'XIAN']);

    // Below Liuzhou's 70% floor: refused with the rule and the party named.
    const low = await p.gql(CREATE, { input: { allianceId, title: '线控底盘专利许可', policyCode: 'LIUZHOU', effectiveFrom: '2025-01-01', parties: [{ ...parties[0], teacherShareBp: 6500 }, parties[1], parties[2]] } }, schoolAdmin);
    expect(codes(low)).toEqual(['BAD_USER_INPUT']);
    expect(low.body.errors![0].extensions).toMatchObject({ details: { rule: 'POLICY_TEACHER_SHARE', organizationId: school.id } });

    const byFirm = await p.gql(CREATE, { input: { allianceId, title: '企业越权', policyCode: 'LIUZHOU', effectiveFrom: '2025-01-01', parties } }, firmAAdmin);
    expect(codes(byFirm)).toEqual(['FORBIDDEN']);

    const { createRevenueAgreement: a } = await gqlData(p, CREATE, { input: { allianceId, title: '线控底盘专利许可', policyCode: 'LIUZHOU', effectiveFrom: '2025-01-01', parties } }, schoolAdmin);
    expect(a).toMatchObject({ version: 1, effectiveFrom: '2025-01-01', alliance: { id: allianceId }, owner: { id: school.id }, policy: { code: 'LIUZHOU', minTeacherShareBp: 7000 }, deductionKinds: ['PATENT_FEE', 'AGENT_COMMISSION', 'TAX'] });
    expect(a.parties[0]).toEqual({ organization: { id: school.id, name: '柳州职业技术大学' }, shareBp: 3334, teacherShareBp: 7000, inventors: [{ name: '张明', shareBp: 6000 }, { name: '李华', shareBp: 4000 }] });

    // 1,000,000.01 CNY, no deductions: allocations to the fen, summing exactly, as decimal strings.
    const big = (await gqlData(p, RECORD, { input: { agreementId: a.id, gross: { amount: '1000000.01' }, receivedOn: '2025-03-15', externalReference: 'LIC-2025-001' } }, schoolAdmin)).recordRevenue;
    expect(big).toMatchObject({ agreementVersion: 1, kind: 'REVENUE', gross: { amount: '1000000.01', currency: 'CNY' }, net: { amount: '1000000.01' } });
    expect(big.allocations.map((l: any) => [l.organization.id, l.beneficiary, l.amount.amount])).toEqual([
      [school.id, 'TEACHERS', '233380.01'],
      [school.id, 'SCHOOL_FUNDS', '100020.00'],
      [firmA.id, 'ORGANIZATION', '333300.00'],
      [firmB.id, 'ORGANIZATION', '333300.00'],
    ]);
    expect(big.allocations[0].inventors).toEqual([{ name: '张明', amount: { amount: '140028.01' } }, { name: '李华', amount: { amount: '93352.00' } }]);

    // Deductions in declared order; a party cannot write the ledger; the same reference 10× at once is one event.
    const input = { agreementId: a.id, gross: { amount: '50000.00' }, deductions: [{ kind: 'TAX', amount: { amount: '3000.00' } }, { kind: 'PATENT_FEE', amount: { amount: '2000.00' } }], receivedOn: '2025-04-01', externalReference: 'LIC-2025-002' };
    expect(codes(await p.gql(RECORD, { input }, firmAAdmin))).toEqual(['FORBIDDEN']);
    const same = await Promise.all(Array.from({ length: 10 }, () => p.gql(RECORD, { input }, schoolAdmin)));
    expect(same.every((r) => !r.body.errors)).toBe(true);
    expect(new Set(same.map((r) => r.body.data.recordRevenue.id)).size).toBe(1);
    expect(same[0].body.data.recordRevenue.deductions).toEqual([
      { kind: 'PATENT_FEE', amount: { amount: '2000.00' }, remaining: { amount: '48000.00' } },
      { kind: 'TAX', amount: { amount: '3000.00' }, remaining: { amount: '45000.00' } },
    ]);
    const over = await p.gql(RECORD, { input: { ...input, externalReference: 'LIC-2025-003', gross: { amount: '4999.99' } } }, schoolAdmin);
    expect(codes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.body.errors![0].extensions).toMatchObject({ details: { rule: 'DEDUCTIONS_EXCEED_GROSS' } });

    // Amendment: from 2025-07-01 firm B leaves; revenue is split by the version in force on its date.
    const amended = await gqlData(p, 
      `mutation($input: AmendRevenueAgreementInput!) { amendRevenueAgreement(input: $input) { version effectiveFrom versions { version effectiveFrom } v1: versionOn(date: "2025-06-30") { version } v2: versionOn(date: "2025-07-01") { version } } }`,
      { input: { agreementId: a.id, effectiveFrom: '2025-07-01', parties: [{ organizationId: school.id, shareBp: 5000, teacherShareBp: 10000 }, { organizationId: firmA.id, shareBp: 5000 }], note: '五菱退出' } },
      schoolAdmin,
    );
    expect(amended.amendRevenueAgreement).toMatchObject({ version: 2, v1: { version: 1 }, v2: { version: 2 } });
    const july = (await gqlData(p, RECORD, { input: { agreementId: a.id, gross: { amount: '0.03' }, receivedOn: '2025-07-01', externalReference: 'LIC-2025-004' } }, schoolAdmin)).recordRevenue;
    expect(july.agreementVersion).toBe(2);
    expect(july.allocations.map((l: any) => [l.beneficiary, l.amount.amount])).toEqual([['TEACHERS', '0.02'], ['SCHOOL_FUNDS', '0.00'], ['ORGANIZATION', '0.01']]);

    // Reversal: negated figures pointing at the original; once only.
    const REVERSE = `mutation($id: ID!) { reverseRevenue(eventId: $id, reason: "合同金额录错", reversedOn: "2025-08-01") { id kind gross { amount } net { amount } reason reverses { id externalReference } allocations { amount { amount } } } }`;
    const rev = (await gqlData(p, REVERSE, { id: big.id }, schoolAdmin)).reverseRevenue;
    expect(rev).toMatchObject({ kind: 'REVERSAL', gross: { amount: '-1000000.01' }, net: { amount: '-1000000.01' }, reason: '合同金额录错', reverses: { id: big.id, externalReference: 'LIC-2025-001' } });
    expect(codes(await p.gql(REVERSE, { id: big.id }, schoolAdmin))).toEqual(['CONFLICT']);

    // Firm A's statement: every event, its amount, running totals, a computed check; the funder of the region reads it too.
    const STATEMENT = `query($o: ID!) { revenueStatement(organizationId: $o, from: "2025-01-01", to: "2025-12-31") {
      organization { name } from to total { amount currency } reconciled
      events { id kind agreement { title } }
      lines { amount { amount } runningTotal { amount } reconciled event { externalReference } } } }`;
    const st = (await gqlData(p, STATEMENT, { o: firmA.id }, firmAAdmin)).revenueStatement;
    expect(st).toMatchObject({ organization: { name: '广西柳工机械股份有限公司' }, from: '2025-01-01', to: '2025-12-31', reconciled: true });
    expect(st.lines.map((l: any) => [l.event.externalReference, l.amount.amount, l.runningTotal.amount])).toEqual([
      ['LIC-2025-001', '333300.00', '333300.00'],
      ['LIC-2025-002', '14998.50', '348298.50'],
      ['LIC-2025-004', '0.01', '348298.51'],
      ['REVERSAL:LIC-2025-001', '-333300.00', '14998.51'],
    ]);
    expect(st.total).toEqual({ amount: '14998.51', currency: 'CNY' });
    expect(st.events).toHaveLength(4);
    expect(st.events.every((e: any) => e.agreement.title === '线控底盘专利许可')).toBe(true);
    expect((await gqlData(p, STATEMENT, { o: firmA.id }, funder)).revenueStatement.total.amount).toBe('14998.51');
    expect(codes(await p.gql(STATEMENT, { o: firmA.id }, firmBAdmin))).toEqual(['FORBIDDEN']);

    // Batching: the statement's nested lookups cost a constant number of bus calls.
    const traced = await p.gql(STATEMENT, { o: firmA.id }, firmAAdmin, { 'x-debug-calls': '1' });
    expect(traced.body.extensions?.calls).toBeLessThanOrEqual(3);

    // The agreements an organization is party to, paged.
    const list = await gqlData(p, `query($o: ID!) { revenueAgreements(organizationId: $o, first: 10) { edges { node { id version } } pageInfo { hasNextPage } } }`, { o: firmB.id }, firmBAdmin);
    expect(list.revenueAgreements).toEqual({ edges: [{ node: { id: a.id, version: 2 } }], pageInfo: { hasNextPage: false } });
    expect(codes(await p.gql(`query($o: ID!) { revenueAgreements(organizationId: $o) { edges { node { id } } } }`, { o: firmB.id }, firmAAdmin))).toEqual(['FORBIDDEN']);

    // The agreement's own ledger.
    const ag = await gqlData(p, 
      `query($id: ID!) { revenueAgreementStatement(agreementId: $id, from: "2025-01-01", to: "2025-12-31") { reconciled gross { amount } deductions { amount } net { amount } totals { organization { id } beneficiary amount { amount } } lines { runningNet { amount } } } }`,
      { id: a.id },
      firmBAdmin,
    );
    expect(ag.revenueAgreementStatement).toMatchObject({ reconciled: true, gross: { amount: '50000.03' }, deductions: { amount: '5000.00' }, net: { amount: '45000.03' } });
    expect(ag.revenueAgreementStatement.lines.map((l: any) => l.runningNet.amount)).toEqual(['1000000.01', '1045000.01', '1045000.04', '45000.03']);

    // CSV: same token, UTF-8 with BOM, documented columns, a totals row equal to the screen's total.
    const url = `${p.url}/exports/revenue-statement.csv?organizationId=${firmA.id}&from=2025-01-01&to=2025-12-31`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${firmAAdmin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(bytes.slice(3)).split('\r\n').filter(Boolean).map((r) => r.split(','));
    expect(rows[0]).toEqual(revenueCsvHeader('zh-CN')); // the header in the request's language (zh-CN by default)
    expect(rows).toHaveLength(1 + 4 + 1);
    const col = (name: string) => (REVENUE_CSV_COLUMNS as readonly string[]).indexOf(name);
    expect(rows.slice(1, 5).map((r) => r[col('runningTotal')])).toEqual(['333300.00', '348298.50', '348298.51', '14998.51']);
    expect(rows[1][col('agreementTitle')]).toBe('线控底盘专利许可');
    const totals = rows[5];
    expect(totals[0]).toBe('合计');
    expect(totals[col('amount')]).toBe(st.total.amount);
    expect(totals[col('reconciled')]).toBe('TRUE');
    expect(totals[col('gross')]).toBe('50000.03');

    // Streamed in pages of 1 event, the file is byte for byte the same.
    const small = await startGateway({ broker: p.client, port: 0, host: '127.0.0.1', requiredServices: [], routes: [revenueStatementCsvRoute(p.client, 1)] });
    try {
      const paged = await fetch(url.replace(p.url, small.url), { headers: { authorization: `Bearer ${firmAAdmin}` } });
      expect(new Uint8Array(await paged.arrayBuffer())).toEqual(bytes);
    } finally {
      await small.stop();
    }

    expect((await fetch(url)).status).toBe(401);
    const denied = await fetch(url, { headers: { authorization: `Bearer ${firmBAdmin}` } });
    expect(denied.status).toBe(403);
    expect((await denied.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await fetch(url.replace('from=2025-01-01', 'from=2025-13-01'), { headers: { authorization: `Bearer ${firmAAdmin}` } })).status).toBe(400);
  });

  it('batches versionOn and statement over a list of agreements: one call per field and argument set, whatever the length', async () => {
    const make = (title: string) => gqlData(p, CREATE, { input: { allianceId, title, policyCode: 'LIUZHOU', effectiveFrom: '2025-02-01', parties } }, schoolAdmin);
    const extra = [(await make('批量一')).createRevenueAgreement.id, (await make('批量二')).createRevenueAgreement.id];
    await gqlData(p, RECORD, { input: { agreementId: extra[0], gross: { amount: '0.05' }, receivedOn: '2025-02-03', externalReference: 'BATCH-1' } }, schoolAdmin);
    const LIST = `query($o: ID!) { revenueAgreements(organizationId: $o, first: 50) { edges { node { id
      before: versionOn(date: "2025-01-15") { version } feb: versionOn(date: "2025-02-01") { version }
      statement(from: "2025-02-01", to: "2025-02-28") { reconciled net { amount } lines { event { externalReference } } } } } } }`;
    const r = await p.gql(LIST, { o: school.id }, schoolAdmin, { 'x-debug-calls': '1' });
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    const nodes = r.body.data.revenueAgreements.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    const byId = new Map(nodes.map((n: any) => [n.id, n]));
    expect(byId.get(extra[0])).toMatchObject({ before: null, feb: { version: 1 }, statement: { reconciled: true, net: { amount: '0.05' }, lines: [{ event: { externalReference: 'BATCH-1' } }] } });
    expect(byId.get(extra[1])).toMatchObject({ before: null, feb: { version: 1 }, statement: { reconciled: true, net: { amount: '0.00' }, lines: [] } });
    // list + one getVersionsOn per date + one getAgreementStatements, however many agreements are listed.
    expect(r.body.extensions?.callsByAction).toEqual({ 'revenue.listAgreements': 1, 'revenue.getVersionsOn': 2, 'revenue.getAgreementStatements': 1 });
    expect(r.body.extensions?.calls).toBe(4);

    // A funder over the region (not a party) reads an agreement's version through the batch as well.
    const one = await p.gql(`query($id: ID!) { revenueAgreement(id: $id) { id versionOn(date: "2025-02-01") { version } } }`, { id: extra[1] }, funder);
    expect(one.body.errors, JSON.stringify(one.body.errors)).toBeUndefined();
    expect(one.body.data.revenueAgreement.versionOn).toEqual({ version: 1 });
  });

  it("policies are bound to place: Xi'an's policy is refused in Liuzhou, a third city's policy is added over the API and followed", async () => {
    const count = async () => (await gqlData(p, `query($o: ID!) { revenueAgreements(organizationId: $o, first: 100) { edges { node { id } } } }`, { o: school.id }, schoolAdmin)).revenueAgreements.edges.length;
    const before = await count();
    // The handed case: a Liuzhou alliance choosing the Xi'an policy and paying teachers 30 %.
    const xian = await p.gql(CREATE, { input: { allianceId, title: '西安政策', policyCode: 'XIAN', effectiveFrom: '2025-01-01', parties: [{ ...parties[0], teacherShareBp: 3000 }, parties[1], parties[2]] } }, schoolAdmin);
    expect(codes(xian)).toEqual(['FAILED_PRECONDITION']);
    expect(xian.body.errors![0].extensions).toMatchObject({ details: { rule: 'POLICY_NOT_IN_FORCE_FOR_REGION', policy: 'XIAN', policyInForce: 'LIUZHOU', regionCode: '450200' } });
    expect(await count()).toBe(before);

    // Guilin (450300): its government's funder creates the city's policy; an alliance there follows it.
    const guilinGov = await register({ name: '桂林市人民政府', kind: 'GOVERNMENT', regionCode: '450300' });
    const guilinSchool = await register({ name: '桂林电子科技大学', kind: 'SCHOOL', schoolType: 'APPLIED_UNDERGRADUATE', regionCode: '450302' });
    const [guilinFunder, guilinAdmin] = await Promise.all([p.token(['FUNDER'], guilinGov.id), p.token(['ORG_ADMIN'], guilinSchool.id)]);
    const POLICY = `mutation($input: CreateRevenuePolicyInput!) { createRevenuePolicy(input: $input) {
      code regionCode version validFrom minTeacherShareBp source changes { action version by byOrganization { id name } note at } } }`;
    const input = { code: 'GUILIN', name: '桂林市：教师不少于60%', regionCode: '450300', validFrom: '2024-01-01', minTeacherShareBp: 6000, maxTeacherShareBp: 10000, source: '桂林市文件（示例）', note: '试行' };
    expect(codes(await p.gql(POLICY, { input }, funder))).toEqual(['FORBIDDEN']);
    const { createRevenuePolicy: policy } = await gqlData(p, POLICY, { input }, guilinFunder);
    expect(policy).toMatchObject({ code: 'GUILIN', regionCode: '450300', version: 1, validFrom: '2024-01-01', minTeacherShareBp: 6000, changes: [{ action: 'CREATED', version: 1, byOrganization: { id: guilinGov.id, name: '桂林市人民政府' }, note: '试行' }] });
    const { createAlliance: guilin } = await gqlData(p, `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`, { input: { name: '桂林电子信息产教联盟', regionCode: '450300', leadOrganizationId: guilinSchool.id, foundedOn: '2024-01-01' } }, guilinAdmin);
    const own = [{ organizationId: guilinSchool.id, shareBp: 10000, teacherShareBp: 6000 }];
    const { createRevenueAgreement: g } = await gqlData(p, CREATE, { input: { allianceId: guilin.id, title: '桂林专利许可', effectiveFrom: '2025-01-01', parties: own } }, guilinAdmin);
    expect(g.policy).toEqual({ code: 'GUILIN', minTeacherShareBp: 6000 });

    const AMEND = `mutation($input: AmendRevenuePolicyInput!) { amendRevenuePolicy(input: $input) { version minTeacherShareBp versions { version validFrom minTeacherShareBp } changes { action version } } }`;
    const { amendRevenuePolicy: amended } = await gqlData(p, AMEND, { input: { code: 'GUILIN', validFrom: '2026-01-01', minTeacherShareBp: 7500, note: '提高' } }, guilinFunder);
    expect(amended).toMatchObject({ version: 2, minTeacherShareBp: 7500, changes: [{ action: 'CREATED', version: 1 }, { action: 'AMENDED', version: 2 }] });
    const reread = await gqlData(p, `query($id: ID!) { revenueAgreement(id: $id) { policy { code version minTeacherShareBp } } }`, { id: g.id }, guilinAdmin);
    expect(reread.revenueAgreement.policy).toEqual({ code: 'GUILIN', version: 1, minTeacherShareBp: 6000 });
    const inForce = await gqlData(p, `{ a: revenuePolicyInForce(regionCode: "450302", date: "2026-03-01") { code version } b: revenuePolicyInForce(regionCode: "110000", date: "2026-03-01") { code } }`, {}, firmAAdmin);
    expect(inForce).toEqual({ a: { code: 'GUILIN', version: 2 }, b: null });
  });

  // Issue 14 fault 2: money beyond 2^53 fen. Two receipts of the largest accepted amount to one party: its statement
  // was INTERNAL and its CSV a 200 with the header only; both now carry the exact sum, 2 × 90071992547409.91.
  it('states and exports sums beyond 2^53 fen exactly; an amount above the largest is refused and stores nothing', async () => {
    const solo = { allianceId, policyCode: 'LIUZHOU', effectiveFrom: '2026-01-01', parties: [{ organizationId: firmB.id, shareBp: 10000 }] };
    const a = (await gqlData(p, CREATE, { input: { ...solo, title: '超大额许可' } }, schoolAdmin)).createRevenueAgreement;
    const STATEMENT = `query($o: ID!, $from: Date!, $to: Date!) { revenueStatement(organizationId: $o, from: $from, to: $to) {
      total { amount } reconciled lines { amount { amount } runningTotal { amount } } } }`;
    const csv = async (from: string, to: string) => {
      const res = await fetch(`${p.url}/exports/revenue-statement.csv?organizationId=${firmB.id}&from=${from}&to=${to}`, { headers: { authorization: `Bearer ${firmBAdmin}` } });
      expect(res.status).toBe(200);
      return (await res.text()).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((r) => r.split(','));
    };
    const col = (name: string) => (REVENUE_CSV_COLUMNS as readonly string[]).indexOf(name);

    for (const [i, day] of ['2026-01-05', '2026-01-06'].entries()) {
      await gqlData(p, RECORD, { input: { agreementId: a.id, gross: { amount: '90071992547409.91' }, receivedOn: day, externalReference: `MAX-${i + 1}` } }, schoolAdmin);
    }
    const st = (await gqlData(p, STATEMENT, { o: firmB.id, from: '2026-01-01', to: '2026-01-31' }, firmBAdmin)).revenueStatement;
    expect(st).toEqual({
      total: { amount: '180143985094819.82' },
      reconciled: true,
      lines: [
        { amount: { amount: '90071992547409.91' }, runningTotal: { amount: '90071992547409.91' } },
        { amount: { amount: '90071992547409.91' }, runningTotal: { amount: '180143985094819.82' } },
      ],
    });
    const ag = await gqlData(p, `query($id: ID!) { revenueAgreementStatement(agreementId: $id, from: "2026-01-01", to: "2026-01-31") { gross { amount } net { amount } totals { amount { amount } } } }`, { id: a.id }, schoolAdmin);
    expect(ag.revenueAgreementStatement).toEqual({ gross: { amount: '180143985094819.82' }, net: { amount: '180143985094819.82' }, totals: [{ amount: { amount: '180143985094819.82' } }] });
    const rows = await csv('2026-01-01', '2026-01-31');
    expect(rows).toHaveLength(1 + 2 + 1);
    expect(rows.map((r) => r[col('externalReference')])).toEqual(['外部参考号', 'MAX-1', 'MAX-2', '']);
    expect(rows[3][0]).toBe('合计');
    expect([rows[3][col('gross')], rows[3][col('net')], rows[3][col('amount')]]).toEqual(['180143985094819.82', '180143985094819.82', '180143985094819.82']);

    // One amount above the largest is refused with its rule and the limit, and stores nothing (the period still has two lines).
    const tooLarge = await p.gql(RECORD, { input: { agreementId: a.id, gross: { amount: '90071992547409.92' }, receivedOn: '2026-01-07', externalReference: 'MAX-0' } }, schoolAdmin);
    expect(codes(tooLarge)).toEqual(['BAD_USER_INPUT']);
    expect(tooLarge.body.errors![0].extensions).toMatchObject({ details: { field: 'gross', rule: 'AMOUNT_TOO_LARGE', max: '90071992547409.91' } });
    expect((await gqlData(p, STATEMENT, { o: firmB.id, from: '2026-01-01', to: '2026-01-31' }, firmBAdmin)).revenueStatement.lines).toHaveLength(2);

    // Another amount (generated): receipts near the largest, one reversed; GraphQL total = CSV total = the exact sum.
    const seed = Date.now();
    const cents = fc.sample(fc.bigInt({ min: 9_000_000_000_000_000n, max: 9_007_199_254_740_991n }), { numRuns: 3, seed });
    const events = [];
    for (const [i, fen] of cents.entries()) {
      const amount = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
      events.push((await gqlData(p, RECORD, { input: { agreementId: a.id, gross: { amount }, receivedOn: `2026-02-0${i + 1}`, externalReference: `GEN-${seed}-${i}` } }, schoolAdmin)).recordRevenue);
    }
    await gqlData(p, `mutation($id: ID!) { reverseRevenue(eventId: $id, reason: "录错", reversedOn: "2026-02-10") { id } }`, { id: events[1].id }, schoolAdmin);
    const exact = cents[0] + cents[2];
    const expected = `${exact / 100n}.${String(exact % 100n).padStart(2, '0')}`;
    const gen = (await gqlData(p, STATEMENT, { o: firmB.id, from: '2026-02-01', to: '2026-12-31' }, firmBAdmin)).revenueStatement;
    expect(gen.total.amount, `seed ${seed}`).toBe(expected);
    expect(gen.reconciled).toBe(true);
    const genRows = await csv('2026-02-01', '2026-12-31');
    expect(genRows[genRows.length - 1][0]).toBe('合计');
    expect(genRows[genRows.length - 1][col('amount')], `seed ${seed}`).toBe(expected);
  });

  it('writes CSV cells safely: quotes separators and quotes, defuses formulas in text', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")', true)).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-12.00')).toBe('-12.00'); // amounts stay numbers
    expect(csvCell(null)).toBe('');
  });
});
