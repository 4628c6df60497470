import type { Context } from 'moleculer';
import type { CallMeta } from '../../../infra/auth.js';
import { asUser } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { notFound, raise } from '../../../infra/errors.js';
import { AllianceAction, type AllianceDto, type MembershipDto } from '../../alliances/alliances.contract.js';
import { OrganizationAction, standingProblem, type StandingDto, type StandingOfParams } from '../../organizations/organizations.contract.js';

/** The alliance (asked as the user, who must be able to see it); NOT_FOUND when it does not exist. */
export async function allianceOr404(ctx: Context<unknown, CallMeta>, allianceId: string): Promise<AllianceDto> {
  const alliance = await ctx.call<AllianceDto | null, { id: string }>(AllianceAction.get, { id: allianceId }, asUser(ctx));
  if (!alliance) throw notFound('Alliance', allianceId);
  return alliance;
}

/** The alliance's active members today (platform time zone), asked as the user. */
export function activeMembersToday(ctx: Context<unknown, CallMeta>, allianceId: string): Promise<MembershipDto[]> {
  return ctx.call<MembershipDto[], { allianceId: string; asOf: string }>(AllianceAction.activeMembersOn, { allianceId, asOf: today() }, asUser(ctx));
}

/**
 * The organizations are in good standing today (platform time zone), asked as the user: organizations.standingOf +
 * `standingProblem`, the one rule (FAILED_PRECONDITION, data.reason DISQUALIFIED with the ban's dates). A disqualified
 * organization joins no project while its ban is in force.
 */
export async function requireGoodStandingToday(ctx: Context<unknown, CallMeta>, organizationIds: string[]): Promise<void> {
  const day = today();
  raise(standingProblem(await ctx.call<StandingDto[], StandingOfParams>(OrganizationAction.standingOf, { organizationIds, from: day, to: day }, asUser(ctx))));
}
