/** Joint R&D projects as a client does it: real HTTP GraphQL requests to the gateway, services over NATS. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { registerOverHttp } from '../helpers/http.js';

let p: TestPlatform;
let admin: string;
const { school, firm, join } = fixtures(() => p);

const PROJECT_FIELDS = `id title status startOn endOn
  alliance { id name }
  leadOrganization { name }
  totalCommittedFunding { amount currency }
  participants { organization { name kind } role committedFunding { amount currency } committedStaff }
  milestones { id title dueOn completedAt evidenceNote }
  outputs { id kind title reference owners { name } }
  statusHistory { status by reason }`;

const register = (input: Record<string, unknown>) => registerOverHttp(p.url, admin, input);

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'projects'] });
  admin = await p.adminToken();
}, 60_000);
afterAll(async () => p?.stop());

describe('joint R&D projects over HTTP', () => {
  it('walks through creating, staffing, milestones, outputs and closing a project, with Money as decimal strings', async () => {
    const lead = await register({ name: '柳州职业技术大学', kind: 'SCHOOL', schoolType: 'VOCATIONAL_UNDERGRADUATE' });
    const school = await register({ name: '柳州城市职业学院', kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL' });
    const firm = await register({ name: '上汽通用五菱汽车股份有限公司', kind: 'ENTERPRISE', aboveDesignatedSize: true });
    const firm2 = await register({ name: '柳州五菱柳机动力有限公司', kind: 'ENTERPRISE' });
    const stranger = await register({ name: '南宁某科技有限公司', kind: 'ENTERPRISE' });
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const firmAdmin = await p.token(['ORG_ADMIN'], firm.id);
    const firmMember = await p.token(['ORG_MEMBER'], firm.id);
    const strangerAdmin = await p.token(['ORG_ADMIN'], stranger.id);

    const a = await p.gql(`mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`, { input: { name: '柳州新能源汽车产教联盟', regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' } }, leadAdmin);
    const allianceId = a.body.data.createAlliance.id;
    for (const o of [school, firm, firm2]) {
      const m = await p.gql(`mutation($a: ID!, $o: ID!) { inviteMember(allianceId: $a, organizationId: $o) { id } }`, { a: allianceId, o: o.id }, leadAdmin);
      const ok = await p.gql(`mutation($m: ID!) { approveMembership(membershipId: $m, effectiveDate: "2024-03-01") { status } }`, { m: m.body.data.inviteMember.id }, admin);
      expect(ok.body.data.approveMembership.status).toBe('ACTIVE');
    }

    // Without an enterprise: refused with a clear code and the rule named.
    const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
    const noFirm = await p.gql(CREATE, { input: { allianceId, title: '无企业项目', participants: [{ organizationId: lead.id, role: 'LEAD' }, { organizationId: school.id, role: 'PARTNER' }] } }, leadAdmin);
    expect(codes(noFirm)).toEqual(['BAD_USER_INPUT']);
    expect(noFirm.body.errors?.[0].extensions?.details).toMatchObject({ rule: 'NEEDS_ENTERPRISE' });
    // Money with three decimals is refused at the edge.
    const badMoney = await p.gql(CREATE, { input: { allianceId, title: 'x', participants: [{ organizationId: lead.id, role: 'LEAD' }, { organizationId: firm.id, role: 'PARTNER', committedFunding: { amount: '1.234' } }] } }, leadAdmin);
    expect(codes(badMoney)).toEqual(['BAD_USER_INPUT']);

    const created = await p.gql(
      CREATE,
      {
        input: {
          allianceId,
          title: '微型电动车电驱系统联合研发',
          startOn: '2026-01-01',
          participants: [
            { organizationId: lead.id, role: 'LEAD', committedFunding: { amount: '300000.00', currency: 'CNY' }, committedStaff: 8 },
            { organizationId: firm.id, role: 'PARTNER', committedFunding: { amount: '1000000.01' }, committedStaff: 5 },
          ],
        },
      },
      leadAdmin,
    );
    expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
    const proj = created.body.data.createProject;
    expect(proj).toMatchObject({
      status: 'PROPOSED',
      startOn: '2026-01-01',
      alliance: { id: allianceId },
      leadOrganization: { name: '柳州职业技术大学' },
      totalCommittedFunding: { amount: '1300000.01', currency: 'CNY' },
    });
    expect(proj.participants).toEqual([
      { organization: { name: '柳州职业技术大学', kind: 'SCHOOL' }, role: 'LEAD', committedFunding: { amount: '300000.00', currency: 'CNY' }, committedStaff: 8 },
      { organization: { name: '上汽通用五菱汽车股份有限公司', kind: 'ENTERPRISE' }, role: 'PARTNER', committedFunding: { amount: '1000000.01', currency: 'CNY' }, committedStaff: 5 },
    ]);

    const addStranger = await p.gql(`mutation($id: ID!, $p: ParticipantInput!) { addProjectParticipant(projectId: $id, participant: $p) { id } }`, { id: proj.id, p: { organizationId: stranger.id, role: 'PARTNER' } }, leadAdmin);
    expect(codes(addStranger)).toEqual(['FAILED_PRECONDITION']);
    const byPartner = await p.gql(`mutation($id: ID!, $p: ParticipantInput!) { addProjectParticipant(projectId: $id, participant: $p) { id } }`, { id: proj.id, p: { organizationId: firm2.id, role: 'PARTNER' } }, firmAdmin);
    expect(codes(byPartner)).toEqual(['FORBIDDEN']);
    const added = await p.gql(
      `mutation($id: ID!, $p: ParticipantInput!) { addProjectParticipant(projectId: $id, participant: $p) { participants { organization { name } role committedFunding { amount } } } }`,
      { id: proj.id, p: { organizationId: firm2.id, role: 'PARTNER' } },
      leadAdmin,
    );
    expect(added.body.data.addProjectParticipant.participants.at(-1)).toEqual({ organization: { name: '柳州五菱柳机动力有限公司' }, role: 'PARTNER', committedFunding: null });

    const m = await p.gql(`mutation($id: ID!) { addMilestone(projectId: $id, title: "台架试验", dueOn: "2026-09-30") { milestones { id title dueOn completedAt } } }`, { id: proj.id }, leadAdmin);
    const milestoneId = m.body.data.addMilestone.milestones[0].id;
    const act = await p.gql(`mutation($id: ID!) { setProjectStatus(projectId: $id, status: ACTIVE) { status } }`, { id: proj.id }, leadAdmin);
    expect(act.body.data.setProjectStatus.status).toBe('ACTIVE');
    const bad = await p.gql(`mutation($id: ID!) { setProjectStatus(projectId: $id, status: PROPOSED) { status } }`, { id: proj.id }, leadAdmin);
    expect(codes(bad)).toEqual(['CONFLICT']);
    const done = await p.gql(`mutation($m: ID!) { completeMilestone(milestoneId: $m, evidenceNote: "台架试验报告 TJ-2026-07") { milestones { completedAt evidenceNote } } }`, { m: milestoneId }, leadAdmin);
    expect(done.body.data.completeMilestone.milestones[0].evidenceNote).toBe('台架试验报告 TJ-2026-07');
    expect(done.body.data.completeMilestone.milestones[0].completedAt).toMatch(/Z$|\+00:00$/);
    const out = await p.gql(
      `mutation($id: ID!, $owners: [ID!]) { recordProjectOutput(projectId: $id, kind: PATENT, title: "一种电驱冷却结构", reference: "ZL202620000001.X", ownerOrganizationIds: $owners) { outputs { kind reference owners { name } } } }`,
      { id: proj.id, owners: [lead.id, firm.id] },
      leadAdmin,
    );
    expect(out.body.data.recordProjectOutput.outputs).toEqual([{ kind: 'PATENT', reference: 'ZL202620000001.X', owners: [{ name: '柳州职业技术大学' }, { name: '上汽通用五菱汽车股份有限公司' }] }]);
    const closed = await p.gql(`mutation($id: ID!) { setProjectStatus(projectId: $id, status: COMPLETED, reason: "结题") { status endOn statusHistory { status reason } } }`, { id: proj.id }, leadAdmin);
    expect(closed.body.data.setProjectStatus.statusHistory).toEqual([
      { status: 'PROPOSED', reason: null },
      { status: 'ACTIVE', reason: null },
      { status: 'COMPLETED', reason: '结题' },
    ]);

    // Participants (any role) read it; a stranger gets FORBIDDEN; Alliance.projects lists what the caller may read.
    const read = await p.gql(`query($id: ID!) { project(id: $id) { title outputs { title } } }`, { id: proj.id }, firmMember);
    expect(read.body.data.project).toEqual({ title: '微型电动车电驱系统联合研发', outputs: [{ title: '一种电驱冷却结构' }] });
    const denied = await p.gql(`query($id: ID!) { project(id: $id) { title } }`, { id: proj.id }, strangerAdmin);
    expect(codes(denied)).toEqual(['FORBIDDEN']);
    const listed = await p.gql(`query($a: ID!) { alliance(id: $a) { projects(status: COMPLETED, first: 10) { edges { node { id title } cursor } pageInfo { hasNextPage } } } }`, { a: allianceId }, leadAdmin);
    expect(listed.body.data.alliance.projects.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([proj.id]);
    const none = await p.gql(`query($a: ID!) { alliance(id: $a) { projects { edges { node { id } } } } }`, { a: allianceId }, strangerAdmin);
    expect(none.body.data.alliance.projects.edges).toEqual([]);
    const tooMany = await p.gql(`query($a: ID!) { alliance(id: $a) { projects(first: 101) { edges { node { id } } } } }`, { a: allianceId }, leadAdmin);
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it('batches lookups: the calls for Alliance.projects with participants, owners and alliance do not grow with the number of projects', async () => {
    const lead = await school('HIGHER_VOCATIONAL');
    const firms = await Promise.all([firm(), firm(), firm()]);
    const alliance = await p.call('alliances.create', { name: `批量联盟 ${Math.random().toString(36).slice(2, 8)}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, admin);
    for (const f of firms) await join(alliance.id, f, '2024-02-01');
    const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
    const makeProject = async (i: number) => {
      const proj = await p.call('projects.create', { allianceId: alliance.id, title: `项目 ${i}`, participants: [{ organizationId: lead.id, role: 'LEAD' }, ...firms.map((f: { id: string }) => ({ organizationId: f.id, role: 'PARTNER' }))] }, leadAdmin);
      await p.call('projects.setStatus', { projectId: proj.id, status: 'ACTIVE' }, leadAdmin);
      await p.call('projects.recordOutput', { projectId: proj.id, kind: 'PRODUCT', title: `产品 ${i}`, ownerOrganizationIds: [lead.id, firms[i % 3].id] }, leadAdmin);
    };
    const query = `query($id: ID!) { alliance(id: $id) { projects(first: 50) { edges { node { title alliance { name } leadOrganization { name }
      participants { organization { name } } outputs { owners { name } } } } } } }`;
    const callsFor = async () => {
      const r = await p.gql(query, { id: alliance.id }, leadAdmin, { 'x-debug-calls': '1' });
      expect(r.body.errors).toBeUndefined();
      return { calls: r.body.extensions?.calls as number, byAction: r.body.extensions?.callsByAction as Record<string, number>, projects: r.body.data.alliance.projects.edges.length as number };
    };
    await makeProject(0);
    const small = await callsFor();
    for (let i = 1; i < 6; i++) await makeProject(i);
    const large = await callsFor();
    expect(small.projects).toBe(1);
    expect(large.projects).toBe(6);
    expect(large.calls).toBe(small.calls);
    expect(large.byAction['organizations.getMany']).toBe(1);
  });

  it('batches Alliance.projects over a list of alliances: one projects.listByAlliances call per argument set, each alliance its own page', async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const partner = await firm();
    const partnerMember = await p.token(['ORG_MEMBER'], partner.id);
    const built: { id: string; titles: string[] }[] = [];
    for (let i = 0; i < 3; i++) {
      const lead = await school();
      const leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
      const alliance = await p.call('alliances.create', { name: `批量列表联盟 ${tag} ${i}`, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, admin);
      await join(alliance.id, partner, '2024-02-01');
      const titles = Array.from({ length: i + 1 }, (_, k) => `联盟${i}项目${k}`);
      for (const title of titles) {
        await p.call('projects.create', { allianceId: alliance.id, title, participants: [{ organizationId: lead.id, role: 'LEAD' }, { organizationId: partner.id, role: 'PARTNER' }] }, leadAdmin);
      }
      built.push({ id: alliance.id, titles });
    }
    // The partner takes part in every project; a stranger's organization in none.
    const stranger = await p.token(['ORG_ADMIN'], (await firm()).id);
    const query = `query($f: AllianceFilter) { alliances(filter: $f, first: 10) { edges { node { id
      all: projects(first: 10) { edges { node { title } } }
      proposed: projects(status: PROPOSED, first: 1) { edges { node { title } } pageInfo { hasNextPage } } } } } }`;
    const ask = async (token: string) => {
      const r = await p.gql(query, { f: { nameContains: `批量列表联盟 ${tag}` } }, token, { 'x-debug-calls': '1' });
      expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
      const nodes = r.body.data.alliances.edges.map((e: { node: unknown }) => e.node) as {
        id: string;
        all: { edges: { node: { title: string } }[] };
        proposed: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean } };
      }[];
      return { nodes, byAction: r.body.extensions?.callsByAction as Record<string, number> };
    };
    for (const token of [admin, partnerMember]) {
      const { nodes, byAction } = await ask(token);
      expect(nodes.map((n) => n.id).sort()).toEqual(built.map((b) => b.id).sort());
      for (const b of built) {
        const n = nodes.find((x) => x.id === b.id)!;
        expect(n.all.edges.map((e) => e.node.title)).toEqual(b.titles);
        expect(n.proposed.edges.map((e) => e.node.title)).toEqual(b.titles.slice(0, 1));
        expect(n.proposed.pageInfo.hasNextPage).toBe(b.titles.length > 1);
      }
      // Two argument sets (all, proposed): two calls for three alliances, and never one call per alliance.
      expect(byAction['projects.listByAlliances']).toBe(2);
      expect(byAction['projects.listByAlliance']).toBeUndefined();
    }
    const { nodes } = await ask(stranger);
    expect(nodes).toHaveLength(3);
    expect(nodes.map((n) => n.all.edges.length)).toEqual([0, 0, 0]);
  });
});
