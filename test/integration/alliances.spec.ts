/**
 * Organizations, alliances and memberships over a real NATS server: each service on its own broker,
 * actions called on the bus as any other node could.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCode, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import fc from 'fast-check';
import { errType, failure, outcome } from '../helpers/outcomes.js';
import { addDays, addYears, today } from '../../infra/dates.js';

let p: TestPlatform;
let admin: string;
const { org, school, firm } = fixtures(() => p);

beforeAll(async () => {
  // Two replicas of each: concurrent corrections and hand-overs land on different nodes, as in production.
  p = await startTestPlatform({ services: ['organizations', 'alliances'], replicas: { organizations: 2, alliances: 2 }, gateway: false });
  admin = await p.adminToken();
});
afterAll(async () => p?.stop());

describe('authorization on the bus', () => {
  it('refuses calls without a token, with a forged token, or with claims forged in meta', async () => {
    expect(await errType(p.client.call('organizations.list', {}))).toBe('UNAUTHENTICATED');
    expect(await errType(p.client.call('organizations.list', {}, { meta: { token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' } }))).toBe('UNAUTHENTICATED');
    // A caller that sets `meta.user` itself gains nothing: services derive the caller from the verified token only.
    expect(
      await errType(
        p.client.call('organizations.register', { name: 'Forged', kind: 'OTHER', creditCode: creditCode(), regionCode: '450200' }, { meta: { user: { roles: ['PLATFORM_ADMIN'] } } as never }),
      ),
    ).toBe('UNAUTHENTICATED');
    const member = await p.token(['ORG_ADMIN'], '0123456789abcdef01234567');
    expect(await errType(p.call('organizations.register', { name: 'Nope', kind: 'OTHER', creditCode: creditCode(), regionCode: '450200' }, member))).toBe('FORBIDDEN');
  });
});

describe('organizations', () => {
  it('registers an organization and reads it back in batch order with nulls for missing ids', async () => {
    const a = await school('SECONDARY_VOCATIONAL');
    const b = await firm();
    expect(a).toMatchObject({ kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL', regionCode: '450200' });
    const many = await p.call('organizations.getMany', { ids: [b.id, 'ffffffffffffffffffffffff', a.id] }, admin);
    expect(many.map((o: { id: string } | null) => o?.id ?? null)).toEqual([b.id, null, a.id]);
  });

  it('refuses a bad credit code and stores nothing', async () => {
    const before = await p.call('organizations.list', { filter: { nameContains: 'Typo Co' } }, admin);
    expect(await errType(p.call('organizations.register', { name: 'Typo Co', kind: 'ENTERPRISE', creditCode: '91350100M000100Y44', regionCode: '450200' }, admin))).toBe('BAD_USER_INPUT');
    const after = await p.call('organizations.list', { filter: { nameContains: 'Typo Co' } }, admin);
    expect(after.edges.length).toBe(before.edges.length);
  });

  it('refuses wrong enum values and operator injection at the boundary', async () => {
    expect(await errType(p.call('organizations.register', { name: 'X', kind: 'BANK', creditCode: creditCode(), regionCode: '450200' }, admin))).toBe('VALIDATION_ERROR');
    expect(await errType(p.call('organizations.get', { id: { $gt: '' } }, admin))).toBe('VALIDATION_ERROR');
    expect(await errType(p.call('organizations.list', { filter: { regionCode: { $ne: null } } }, admin))).toBe('VALIDATION_ERROR');
  });

  it('registers a credit code once, even when 10 requests race', async () => {
    const code = creditCode();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => errType(p.call('organizations.register', { name: `Race ${i}`, kind: 'ENTERPRISE', creditCode: code, regionCode: '450200' }, admin))),
    );
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(9);
    const page = await p.call('organizations.list', { filter: { nameContains: 'Race ' }, first: 100 }, admin);
    expect(page.edges.filter((e: { node: { creditCode: string } }) => e.node.creditCode === code)).toHaveLength(1);
  });

  it('pages with opaque cursors and rejects oversized pages', async () => {
    for (let i = 0; i < 3; i++) await org('OTHER', { name: `Pager ${i}` });
    const p1 = await p.call('organizations.list', { filter: { nameContains: 'Pager' }, first: 2 }, admin);
    expect(p1.edges).toHaveLength(2);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = await p.call('organizations.list', { filter: { nameContains: 'Pager' }, first: 2, after: p1.pageInfo.endCursor }, admin);
    expect(p2.edges).toHaveLength(1);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect(await errType(p.call('organizations.list', { first: 101 }, admin))).toBe('VALIDATION_ERROR');
    expect(await errType(p.call('organizations.list', { after: 'garbage' }, admin))).toBe('BAD_USER_INPUT');
  });
});

describe('alliances and memberships', () => {
  it('runs the whole membership workflow and answers counts as of past dates', async () => {
    const lead = await school('HIGHER_VOCATIONAL');
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const alliance = await p.call('alliances.create', { name: `联盟 ${lead.id}`, regionCode: '450200', industries: ['汽车'], leadOrganizationId: lead.id, foundedOn: '2023-01-01' }, leadAdmin);
    expect(alliance).toMatchObject({ status: 'FORMING', foundedOn: '2023-01-01', leadOrganizationId: lead.id });
    await p.call('alliances.setStatus', { allianceId: alliance.id, status: 'ACTIVE', effectiveDate: '2023-02-01' }, leadAdmin);

    const s2 = await school('SECONDARY_VOCATIONAL');
    const f1 = await firm();
    const f2 = await firm();
    const s2Admin = await p.token(['ORG_ADMIN'], s2.id);
    const f1Admin = await p.token(['ORG_ADMIN'], f1.id);
    const f2Admin = await p.token(['ORG_ADMIN'], f2.id);

    // An organization's admin applies for its own organization only.
    expect(await errType(p.call('alliances.apply', { allianceId: alliance.id, organizationId: f1.id }, s2Admin))).toBe('FORBIDDEN');
    const app = await p.call('alliances.apply', { allianceId: alliance.id, organizationId: s2.id }, s2Admin);
    expect(app).toMatchObject({ status: 'PENDING', role: 'MEMBER', initiatedBy: 'APPLICATION' });
    // A second application while one is pending is a conflict, not a second record.
    expect(await errType(p.call('alliances.apply', { allianceId: alliance.id, organizationId: s2.id }, s2Admin))).toBe('CONFLICT');
    // Only the lead's admins approve applications; never with a future date.
    expect(await errType(p.call('alliances.approve', { membershipId: app.id }, s2Admin))).toBe('FORBIDDEN');
    expect(await errType(p.call('alliances.approve', { membershipId: app.id, effectiveDate: addDays(today(), 1) }, leadAdmin))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('alliances.approve', { membershipId: app.id, effectiveDate: '2022-12-31' }, leadAdmin))).toBe('BAD_USER_INPUT');
    const approved = await p.call('alliances.approve', { membershipId: app.id, effectiveDate: '2023-03-01' }, leadAdmin);
    expect(approved).toMatchObject({ status: 'ACTIVE', joinedAt: '2023-03-01' });
    expect(approved.history.map((h: { action: string }) => h.action)).toEqual(['APPLIED', 'APPROVED']);
    expect(await errType(p.call('alliances.approve', { membershipId: app.id }, leadAdmin))).toBe('CONFLICT');

    // Invitation: issued by the lead, accepted by the invited organization's admin only.
    const inv = await p.call('alliances.invite', { allianceId: alliance.id, organizationId: f1.id }, leadAdmin);
    expect(await errType(p.call('alliances.invite', { allianceId: alliance.id, organizationId: f2.id }, f1Admin))).toBe('FORBIDDEN');
    expect(await errType(p.call('alliances.approve', { membershipId: inv.id }, f2Admin))).toBe('FORBIDDEN');
    await p.call('alliances.approve', { membershipId: inv.id, effectiveDate: '2023-06-01' }, f1Admin);

    // A rejected application leaves history and allows a later application.
    const app2 = await p.call('alliances.apply', { allianceId: alliance.id, organizationId: f2.id }, f2Admin);
    expect(await errType(p.call('alliances.reject', { membershipId: app2.id, reason: 'no' }, f2Admin))).toBe('FORBIDDEN');
    const rejected = await p.call('alliances.reject', { membershipId: app2.id, reason: '资料不全' }, leadAdmin);
    expect(rejected.status).toBe('REJECTED');
    expect(await errType(p.call('alliances.approve', { membershipId: app2.id }, leadAdmin))).toBe('CONFLICT');
    const app3 = await p.call('alliances.apply', { allianceId: alliance.id, organizationId: f2.id }, f2Admin);
    await p.call('alliances.approve', { membershipId: app3.id, effectiveDate: '2024-01-01' }, leadAdmin);

    // The member itself ends its membership; ending again, or approving an ended one, is a conflict.
    expect(await errType(p.call('alliances.end', { membershipId: inv.id, effectiveDate: '2023-05-01', reason: 'x' }, f1Admin))).toBe('BAD_USER_INPUT');
    const ended = await p.call('alliances.end', { membershipId: inv.id, effectiveDate: '2024-06-01', reason: '业务调整' }, f1Admin);
    expect(ended).toMatchObject({ status: 'ENDED', endedAt: '2024-06-01', joinedAt: '2023-06-01' });
    expect(await errType(p.call('alliances.end', { membershipId: inv.id, effectiveDate: '2024-07-01', reason: 'x' }, leadAdmin))).toBe('CONFLICT');
    expect(await errType(p.call('alliances.approve', { membershipId: inv.id }, f1Admin))).toBe('CONFLICT');
    // The lead cannot leave its own alliance.
    const leadMembership = (await p.call('alliances.members', { allianceId: alliance.id, status: 'ACTIVE' }, leadAdmin)).edges.find((e: { node: { role: string } }) => e.node.role === 'LEAD').node;
    expect(await errType(p.call('alliances.end', { membershipId: leadMembership.id, effectiveDate: '2024-01-01', reason: 'x' }, leadAdmin))).toBe('FAILED_PRECONDITION');

    const counts = async (asOf: string) => (await p.call('alliances.countMembers', { allianceIds: [alliance.id], asOf }, leadAdmin))[0];
    expect(await counts('2022-12-31')).toMatchObject({ total: 0 });
    expect(await counts('2023-01-01')).toMatchObject({ total: 1, schools: 1, enterprises: 0, distinctSchoolTypes: 1 });
    expect(await counts('2023-03-01')).toMatchObject({ total: 2, schools: 2, distinctSchoolTypes: 2 });
    expect(await counts('2023-06-01')).toMatchObject({ total: 3, enterprises: 1 });
    expect(await counts('2024-01-01')).toMatchObject({ total: 4, enterprises: 2 });
    expect(await counts('2024-05-31')).toMatchObject({ total: 4, enterprises: 2 });
    expect(await counts('2024-06-01')).toMatchObject({ total: 3, enterprises: 1 });

    // History is never deleted: every membership is still listed.
    const all = await p.call('alliances.members', { allianceId: alliance.id, first: 100 }, leadAdmin);
    expect(all.totalCount).toBe(5);
    const activeThen = await p.call('alliances.members', { allianceId: alliance.id, asOf: '2024-05-31', kind: 'ENTERPRISE' }, leadAdmin);
    expect(activeThen.totalCount).toBe(2);
  });

  it('does not count an organization while it is disqualified', async () => {
    const lead = await school();
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const gov = await org('GOVERNMENT');
    const funder = await p.token(['FUNDER'], gov.id);
    const a = await p.call('alliances.create', { name: `DQ ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, leadAdmin);
    const f = await firm();
    const m = await p.call('alliances.invite', { allianceId: a.id, organizationId: f.id }, leadAdmin);
    await p.call('alliances.approve', { membershipId: m.id, effectiveDate: '2024-02-01' }, await p.token(['ORG_ADMIN'], f.id));
    const d = await p.call('organizations.disqualify', { organizationId: f.id, reason: '提供虚假材料', from: '2024-03-01' }, funder);
    expect(d.until).toBe('2029-02-28');
    expect((await p.call('alliances.countMembers', { allianceIds: [a.id], asOf: '2024-02-15' }, leadAdmin))[0].enterprises).toBe(1);
    expect((await p.call('alliances.countMembers', { allianceIds: [a.id], asOf: '2024-03-01' }, leadAdmin))[0].enterprises).toBe(0);
    expect((await p.call('alliances.countMembers', { allianceIds: [a.id] }, leadAdmin))[0].enterprises).toBe(0);
    // A funder of another region, or a member admin, cannot disqualify.
    const other = await org('GOVERNMENT', { regionCode: '610100' });
    expect(await errType(p.call('organizations.disqualify', { organizationId: f.id, reason: 'xxx' }, await p.token(['FUNDER'], other.id)))).toBe('FORBIDDEN');
    expect(await errType(p.call('organizations.disqualify', { organizationId: f.id, reason: 'xxx' }, leadAdmin))).toBe('FORBIDDEN');
    const lifted = await p.call('organizations.lift', { disqualificationId: d.id, reason: '复核后撤销' }, funder);
    expect(lifted.liftedOn).toBe(today());
    expect(await errType(p.call('organizations.lift', { disqualificationId: d.id, reason: 'again' }, funder))).toBe('CONFLICT');
    expect((await p.call('alliances.countMembers', { allianceIds: [a.id] }, leadAdmin))[0].enterprises).toBe(1);
    expect((await p.call('alliances.countMembers', { allianceIds: [a.id], asOf: '2024-03-01' }, leadAdmin))[0].enterprises).toBe(0);
  });

  it('approves a pending membership once when two admins race', async () => {
    const lead = await school();
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const a = await p.call('alliances.create', { name: `Race ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id }, leadAdmin);
    const f = await firm();
    const m = await p.call('alliances.apply', { allianceId: a.id, organizationId: f.id }, await p.token(['ORG_ADMIN'], f.id));
    const results = await Promise.all([
      errType(p.call('alliances.approve', { membershipId: m.id }, leadAdmin)),
      errType(p.call('alliances.reject', { membershipId: m.id, reason: 'dup' }, leadAdmin)),
      errType(p.call('alliances.approve', { membershipId: m.id }, leadAdmin)),
    ]);
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(2);
    // And 10 concurrent applications of the same organization leave one open membership.
    const g = await firm();
    const gAdmin = await p.token(['ORG_ADMIN'], g.id);
    const apps = await Promise.all(Array.from({ length: 10 }, () => errType(p.call('alliances.apply', { allianceId: a.id, organizationId: g.id }, gAdmin))));
    expect(apps.filter((r) => r === 'OK')).toHaveLength(1);
    const list = await p.call('alliances.members', { allianceId: a.id, status: 'PENDING' }, leadAdmin);
    expect(list.edges.filter((e: { node: { organizationId: string } }) => e.node.organizationId === g.id)).toHaveLength(1);
  });

  it('keeps status history in order and refuses impossible changes', async () => {
    const lead = await school();
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const a = await p.call('alliances.create', { name: `Status ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2020-05-01' }, leadAdmin);
    expect(await errType(p.call('alliances.create', { name: `Status ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id }, leadAdmin))).toBe('CONFLICT');
    expect(await errType(p.call('alliances.create', { name: 'Future', regionCode: '450200', leadOrganizationId: lead.id, foundedOn: addDays(today(), 3) }, leadAdmin))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('alliances.setStatus', { allianceId: a.id, status: 'SUSPENDED' }, leadAdmin))).toBe('CONFLICT');
    expect(await errType(p.call('alliances.setStatus', { allianceId: a.id, status: 'ACTIVE', effectiveDate: '2020-04-01' }, leadAdmin))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('alliances.setStatus', { allianceId: a.id, status: 'ACTIVE' }, await p.token(['ORG_ADMIN'], (await firm()).id)))).toBe('FORBIDDEN');
    await p.call('alliances.setStatus', { allianceId: a.id, status: 'ACTIVE', effectiveDate: '2020-06-01' }, leadAdmin);
    await p.call('alliances.setStatus', { allianceId: a.id, status: 'SUSPENDED', effectiveDate: '2021-01-01' }, leadAdmin);
    expect(await errType(p.call('alliances.setStatus', { allianceId: a.id, status: 'ACTIVE', effectiveDate: '2020-12-01' }, leadAdmin))).toBe('BAD_USER_INPUT');
    await p.call('alliances.setStatus', { allianceId: a.id, status: 'DISSOLVED', effectiveDate: '2022-01-01' }, leadAdmin);
    expect(await p.call('alliances.statusOn', { allianceId: a.id, asOf: '2020-05-15' }, leadAdmin)).toBe('FORMING');
    expect(await p.call('alliances.statusOn', { allianceId: a.id, asOf: '2020-07-01' }, leadAdmin)).toBe('ACTIVE');
    expect(await p.call('alliances.statusOn', { allianceId: a.id, asOf: '2021-06-01' }, leadAdmin)).toBe('SUSPENDED');
    expect(await p.call('alliances.statusOn', { allianceId: a.id, asOf: '2023-01-01' }, leadAdmin)).toBe('DISSOLVED');
    expect(await p.call('alliances.statusOn', { allianceId: a.id, asOf: '2019-01-01' }, leadAdmin)).toBeNull();
    expect(await errType(p.call('alliances.setStatus', { allianceId: a.id, status: 'ACTIVE' }, leadAdmin))).toBe('CONFLICT');
    const f = await firm();
    expect(await errType(p.call('alliances.apply', { allianceId: a.id, organizationId: f.id }, await p.token(['ORG_ADMIN'], f.id)))).toBe('FAILED_PRECONDITION');
  });

  it('handed cases: region 990000 and a Liuzhou region declared by a Xi\'an lead are refused, nothing stored', async () => {
    const lead = await school();
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const unknown = await outcome(p.call('alliances.create', { name: '不存在的地区联盟', regionCode: '990000', leadOrganizationId: lead.id }, leadAdmin));
    expect(unknown).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'regionCode', rule: 'REGION_UNKNOWN', regionCode: '990000' } });
    const xian = await firm({ regionCode: '610100' });
    const xianAdmin = await p.token(['ORG_ADMIN'], xian.id);
    const elsewhere = await outcome(p.call('alliances.create', { name: '跨区联盟', regionCode: '450200', leadOrganizationId: xian.id }, xianAdmin));
    expect(elsewhere).toEqual({ type: 'FAILED_PRECONDITION', data: { field: 'regionCode', rule: 'REGION_NOT_COVERING_LEAD', regionCode: '450200', leadRegionCode: '610100' } });
    for (const l of [lead, xian]) {
      expect((await p.call('alliances.list', { filter: { leadOrganizationId: l.id } }, admin)).edges).toEqual([]);
      expect(await p.call('alliances.membershipsOfOrganizations', { organizationIds: [l.id] }, admin)).toEqual([[]]);
    }
    // The same lead in its own region, or its province, is fine; a renamed code is stored as its successor.
    expect(await p.call('alliances.create', { name: '西安联盟', regionCode: '610000', leadOrganizationId: xian.id }, xianAdmin)).toMatchObject({ regionCode: '610000' });
    const liujiang = await school('HIGHER_VOCATIONAL', { regionCode: '450221' });
    expect(liujiang.regionCode).toBe('450206');
    const a = await p.call('alliances.create', { name: '柳江联盟', regionCode: '450221', leadOrganizationId: liujiang.id }, await p.token(['ORG_ADMIN'], liujiang.id));
    expect(a.regionCode).toBe('450206');
  });

  it('organizations: a code GB/T 2260 never listed is refused, a made-up county under a real prefecture too', async () => {
    for (const regionCode of ['990000', '450299']) {
      const r = await outcome<{ fields: Record<string, string> }>(p.call('organizations.register', { name: `Nowhere ${regionCode}`, kind: 'ENTERPRISE', creditCode: creditCode(), regionCode }, admin));
      expect(r.type).toBe('BAD_USER_INPUT');
      expect(Object.keys(r.data?.fields ?? {})).toEqual(['regionCode']);
      expect((await p.call('organizations.list', { filter: { nameContains: `Nowhere ${regionCode}` } }, admin)).edges).toEqual([]);
    }
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    const lead = await school();
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    expect(await errType(p.call('alliances.approve', { membershipId: 'ffffffffffffffffffffffff' }, leadAdmin))).toBe('NOT_FOUND');
    expect(await errType(p.call('alliances.create', { name: 'Ghost lead', regionCode: '450200', leadOrganizationId: 'ffffffffffffffffffffffff' }, admin))).toBe('NOT_FOUND');
  });
});

describe('corrections with history (issue 14, fault 6: nothing could be corrected)', () => {
  const counts = async (allianceId: string, asOf?: string) => (await p.call('alliances.countMembers', { allianceIds: [allianceId], ...(asOf ? { asOf } : {}) }, admin))[0];
  const stored = (id: string) => p.call('organizations.get', { id }, admin);

  /** An alliance founded 2024-01-01 led by a 高职, with `member` joining on 2024-02-01. */
  async function allianceWith(member: { id: string }) {
    const lead = await school('HIGHER_VOCATIONAL');
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const a = await p.call('alliances.create', { name: `更正 ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, leadAdmin);
    const m = await p.call('alliances.invite', { allianceId: a.id, organizationId: member.id }, leadAdmin);
    await p.call('alliances.approve', { membershipId: m.id, effectiveDate: '2024-02-01' }, await p.token(['ORG_ADMIN'], member.id));
    return { a, lead, leadAdmin };
  }

  it('handed: a school registered as 中职 but really 高职, corrected from 2025-03-01 — counts before that date unchanged, from it corrected', async () => {
    const wrong = await school('SECONDARY_VOCATIONAL');
    const { a } = await allianceWith(wrong);
    expect(await counts(a.id, '2025-06-01')).toMatchObject({ schools: 2, distinctSchoolTypes: 2, bySchoolType: { HIGHER_VOCATIONAL: 1, SECONDARY_VOCATIONAL: 1 } });

    // The school's own admin may not re-type itself (it decides what it counts as for grants): nothing is stored.
    const ownAdmin = await p.token(['ORG_ADMIN'], wrong.id);
    expect(await failure(p.call('organizations.update', { organizationId: wrong.id, schoolType: 'HIGHER_VOCATIONAL', reason: '升格' }, ownAdmin))).toMatchObject({ type: 'FORBIDDEN', data: { field: 'CLASSIFICATION' } });
    expect(await stored(wrong.id)).toMatchObject({ schoolType: 'SECONDARY_VOCATIONAL', history: [] });

    const fixed = await p.call('organizations.update', { organizationId: wrong.id, schoolType: 'HIGHER_VOCATIONAL', effectiveDate: '2025-03-01', reason: '注册时类型录入错误' }, admin);
    expect(fixed).toMatchObject({ kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL' });
    expect(fixed.history).toEqual([
      {
        field: 'CLASSIFICATION',
        effectiveDate: '2025-03-01',
        year: null,
        old: { kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' },
        new: { kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL' },
        reason: '注册时类型录入错误',
        at: expect.any(String),
        by: 'test-platform-admin',
        byOrganizationId: null,
      },
    ]);
    // What was true then is still answered for dates before the correction; from it on, the corrected type.
    expect(await counts(a.id, '2025-02-28')).toMatchObject({ schools: 2, distinctSchoolTypes: 2, bySchoolType: { HIGHER_VOCATIONAL: 1, SECONDARY_VOCATIONAL: 1 } });
    expect(await counts(a.id, '2025-03-01')).toMatchObject({ schools: 2, distinctSchoolTypes: 1, bySchoolType: { HIGHER_VOCATIONAL: 2 } });
    expect(await counts(a.id)).toMatchObject({ distinctSchoolTypes: 1, bySchoolType: { HIGHER_VOCATIONAL: 2 } });
    // The evidence behind counts (grants reads it) says the same, per date.
    const typeOn = async (asOf: string) => (await p.call('alliances.activeMembersOn', { allianceId: a.id, asOf }, admin)).find((m: { organizationId: string }) => m.organizationId === wrong.id).schoolType;
    expect([await typeOn('2025-02-28'), await typeOn('2025-03-01')]).toEqual(['SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL']);
    expect(await p.call('organizations.classificationsOn', { organizationIds: [wrong.id], asOf: '2024-12-31' }, admin)).toEqual([{ organizationId: wrong.id, kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' }]);
  });

  it('an "enterprise" that is really a research institute leaves the enterprise count and the kind filter from the correction date', async () => {
    const inst = await firm();
    const { a } = await allianceWith(inst);
    await p.call('organizations.update', { organizationId: inst.id, kind: 'RESEARCH_INSTITUTE', effectiveDate: '2025-01-01', reason: '实为科研院所' }, admin);
    expect(await counts(a.id, '2024-12-31')).toMatchObject({ enterprises: 1, byKind: { SCHOOL: 1, ENTERPRISE: 1 } });
    expect(await counts(a.id, '2025-01-01')).toMatchObject({ enterprises: 0, byKind: { SCHOOL: 1, RESEARCH_INSTITUTE: 1 } });
    const listed = async (kind: string, asOf: string) => (await p.call('alliances.members', { allianceId: a.id, kind, asOf }, admin)).totalCount;
    expect([await listed('ENTERPRISE', '2024-12-31'), await listed('RESEARCH_INSTITUTE', '2024-12-31')]).toEqual([1, 0]);
    expect([await listed('ENTERPRISE', '2025-01-01'), await listed('RESEARCH_INSTITUTE', '2025-01-01')]).toEqual([0, 1]);
    // Booking checks read the kind on the booked date (trainingBases stores it on the booking).
    const member = async (on: string) => p.call('alliances.isActiveMember', { allianceId: a.id, organizationId: inst.id, from: on, to: on }, admin);
    expect([(await member('2024-06-01')).orgKind, (await member('2025-06-01')).orgKind]).toEqual(['ENTERPRISE', 'RESEARCH_INSTITUTE']);
  });

  it('generated: any school type corrected from any date counts as the old type before it and the new one from it (property over the bus)', async () => {
    const TYPES = ['SECONDARY_VOCATIONAL', 'TECHNICIAN_COLLEGE', 'HIGHER_VOCATIONAL', 'VOCATIONAL_UNDERGRADUATE', 'APPLIED_UNDERGRADUATE', 'UNIVERSITY'];
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TYPES),
        fc.constantFrom(...TYPES),
        fc.integer({ min: 1, max: 600 }).map((n) => addDays('2024-02-01', n)),
        async (from, to, effectiveDate) => {
          fc.pre(from !== to);
          const s = await school(from);
          const { a } = await allianceWith(s);
          await p.call('organizations.update', { organizationId: s.id, schoolType: to, effectiveDate, reason: '更正' }, admin);
          const typesOn = async (asOf: string) => (await counts(a.id, asOf)).bySchoolType;
          const before = await typesOn(addDays(effectiveDate, -1));
          const after = await typesOn(effectiveDate);
          expect(before[from]).toBe(from === 'HIGHER_VOCATIONAL' ? 2 : 1);
          expect(after[to]).toBe(to === 'HIGHER_VOCATIONAL' ? 2 : 1);
          expect(after[from] ?? 0).toBe(from === 'HIGHER_VOCATIONAL' ? 1 : 0);
          runs++;
        },
      ),
      { numRuns: 4 },
    );
    expect(runs).toBeGreaterThan(0);
  });

  it('renames by its own admin, 规模以上 per year, region by platform admins only, the credit code never; refusals store nothing', async () => {
    const f = await firm({ aboveDesignatedSize: true });
    const ownAdmin = await p.token(['ORG_ADMIN'], f.id, 'own-admin');
    const year = Number(today().slice(0, 4));
    const renamed = await p.call('organizations.update', { organizationId: f.id, name: '广西柳工机械股份有限公司', effectiveDate: '2025-07-01', reason: '工商变更' }, ownAdmin);
    expect(renamed).toMatchObject({ name: '广西柳工机械股份有限公司', creditCode: f.creditCode });
    expect(renamed.history).toMatchObject([{ field: 'NAME', effectiveDate: '2025-07-01', old: { name: f.name }, new: { name: '广西柳工机械股份有限公司' }, by: 'own-admin', byOrganizationId: f.id }]);

    // 规模以上 changes yearly: its registration counts for this year, last year is recorded apart, and a year can be corrected.
    expect(f.designatedSizeByYear).toEqual([{ year, aboveDesignatedSize: true }]);
    const last = await p.call('organizations.recordDesignatedSize', { organizationId: f.id, year: year - 1, aboveDesignatedSize: false, reason: '上年营收不足2000万元' }, ownAdmin);
    expect(last.designatedSizeByYear).toEqual([{ year: year - 1, aboveDesignatedSize: false }, { year, aboveDesignatedSize: true }]);
    expect(last.aboveDesignatedSize).toBe(true);
    const corrected = await p.call('organizations.recordDesignatedSize', { organizationId: f.id, year, aboveDesignatedSize: false, reason: '统计局核定' }, admin);
    expect(corrected.aboveDesignatedSize).toBe(false);
    expect(corrected.history.at(-1)).toMatchObject({ field: 'DESIGNATED_SIZE', year, effectiveDate: `${year}-01-01`, old: { aboveDesignatedSize: true }, new: { aboveDesignatedSize: false } });

    const before = await stored(f.id);
    const refused = [
      await failure(p.call('organizations.update', { organizationId: f.id, regionCode: '450100', reason: '搬迁' }, ownAdmin)),
      await failure(p.call('organizations.update', { organizationId: f.id, name: 'Other', reason: 'x' }, await p.token(['ORG_ADMIN'], (await firm()).id))),
      await failure(p.call('organizations.update', { organizationId: f.id, creditCode: creditCode(), reason: '改代码' }, admin)),
      await failure(p.call('organizations.update', { organizationId: f.id, name: 'Later', effectiveDate: addDays(today(), 1), reason: 'x' }, admin)),
      await failure(p.call('organizations.update', { organizationId: f.id, name: 'Earlier', effectiveDate: '2025-06-30', reason: 'x' }, admin)),
      await failure(p.call('organizations.recordDesignatedSize', { organizationId: f.id, year: year + 1, aboveDesignatedSize: true, reason: 'x' }, ownAdmin)),
      await failure(p.call('organizations.recordDesignatedSize', { organizationId: (await school()).id, year, aboveDesignatedSize: true, reason: 'x' }, admin)),
    ];
    expect(refused.map((r) => [r.type, (r.data as { field?: string } | undefined)?.field])).toEqual([
      ['FORBIDDEN', 'REGION'],
      ['FORBIDDEN', 'NAME'],
      ['VALIDATION_ERROR', undefined],
      ['BAD_USER_INPUT', 'effectiveDate'],
      ['BAD_USER_INPUT', 'effectiveDate'],
      ['BAD_USER_INPUT', 'year'],
      ['FAILED_PRECONDITION', 'kind'],
    ]);
    expect(await stored(f.id)).toEqual(before);
    // A platform admin moves it (the region decides which funder has authority over it).
    expect((await p.call('organizations.update', { organizationId: f.id, regionCode: '450203', reason: '迁址' }, admin)).regionCode).toBe('450203');
  });

  it('two concurrent corrections on two replicas both land, each on top of the other', async () => {
    const s = await school('SECONDARY_VOCATIONAL');
    const ownAdmin = await p.token(['ORG_ADMIN'], s.id);
    const results = await Promise.all([
      errType(p.call('organizations.update', { organizationId: s.id, name: '柳州职业技术学院', reason: '更名' }, ownAdmin)),
      errType(p.call('organizations.update', { organizationId: s.id, name: '柳州城市职业学院', reason: '更名' }, ownAdmin)),
      errType(p.call('organizations.update', { organizationId: s.id, schoolType: 'HIGHER_VOCATIONAL', reason: '升格' }, admin)),
    ]);
    expect(results).toEqual(['OK', 'OK', 'OK']);
    const after = await stored(s.id);
    const names = after.history.filter((h: { field: string }) => h.field === 'NAME');
    expect(after.history).toHaveLength(3);
    expect(names).toHaveLength(2);
    // No lost update: the second rename's "old" is the first's "new", and the name is the last one recorded.
    expect(names[1].old.name).toBe(names[0].new.name);
    expect(after.name).toBe(names[1].new.name);
    expect(after.schoolType).toBe('HIGHER_VOCATIONAL');
  });

  it('hands the lead over to an active member from a date; refusals store nothing; the former lead may then leave', async () => {
    const s = await school('SECONDARY_VOCATIONAL');
    const { a, lead, leadAdmin } = await allianceWith(s);
    const outsider = await firm();
    const leadHistory = async () => (await p.call('alliances.get', { id: a.id }, admin)).leadHistory;
    const founding = await leadHistory();
    expect(founding).toEqual([{ organizationId: lead.id, from: '2024-01-01', recordedAt: expect.any(String), by: expect.any(String), reason: null }]);

    const refused = [
      await failure(p.call('alliances.changeLead', { allianceId: a.id, organizationId: outsider.id, reason: '换届' }, leadAdmin)),
      // Active from 2024-02-01 only: not a member on 2024-01-15.
      await failure(p.call('alliances.changeLead', { allianceId: a.id, organizationId: s.id, effectiveDate: '2024-01-15', reason: '换届' }, leadAdmin)),
      await failure(p.call('alliances.changeLead', { allianceId: a.id, organizationId: s.id, reason: '夺权' }, await p.token(['ORG_ADMIN'], s.id))),
      await failure(p.call('alliances.changeLead', { allianceId: a.id, organizationId: lead.id, reason: 'x' }, leadAdmin)),
      await failure(p.call('alliances.changeLead', { allianceId: a.id, organizationId: s.id, effectiveDate: addDays(today(), 1), reason: 'x' }, leadAdmin)),
    ];
    expect(refused.map((r) => [r.type, (r.data as { reason?: string; field?: string } | undefined)?.reason ?? (r.data as { field?: string } | undefined)?.field])).toEqual([
      ['FAILED_PRECONDITION', 'NOT_AN_ACTIVE_MEMBER'],
      ['FAILED_PRECONDITION', 'NOT_AN_ACTIVE_MEMBER'],
      ['FORBIDDEN', undefined],
      ['CONFLICT', 'ALREADY_LEAD'],
      ['BAD_USER_INPUT', 'effectiveDate'],
    ]);
    expect(await leadHistory()).toEqual(founding);

    const changed = await p.call('alliances.changeLead', { allianceId: a.id, organizationId: s.id, effectiveDate: '2025-09-01', reason: '理事会换届' }, leadAdmin);
    expect(changed.leadOrganizationId).toBe(s.id);
    expect(changed.leadHistory.map((h: { organizationId: string; from: string; reason: string | null }) => [h.organizationId, h.from, h.reason])).toEqual([
      [lead.id, '2024-01-01', null],
      [s.id, '2025-09-01', '理事会换届'],
    ]);
    // The new lead administers the alliance; the former one no longer does, and may now leave it.
    const sAdmin = await p.token(['ORG_ADMIN'], s.id);
    expect(await errType(p.call('alliances.setStatus', { allianceId: a.id, status: 'ACTIVE' }, leadAdmin))).toBe('FORBIDDEN');
    expect(await errType(p.call('alliances.setStatus', { allianceId: a.id, status: 'ACTIVE' }, sAdmin))).toBe('OK');
    const roles = (await p.call('alliances.members', { allianceId: a.id, status: 'ACTIVE' }, admin)).edges.map((e: { node: { organizationId: string; role: string } }) => [e.node.organizationId, e.node.role]);
    expect(new Map(roles)).toEqual(new Map([[lead.id, 'MEMBER'], [s.id, 'LEAD']]));
    const old = (await p.call('alliances.members', { allianceId: a.id, status: 'ACTIVE' }, admin)).edges.find((e: { node: { organizationId: string } }) => e.node.organizationId === lead.id).node;
    expect(await errType(p.call('alliances.end', { membershipId: old.id, effectiveDate: today(), reason: '卸任后退出' }, leadAdmin))).toBe('OK');
  });

  it('two concurrent hand-overs by the lead: one wins, the other is judged against the new lead', async () => {
    const s1 = await school('UNIVERSITY');
    const { a, leadAdmin } = await allianceWith(s1);
    const s2 = await firm();
    await p.call('alliances.approve', { membershipId: (await p.call('alliances.invite', { allianceId: a.id, organizationId: s2.id }, leadAdmin)).id, effectiveDate: '2024-03-01' }, await p.token(['ORG_ADMIN'], s2.id));
    const results = await Promise.all([
      errType(p.call('alliances.changeLead', { allianceId: a.id, organizationId: s1.id, reason: '换届' }, leadAdmin)),
      errType(p.call('alliances.changeLead', { allianceId: a.id, organizationId: s2.id, reason: '换届' }, leadAdmin)),
    ]);
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'FORBIDDEN')).toHaveLength(1);
    const after = await p.call('alliances.get', { id: a.id }, admin);
    expect(after.leadHistory).toHaveLength(2);
    expect(after.leadOrganizationId).toBe(after.leadHistory[1].organizationId);
  });
});

// Issue 14, fault 3: the seeds' 5-year bar (shared/seeds/003, 篇6: 弄虛作假 … 5年內取消建設培育申報資格) refuses new
// memberships; fault 7: "造假" (two characters) is a reason.
describe('standing: a disqualified organization gains no membership', () => {
  it('is refused apply, invite, approval and founding with FAILED_PRECONDITION and the ban\'s dates; nothing is stored; a lift ends it', async () => {
    const lead = await school();
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const funder = await p.token(['FUNDER'], (await org('GOVERNMENT', { regionCode: '450000' })).id);
    const a = await p.call('alliances.create', { name: `Standing ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, leadAdmin);
    const f = await firm();
    const fAdmin = await p.token(['ORG_ADMIN'], f.id);
    const pending = await p.call('alliances.apply', { allianceId: a.id, organizationId: f.id }, fAdmin); // before the ban

    const d = await p.call('organizations.disqualify', { organizationId: f.id, reason: '造假' }, funder);
    expect(d).toMatchObject({ reason: '造假', from: today(), until: addDays(addYears(today(), 5), -1), futureBookings: 'KEEP', cancelledBookingCount: null });
    const dates = { organizationId: f.id, disqualificationId: d.id, from: d.from, until: d.until, liftedOn: null };
    const ban = { reason: 'DISQUALIFIED', ...dates };

    // Approval of the application made before the ban: refused, the membership untouched.
    expect(await failure(p.call('alliances.approve', { membershipId: pending.id }, leadAdmin))).toEqual({ type: 'FAILED_PRECONDITION', data: { ...ban, disqualified: [dates] } });
    const stored = (await p.call('alliances.members', { allianceId: a.id, first: 100 }, leadAdmin)).edges.map((e: { node: { organizationId: string; status: string; history: unknown[] } }) => e.node).filter((m: { organizationId: string }) => m.organizationId === f.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: pending.id, status: 'PENDING', history: [{ action: 'APPLIED' }] });
    await p.call('alliances.reject', { membershipId: pending.id, reason: '已被取消资格' }, leadAdmin); // rejecting stays possible

    // A new application, an invitation, founding an alliance: refused, nothing stored.
    expect(await failure(p.call('alliances.apply', { allianceId: a.id, organizationId: f.id }, fAdmin))).toMatchObject({ type: 'FAILED_PRECONDITION', data: ban });
    expect(await failure(p.call('alliances.invite', { allianceId: a.id, organizationId: f.id }, leadAdmin))).toMatchObject({ type: 'FAILED_PRECONDITION', data: ban });
    expect(await failure(p.call('alliances.create', { name: `Founded by ${f.id}`, regionCode: '450200', leadOrganizationId: f.id }, fAdmin))).toMatchObject({ type: 'FAILED_PRECONDITION', data: ban });
    const open = await p.call('alliances.members', { allianceId: a.id, first: 100 }, leadAdmin);
    expect(open.edges.filter((e: { node: { organizationId: string; status: string } }) => e.node.organizationId === f.id && e.node.status !== 'REJECTED')).toEqual([]);
    expect((await p.call('alliances.list', { filter: { leadOrganizationId: f.id } }, admin)).edges).toEqual([]);

    // Lifted today: no longer in force today, so the organization may apply again.
    await p.call('organizations.lift', { disqualificationId: d.id, reason: '复核' }, funder);
    expect(await p.call('alliances.apply', { allianceId: a.id, organizationId: f.id }, fAdmin)).toMatchObject({ status: 'PENDING' });
  });

  it('refuses an approval effective on or before the last day of a past ban, accepts one after it (generated dates)', async () => {
    const lead = await school();
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const a = await p.call('alliances.create', { name: `Past bans ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2020-01-01' }, leadAdmin);
    const days = (n: number) => fc.integer({ min: 0, max: n });
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(days(900), days(400), days(1500), async (start, length, effectiveAt) => {
        const from = addDays('2021-01-01', start);
        const until = addDays(from, length);
        const effectiveDate = addDays('2020-06-01', effectiveAt);
        const f = await firm();
        const m = await p.call('alliances.apply', { allianceId: a.id, organizationId: f.id }, admin);
        const d = await p.call('organizations.disqualify', { organizationId: f.id, reason: '造假', from, until }, admin);
        const got = await failure(p.call('alliances.approve', { membershipId: m.id, effectiveDate }, leadAdmin));
        const status = (await p.call('alliances.members', { allianceId: a.id, first: 100 }, leadAdmin)).edges.find((e: { node: { id: string } }) => e.node.id === m.id).node.status;
        if (effectiveDate <= until) {
          refused++;
          expect(got).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'DISQUALIFIED', disqualificationId: d.id, from, until } });
          expect(status).toBe('PENDING');
        } else {
          accepted++;
          expect(got).toEqual({ type: 'OK' });
          expect(status).toBe('ACTIVE');
        }
      }),
      { numRuns: 10 },
    );
    expect(refused + accepted).toBe(10);
  });
});
