import type { Context } from 'moleculer';
import { actorOf, hasRole, isPlatformAdmin, type CallMeta } from '../../../infra/auth.js';
import { callerOrganization, funderCovers, type OrgRef } from '../../../infra/authz.js';
import { forbidden } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Who may disqualify an organization or lift a disqualification: a FUNDER acting through a GOVERNMENT organization
 * whose region covers the target's (infra/authz.ts `funderCovers`; the funder's organization is read once per
 * request), or a platform admin or a service. Resolves the funder's organization (null for the latter two).
 * Errors: FORBIDDEN.
 */
export async function requireFunderOver(ctx: Context<unknown, CallMeta>, target: { name: string; regionCode: string }): Promise<OrgRef | null> {
  const actor = actorOf(ctx);
  if (actor.system || isPlatformAdmin(actor)) return null;
  if (!hasRole(actor, 'FUNDER') || !actor.org) throw forbidden(msg('organizations.funderDisqualifies'));
  const funderOrg = await callerOrganization(ctx, 'organizations');
  if (!funderOrg || funderOrg.kind !== 'GOVERNMENT') throw forbidden(msg('organizations.funderMustBeGovernment'));
  if (!funderCovers(actor, funderOrg, target.regionCode)) throw forbidden(msg('organizations.outsideFunderRegion', { name: target.name, regionCode: target.regionCode, funderRegionCode: funderOrg.regionCode }));
  return funderOrg;
}
