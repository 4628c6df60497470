import type { Caller } from '../../infra/caller.js';
import type { Page } from '../../infra/pagination.js';
import { ProjectAction, type CreateProjectParams, type ProjectDto } from '../../services/projects/projects.contract.js';

/** The demo project's title: how `seedDemoProject` recognizes that it already ran. */
export const DEMO_PROJECT_TITLE = '微型电动汽车电驱系统联合研发';

/**
 * Demo data for `npm start` (called by app/seed.ts; a client of the bus like any other): one ACTIVE project in
 * the demo alliance, led by the lead school with two enterprise partners, one completed and one open milestone,
 * and a PATENT output. Idempotent: found by title and left alone. Returns null with fewer than two enterprises.
 */
export async function seedDemoProject(call: Caller, allianceId: string, leadId: string, enterpriseIds: string[]): Promise<ProjectDto | null> {
  const page = await call<Page<ProjectDto>>(ProjectAction.listByAlliance, { allianceId, first: 100 });
  const existing = page.edges.find((e) => e.node.title === DEMO_PROJECT_TITLE);
  if (existing) return existing.node;
  if (enterpriseIds.length < 2) return null;
  const [firmA, firmB] = enterpriseIds;
  const input: CreateProjectParams = {
    allianceId,
    title: DEMO_PROJECT_TITLE,
    startOn: '2025-03-01',
    endOn: '2027-02-28',
    participants: [
      { organizationId: leadId, role: 'LEAD', committedFunding: { amount: '300000.00', currency: 'CNY' }, committedStaff: 8 },
      { organizationId: firmA, role: 'PARTNER', committedFunding: { amount: '1200000.00', currency: 'CNY' }, committedStaff: 6 },
      { organizationId: firmB, role: 'PARTNER', committedFunding: { amount: '450000.50', currency: 'CNY' }, committedStaff: 3 },
    ],
  };
  const created = await call<ProjectDto>(ProjectAction.create, { ...input });
  const projectId = created.id;
  const withM = await call<ProjectDto>(ProjectAction.addMilestone, { projectId, title: '电驱样机台架试验', dueOn: '2025-12-31' });
  await call(ProjectAction.addMilestone, { projectId, title: '整车道路试验与验收', dueOn: '2027-01-31' });
  await call(ProjectAction.setStatus, { projectId, status: 'ACTIVE', reason: '立项评审通过' });
  await call(ProjectAction.completeMilestone, { milestoneId: withM.milestones[0].id, evidenceNote: '台架试验报告 TJ-2025-12' });
  return call<ProjectDto>(ProjectAction.recordOutput, {
    projectId,
    kind: 'PATENT',
    title: '一种微型电动汽车电驱系统的冷却结构',
    reference: 'ZL202520000001.3',
    ownerOrganizationIds: [leadId, firmA],
  });
}
