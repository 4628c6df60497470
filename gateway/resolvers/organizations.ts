import type { GatewayContext } from '../context.js';
import type { OrganizationDto, DisqualificationDto } from '../../services/organizations/organizations.contract.js';
import type { Page } from '../../infra/pagination.js';
import { today } from '../../infra/dates.js';

type Args = Record<string, any>;

export const organizationResolvers = {
  Query: {
    me: (_: unknown, __: Args, ctx: GatewayContext) => (ctx.actor ? { id: ctx.actor.id, roles: ctx.actor.roles, orgId: ctx.actor.org ?? null } : null),
    organization: (_: unknown, { id }: Args, ctx: GatewayContext) => ctx.call<OrganizationDto | null>('organizations.get', { id }),
    organizations: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<Page<OrganizationDto>>('organizations.list', args),
  },
  Mutation: {
    registerOrganization: (_: unknown, { input }: Args, ctx: GatewayContext) => ctx.call<OrganizationDto>('organizations.register', input),
    disqualifyOrganization: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<DisqualificationDto>('grants.disqualifyOrganization', args),
    liftDisqualification: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<DisqualificationDto>('grants.liftDisqualification', args),
  },
  Viewer: {
    organization: (v: { orgId: string | null }, _: Args, ctx: GatewayContext) => (v.orgId ? ctx.loaders.organization.load(v.orgId) : null),
  },
  Organization: {
    memberships: (o: OrganizationDto, _: Args, ctx: GatewayContext) => ctx.loaders.membershipsOfOrganization.load(o.id),
    disqualifications: (o: OrganizationDto, _: Args, ctx: GatewayContext) => ctx.loaders.disqualificationsOfOrganization.load(o.id),
    disqualifiedOn: async (o: OrganizationDto, { asOf }: Args, ctx: GatewayContext) => {
      const date: string = asOf ?? today();
      const list = await ctx.loaders.disqualificationsOfOrganization.load(o.id);
      return list.some((d) => d.from <= date && d.until >= date && (!d.liftedOn || d.liftedOn > date));
    },
  },
  Disqualification: {
    organization: (d: DisqualificationDto, _: Args, ctx: GatewayContext) => ctx.loaders.organization.load(d.organizationId),
    imposedBy: (d: DisqualificationDto, _: Args, ctx: GatewayContext) => (d.imposedByOrganizationId ? ctx.loaders.organization.load(d.imposedByOrganizationId) : null),
  },
};
