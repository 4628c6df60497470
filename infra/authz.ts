/**
 * The one place that answers "may this caller …" questions shared by services. Pure predicates take the
 * verified `Actor`; the caller's own organization (needed for funders) is looked up once per request.
 */
import type { Context } from 'moleculer';
import { actorOf, hasRole, isOrgAdminOf, isPlatformAdmin, regionCovers, type Actor, type CallMeta } from './auth.js';
import { forbidden } from './errors.js';
import { asSystem } from './caller.js';
import type { Msg } from './messages.js';

/** What authorization needs of an organization (a subset of organizations' `OrganizationDto`). */
export interface OrgRef {
  id: string;
  kind: string;
  regionCode: string;
}

/** The system, a platform admin, or an ORG_ADMIN of one of the given organizations. */
export function adminOf(actor: Actor, ...organizationIds: (string | null | undefined)[]): boolean {
  if (actor.system || isPlatformAdmin(actor)) return true;
  return organizationIds.some((id) => !!id && isOrgAdminOf(actor, id));
}

/** Throws FORBIDDEN with `message` unless `adminOf(actor, …organizationIds)`. */
export function requireAdminOf(actor: Actor, organizationIds: (string | null | undefined)[], message: string | Msg): void {
  if (!adminOf(actor, ...organizationIds)) throw forbidden(message);
}

/**
 * A FUNDER acting through a GOVERNMENT organization whose region covers `regionCode` (GB/T 2260 nesting:
 * 450000 covers 450200). `funderOrg` is the caller's own organization, from `callerOrganization`.
 */
export function funderCovers(actor: Actor, funderOrg: OrgRef | null, regionCode: string): boolean {
  return hasRole(actor, 'FUNDER') && !!funderOrg && funderOrg.kind === 'GOVERNMENT' && regionCovers(funderOrg.regionCode, regionCode);
}

/** The region a FUNDER acts in (its GOVERNMENT organization's), or null for anyone else. */
export function funderRegionOf(actor: Actor, funderOrg: OrgRef | null): string | null {
  return hasRole(actor, 'FUNDER') && funderOrg?.kind === 'GOVERNMENT' ? funderOrg.regionCode : null;
}

// Per request: a GraphQL query fans out into several actions, each of which may ask for the caller's organization.
const memo = new Map<string, { at: number; org: Promise<OrgRef | null> }>();
const MEMO_MS = 5_000;
const MEMO_MAX = 5_000;

/**
 * The caller's own organization (null without an org claim), read once per request (keyed by request id and
 * organization) with the service's system identity: a user may not be allowed to read their own record's
 * details, but authorization needs its kind and region. `service` names the calling service.
 */
export function callerOrganization(ctx: Context<unknown, CallMeta>, service: string): Promise<OrgRef | null> {
  const actor = actorOf(ctx);
  if (!actor.org) return Promise.resolve(null);
  const orgId = actor.org;
  const key = `${ctx.requestID ?? ctx.id}:${orgId}`;
  const now = Date.now();
  const hit = memo.get(key);
  if (hit && now - hit.at < MEMO_MS) return hit.org;
  if (memo.size >= MEMO_MAX) {
    for (const [k, v] of memo) if (now - v.at >= MEMO_MS) memo.delete(k);
    if (memo.size >= MEMO_MAX) memo.clear();
  }
  const org = (async () => {
    const [o] = await ctx.call<(OrgRef | null)[], { ids: string[] }>('organizations.getMany', { ids: [orgId] }, asSystem(service, ctx));
    return o ? { id: o.id, kind: o.kind, regionCode: o.regionCode } : null;
  })();
  memo.set(key, { at: now, org });
  org.catch(() => memo.delete(key));
  return org;
}

/** `funderCovers` for the current caller: false at once (no lookup) for callers without the FUNDER role. */
export async function callerFunderCovers(ctx: Context<unknown, CallMeta>, service: string, regionCode: string): Promise<boolean> {
  const actor = actorOf(ctx);
  if (!hasRole(actor, 'FUNDER')) return false;
  return funderCovers(actor, await callerOrganization(ctx, service), regionCode);
}

/** The region the current caller funds in, or null (no lookup for callers without the FUNDER role). */
export async function callerFunderRegion(ctx: Context<unknown, CallMeta>, service: string): Promise<string | null> {
  const actor = actorOf(ctx);
  if (!hasRole(actor, 'FUNDER')) return null;
  return funderRegionOf(actor, await callerOrganization(ctx, service));
}
