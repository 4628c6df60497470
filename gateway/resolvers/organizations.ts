import DataLoader from 'dataloader';
import type { GatewayContext } from '../context.js';
import { OrganizationAction, type OrganizationDto, type DisqualificationDto } from '../../services/organizations/organizations.contract.js';
import type { Page } from '../../infra/pagination.js';

type Args = Record<string, any>;

/**
 * Organization.disqualifiedOn(asOf) for a whole list of organizations: per request and date, one
 * `organizations.disqualifiedOn({ asOf, organizationIds })` call, which answers the ids disqualified on that date
 * (the service decides the date rule and defaults `asOf` to its today).
 */
const disqualifiedLoaders = new WeakMap<GatewayContext, Map<string, DataLoader<string, boolean>>>();
function disqualifiedOn(ctx: GatewayContext, organizationId: string, asOf: string | null | undefined): Promise<boolean> {
  let byDate = disqualifiedLoaders.get(ctx);
  if (!byDate) disqualifiedLoaders.set(ctx, (byDate = new Map()));
  const key = asOf ?? '';
  let loader = byDate.get(key);
  if (!loader) {
    loader = new DataLoader<string, boolean>(
      async (ids) => {
        const barred = new Set(await ctx.call<string[]>(OrganizationAction.disqualifiedOn, { asOf: asOf ?? undefined, organizationIds: [...ids] }));
        return ids.map((id) => barred.has(id));
      },
      { maxBatchSize: 1000 },
    );
    byDate.set(key, loader);
  }
  return loader.load(organizationId);
}

export const organizationResolvers = {
  Query: {
    me: (_: unknown, __: Args, ctx: GatewayContext) => (ctx.actor ? { id: ctx.actor.id, roles: ctx.actor.roles, orgId: ctx.actor.org ?? null } : null),
    organization: (_: unknown, { id }: Args, ctx: GatewayContext) => ctx.call<OrganizationDto | null>(OrganizationAction.get, { id }),
    organizations: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<Page<OrganizationDto>>(OrganizationAction.list, args),
  },
  Mutation: {
    registerOrganization: (_: unknown, { input }: Args, ctx: GatewayContext) => ctx.call<OrganizationDto>(OrganizationAction.register, input),
    disqualifyOrganization: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<DisqualificationDto>('grants.disqualifyOrganization', args),
    liftDisqualification: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<DisqualificationDto>('grants.liftDisqualification', args),
  },
  Viewer: {
    organization: (v: { orgId: string | null }, _: Args, ctx: GatewayContext) => (v.orgId ? ctx.loaders.organization.load(v.orgId) : null),
  },
  Organization: {
    memberships: (o: OrganizationDto, _: Args, ctx: GatewayContext) => ctx.loaders.membershipsOfOrganization.load(o.id),
    disqualifications: (o: OrganizationDto, _: Args, ctx: GatewayContext) => ctx.loaders.disqualificationsOfOrganization.load(o.id),
    disqualifiedOn: (o: OrganizationDto, { asOf }: Args, ctx: GatewayContext) => disqualifiedOn(ctx, o.id, asOf),
  },
  Disqualification: {
    organization: (d: DisqualificationDto, _: Args, ctx: GatewayContext) => ctx.loaders.organization.load(d.organizationId),
    imposedBy: (d: DisqualificationDto, _: Args, ctx: GatewayContext) => (d.imposedByOrganizationId ? ctx.loaders.organization.load(d.imposedByOrganizationId) : null),
  },
};
