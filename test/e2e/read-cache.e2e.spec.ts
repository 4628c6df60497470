/**
 * Read-your-writes through the API with the read cache on (infra/read-cache.ts): two replicas of every cached service
 * over NATS, each with its own memory cacher (invalidated by `<service>.cacheStale` broadcasts), and again with one
 * Redis shared by all (REDIS_URL). After every kind of change — membership joined and ended (back-dated), an
 * organization renamed and reclassified from a past date, the alliance's status and lead, a base created and changed,
 * a booking made and cancelled, a disqualification — the next dashboard read, on whichever replica and through either
 * of two gateways (each with its near cache), shows it, and the caches are proven to be serving (hits counted) in
 * between.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { gqlData } from '../helpers/http.js';
import { resetConfig } from '../../infra/env.js';
import { readCacheStats } from '../../infra/read-cache.js';
import { nearCacheServing } from '../../infra/near-cache.js';
import { futureMonday, at } from '../helpers/booking-times.js';
import { addDays } from '../../infra/dates.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

const DASHBOARD = `query($id: ID!, $programId: ID!, $from: DateTime!, $to: DateTime!) { alliance(id: $id) { id name status lead { id name }
  memberCounts { total schools enterprises distinctSchoolTypes }
  members(first: 50, status: ACTIVE) { totalCount edges { node { organization { id name schoolType } } } }
  trainingBases(first: 10) { edges { node { id name capacity availability(from: $from, to: $to) { start end remaining } } } }
  eligibility(programId: $programId) { eligible criteria { kind required actual passed } } } }`;

for (const cacher of ['memory', 'redis'] as const) {
  describe(`read-your-writes with the ${cacher} cacher, two replicas per service`, () => {
    let p: TestPlatform;
    const { org, school, firm } = fixtures(() => p);
    beforeAll(async () => {
      if (cacher === 'redis') process.env.REDIS_URL = REDIS_URL;
      else delete process.env.REDIS_URL;
      resetConfig();
      p = await startTestPlatform({
        services: ['organizations', 'alliances', 'trainingBases', 'grants'],
        replicas: { organizations: 2, alliances: 2, trainingBases: 2, grants: 2 },
        // Two gateways, each with its near cache: every change is made through the first and read through both.
        gateways: 2,
      });
    });
    afterAll(async () => {
      await p?.stop();
      delete process.env.REDIS_URL;
      resetConfig();
    });

    it('shows every kind of change on the next read, whichever replica answers', async () => {
      const admin = await p.adminToken();
      const gov = await org('GOVERNMENT', { name: '柳州市人民政府' });
      const funder = await p.token(['FUNDER'], gov.id);
      const lead = await school('HIGHER_VOCATIONAL');
      const s2 = await school('SECONDARY_VOCATIONAL');
      const f1 = await firm();
      const f2 = await firm();
      const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
      const { createAlliance: a } = await gqlData(p, `mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id } }`, { i: { name: `缓存联盟 ${lead.id}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' } }, leadAdmin);
      const join = async (o: { id: string }, on = '2024-02-01') => {
        const m = await gqlData(p, `mutation($a: ID!, $o: ID!) { inviteMember(allianceId: $a, organizationId: $o) { id } }`, { a: a.id, o: o.id }, leadAdmin);
        await gqlData(p, `mutation($m: ID!) { approveMembership(membershipId: $m, effectiveDate: "${on}") { status } }`, { m: m.inviteMember.id }, await p.token(['ORG_ADMIN'], o.id));
        return m.inviteMember.id as string;
      };
      const { createGrantProgram: program } = await gqlData(
        p,
        `mutation($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) { id } }`,
        { input: { code: `RC-${cacher}-${lead.id.slice(-6)}`, name: '缓存奖补', regionCode: '450200', opensOn: '2024-01-01', awardAmount: { amount: '1.00', currency: 'CNY' }, criteria: [{ kind: 'MIN_ENTERPRISES', threshold: 2 }, { kind: 'ALLIANCE_ACTIVE' }] } },
        funder,
      );
      const day = addDays(futureMonday(2), 1);
      const vars = { id: a.id, programId: program.id, from: at(day, '08:00'), to: at(day, '12:00') };

      // Read as two scopes (the lead's admin and the funder), four times each so both replicas of every service answer,
      // the second gateway first (the changes are made through the first: its near cache learns of them over the bus).
      type Dash = { alliance: any };
      const read = async (): Promise<Dash> => {
        let last: Dash | undefined;
        for (let i = 0; i < 4; i++) {
          for (const token of [leadAdmin, funder]) {
            const r = await p.gqlOn(1 - (i % 2), DASHBOARD, vars, token);
            expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
            const d = r.body.data as Dash;
            if (last) expect(d).toEqual(last); // every replica and scope agrees
            last = d;
          }
        }
        return last!;
      };
      // The second gateway has just started: with memory cachers its near cache rests until every node has discovered
      // it (a writer that does not know a gateway listens would not tell it), so the first reads through it are the
      // services' answers. With Redis nothing can be missed: it serves at once.
      expect(nearCacheServing(p.gatewayBrokers[1])).toBe(cacher === 'redis');
      const before = readCacheStats();
      let d = await read();
      expect(d.alliance.memberCounts.total).toBe(1);
      expect(readCacheStats().hits).toBeGreaterThan(before.hits); // the cache serves: the reads below would be vacuous otherwise
      // ...and the gateway gets hits as their cached JSON, spliced into the reply (infra/preserialized.ts).
      expect(readCacheStats().sentAsJson).toBeGreaterThan(before.sentAsJson);

      // 1. Memberships join (back-dated approval).
      const m1 = await join(f1);
      await join(s2);
      d = await read();
      expect(d.alliance.memberCounts).toEqual({ total: 3, schools: 2, enterprises: 1, distinctSchoolTypes: 2 });
      expect(d.alliance.eligibility.criteria.find((c: { kind: string }) => c.kind === 'MIN_ENTERPRISES').actual).toBe(1);
      await join(f2);
      const enterprisesCounted = (x: Dash) => x.alliance.eligibility.criteria.find((c: { kind: string }) => c.kind === 'MIN_ENTERPRISES');
      d = await read();
      expect(enterprisesCounted(d)).toMatchObject({ actual: 2, passed: true });

      // 2. A membership ended from a past date.
      await gqlData(p, `mutation($m: ID!) { endMembership(membershipId: $m, effectiveDate: "2025-01-01", reason: "合作到期") { status } }`, { m: m1 }, leadAdmin);
      d = await read();
      expect(d.alliance.memberCounts.enterprises).toBe(1);
      expect(enterprisesCounted(d)).toMatchObject({ actual: 1, passed: false });

      // 3. An organization renamed, then reclassified from a past date (a back-dated correction to history).
      const UPDATE = `mutation($o: ID!, $input: UpdateOrganizationInput!, $on: Date, $why: String!) { updateOrganization(organizationId: $o, input: $input, effectiveDate: $on, reason: $why) { name } }`;
      await gqlData(p, UPDATE, { o: s2.id, input: { name: `${s2.name}（更名）` }, on: '2025-01-01', why: '更名' }, admin);
      d = await read();
      expect(d.alliance.members.edges.map((e: any) => e.node.organization.name)).toContain(`${s2.name}（更名）`);
      await gqlData(p, UPDATE, { o: s2.id, input: { schoolType: 'HIGHER_VOCATIONAL' }, on: '2024-06-01', why: '录入错误' }, admin);
      d = await read();
      expect(d.alliance.memberCounts.distinctSchoolTypes).toBe(1);

      // From here on both gateways serve from their near caches too (no bus round trip for a cached read).
      await expect.poll(() => p.gatewayBrokers.every(nearCacheServing), { timeout: 20_000, interval: 100 }).toBe(true);
      const nearBefore = readCacheStats().nearHits;
      await read();
      expect(readCacheStats().nearHits).toBeGreaterThan(nearBefore);

      // 4. The alliance's status, then its lead.
      expect(d.alliance.status).toBe('FORMING');
      await gqlData(p, `mutation($a: ID!) { setAllianceStatus(allianceId: $a, status: ACTIVE, effectiveDate: "2024-03-01") { status } }`, { a: a.id }, admin);
      d = await read();
      expect(d.alliance.status).toBe('ACTIVE');
      expect(d.alliance.eligibility.criteria.find((c: { kind: string }) => c.kind === 'ALLIANCE_ACTIVE').passed).toBe(true);
      await gqlData(p, `mutation($a: ID!) { setAllianceStatus(allianceId: $a, status: SUSPENDED) { status } }`, { a: a.id }, admin);
      d = await read();
      expect(d.alliance.status).toBe('SUSPENDED');
      await gqlData(p, `mutation($a: ID!, $o: ID!) { changeAllianceLead(allianceId: $a, organizationId: $o, reason: "换届") { id } }`, { a: a.id, o: s2.id }, leadAdmin);
      d = await read();
      expect(d.alliance.lead.id).toBe(s2.id);
      const newLeadAdmin = await p.token(['ORG_ADMIN'], s2.id);

      // 5. A training base created, booked, the booking cancelled, the base changed.
      const { createTrainingBase: base } = await gqlData(
        p,
        `mutation($input: CreateTrainingBaseInput!) { createTrainingBase(input: $input) { id } }`,
        { input: { allianceId: a.id, hostOrganizationId: s2.id, name: '缓存实训中心', timeZone: 'Asia/Shanghai', capacity: 10, openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })) } },
        newLeadAdmin,
      );
      d = await read();
      expect(d.alliance.trainingBases.edges.map((e: any) => e.node.id)).toEqual([base.id]);
      expect(d.alliance.trainingBases.edges[0].node.availability).toEqual([{ start: new Date(vars.from).toISOString(), end: new Date(vars.to).toISOString(), remaining: 10 }]);
      const { bookTrainingBase: booked } = await gqlData(
        p,
        `mutation($input: BookTrainingBaseInput!) { bookTrainingBase(input: $input) { id status } }`,
        { input: { baseId: base.id, organizationId: f2.id, start: at(day, '09:00'), end: at(day, '10:00'), headcount: 4, purpose: 'TRAINING' } },
        await p.token(['ORG_ADMIN'], f2.id),
      );
      d = await read();
      expect(d.alliance.trainingBases.edges[0].node.availability.map((s: any) => s.remaining)).toEqual([10, 6, 10]);
      await gqlData(p, `mutation($id: ID!) { cancelBooking(id: $id, reason: "课程调整") { status } }`, { id: booked[0].id }, newLeadAdmin);
      d = await read();
      expect(d.alliance.trainingBases.edges[0].node.availability.map((s: any) => s.remaining)).toEqual([10]);
      await gqlData(p, `mutation($id: ID!) { updateTrainingBase(id: $id, input: { capacity: 12 }) { capacity } }`, { id: base.id }, newLeadAdmin);
      d = await read();
      expect(d.alliance.trainingBases.edges[0].node.capacity).toBe(12);

      // 6. A disqualification by the funder: the member stops counting today.
      await gqlData(p, `mutation($o: ID!) { disqualifyOrganization(organizationId: $o, reason: "提供虚假材料") { id } }`, { o: f2.id }, funder);
      d = await read();
      expect(d.alliance.memberCounts.enterprises).toBe(0);
    });
  });
}
