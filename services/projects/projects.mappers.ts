/** Stored project → the DTO on the bus (projects.contract.ts). Tolerates documents written before a field existed. */
import { toFenSum } from '../../infra/money.js';
import type { ProjectDto } from './projects.contract.js';
import type { ProjectDoc } from './projects.model.js';
import { totalCommittedFen } from './projects.rules.js';

/** A project document (lean) as its `ProjectDto`; milestone/output ids come from their `milestoneId`/`outputId`. */
export const toProjectDto = (d: ProjectDoc): ProjectDto => ({
  id: String(d._id),
  allianceId: String(d.allianceId),
  allianceLeadOrganizationId: d.allianceLeadOrganizationId,
  regionCode: d.regionCode,
  title: d.title,
  leadOrganizationId: d.leadOrganizationId,
  status: d.status,
  statusHistory: (d.statusHistory ?? []).map((s) => ({ status: s.status, at: s.at, by: s.by, reason: s.reason ?? null })),
  startOn: d.startOn ?? null,
  endOn: d.endOn ?? null,
  participants: (d.participants ?? []).map((p) => ({
    organizationId: p.organizationId,
    orgKind: p.orgKind,
    role: p.role,
    committedFundingFen: p.committedFundingFen ?? null,
    committedStaff: p.committedStaff ?? null,
    addedAt: p.addedAt,
  })),
  totalCommittedFundingFen: toFenSum(totalCommittedFen(d.participants ?? [])),
  milestones: (d.milestones ?? []).map((m) => ({
    id: m.milestoneId,
    title: m.title,
    dueOn: m.dueOn,
    createdAt: m.createdAt,
    completedAt: m.completedAt ?? null,
    completedBy: m.completedBy ?? null,
    evidenceNote: m.evidenceNote ?? null,
  })),
  outputs: (d.outputs ?? []).map((o) => ({
    id: o.outputId,
    kind: o.kind,
    title: o.title,
    reference: o.reference ?? null,
    ownerOrganizationIds: o.ownerOrganizationIds ?? [],
    recordedAt: o.recordedAt,
    recordedBy: o.recordedBy,
  })),
  rev: d.rev,
  createdAt: (d.createdAt ?? new Date()).toISOString(),
  updatedAt: (d.updatedAt ?? d.createdAt ?? new Date()).toISOString(),
});
