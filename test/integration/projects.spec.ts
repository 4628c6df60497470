/**
 * Joint R&D projects over a real NATS server: projects, alliances and organizations each on their own broker
 * (projects with two replicas, so concurrent changes really race across nodes), actions called on the bus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, today } from '../../infra/dates.js';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures, type Org } from '../helpers/fixtures.js';
import { errType, failure } from '../helpers/outcomes.js';
import type { ProjectDto } from '../../services/projects/projects.contract.js';
import { DEMO_PROJECT_TITLE, seedDemoProject } from '../../app/seeds/projects.js';
import { systemCaller } from '../../infra/caller.js';
import type { Caller } from '../../infra/caller.js';

let p: TestPlatform;
let admin: string;
const { org, school, firm, join } = fixtures(() => p);

// One alliance led by a school, with a second school, two firms, a research institute; plus an outsider firm.
let allianceId: string;
let lead: Org, school2: Org, firmA: Org, firmB: Org, institute: Org, outsider: Org, funder: Org, farFunder: Org;
let leadAdmin: string, leadMember: string, firmAAdmin: string, firmAMember: string, outsiderAdmin: string, allianceLeadAdmin: string;
let allianceLead: Org;

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'projects'], replicas: { projects: 2 }, gateway: false });
  admin = await p.adminToken();
  [allianceLead, lead, school2, firmA, firmB, institute, outsider] = await Promise.all([school(), school(), school(), firm(), firm(), org('RESEARCH_INSTITUTE'), firm()]);
  funder = await org('GOVERNMENT', { regionCode: '450000' });
  farFunder = await org('GOVERNMENT', { regionCode: '610100' });
  const a = await p.call('alliances.create', { name: `联盟 ${Math.random().toString(36).slice(2, 8)}`, regionCode: '450200', leadOrganizationId: allianceLead.id, foundedOn: '2024-01-01' }, admin);
  allianceId = a.id;
  for (const o of [lead, school2, firmA, firmB, institute]) await join(allianceId, o);
  [leadAdmin, leadMember, firmAAdmin, firmAMember, outsiderAdmin, allianceLeadAdmin] = await Promise.all([
    p.token(['ORG_ADMIN'], lead.id),
    p.token(['ORG_MEMBER'], lead.id),
    p.token(['ORG_ADMIN'], firmA.id),
    p.token(['ORG_MEMBER'], firmA.id),
    p.token(['ORG_ADMIN'], outsider.id),
    p.token(['ORG_ADMIN'], allianceLead.id),
  ]);
}, 60_000);
afterAll(async () => p?.stop());

const create = (participants: Record<string, unknown>[], token = leadAdmin, extra: Record<string, unknown> = {}) =>
  p.call<ProjectDto>('projects.create', { allianceId, title: '新能源汽车电驱系统联合研发', participants, ...extra }, token);
const LEAD = () => ({ organizationId: lead.id, role: 'LEAD', committedFunding: { amount: '500000.00', currency: 'CNY' }, committedStaff: 6 });
const PARTNER = (o: Org, amount?: string) => ({ organizationId: o.id, role: 'PARTNER', ...(amount ? { committedFunding: { amount } } : {}) });

async function countProjects(): Promise<number> {
  const page = await p.call('projects.listByAlliance', { allianceId, first: 100 }, admin);
  return page.edges.length;
}

describe('creating a project', () => {
  it('creates a PROPOSED project with the lead, exact fen funding and staff', async () => {
    const proj = await create([LEAD(), PARTNER(firmA, '1000000.01'), PARTNER(school2)], leadAdmin, { startOn: '2025-01-01', endOn: '2027-12-31' });
    expect(proj).toMatchObject({ allianceId, leadOrganizationId: lead.id, status: 'PROPOSED', startOn: '2025-01-01', endOn: '2027-12-31', milestones: [], outputs: [] });
    expect(proj.participants.map((x) => [x.organizationId, x.role, x.orgKind, x.committedFundingFen, x.committedStaff])).toEqual([
      [lead.id, 'LEAD', 'SCHOOL', 50000000, 6],
      [firmA.id, 'PARTNER', 'ENTERPRISE', 100000001, null],
      [school2.id, 'PARTNER', 'SCHOOL', null, null],
    ]);
    expect(proj.totalCommittedFundingFen).toBe('150000001');
    expect(proj.statusHistory.map((s) => s.status)).toEqual(['PROPOSED']);
    // The revenue service reads projects through these actions.
    expect(await p.call('projects.get', { id: proj.id }, admin)).toMatchObject({ id: proj.id, title: proj.title });
    const many = await p.call('projects.getMany', { ids: ['ffffffffffffffffffffffff', proj.id] }, admin);
    expect(many.map((x: ProjectDto | null) => x?.id ?? null)).toEqual([null, proj.id]);
  });

  // Issue 14 fault 2, the money path of projects: committed funding of the largest amount by two participants.
  it('sums committed funding beyond 2^53 fen exactly; a commitment above the largest amount is refused', async () => {
    const max = '90071992547409.91';
    const proj = await create([{ ...LEAD(), committedFunding: { amount: max } }, PARTNER(firmA, max), PARTNER(school2, '0.01')]);
    expect(proj.totalCommittedFundingFen).toBe('18014398509481983');
    const before = await countProjects();
    expect(await failure(create([LEAD(), PARTNER(firmA, '90071992547409.92')]))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'AMOUNT_TOO_LARGE', max } });
    expect(await countProjects()).toBe(before);
  });

  it('refuses a project without an enterprise participant, and stores nothing', async () => {
    const before = await countProjects();
    const f = await failure(create([LEAD(), PARTNER(school2), PARTNER(institute)]));
    expect(f.type).toBe('BAD_USER_INPUT');
    expect(f.data?.rule).toBe('NEEDS_ENTERPRISE');
    expect(await countProjects()).toBe(before);
  });

  it('refuses a project without a school participant', async () => {
    const firmLed = await failure(create([{ organizationId: firmA.id, role: 'LEAD' }, PARTNER(firmB), PARTNER(institute)], firmAAdmin));
    expect(firmLed).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'NEEDS_SCHOOL' } });
  });

  it('needs exactly one LEAD, each organization once', async () => {
    expect((await failure(create([PARTNER(lead), PARTNER(firmA)]))).data?.rule).toBe('EXACTLY_ONE_LEAD');
    expect((await failure(create([LEAD(), { organizationId: firmA.id, role: 'LEAD' }]))).data?.rule).toBe('EXACTLY_ONE_LEAD');
    expect(await failure(create([LEAD(), PARTNER(firmA), PARTNER(firmA)]))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'DISTINCT_ORGANIZATIONS' } });
  });

  it('refuses an organization that is not an active member of the alliance', async () => {
    const f = await failure(create([LEAD(), PARTNER(firmA), PARTNER(outsider)]));
    expect(f).toMatchObject({ type: 'FAILED_PRECONDITION', data: { rule: 'ACTIVE_MEMBER', organizationIds: [outsider.id] } });
  });

  it('refuses malformed or negative funding', async () => {
    for (const amount of ['1.234', '-1', '1e5']) {
      expect(await errType(create([LEAD(), PARTNER(firmA, amount)])), amount).toBe('BAD_USER_INPUT');
    }
    expect(await errType(create([LEAD(), { ...PARTNER(firmA), committedFunding: { amount: '10.00', currency: 'USD' } }]))).toBe('BAD_USER_INPUT');
    expect(await errType(create([LEAD(), { ...PARTNER(firmA), committedStaff: -1 }]))).toBe('VALIDATION_ERROR');
    expect(await errType(create([LEAD(), { ...PARTNER(firmA), committedStaff: 1.5 }]))).toBe('VALIDATION_ERROR');
  });

  it('refuses a project in a dissolved alliance or an unknown one', async () => {
    const other = await school();
    const a = await p.call('alliances.create', { name: `解散联盟 ${Math.random().toString(36).slice(2, 8)}`, regionCode: '450200', leadOrganizationId: other.id, foundedOn: '2024-01-01' }, admin);
    await p.call('alliances.setStatus', { allianceId: a.id, status: 'DISSOLVED' }, admin);
    const otherAdmin = await p.token(['ORG_ADMIN'], other.id);
    const participants = [{ organizationId: other.id, role: 'LEAD' }, PARTNER(firmA)];
    expect(await failure(p.call('projects.create', { allianceId: a.id, title: '不可立项', participants }, otherAdmin))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { allianceStatus: 'DISSOLVED' } });
    expect(await errType(p.call('projects.create', { allianceId: 'ffffffffffffffffffffffff', title: '不可立项', participants }, otherAdmin))).toBe('NOT_FOUND');
  });

  it('is created only by the lead organization\'s admins', async () => {
    expect(await errType(create([LEAD(), PARTNER(firmA)], firmAAdmin))).toBe('FORBIDDEN');
    expect(await errType(create([LEAD(), PARTNER(firmA)], leadMember))).toBe('FORBIDDEN');
    expect(await errType(create([LEAD(), PARTNER(firmA)], admin))).toBe('OK');
  });
});

describe('changing a project', () => {
  let proj: ProjectDto;
  beforeAll(async () => {
    proj = await create([LEAD(), PARTNER(firmA, '200000.00')]);
  });

  it('adds an active member as PARTNER; refuses a non-member, a duplicate and a second LEAD', async () => {
    const updated = await p.call<ProjectDto>('projects.addParticipant', { projectId: proj.id, participant: { ...PARTNER(firmB, '0.50'), committedStaff: 2 } }, leadAdmin);
    expect(updated.participants.at(-1)).toMatchObject({ organizationId: firmB.id, role: 'PARTNER', orgKind: 'ENTERPRISE', committedFundingFen: 50, committedStaff: 2 });
    expect(await failure(p.call('projects.addParticipant', { projectId: proj.id, participant: PARTNER(outsider) }, leadAdmin))).toMatchObject({
      type: 'FAILED_PRECONDITION',
      data: { rule: 'ACTIVE_MEMBER' },
    });
    expect(await errType(p.call('projects.addParticipant', { projectId: proj.id, participant: PARTNER(firmB) }, leadAdmin))).toBe('CONFLICT');
    expect(await errType(p.call('projects.addParticipant', { projectId: proj.id, participant: { organizationId: school2.id, role: 'LEAD' } }, leadAdmin))).toBe('BAD_USER_INPUT');
    const stored = await p.call<ProjectDto>('projects.get', { id: proj.id }, admin);
    expect(stored.participants.map((x) => x.organizationId)).toEqual([lead.id, firmA.id, firmB.id]);
  });

  it("is changed only by the lead's admins: a partner's admin, the lead's plain member and the alliance lead get FORBIDDEN", async () => {
    for (const token of [firmAAdmin, leadMember, allianceLeadAdmin, outsiderAdmin]) {
      expect(await errType(p.call('projects.addMilestone', { projectId: proj.id, title: 'x', dueOn: '2026-06-30' }, token))).toBe('FORBIDDEN');
      expect(await errType(p.call('projects.setStatus', { projectId: proj.id, status: 'ACTIVE' }, token))).toBe('FORBIDDEN');
      expect(await errType(p.call('projects.addParticipant', { projectId: proj.id, participant: PARTNER(school2) }, token))).toBe('FORBIDDEN');
      expect(await errType(p.call('projects.recordOutput', { projectId: proj.id, kind: 'PAPER', title: 'x' }, token))).toBe('FORBIDDEN');
    }
    const stored = await p.call<ProjectDto>('projects.get', { id: proj.id }, admin);
    expect(stored.status).toBe('PROPOSED');
    expect(stored.milestones).toEqual([]);
    expect(stored.participants.map((x) => x.organizationId)).not.toContain(school2.id);
  });

  it('adds and completes milestones with an evidence note; completing twice is CONFLICT', async () => {
    const withM = await p.call<ProjectDto>('projects.addMilestone', { projectId: proj.id, title: '样机试制', dueOn: '2026-06-30' }, leadAdmin);
    const m = withM.milestones.at(-1)!;
    expect(m).toMatchObject({ title: '样机试制', dueOn: '2026-06-30', completedAt: null });
    // Milestones are completed only while the project is ACTIVE.
    expect(await errType(p.call('projects.completeMilestone', { milestoneId: m.id }, leadAdmin))).toBe('FAILED_PRECONDITION');
    await p.call('projects.setStatus', { projectId: proj.id, status: 'ACTIVE' }, leadAdmin);
    expect(await errType(p.call('projects.completeMilestone', { milestoneId: m.id }, firmAAdmin))).toBe('FORBIDDEN');
    const done = await p.call<ProjectDto>('projects.completeMilestone', { milestoneId: m.id, evidenceNote: '验收报告 YS-2026-014' }, leadAdmin);
    const dm = done.milestones.find((x) => x.id === m.id)!;
    expect(dm.evidenceNote).toBe('验收报告 YS-2026-014');
    expect(Date.parse(dm.completedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(await errType(p.call('projects.completeMilestone', { milestoneId: m.id }, leadAdmin))).toBe('CONFLICT');
    expect(await errType(p.call('projects.completeMilestone', { milestoneId: 'ffffffffffffffffffffffff' }, leadAdmin))).toBe('NOT_FOUND');
  });

  it('records outputs owned by participants; refuses non-participant owners and a duplicate reference', async () => {
    const out = await p.call<ProjectDto>(
      'projects.recordOutput',
      { projectId: proj.id, kind: 'PATENT', title: '一种电驱系统冷却装置', reference: 'ZL202610000001.2', ownerOrganizationIds: [lead.id, firmA.id] },
      leadAdmin,
    );
    expect(out.outputs.at(-1)).toMatchObject({ kind: 'PATENT', reference: 'ZL202610000001.2', ownerOrganizationIds: [lead.id, firmA.id] });
    const defaulted = await p.call<ProjectDto>('projects.recordOutput', { projectId: proj.id, kind: 'PAPER', title: '电驱系统热管理研究' }, leadAdmin);
    expect(defaulted.outputs.at(-1)).toMatchObject({ kind: 'PAPER', reference: null, ownerOrganizationIds: [lead.id] });
    expect(await errType(p.call('projects.recordOutput', { projectId: proj.id, kind: 'PATENT', title: 'x', ownerOrganizationIds: [outsider.id] }, leadAdmin))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('projects.recordOutput', { projectId: proj.id, kind: 'PATENT', title: 'again', reference: 'ZL202610000001.2' }, leadAdmin))).toBe('CONFLICT');
    expect(await errType(p.call('projects.recordOutput', { projectId: proj.id, kind: 'INVENTION', title: 'x' }, leadAdmin))).toBe('VALIDATION_ERROR');
    const stored = await p.call<ProjectDto>('projects.get', { id: proj.id }, admin);
    expect(stored.outputs).toHaveLength(2);
  });
});

describe('status transitions', () => {
  it('moves PROPOSED → ACTIVE → COMPLETED with history kept; invalid moves are CONFLICT; closed is final', async () => {
    const proj = await create([LEAD(), PARTNER(firmA)]);
    expect(await errType(p.call('projects.setStatus', { projectId: proj.id, status: 'COMPLETED' }, leadAdmin))).toBe('CONFLICT');
    expect(await errType(p.call('projects.setStatus', { projectId: proj.id, status: 'PROPOSED' }, leadAdmin))).toBe('CONFLICT');
    const active = await p.call<ProjectDto>('projects.setStatus', { projectId: proj.id, status: 'ACTIVE' }, leadAdmin);
    expect(active.startOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const withM = await p.call<ProjectDto>('projects.addMilestone', { projectId: proj.id, title: '中期检查', dueOn: '2026-12-31' }, leadAdmin);
    // Not COMPLETED while a milestone is open.
    expect(await failure(p.call('projects.setStatus', { projectId: proj.id, status: 'COMPLETED' }, leadAdmin))).toMatchObject({
      type: 'FAILED_PRECONDITION',
      data: { openMilestoneIds: [withM.milestones[0].id] },
    });
    await p.call('projects.completeMilestone', { milestoneId: withM.milestones[0].id }, leadAdmin);
    const done = await p.call<ProjectDto>('projects.setStatus', { projectId: proj.id, status: 'COMPLETED', reason: '结题验收' }, leadAdmin);
    expect(done.statusHistory.map((s) => s.status)).toEqual(['PROPOSED', 'ACTIVE', 'COMPLETED']);
    expect(done.statusHistory.at(-1)).toMatchObject({ reason: '结题验收' });
    expect(done.endOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const s of ['ACTIVE', 'TERMINATED', 'PROPOSED', 'COMPLETED']) {
      expect(await errType(p.call('projects.setStatus', { projectId: proj.id, status: s }, leadAdmin)), s).toBe('CONFLICT');
    }
    // A completed project takes no new participants or milestones, but still records late results.
    expect(await errType(p.call('projects.addParticipant', { projectId: proj.id, participant: PARTNER(firmB) }, leadAdmin))).toBe('FAILED_PRECONDITION');
    expect(await errType(p.call('projects.addMilestone', { projectId: proj.id, title: 'late', dueOn: '2027-01-01' }, leadAdmin))).toBe('FAILED_PRECONDITION');
    expect(await errType(p.call('projects.recordOutput', { projectId: proj.id, kind: 'PATENT', title: '授权专利', reference: 'ZL1' }, leadAdmin))).toBe('OK');
  });

  it('terminates a proposed project', async () => {
    const proj = await create([LEAD(), PARTNER(firmA)]);
    const t = await p.call<ProjectDto>('projects.setStatus', { projectId: proj.id, status: 'TERMINATED', reason: '经费未落实' }, leadAdmin);
    expect(t.statusHistory.map((s) => s.status)).toEqual(['PROPOSED', 'TERMINATED']);
    expect(await errType(p.call('projects.recordOutput', { projectId: proj.id, kind: 'PAPER', title: 'x' }, leadAdmin))).toBe('FAILED_PRECONDITION');
  });

  it('of concurrent identical transitions, exactly one wins (the rest see the new status: CONFLICT)', async () => {
    for (const status of ['ACTIVE', 'TERMINATED']) {
      const proj = await create([LEAD(), PARTNER(firmA)]);
      const results = await Promise.all(Array.from({ length: 4 }, () => errType(p.call('projects.setStatus', { projectId: proj.id, status }, leadAdmin))));
      expect(results.filter((r) => r === 'OK'), status).toHaveLength(1);
      expect(results.filter((r) => r === 'CONFLICT'), status).toHaveLength(3);
      const stored = await p.call<ProjectDto>('projects.get', { id: proj.id }, admin);
      expect(stored.statusHistory.map((h) => h.status)).toEqual(['PROPOSED', status]);
    }
  });

  it('of ACTIVE and TERMINATED racing from PROPOSED, the history is one valid path (never TERMINATED then ACTIVE)', async () => {
    const proj = await create([LEAD(), PARTNER(firmA)]);
    await Promise.all(['ACTIVE', 'TERMINATED'].map((status) => errType(p.call('projects.setStatus', { projectId: proj.id, status }, leadAdmin))));
    const stored = await p.call<ProjectDto>('projects.get', { id: proj.id }, admin);
    const path = stored.statusHistory.map((h) => h.status).join('>');
    expect(['PROPOSED>TERMINATED', 'PROPOSED>ACTIVE>TERMINATED']).toContain(path);
    expect(stored.status).toBe('TERMINATED');
  });
});

describe('concurrent changes', () => {
  it('keeps all 10 milestones added at the same time (compare-and-set retry, two replicas)', async () => {
    const proj = await create([LEAD(), PARTNER(firmA)]);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => p.call<ProjectDto>('projects.addMilestone', { projectId: proj.id, title: `里程碑 ${i}`, dueOn: `2026-0${(i % 9) + 1}-01` }, leadAdmin)),
    );
    expect(results).toHaveLength(10);
    const stored = await p.call<ProjectDto>('projects.get', { id: proj.id }, admin);
    expect(stored.milestones).toHaveLength(10);
    expect(new Set(stored.milestones.map((m) => m.title))).toEqual(new Set(Array.from({ length: 10 }, (_, i) => `里程碑 ${i}`)));
    expect(new Set(stored.milestones.map((m) => m.id)).size).toBe(10);
    expect(stored.rev).toBe(10);
  });

  it('keeps outputs and participants added concurrently, and adds a participant once when requests race', async () => {
    const proj = await create([LEAD(), PARTNER(firmA)]);
    await p.call('projects.setStatus', { projectId: proj.id, status: 'ACTIVE' }, leadAdmin);
    const outs = await Promise.all(Array.from({ length: 5 }, (_, i) => errType(p.call('projects.recordOutput', { projectId: proj.id, kind: 'SOFTWARE_COPYRIGHT', title: `软著 ${i}`, reference: `2026SR${i}` }, leadAdmin))));
    expect(outs).toEqual(Array(5).fill('OK'));
    const adds = await Promise.all(Array.from({ length: 4 }, () => errType(p.call('projects.addParticipant', { projectId: proj.id, participant: PARTNER(firmB) }, leadAdmin))));
    expect(adds.filter((r) => r === 'OK')).toHaveLength(1);
    expect(adds.filter((r) => r === 'CONFLICT')).toHaveLength(3);
    const stored = await p.call<ProjectDto>('projects.get', { id: proj.id }, admin);
    expect(stored.outputs).toHaveLength(5);
    expect(stored.participants.filter((x) => x.organizationId === firmB.id)).toHaveLength(1);
  });
});

describe('reading a project', () => {
  let proj: ProjectDto;
  beforeAll(async () => {
    proj = await create([LEAD(), PARTNER(firmA)]);
  });

  it("lets participants' users of any role, the alliance lead's admins and funders in the region read it", async () => {
    const funderToken = await p.token(['FUNDER'], funder.id);
    for (const token of [leadAdmin, leadMember, firmAAdmin, firmAMember, allianceLeadAdmin, funderToken, admin]) {
      expect((await p.call<ProjectDto>('projects.get', { id: proj.id }, token)).id).toBe(proj.id);
    }
  });

  it('refuses everyone else with FORBIDDEN', async () => {
    const otherMember = await p.token(['ORG_MEMBER'], school2.id); // an alliance member, but not a participant
    const farFunderToken = await p.token(['FUNDER'], farFunder.id);
    const notAFunder = await p.token(['ORG_MEMBER'], funder.id);
    const allianceLeadMember = await p.token(['ORG_MEMBER'], allianceLead.id);
    for (const token of [outsiderAdmin, otherMember, farFunderToken, notAFunder, allianceLeadMember]) {
      expect(await errType(p.call('projects.get', { id: proj.id }, token))).toBe('FORBIDDEN');
    }
    expect(await p.call('projects.getMany', { ids: [proj.id] }, outsiderAdmin)).toEqual([null]);
  });

  it("lists an alliance's projects: all for its lead's admins and funders, only one's own for participants", async () => {
    const all = await p.call('projects.listByAlliance', { allianceId, first: 100 }, allianceLeadAdmin);
    const mine = await p.call('projects.listByAlliance', { allianceId, first: 100 }, await p.token(['ORG_MEMBER'], firmB.id));
    const none = await p.call('projects.listByAlliance', { allianceId, first: 100 }, outsiderAdmin);
    expect(all.edges.length).toBeGreaterThan(mine.edges.length);
    expect(mine.edges.length).toBeGreaterThan(0);
    expect(mine.edges.every((e: { node: ProjectDto }) => e.node.participants.some((x) => x.organizationId === firmB.id))).toBe(true);
    expect(none.edges).toEqual([]);
    const proposed = await p.call('projects.listByAlliance', { allianceId, status: 'PROPOSED', first: 2 }, admin);
    expect(proposed.edges).toHaveLength(2);
    expect(proposed.edges.every((e: { node: ProjectDto }) => e.node.status === 'PROPOSED')).toBe(true);
    const next = await p.call('projects.listByAlliance', { allianceId, status: 'PROPOSED', first: 2, after: proposed.pageInfo.endCursor }, admin);
    expect(next.edges[0].node.id > proposed.edges[1].node.id).toBe(true);
  });
});

// Issue 14, fault 3: a disqualified organization (the seeds' 5-year bar) takes part in no new project.
describe('standing: a disqualified organization joins no project', () => {
  it('refuses a project naming it and adding it as partner, with the ban\'s dates; nothing is stored', async () => {
    const barred = await firm();
    await join(allianceId, barred);
    const d = await p.call('organizations.disqualify', { organizationId: barred.id, reason: '造假' }, admin);
    const ban = { reason: 'DISQUALIFIED', organizationId: barred.id, disqualificationId: d.id, from: today(), until: d.until, liftedOn: null };
    const before = await countProjects();
    expect(await failure(create([LEAD(), PARTNER(barred, '1000.00')]))).toMatchObject({ type: 'FAILED_PRECONDITION', data: ban });
    expect(await countProjects()).toBe(before);

    const proj = await create([LEAD(), PARTNER(firmA)]);
    expect(await failure(p.call('projects.addParticipant', { projectId: proj.id, participant: PARTNER(barred) }, leadAdmin))).toMatchObject({ type: 'FAILED_PRECONDITION', data: ban });
    const stored = await p.call<ProjectDto>('projects.get', { id: proj.id }, admin);
    expect(stored.participants.map((x) => x.organizationId)).toEqual([lead.id, firmA.id]);
    expect(stored.rev).toBe(proj.rev);
  });

  it('refuses a project exactly when one of its participants — lead or partner — is under a ban in force today (generated)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -300, max: 300 }), async (barredAt, untilFromToday) => {
        const people = [await school(), await firm(), await school('SECONDARY_VOCATIONAL')];
        for (const o of people) await join(allianceId, o);
        const until = addDays(today(), untilFromToday);
        const from = addDays(until < today() ? until : today(), -30);
        const d = await p.call('organizations.disqualify', { organizationId: people[barredAt].id, reason: '造假', from, until }, admin);
        const before = await countProjects();
        const participants = people.map((o, i) => ({ organizationId: o.id, role: i === 0 ? 'LEAD' : 'PARTNER' }));
        const got = await failure(create(participants, await p.token(['ORG_ADMIN'], people[0].id)));
        if (until >= today()) {
          expect(got).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'DISQUALIFIED', organizationId: people[barredAt].id, disqualificationId: d.id, from, until } });
          expect(await countProjects()).toBe(before);
        } else {
          expect(got).toEqual({ type: 'OK' });
          expect(await countProjects()).toBe(before + 1);
        }
      }),
      { numRuns: 6 },
    );
  });
});

describe('demo seed', () => {
  it('creates the demo project (ACTIVE, two enterprise partners, a completed milestone, a PATENT) once, however often it runs', async () => {
    const call: Caller = systemCaller(p.client, 'seed');
    const first = await seedDemoProject(call, allianceId, allianceLead.id, [firmA.id, firmB.id]);
    const again = await seedDemoProject(call, allianceId, allianceLead.id, [firmA.id, firmB.id]);
    expect(again?.id).toBe(first?.id);
    const page = await p.call('projects.listByAlliance', { allianceId, first: 100 }, admin);
    const demos = page.edges.filter((e: { node: ProjectDto }) => e.node.title === DEMO_PROJECT_TITLE);
    expect(demos).toHaveLength(1);
    const demo: ProjectDto = demos[0].node;
    expect(demo.status).toBe('ACTIVE');
    expect(demo.participants.filter((x) => x.orgKind === 'ENTERPRISE' && x.role === 'PARTNER')).toHaveLength(2);
    expect(demo.milestones.filter((m) => m.completedAt)).toHaveLength(1);
    expect(demo.outputs.map((o) => o.kind)).toEqual(['PATENT']);
  });
});
