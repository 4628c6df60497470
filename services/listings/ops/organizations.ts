import type { Context } from 'moleculer';
import { asSystem, type CallMeta } from '../../../infra/caller.js';
import { notFound } from '../../../infra/errors.js';

export interface OrgFacts {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
}

/** An organization's name, kind and region (read as the service: any caller may name a counterpart). NOT_FOUND when unknown. */
export async function organizationOr404(ctx: Context<unknown, CallMeta>, id: string): Promise<OrgFacts> {
  const [o] = await ctx.call<(OrgFacts | null)[], { ids: string[] }>('organizations.getMany', { ids: [id] }, asSystem('listings', ctx));
  if (!o) throw notFound('Organization', id);
  return { id: o.id, name: o.name, kind: o.kind, regionCode: o.regionCode };
}
