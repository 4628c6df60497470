import type { Context } from 'moleculer';
import type { CallMeta } from '../../../infra/auth.js';
import { asUser } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { notFound } from '../../../infra/errors.js';
import { AllianceAction, type AllianceDto, type MembershipDto } from '../../alliances/alliances.contract.js';

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
