import type { Context } from 'moleculer';
import { actorOf, hasRole, isPlatformAdmin, type CallMeta } from '../../../infra/auth.js';
import { callerOrganization, funderCovers, type OrgRef } from '../../../infra/authz.js';
import { forbidden } from '../../../infra/errors.js';

/**
 * Who may disqualify an organization or lift a disqualification: a FUNDER acting through a GOVERNMENT organization
 * whose region covers the target's (infra/authz.ts `funderCovers`; the funder's organization is read once per
 * request), or a platform admin or a service. Resolves the funder's organization (null for the latter two).
 * Errors: FORBIDDEN.
 */
export async function requireFunderOver(ctx: Context<unknown, CallMeta>, target: { name: string; regionCode: string }): Promise<OrgRef | null> {
  const actor = actorOf(ctx);
  if (actor.system || isPlatformAdmin(actor)) return null;
  if (!hasRole(actor, 'FUNDER') || !actor.org) throw forbidden('Only a funder (a government organization) may disqualify organizations or lift a disqualification.');
  const funderOrg = await callerOrganization(ctx, 'organizations');
  if (!funderOrg || funderOrg.kind !== 'GOVERNMENT') throw forbidden("A funder's token must name a GOVERNMENT organization.");
  if (!funderCovers(actor, funderOrg, target.regionCode)) throw forbidden(`${target.name} (region ${target.regionCode}) is outside your region ${funderOrg.regionCode}.`);
  return funderOrg;
}
