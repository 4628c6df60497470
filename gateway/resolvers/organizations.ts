import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type { MutationDisqualifyOrganizationArgs, MutationLiftDisqualificationArgs, MutationRegisterOrganizationArgs, OrganizationDisqualifiedOnArgs, QueryOrganizationArgs, QueryOrganizationsArgs } from '../generated/resolvers-types.js';
import type { OrganizationDto, DisqualificationDto } from '../../services/organizations/organizations.contract.js';
import type { Page } from '../../infra/pagination.js';
import { today } from '../../infra/dates.js';

export const organizationResolvers: GatewayResolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: GatewayContext) => (ctx.actor ? { id: ctx.actor.id, roles: ctx.actor.roles, orgId: ctx.actor.org ?? null } : null),
    organization: (_: unknown, { id }: QueryOrganizationArgs, ctx: GatewayContext) => ctx.call<OrganizationDto | null>('organizations.get', { id }),
    organizations: (_: unknown, args: QueryOrganizationsArgs, ctx: GatewayContext) => ctx.call<Page<OrganizationDto>>('organizations.list', args),
  },
  Mutation: {
    registerOrganization: (_: unknown, { input }: MutationRegisterOrganizationArgs, ctx: GatewayContext) => ctx.call<OrganizationDto>('organizations.register', input),
    disqualifyOrganization: (_: unknown, args: MutationDisqualifyOrganizationArgs, ctx: GatewayContext) => ctx.call<DisqualificationDto>('grants.disqualifyOrganization', args),
    liftDisqualification: (_: unknown, args: MutationLiftDisqualificationArgs, ctx: GatewayContext) => ctx.call<DisqualificationDto>('grants.liftDisqualification', args),
  },
  Viewer: {
    organization: (v: { orgId: string | null }, _: unknown, ctx: GatewayContext) => (v.orgId ? ctx.loaders.organization.load(v.orgId) : null),
  },
  Organization: {
    memberships: (o: OrganizationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.membershipsOfOrganization.load(o.id),
    disqualifications: (o: OrganizationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.disqualificationsOfOrganization.load(o.id),
    disqualifiedOn: async (o: OrganizationDto, { asOf }: OrganizationDisqualifiedOnArgs, ctx: GatewayContext) => {
      const date: string = asOf ?? today();
      const list = await ctx.loaders.disqualificationsOfOrganization.load(o.id);
      return list.some((d) => d.from <= date && d.until >= date && (!d.liftedOn || d.liftedOn > date));
    },
  },
  Disqualification: {
    organization: (d: DisqualificationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(d.organizationId),
    imposedBy: (d: DisqualificationDto, _: unknown, ctx: GatewayContext) => (d.imposedByOrganizationId ? ctx.loaders.organization.load(d.imposedByOrganizationId) : null),
  },
};
