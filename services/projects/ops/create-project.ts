import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { oid } from '../../../infra/entity.js';
import { forbidden } from '../../../infra/errors.js';
import { ProjectEvent, type CreateProjectParams, type ProjectDto, type ProjectEventPayload } from '../projects.contract.js';
import { toProjectDto } from '../projects.mappers.js';
import type { ProjectDoc, ProjectModels } from '../projects.model.js';
import { activeMemberKinds, administersProject, assertAllianceTakesProjects, assertPeriod, leadOf, newParticipant, proposeProject } from '../projects.rules.js';
import { activeMembersToday, allianceOr404, requireGoodStandingToday } from './read-alliance.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Creates a PROPOSED project and emits `projects.created`. Checks, in this order: exactly one LEAD
 * (BAD_USER_INPUT), the caller administers the LEAD (FORBIDDEN), dates (BAD_USER_INPUT), the alliance exists
 * (NOT_FOUND) and is FORMING or ACTIVE (FAILED_PRECONDITION), every participant is an active member today
 * (FAILED_PRECONDITION ACTIVE_MEMBER), none is disqualified today (FAILED_PRECONDITION, data.reason DISQUALIFIED with
 * the ban's dates), money (BAD_USER_INPUT), composition (BAD_USER_INPUT with `rule`).
 * The alliance's lead and region are copied onto the project (neither changes), so read rules need no call.
 */
export async function createProject(models: ProjectModels, ctx: Context<CreateProjectParams, CallMeta>): Promise<ProjectDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const leadId = leadOf(p.participants);
  if (!administersProject(actor, leadId)) throw forbidden(msg('projects.whoCreates'));
  assertPeriod(p.startOn, p.endOn);
  const alliance = await allianceOr404(ctx, p.allianceId);
  assertAllianceTakesProjects(alliance.status);
  const kinds = activeMemberKinds(await activeMembersToday(ctx, p.allianceId), p.participants.map((x) => x.organizationId));
  await requireGoodStandingToday(ctx, p.participants.map((x) => x.organizationId));
  const at = new Date().toISOString();
  const participants = p.participants.map((x) => newParticipant(x, kinds.get(x.organizationId)!, actor.id, at));
  const fields = proposeProject({ title: p.title, leadOrganizationId: leadId, participants, startOn: p.startOn, endOn: p.endOn, by: actor.id, at });
  const doc = await models.Project.create({ ...fields, allianceId: oid(alliance.id), allianceLeadOrganizationId: alliance.leadOrganizationId, regionCode: alliance.regionCode });
  const dto = toProjectDto(doc.toObject() as ProjectDoc);
  ctx.emit(ProjectEvent.created, { projectId: dto.id, allianceId: dto.allianceId, status: dto.status } satisfies ProjectEventPayload);
  return dto;
}
