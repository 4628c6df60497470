import type { Context } from 'moleculer';
import type { CallMeta } from '../../../infra/auth.js';
import { asUser } from '../../../infra/caller.js';
import { notFound, raise } from '../../../infra/errors.js';
import { OrganizationAction, standingProblem, type OrganizationDto, type StandingDto, type StandingOfParams } from '../../organizations/organizations.contract.js';

/** The organization with this id, read as the calling user; NOT_FOUND when there is none. */
export async function fetchOrganization(ctx: Context<unknown, CallMeta>, id: string): Promise<OrganizationDto> {
  const org = await ctx.call<OrganizationDto | null, { id: string }>(OrganizationAction.get, { id }, asUser(ctx));
  if (!org) throw notFound('Organization', id);
  return org;
}

/**
 * The organization is in good standing on every day from `from` to `to` (platform dates, either order), asked as
 * the calling user: organizations.standingOf + `standingProblem`, the one rule (FAILED_PRECONDITION, data.reason
 * DISQUALIFIED with the ban's dates). A disqualified organization gains no membership while its ban is in force.
 */
export async function requireGoodStanding(ctx: Context<unknown, CallMeta>, organizationId: string, from: string, to: string): Promise<void> {
  raise(standingProblem(await ctx.call<StandingDto[], StandingOfParams>(OrganizationAction.standingOf, { organizationIds: [organizationId], from, to }, asUser(ctx))));
}
