/** Who may see and do what in cooperation, and the reference data the rules need (organizations, standing). */
import type { Context } from 'moleculer';
import { actorOf, isPlatformAdmin, regionCovers, type Actor, type CallMeta } from '../../../infra/auth.js';
import { callerOrganization, funderRegionOf } from '../../../infra/authz.js';
import { asSystem } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { forbidden, notFound, raise, type Problem } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import type { Msg } from '../../../infra/messages.js';
import { OrganizationAction, standingProblem, type OrganizationDto, type StandingDto, type StandingOfParams } from '../../organizations/organizations.contract.js';
import { CooperationReason } from '../cooperation.contract.js';

export const SERVICE = 'cooperation';

/** Organizations by id (as the service: reference data), NOT_FOUND for the first missing one. */
export async function organizationsOr404(ctx: Context<unknown, CallMeta>, ids: string[]): Promise<OrganizationDto[]> {
  const orgs = await ctx.call<(OrganizationDto | null)[], { ids: string[] }>(OrganizationAction.getMany, { ids }, asSystem(SERVICE, ctx));
  orgs.forEach((o, i) => {
    if (!o) throw notFound('Organization', ids[i]);
  });
  return orgs as OrganizationDto[];
}

/** The organizations are not under a ban today (FAILED_PRECONDITION, data.reason DISQUALIFIED): organizations' one standing rule. */
export async function requireGoodStanding(ctx: Context<unknown, CallMeta>, organizationIds: string[]): Promise<void> {
  const day = today();
  raise(standingProblem(await ctx.call<StandingDto[], StandingOfParams>(OrganizationAction.standingOf, { organizationIds, from: day, to: day }, asSystem(SERVICE, ctx))));
}

/** The region the caller funds in (null unless a FUNDER of a GOVERNMENT organization). */
export async function funderRegion(ctx: Context<unknown, CallMeta>): Promise<string | null> {
  const actor = actorOf(ctx);
  if (!actor.roles.includes('FUNDER')) return null;
  return funderRegionOf(actor, await callerOrganization(ctx, SERVICE));
}

/** Whether the caller may read a record of these organizations in these regions: a party, a covering funder, an admin, the system. */
export async function mayRead(ctx: Context<unknown, CallMeta>, organizationIds: string[], regionCodes: string[]): Promise<boolean> {
  const actor = actorOf(ctx);
  if (actor.system || isPlatformAdmin(actor)) return true;
  if (actor.org && organizationIds.includes(actor.org)) return true;
  const region = await funderRegion(ctx);
  return !!region && regionCodes.some((r) => regionCovers(region, r));
}

/** An ORG_ADMIN of one of the organizations (or a platform admin / the system); FORBIDDEN NOT_A_PARTY otherwise. */
export function requirePartyAdmin(actor: Actor, organizationIds: string[], what: Msg = msg('cooperation.notAParty')): void {
  if (actor.system || isPlatformAdmin(actor)) return;
  if (actor.org && organizationIds.includes(actor.org) && actor.roles.includes('ORG_ADMIN')) return;
  throw forbidden(what, { reason: CooperationReason.NOT_A_PARTY });
}

/** The party an admin acts for: their own organization when it is one of the parties (platform admins/system must name it). */
export function actingParty(actor: Actor, parties: string[], named?: string | null): string {
  if (actor.org && parties.includes(actor.org) && actor.roles.includes('ORG_ADMIN')) return actor.org;
  if ((actor.system || isPlatformAdmin(actor)) && named && parties.includes(named)) return named;
  throw forbidden(msg('cooperation.notAParty'), { reason: CooperationReason.NOT_A_PARTY });
}

/** A refusal made in ops (not in the pure rules): its code, its catalog message (`msg`) and its stable data. */
export function opProblem(code: Problem['code'], m: Msg, data: Record<string, unknown>): Problem {
  return { code, ...m, data };
}
