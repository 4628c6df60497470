/** The foundation walkthrough as a client does it: real HTTP GraphQL requests to the gateway, services over NATS. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, creditCode, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { registerOverHttp } from '../helpers/http.js';

let p: TestPlatform;
let admin: string;

const REGISTER = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id name kind schoolType creditCode regionCode } }`;

const register = (input: Record<string, unknown>) => registerOverHttp(p.url, admin, input);

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances'] });
  admin = await p.adminToken();
});
afterAll(async () => p?.stop());

describe('foundation over HTTP', () => {
  it('walks through registering, founding, joining, leaving and counting as of a past date', async () => {
    const lead = await register({ name: '柳州职业技术大学', kind: 'SCHOOL', schoolType: 'VOCATIONAL_UNDERGRADUATE' });
    const school = await register({ name: '柳州市交通学校', kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' });
    const firm = await register({ name: '广西柳工机械股份有限公司', kind: 'ENTERPRISE', aboveDesignatedSize: true });
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const schoolAdmin = await p.token(['ORG_ADMIN'], school.id);
    const firmAdmin = await p.token(['ORG_ADMIN'], firm.id);

    const created = await p.gql(
      `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id status lead { name } foundedOn } }`,
      { input: { name: '柳州工程机械产教联盟', regionCode: '450200', industries: ['工程机械'], leadOrganizationId: lead.id, foundedOn: '2022-09-01' } },
      leadAdmin,
    );
    expect(created.body.errors).toBeUndefined();
    const allianceId = created.body.data.createAlliance.id;
    expect(created.body.data.createAlliance).toMatchObject({ status: 'FORMING', lead: { name: '柳州职业技术大学' }, foundedOn: '2022-09-01' });

    const status = await p.gql(`mutation($id: ID!) { setAllianceStatus(allianceId: $id, status: ACTIVE, effectiveDate: "2022-10-01") { status statusOn(date: "2022-09-15") } }`, { id: allianceId }, leadAdmin);
    expect(status.body.data.setAllianceStatus).toEqual({ status: 'ACTIVE', statusOn: 'FORMING' });

    const applied = await p.gql(`mutation($a: ID!, $o: ID!) { applyForMembership(allianceId: $a, organizationId: $o) { id status role } }`, { a: allianceId, o: school.id }, schoolAdmin);
    expect(applied.body.data.applyForMembership).toMatchObject({ status: 'PENDING', role: 'MEMBER' });
    const approved = await p.gql(`mutation($m: ID!) { approveMembership(membershipId: $m, effectiveDate: "2023-01-01") { status joinedAt organization { name } } }`, { m: applied.body.data.applyForMembership.id }, leadAdmin);
    expect(approved.body.data.approveMembership).toEqual({ status: 'ACTIVE', joinedAt: '2023-01-01', organization: { name: '柳州市交通学校' } });

    const invited = await p.gql(`mutation($a: ID!, $o: ID!) { inviteMember(allianceId: $a, organizationId: $o) { id status } }`, { a: allianceId, o: firm.id }, leadAdmin);
    const accepted = await p.gql(`mutation($m: ID!) { approveMembership(membershipId: $m, effectiveDate: "2023-06-01") { status } }`, { m: invited.body.data.inviteMember.id }, firmAdmin);
    expect(accepted.body.data.approveMembership.status).toBe('ACTIVE');
    const ended = await p.gql(
      `mutation($m: ID!) { endMembership(membershipId: $m, effectiveDate: "2024-01-01", reason: "合作到期") { status endedAt history { action by effectiveDate reason } } }`,
      { m: invited.body.data.inviteMember.id },
      firmAdmin,
    );
    expect(ended.body.data.endMembership).toMatchObject({ status: 'ENDED', endedAt: '2024-01-01' });
    expect(ended.body.data.endMembership.history.at(-1)).toMatchObject({ action: 'ENDED', effectiveDate: '2024-01-01', reason: '合作到期' });

    const q = await p.gql(
      `query($id: ID!) { alliance(id: $id) {
          name status
          now: memberCounts { total schools enterprises distinctSchoolTypes }
          mid2023: memberCounts(asOf: "2023-07-01") { asOf total schools enterprises distinctSchoolTypes }
          members(asOf: "2023-07-01") { totalCount edges { node { role organization { name kind } } } }
        } }`,
      { id: allianceId },
      schoolAdmin,
    );
    expect(q.body.errors).toBeUndefined();
    expect(q.body.data.alliance.now).toEqual({ total: 2, schools: 2, enterprises: 0, distinctSchoolTypes: 2 });
    expect(q.body.data.alliance.mid2023).toEqual({ asOf: '2023-07-01', total: 3, schools: 2, enterprises: 1, distinctSchoolTypes: 2 });
    expect(q.body.data.alliance.members.totalCount).toBe(3);

    const mine = await p.gql(`{ me { id roles organization { name memberships { status alliance { name } } } } }`, {}, firmAdmin);
    expect(mine.body.data.me.organization.memberships).toEqual([{ status: 'ENDED', alliance: { name: '柳州工程机械产教联盟' } }]);
  });

  it('answers bad input with a stable code, the fields at fault and no stack trace', async () => {
    const bad = await p.gql(REGISTER, { input: { name: 'Typo', kind: 'ENTERPRISE', creditCode: '91350100M000100Y44', regionCode: '450200' } }, admin);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys((bad.body.errors![0].extensions?.details as { fields: Record<string, string> }).fields)).toEqual(['creditCode']);
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.ts:\d+/);

    const enumBad = await p.gql(`mutation { registerOrganization(input: { name: "x", kind: BANK, creditCode: "x", regionCode: "450200" }) { id } }`, {}, admin);
    expect(codes(enumBad)[0]).toBe('GRAPHQL_VALIDATION_FAILED');

    const invalidId = await p.gql(`{ alliance(id: "not-an-id") { id } }`, {}, admin);
    expect(codes(invalidId)).toEqual(['BAD_USER_INPUT']);
    const missing = await p.gql(`mutation { approveMembership(membershipId: "ffffffffffffffffffffffff") { id } }`, {}, admin);
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    const future = await p.gql(`mutation { createAlliance(input: { name: "Future", regionCode: "450200", leadOrganizationId: "ffffffffffffffffffffffff", foundedOn: "2999-01-01" }) { id } }`, {}, admin);
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    const badDate = await p.gql(`{ alliances(first: 1) { edges { node { memberCounts(asOf: "2023-02-30") { total } } } } }`, {}, admin);
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']); // the Date scalar's own code survives validation
    const bigPage = await p.gql(`{ organizations(first: 500) { edges { cursor } } }`, {}, admin);
    expect(codes(bigPage)).toEqual(['BAD_USER_INPUT']);

    // A missing required input field is bad input too, with a code like every other error.
    const missingField = await p.gql(REGISTER, { input: { name: 'x', kind: 'OTHER', creditCode: creditCode() } }, admin);
    expect(codes(missingField)).toEqual(['BAD_USER_INPUT']);

    const code = creditCode();
    const first = await p.gql(REGISTER, { input: { name: 'Once', kind: 'OTHER', creditCode: code, regionCode: '450200' } }, admin);
    expect(first.body.errors).toBeUndefined();
    const twice = await p.gql(REGISTER, { input: { name: 'Twice', kind: 'OTHER', creditCode: code, regionCode: '450200' } }, admin);
    expect(codes(twice)).toEqual(['CONFLICT']);
  });

  it("checks regions against GB/T 2260: 990000 refused, a Xi'an lead cannot declare Liuzhou, nothing stored", async () => {
    const CREATE = `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id regionCode } }`;
    const xian = await register({ name: '西安某装备制造有限公司', kind: 'ENTERPRISE', regionCode: '610100' });
    const xianAdmin = await p.token(['ORG_ADMIN'], xian.id);
    const unknown = await p.gql(CREATE, { input: { name: '九九联盟', regionCode: '990000', leadOrganizationId: xian.id } }, xianAdmin);
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.body.errors![0].extensions).toMatchObject({ details: { field: 'regionCode', rule: 'REGION_UNKNOWN' } });
    const elsewhere = await p.gql(CREATE, { input: { name: '柳州某联盟', regionCode: '450200', leadOrganizationId: xian.id } }, xianAdmin);
    expect(codes(elsewhere)).toEqual(['FAILED_PRECONDITION']);
    expect(elsewhere.body.errors![0].extensions).toMatchObject({ details: { rule: 'REGION_NOT_COVERING_LEAD', regionCode: '450200', leadRegionCode: '610100' } });
    const stored = await p.gql(`query($o: ID!) { organization(id: $o) { memberships { id } } }`, { o: xian.id }, admin);
    expect(stored.body.errors).toBeUndefined();
    expect(stored.body.data.organization.memberships).toEqual([]);
    const bad = await p.gql(REGISTER, { input: { name: '无此地区公司', kind: 'ENTERPRISE', creditCode: creditCode('91', '450299'), regionCode: '450299' } }, admin);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys((bad.body.errors![0].extensions as { details: { fields: object } }).details.fields)).toEqual(['regionCode']);
    // Each field's problem in the request's language (it was English in a Chinese answer), and no references left.
    const wrongCheck = creditCode('91', '450200').slice(0, 17) + (creditCode('91', '450200').endsWith('A') ? 'B' : 'A');
    const zh = await p.gql(REGISTER, { input: { name: '校验码错误公司', kind: 'ENTERPRISE', creditCode: wrongCheck, regionCode: '450299' } }, admin, { 'accept-language': 'zh-CN' });
    const zhDetails = (zh.body.errors![0].extensions as { details: Record<string, Record<string, string>> }).details;
    expect(Object.keys(zhDetails)).not.toContain('fieldsI18n');
    expect(zhDetails.fields.regionCode).toMatch(/GB\/T 2260/);
    expect(zhDetails.fields.regionCode).toMatch(/[\u4e00-\u9fff]/);
    const en = await p.gql(REGISTER, { input: { name: '校验码错误公司', kind: 'ENTERPRISE', creditCode: wrongCheck, regionCode: '450299' } }, admin, { 'accept-language': 'en' });
    const enFields = (en.body.errors![0].extensions as { details: { fields: Record<string, string> } }).details.fields;
    expect(Object.keys(enFields).sort()).toEqual(Object.keys(zhDetails.fields).sort());
    expect(enFields.regionCode).not.toMatch(/[\u4e00-\u9fff]/);
    for (const f of Object.keys(zhDetails.fields)) expect(zhDetails.fields[f]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses missing and invalid tokens as UNAUTHENTICATED and a member acting for another organization as FORBIDDEN', async () => {
    const anon = await p.gql(`{ organizations { edges { node { id } } } }`);
    expect(codes(anon)).toEqual(['UNAUTHENTICATED']);
    const me = await p.gql(`{ me { id } }`);
    expect(me.body.data).toEqual({ me: null });
    const forged = await p.gql(`{ me { id } }`, {}, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiUExBVEZPUk1fQURNSU4iXX0.');
    expect(codes(forged)).toEqual(['UNAUTHENTICATED']);
    expect(forged.status).toBe(401);
    const someone = await p.token(['ORG_ADMIN'], 'ffffffffffffffffffffffff');
    const reg = await p.gql(REGISTER, { input: { name: 'Someone Else', kind: 'OTHER', creditCode: creditCode(), regionCode: '450200' } }, someone);
    expect(codes(reg)).toEqual(['FORBIDDEN']);
  });

  it('batches lookups: the number of service calls does not grow with the member list', async () => {
    const lead = await register({ name: 'Batch lead', kind: 'SCHOOL', schoolType: 'UNIVERSITY' });
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const mk = await p.gql(`mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id } }`, { i: { name: `Batch ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id } }, leadAdmin);
    const allianceId = mk.body.data.createAlliance.id;
    const query = `query($id: ID!) { alliance(id: $id) { lead { name } members(first: 100) { edges { node { organization { name memberships { alliance { name lead { name } } } } alliance { name } } } } } }`;
    const callsFor = async () => {
      const r = await p.gql(query, { id: allianceId }, leadAdmin, { 'x-debug-calls': '1' });
      expect(r.body.errors).toBeUndefined();
      return { calls: r.body.extensions?.calls as number, members: r.body.data.alliance.members.edges.length as number };
    };
    const join = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const f = await register({ name: `Batch firm ${i} ${Math.random()}`, kind: 'ENTERPRISE' });
        const m = await p.gql(`mutation($a: ID!, $o: ID!) { inviteMember(allianceId: $a, organizationId: $o) { id } }`, { a: allianceId, o: f.id }, leadAdmin);
        await p.gql(`mutation($m: ID!) { approveMembership(membershipId: $m) { id } }`, { m: m.body.data.inviteMember.id }, await p.token(['ORG_ADMIN'], f.id));
      }
    };
    await join(2);
    const small = await callsFor();
    await join(10);
    const large = await callsFor();
    expect(small.members).toBe(3);
    expect(large.members).toBe(13);
    expect(large.calls).toBe(small.calls);
  });

  it('batches argument-taking fields of a list of alliances: one call per field and argument set, whatever the list length', async () => {
    const tag = `Fields ${Math.random().toString(36).slice(2, 8)}`;
    const found = async () => {
      const lead = await register({ name: `${tag} lead ${Math.random()}`, kind: 'SCHOOL', schoolType: 'UNIVERSITY' });
      const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
      const r = await p.gql(`mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id } }`, { i: { name: `${tag} ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2023-01-01' } }, leadAdmin);
      expect(r.body.errors).toBeUndefined();
      return r.body.data.createAlliance.id as string;
    };
    const query = `query($tag: String!) { alliances(first: 100, filter: { nameContains: $tag }) { edges { node {
        before: statusOn(date: "2022-12-31") now: statusOn(date: "2023-06-01")
        memberCounts(asOf: "2023-06-01") { total schools byKind { kind count } bySchoolType { schoolType count } }
        members(first: 5) { totalCount edges { node { role } } }
      } } } }`;
    const run = async () => {
      const r = await p.gql(query, { tag }, admin, { 'x-debug-calls': '1' });
      expect(r.body.errors).toBeUndefined();
      return { calls: r.body.extensions?.calls as number, nodes: r.body.data.alliances.edges.map((e: { node: unknown }) => e.node) };
    };
    for (let i = 0; i < 2; i++) await found();
    const small = await run();
    for (let i = 0; i < 5; i++) await found();
    const large = await run();
    expect(small.nodes).toHaveLength(2);
    expect(large.nodes).toHaveLength(7);
    expect(large.calls).toBe(small.calls);
    for (const node of large.nodes) {
      expect(node).toEqual({
        before: null,
        now: 'FORMING',
        memberCounts: { total: 1, schools: 1, byKind: [{ kind: 'SCHOOL', count: 1 }], bySchoolType: [{ schoolType: 'UNIVERSITY', count: 1 }] },
        members: { totalCount: 1, edges: [{ node: { role: 'LEAD' } }] },
      });
    }
  });

  it('answers Organization.disqualifiedOn from the service, for a list in one call per date', async () => {
    const gov = await register({ name: `DQ funder ${Math.random()}`, kind: 'GOVERNMENT' });
    const tag = `DQ firm ${Math.random().toString(36).slice(2, 8)}`;
    const barred = await register({ name: `${tag} barred`, kind: 'ENTERPRISE' });
    await register({ name: `${tag} clean`, kind: 'ENTERPRISE' });
    await p.call('organizations.disqualify', { organizationId: barred.id, reason: '提供虚假材料', from: '2024-03-01' }, await p.token(['FUNDER'], gov.id));
    const r = await p.gql(
      `query($tag: String!) { organizations(filter: { nameContains: $tag }) { edges { node { name before: disqualifiedOn(asOf: "2024-02-29") on: disqualifiedOn(asOf: "2024-03-01") now: disqualifiedOn } } } }`,
      { tag },
      admin,
      { 'x-debug-calls': '1' },
    );
    expect(r.body.errors).toBeUndefined();
    const byName = Object.fromEntries(r.body.data.organizations.edges.map((e: { node: { name: string } }) => [e.node.name, e.node]));
    expect(byName[`${tag} barred`]).toMatchObject({ before: false, on: true, now: true });
    expect(byName[`${tag} clean`]).toMatchObject({ before: false, on: false, now: false });
    // organizations.list, then one organizations.disqualifiedOn per distinct date.
    expect(r.body.extensions?.calls).toBe(4);
  });

  it('serves automatic persisted queries: the hash alone once the text is known, also over GET', async () => {
    const query = `{ me { id roles } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const post = (body: unknown) =>
      fetch(`${p.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
    const unknown = await post({ extensions });
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const first = await post({ query, extensions });
    expect(first.data.me.id).toBe('test-platform-admin');
    const byHash = await post({ extensions });
    expect(byHash.data).toEqual(first.data);
    const get = await fetch(`${p.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(((await get.json()) as any).data).toEqual(first.data);
    const mismatch = await post({ query: '{ me { id } }', extensions });
    expect(mismatch.errors[0].extensions.code).toBe('PERSISTED_QUERY_MISMATCH');
  });
});

describe('corrections over HTTP (issue 14, fault 6)', () => {
  it('corrects an organization with history and answers counts and classification as of a past date; hands the lead over', async () => {
    const lead = await register({ name: '柳州城市职业学院', kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL' });
    const wrong = await register({ name: '柳州市第二职业学校', kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' });
    const firm = await register({ name: '柳州五菱汽车工业有限公司', kind: 'ENTERPRISE', aboveDesignatedSize: true });
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const wrongAdmin = await p.token(['ORG_ADMIN'], wrong.id, 'school-admin');
    const created = await p.gql(`mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`, { input: { name: `更正联盟 ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' } }, leadAdmin);
    const allianceId = created.body.data.createAlliance.id;
    for (const o of [wrong, firm]) {
      const m = await p.gql(`mutation($a: ID!, $o: ID!) { inviteMember(allianceId: $a, organizationId: $o) { id } }`, { a: allianceId, o: o.id }, leadAdmin);
      const ok = await p.gql(`mutation($m: ID!) { approveMembership(membershipId: $m, effectiveDate: "2024-02-01") { status } }`, { m: m.body.data.inviteMember.id }, await p.token(['ORG_ADMIN'], o.id));
      expect(ok.body.errors).toBeUndefined();
    }

    const UPDATE = `mutation($o: ID!, $input: UpdateOrganizationInput!, $on: Date, $why: String!) { updateOrganization(organizationId: $o, input: $input, effectiveDate: $on, reason: $why) {
        name schoolType history { field effectiveDate oldValues { name kind schoolType } newValues { name kind schoolType } reason by byOrganization { name } } } }`;
    // The school's own admin renames it, but may not re-type it.
    const renamed = await p.gql(UPDATE, { o: wrong.id, input: { name: '柳州市第二中等职业技术学校' }, on: '2025-01-01', why: '更名' }, wrongAdmin);
    expect(renamed.body.data.updateOrganization.history).toEqual([
      { field: 'NAME', effectiveDate: '2025-01-01', oldValues: { name: '柳州市第二职业学校', kind: null, schoolType: null }, newValues: { name: '柳州市第二中等职业技术学校', kind: null, schoolType: null }, reason: '更名', by: 'school-admin', byOrganization: { name: '柳州市第二中等职业技术学校' } },
    ]);
    expect(codes(await p.gql(UPDATE, { o: wrong.id, input: { schoolType: 'HIGHER_VOCATIONAL' }, why: '升格' }, wrongAdmin))).toEqual(['FORBIDDEN']);
    // A platform admin corrects the school type from 2025-03-01.
    const fixed = await p.gql(UPDATE, { o: wrong.id, input: { schoolType: 'HIGHER_VOCATIONAL' }, on: '2025-03-01', why: '录入错误' }, admin);
    expect(fixed.body.data.updateOrganization).toMatchObject({ schoolType: 'HIGHER_VOCATIONAL' });
    expect(fixed.body.data.updateOrganization.history[1]).toMatchObject({ field: 'CLASSIFICATION', oldValues: { kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' }, newValues: { kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL' }, byOrganization: null });

    const COUNTS = `query($a: ID!, $d1: Date!, $d2: Date!) { alliance(id: $a) {
        before: memberCounts(asOf: $d1) { distinctSchoolTypes bySchoolType { schoolType count } }
        after: memberCounts(asOf: $d2) { distinctSchoolTypes bySchoolType { schoolType count } }
        members(asOf: $d1, first: 10) { edges { node { organization { name before: classificationOn(date: $d1) { schoolType } after: classificationOn(date: $d2) { schoolType } } } } } } }`;
    const c = await p.gql(COUNTS, { a: allianceId, d1: '2025-02-28', d2: '2025-03-01' }, leadAdmin);
    expect(c.body.errors).toBeUndefined();
    const sorted = (l: { schoolType: string; count: number }[]) => [...l].sort((x, y) => x.schoolType.localeCompare(y.schoolType));
    const before = c.body.data.alliance.before;
    expect({ ...before, bySchoolType: sorted(before.bySchoolType) }).toEqual({ distinctSchoolTypes: 2, bySchoolType: sorted([{ schoolType: 'HIGHER_VOCATIONAL', count: 1 }, { schoolType: 'SECONDARY_VOCATIONAL', count: 1 }]) });
    expect(c.body.data.alliance.after).toEqual({ distinctSchoolTypes: 1, bySchoolType: [{ schoolType: 'HIGHER_VOCATIONAL', count: 2 }] });
    const row = c.body.data.alliance.members.edges.map((e: { node: { organization: unknown } }) => e.node.organization).find((o: { name: string }) => o.name === '柳州市第二中等职业技术学校');
    expect(row).toEqual({ name: '柳州市第二中等职业技术学校', before: { schoolType: 'SECONDARY_VOCATIONAL' }, after: { schoolType: 'HIGHER_VOCATIONAL' } });

    // 规模以上, per year.
    const year = Number(new Date().toISOString().slice(0, 4));
    const size = await p.gql(
      `mutation($o: ID!, $y: Int!) { recordDesignatedSize(organizationId: $o, year: $y, aboveDesignatedSize: false, reason: "上年营收不足") { aboveDesignatedSize designatedSizeByYear { year aboveDesignatedSize } } }`,
      { o: firm.id, y: year - 1 },
      await p.token(['ORG_ADMIN'], firm.id),
    );
    expect(size.body.data.recordDesignatedSize.designatedSizeByYear).toContainEqual({ year: year - 1, aboveDesignatedSize: false });

    // The lead hands over to the (now) 高职; the history is dated.
    const HANDOVER = `mutation($a: ID!, $o: ID!) { changeAllianceLead(allianceId: $a, organizationId: $o, effectiveDate: "2025-09-01", reason: "理事会换届") {
        lead { name } leadHistory { lead { name } from reason } } }`;
    expect(codes(await p.gql(HANDOVER, { a: allianceId, o: wrong.id }, wrongAdmin))).toEqual(['FORBIDDEN']);
    const handed = await p.gql(HANDOVER, { a: allianceId, o: wrong.id }, leadAdmin);
    expect(handed.body.data.changeAllianceLead).toEqual({
      lead: { name: '柳州市第二中等职业技术学校' },
      leadHistory: [
        { lead: { name: '柳州城市职业学院' }, from: '2024-01-01', reason: null },
        { lead: { name: '柳州市第二中等职业技术学校' }, from: '2025-09-01', reason: '理事会换届' },
      ],
    });
  });
});
