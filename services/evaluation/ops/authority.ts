/** Who acts for a region: the caller's funder region (its GOVERNMENT organization's), platform admins and the system everywhere. */
import type { Context } from 'moleculer';
import { actorOf, hasRole, isPlatformAdmin, regionCovers, type CallMeta } from '../../../infra/auth.js';
import { callerOrganization, funderRegionOf, type OrgRef } from '../../../infra/authz.js';
import { forbidden } from '../../../infra/errors.js';

export const SERVICE = 'evaluation';

/** '' for platform admins and the system (covers everything), the funder's region, or null. */
export async function regionOfCaller(ctx: Context<unknown, CallMeta>): Promise<{ region: string | null; org: OrgRef | null }> {
  const actor = actorOf(ctx);
  if (actor.system || isPlatformAdmin(actor)) return { region: '', org: null };
  const org = hasRole(actor, 'FUNDER') ? await callerOrganization(ctx, SERVICE) : null;
  return { region: funderRegionOf(actor, org), org };
}
export const covers = (region: string | null, code: string) => region === '' || (!!region && regionCovers(region, code));

export async function requireFunderOver(ctx: Context<unknown, CallMeta>, code: string): Promise<{ region: string; org: OrgRef | null }> {
  const r = await regionOfCaller(ctx);
  if (!covers(r.region, code)) throw forbidden(`Only a funder whose region covers ${code} may do this.`);
  return { region: r.region!, org: r.org };
}
