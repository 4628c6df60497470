/**
 * Organizations, alliances and memberships over a real NATS server: each service on its own broker,
 * actions called on the bus as any other node could.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCode, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { errType } from '../helpers/outcomes.js';
import fc from 'fast-check';
import { addDays, addYears, today } from '../../infra/dates.js';
import { failure } from '../helpers/outcomes.js';

let p: TestPlatform;
let admin: string;
const { org, school, firm } = fixtures(() => p);

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances'], gateway: false });
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

  it('answers NOT_FOUND for unknown ids', async () => {
    const lead = await school();
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    expect(await errType(p.call('alliances.approve', { membershipId: 'ffffffffffffffffffffffff' }, leadAdmin))).toBe('NOT_FOUND');
    expect(await errType(p.call('alliances.create', { name: 'Ghost lead', regionCode: '450200', leadOrganizationId: 'ffffffffffffffffffffffff' }, admin))).toBe('NOT_FOUND');
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
