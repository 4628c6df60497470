/** The grant walkthrough as a client does it: real HTTP GraphQL requests to the gateway, services over NATS. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { gqlData } from '../helpers/http.js';
import { today } from '../../infra/dates.js';

let p: TestPlatform;
let admin: string;

const { org, school, firm, join } = fixtures(() => p);

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'grants', 'grantStandings'] });
  admin = await p.adminToken();
});
afterAll(async () => p?.stop());

describe('grants over HTTP', () => {
  it('walks a funder and a lead unit from program to award, with evidence, errors and the audit trail', async () => {
    const gov = await org('GOVERNMENT', { name: '柳州市人民政府' });
    const funder = await p.token(['FUNDER'], gov.id, 'demo-funder');
    const types = ['VOCATIONAL_UNDERGRADUATE', 'SECONDARY_VOCATIONAL'];
    const schools = await Promise.all(Array.from({ length: 10 }, (_, i) => school(types[i % 2])));
    const firms = await Promise.all(Array.from({ length: 10 }, () => firm()));
    const [lead] = schools;
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const firmAdmin = await p.token(['ORG_ADMIN'], firms[0].id);

    // The program: money as a decimal string in, integer fen inside, the same string out.
    const created = await gqlData(p, 
      `mutation($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) {
          id code name regionCode opensOn closesOn funder { name } awardAmount { amount currency } criteria { kind threshold description } } }`,
      {
        input: {
          code: 'LZ-CJRH-ALLIANCE',
          name: '柳州市产教融合联盟奖补',
          regionCode: '450200',
          opensOn: '2024-01-01',
          awardAmount: { amount: '1000000.00', currency: 'CNY' },
          criteria: [
            { kind: 'MIN_SCHOOLS', threshold: 10 },
            { kind: 'MIN_DISTINCT_SCHOOL_TYPES', threshold: 2 },
            { kind: 'MIN_ENTERPRISES', threshold: 10 },
            { kind: 'ALLIANCE_ACTIVE' },
            { kind: 'LEAD_IN_GOOD_STANDING' },
          ],
        },
      },
      funder,
    );
    const program = created.createGrantProgram;
    expect(program).toMatchObject({ code: 'LZ-CJRH-ALLIANCE', funder: { name: '柳州市人民政府' }, awardAmount: { amount: '1000000.00', currency: 'CNY' }, opensOn: '2024-01-01', closesOn: null });
    expect(program.criteria[0]).toEqual({ kind: 'MIN_SCHOOLS', threshold: 10, description: expect.stringContaining('10') });
    const badMoney = await p.gql(
      `mutation($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) { id } }`,
      { input: { code: 'X-1', name: '坏金额', regionCode: '450200', awardAmount: { amount: '1e6' }, criteria: [{ kind: 'MIN_SCHOOLS', threshold: 1 }] } },
      funder,
    );
    expect(codes(badMoney)).toEqual(['BAD_USER_INPUT']);

    // The alliance: 10 schools over 2 types, 9 enterprises from 2024-03-01, the tenth applies later.
    const alliance = await p.call('alliances.create', { name: '柳州汽车产业产教联盟', regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, leadAdmin);
    await p.call('alliances.setStatus', { allianceId: alliance.id, status: 'ACTIVE', effectiveDate: '2024-02-01' }, leadAdmin);
    for (const o of [...schools.slice(1), ...firms.slice(0, 9)]) await join(alliance.id, o, '2024-03-01');

    const ELIGIBILITY = `query($a: ID!, $p: ID!, $asOf: Date) { alliance(id: $a) { name eligibility(programId: $p, asOf: $asOf) {
        eligible asOf shortfall awardAmount { amount currency } recipient { name } program { code }
        criteria { kind required actual passed } countedMembers { id name kind } excludedMembers { organization { name } reason } } } }`;
    const before = await gqlData(p, ELIGIBILITY, { a: alliance.id, p: program.id }, funder);
    // The shortfall is what a funder reads: in the request's language (zh-CN by default; details keep the English data).
    expect(before.alliance.eligibility).toMatchObject({ eligible: false, asOf: today(), shortfall: ['还差 1 家企业'], recipient: { name: lead.name }, program: { code: 'LZ-CJRH-ALLIANCE' } });
    expect(before.alliance.eligibility.countedMembers).toHaveLength(19);

    // An ineligible alliance gets FAILED_PRECONDITION with the shortfall, not an application.
    const SUBMIT = `mutation($a: ID!, $p: ID!) { submitGrantApplication(allianceId: $a, programId: $p) { id status submittedAt evaluation { eligible asOf countedEvidence { name kind schoolType } } } }`;
    const refused = await p.gql(SUBMIT, { a: alliance.id, p: program.id }, leadAdmin);
    expect(codes(refused)).toEqual(['FAILED_PRECONDITION']);
    expect(refused.body.errors?.[0].extensions?.details).toMatchObject({ shortfall: ['1 more enterprise'] });

    // The tenth enterprise joins; the alliance qualifies from that day, not before.
    const m10 = await p.call('alliances.apply', { allianceId: alliance.id, organizationId: firms[9].id }, admin);
    await gqlData(p, `mutation($m: ID!) { approveMembership(membershipId: $m) { status } }`, { m: m10.id }, leadAdmin);
    const [now, past] = await Promise.all([gqlData(p, ELIGIBILITY, { a: alliance.id, p: program.id }, funder), gqlData(p, ELIGIBILITY, { a: alliance.id, p: program.id, asOf: '2024-06-01' }, funder)]);
    expect(now.alliance.eligibility).toMatchObject({ eligible: true, shortfall: [], awardAmount: { amount: '1000000.00', currency: 'CNY' } });
    expect(past.alliance.eligibility).toMatchObject({ eligible: false, asOf: '2024-06-01', shortfall: ['还差 1 家企业'] });

    const submitted = (await gqlData(p, SUBMIT, { a: alliance.id, p: program.id }, leadAdmin)).submitGrantApplication;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', evaluation: { eligible: true, asOf: today() } });
    expect(submitted.evaluation.countedEvidence.map((m: { name: string }) => m.name)).toContain(firms[9].name);

    // Who sees it: the funder, the lead; a member enterprise sees nothing.
    const LIST = `query($p: ID) { grantApplications(programId: $p) { edges { node { id status alliance { name } program { code } } } } }`;
    expect((await gqlData(p, LIST, { p: program.id }, funder)).grantApplications.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([submitted.id]);
    expect((await gqlData(p, LIST, {}, leadAdmin)).grantApplications.edges).toHaveLength(1);
    expect((await gqlData(p, LIST, {}, firmAdmin)).grantApplications.edges).toEqual([]);

    // Deciding: a member organization is FORBIDDEN; a rejection needs a note; the funder approves once.
    const DECIDE = `mutation($id: ID!, $d: Decision!, $note: String) { decideGrantApplication(applicationId: $id, decision: $d, note: $note) {
        status decidedAt decisionNote award { amount { amount currency } recipient { name } awardedOn } } }`;
    expect(codes(await p.gql(DECIDE, { id: submitted.id, d: 'APPROVE' }, firmAdmin))).toEqual(['FORBIDDEN']);
    expect(codes(await p.gql(DECIDE, { id: submitted.id, d: 'REJECT' }, funder))).toEqual(['BAD_USER_INPUT']);
    const approved = (await gqlData(p, DECIDE, { id: submitted.id, d: 'APPROVE', note: '经审核符合条件' }, funder)).decideGrantApplication;
    expect(approved).toMatchObject({ status: 'APPROVED', decisionNote: '经审核符合条件', award: { amount: { amount: '1000000.00', currency: 'CNY' }, recipient: { name: lead.name }, awardedOn: today() } });
    expect(codes(await p.gql(DECIDE, { id: submitted.id, d: 'APPROVE' }, funder))).toEqual(['CONFLICT']);

    // A disqualification through the public mutation lands in the audit trail with the decision and submission.
    const dq = await gqlData(p, `mutation($o: ID!) { disqualifyOrganization(organizationId: $o, reason: "提供虚假材料") { id until organization { name } } }`, { o: firms[0].id }, funder);
    expect(dq.disqualifyOrganization.organization.name).toBe(firms[0].name);
    const after = await gqlData(p, ELIGIBILITY, { a: alliance.id, p: program.id }, funder);
    const [y, m, d] = (dq.disqualifyOrganization.until as string).split('-').map(Number);
    expect(after.alliance.eligibility.excludedMembers).toEqual([{ organization: { name: firms[0].name }, reason: expect.stringContaining(`至 ${y}年${m}月${d}日被取消资格：提供虚假材料`) }]);

    const TRAIL = `query { grantAuditTrail(first: 100) { edges { node { action by alliance { name } program { code } note
        evaluation { eligible } disqualification { until organization { name } } organization { name } } } } }`;
    const trail = (await gqlData(p, TRAIL, {}, funder)).grantAuditTrail.edges.map((e: { node: any }) => e.node);
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['PROGRAM_CREATED', 'APPLICATION_SUBMITTED', 'APPLICATION_APPROVED', 'ORGANIZATION_DISQUALIFIED']);
    expect(trail[2]).toMatchObject({ by: 'demo-funder', alliance: { name: '柳州汽车产业产教联盟' }, note: '经审核符合条件', evaluation: { eligible: true } });
    expect(trail[3]).toMatchObject({ disqualification: { until: dq.disqualifyOrganization.until, organization: { name: firms[0].name } }, organization: { name: firms[0].name } });
    expect(codes(await p.gql(TRAIL, {}, leadAdmin))).toEqual(['FORBIDDEN']);

    // The funder's list of alliances and whether they qualify today comes from the projection.
    const STANDINGS = `query($p: ID) { grantStandings(programId: $p) { edges { node { alliance { name } eligible shortfall enterprises evaluatedOn applicationStatus awarded } } } }`;
    await expect
      .poll(async () => (await gqlData(p, STANDINGS, { p: program.id }, funder)).grantStandings.edges[0]?.node, { timeout: 5_000 })
      .toMatchObject({ alliance: { name: '柳州汽车产业产教联盟' }, eligible: false, shortfall: ['还差 1 家企业'], enterprises: 9, evaluatedOn: today(), applicationStatus: 'APPROVED', awarded: true });

    // The province (450000) has no program of its own: its funder sees its cities' alliances under the programs that apply there, named.
    const guangxi = await p.token(['FUNDER'], (await org('GOVERNMENT', { name: '广西壮族自治区人民政府', regionCode: '450000' })).id);
    const PROVINCE = `{ grantStandings { edges { node { alliance { name } programName programCode program { name } funder { name } regionCode eligible } } } }`;
    expect((await gqlData(p, PROVINCE, {}, guangxi)).grantStandings.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { alliance: { name: '柳州汽车产业产教联盟' }, programName: '柳州市产教融合联盟奖补', programCode: 'LZ-CJRH-ALLIANCE', program: { name: '柳州市产教融合联盟奖补' }, funder: { name: '柳州市人民政府' }, regionCode: '450200', eligible: false },
    ]);
    const xian = await p.token(['FUNDER'], (await org('GOVERNMENT', { name: '西安市人民政府', regionCode: '610100' })).id);
    expect((await gqlData(p, PROVINCE, {}, xian)).grantStandings.edges).toEqual([]);

    const listed = await gqlData(p, `{ grantPrograms { code funder { name } } grantProgram(id: "${program.id}") { name } }`, {}, leadAdmin);
    expect(listed.grantPrograms).toContainEqual({ code: 'LZ-CJRH-ALLIANCE', funder: { name: '柳州市人民政府' } });
    expect(listed.grantProgram.name).toBe('柳州市产教融合联盟奖补');
  });
});

describe('editing and closing programs over HTTP (issue 14, fault 6)', () => {
  it('edits a program, closes it, refuses late applications with PROGRAM_CLOSED, and shows the history and audit trail', async () => {
    const gov = await org('GOVERNMENT', { name: '柳州市财政局' });
    const funder = await p.token(['FUNDER'], gov.id, 'finance-funder');
    const created = await gqlData(
      p,
      `mutation($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) { id } }`,
      { input: { code: `EDIT-${Date.now()}`, name: '校企合作奖补', regionCode: '450200', opensOn: '2024-01-01', awardAmount: { amount: '50000.00' }, criteria: [{ kind: 'MIN_SCHOOLS', threshold: 1 }] } },
      funder,
    );
    const programId = created.createGrantProgram.id;
    const EDIT = `mutation($id: ID!, $input: UpdateGrantProgramInput!, $why: String!) { updateGrantProgram(programId: $id, input: $input, reason: $why) {
        name closesOn awardAmount { amount } history { action by byOrganization { name } reason oldValues { name closesOn awardAmount { amount } } newValues { name closesOn } } } }`;
    expect(codes(await p.gql(EDIT, { id: programId, input: { awardAmount: { amount: '1.00' } }, why: '降额' }, funder))).toEqual(['FAILED_PRECONDITION']);
    const edited = await gqlData(p, EDIT, { id: programId, input: { name: '校企合作奖补（修订）' }, why: '名称规范' }, funder);
    expect(edited.updateGrantProgram).toMatchObject({
      name: '校企合作奖补（修订）',
      awardAmount: { amount: '50000.00' },
      history: [{ action: 'UPDATED', by: 'finance-funder', byOrganization: { name: '柳州市财政局' }, reason: '名称规范', oldValues: { name: '校企合作奖补', awardAmount: null }, newValues: { name: '校企合作奖补（修订）' } }],
    });

    const closed = await gqlData(p, `mutation($id: ID!) { closeGrantProgram(programId: $id, reason: "资金用完") { closedAt closeReason closesOn history { action } } }`, { id: programId }, funder);
    expect(closed.closeGrantProgram).toMatchObject({ closeReason: '资金用完', closesOn: today(), history: [{ action: 'UPDATED' }, { action: 'CLOSED' }] });
    expect(typeof closed.closeGrantProgram.closedAt).toBe('string');

    const lead = await school('HIGHER_VOCATIONAL');
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const alliance = await p.call('alliances.create', { name: `关闭后申请 ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, leadAdmin);
    await join(alliance.id, await firm());
    const late = await p.gql(`mutation($a: ID!, $p: ID!) { submitGrantApplication(allianceId: $a, programId: $p) { id } }`, { a: alliance.id, p: programId }, leadAdmin);
    expect(codes(late)).toEqual(['FAILED_PRECONDITION']);
    expect(late.body.errors?.[0].extensions?.details).toMatchObject({ reason: 'PROGRAM_CLOSED' });
    expect((await gqlData(p, `query($p: ID) { grantApplications(programId: $p) { edges { node { id } } } }`, { p: programId }, funder)).grantApplications.edges).toEqual([]);

    const trail = await gqlData(p, `query($p: ID) { grantAuditTrail(programId: $p) { edges { node { action note program { name closedAt } } } } }`, { p: programId }, funder);
    expect(trail.grantAuditTrail.edges.map((e: { node: { action: string; note: string | null } }) => [e.node.action, e.node.note])).toEqual([
      ['PROGRAM_CREATED', null],
      ['PROGRAM_UPDATED', '名称规范'],
      ['PROGRAM_CLOSED', '资金用完'],
    ]);
  });
});
