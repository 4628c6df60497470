import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import type { AddParticipantParams, ProjectDto } from '../projects.contract.js';
import type { ProjectModels } from '../projects.model.js';
import { activeMemberKinds, addParticipant as addParticipantRule, assertAdministers, assertPartner, newParticipant } from '../projects.rules.js';
import { changeProject, loadTarget } from './change-project.js';
import { activeMembersToday, requireGoodStandingToday } from './read-alliance.js';

/**
 * Adds a PARTNER (the LEAD is fixed at creation): the project must exist (NOT_FOUND), the caller administer it
 * (FORBIDDEN), the role be PARTNER (BAD_USER_INPUT EXACTLY_ONE_LEAD) and the organization an active alliance
 * member today (FAILED_PRECONDITION ACTIVE_MEMBER) not disqualified today (FAILED_PRECONDITION, data.reason
 * DISQUALIFIED) before the change itself (rule `addParticipant`).
 */
export async function addParticipant(models: ProjectModels, ctx: Context<AddParticipantParams, CallMeta>): Promise<ProjectDto> {
  const actor = actorOf(ctx);
  const input = ctx.params.participant;
  const current = await loadTarget(models, { projectId: ctx.params.projectId });
  assertAdministers(actor, current.leadOrganizationId);
  assertPartner(input.role);
  const kinds = activeMemberKinds(await activeMembersToday(ctx, String(current.allianceId)), [input.organizationId]);
  await requireGoodStandingToday(ctx, [input.organizationId]);
  const entry = newParticipant(input, kinds.get(input.organizationId)!, actor.id, new Date().toISOString());
  return changeProject(models, ctx, { projectId: ctx.params.projectId }, (p) => addParticipantRule(p, entry));
}
