import type { Context } from 'moleculer';
import { actorOf, type Actor, type CallMeta } from '../../../infra/auth.js';
import { loadOr404 } from '../../../infra/entity.js';
import { notFound } from '../../../infra/errors.js';
import { revise } from '../../../infra/revise.js';
import type { ProjectDto, ProjectEventPayload } from '../projects.contract.js';
import { toProjectDto } from '../projects.mappers.js';
import { holdingMilestoneFilter, type ProjectDoc, type ProjectModels } from '../projects.model.js';
import { assertAdministers, type ProjectChange } from '../projects.rules.js';
import { msg } from '../../../infra/message-registry.js';

/** Which project to change: by its id, or the one holding a milestone. */
export type ProjectTarget = { projectId: string } | { milestoneId: string };

/** Compare-and-set attempts before giving up with CONFLICT: enough for dozens of simultaneous writers to one project. */
const CAS_ATTEMPTS = 40;

/** The current project named by `target`; NOT_FOUND naming the Project or the Milestone. */
export async function loadTarget(models: ProjectModels, target: ProjectTarget): Promise<ProjectDoc> {
  if ('projectId' in target) return loadOr404<ProjectDoc>(models.Project, target.projectId, 'Project');
  const p = await models.Project.findOne(holdingMilestoneFilter(target.milestoneId)).lean<ProjectDoc>();
  if (!p) throw notFound('Milestone', target.milestoneId);
  return p;
}

/**
 * Applies `decide` (a rule of projects.rules.ts) to the current project and writes its change with
 * infra/revise.ts: one writer per revision (claim `project:<id>:rev:<r>`), compare-and-set on `rev`; a writer
 * that lost the race re-reads and re-decides on the new state, so concurrent allowed changes all land. Only the
 * lead's admins may change a project (FORBIDDEN, checked on every attempt). Emits the change's event with
 * `ProjectEventPayload`. Errors: NOT_FOUND, FORBIDDEN, whatever `decide` throws, CONFLICT after 40 lost attempts.
 */
export async function changeProject(
  models: ProjectModels,
  ctx: Context<unknown, CallMeta>,
  target: ProjectTarget,
  decide: (p: ProjectDoc, actor: Actor) => ProjectChange,
): Promise<ProjectDto> {
  const actor = actorOf(ctx);
  const { doc, extra } = await revise<ProjectDoc, ProjectChange>({
    model: models.Project,
    claims: models.Claim,
    kind: 'project',
    load: () => loadTarget(models, target),
    compute: (p) => {
      assertAdministers(actor, p.leadOrganizationId);
      const change = decide(p, actor);
      return { set: change.set, extra: change };
    },
    attempts: CAS_ATTEMPTS,
    gaveUp: msg('projects.concurrentChange'),
  });
  const dto = toProjectDto(doc);
  const change = extra!;
  ctx.emit(change.event, { projectId: dto.id, allianceId: dto.allianceId, status: dto.status, ...(change.subjectId ? { subjectId: change.subjectId } : {}) } satisfies ProjectEventPayload);
  return dto;
}
