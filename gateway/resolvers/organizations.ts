import DataLoader from 'dataloader';
import type {
  MutationDisqualifyOrganizationArgs,
  MutationLiftDisqualificationArgs,
  MutationRecordDesignatedSizeArgs,
  MutationRegisterOrganizationArgs,
  MutationUpdateOrganizationArgs,
  OrganizationClassificationOnArgs,
  OrganizationDisqualifiedOnArgs,
  QueryOrganizationArgs,
  QueryOrganizationsArgs,
} from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type { Me } from './parents.js';
import { OrganizationAction, type ClassificationOn, type OrganizationChange, type OrganizationDto, type DisqualificationDto } from '../../services/organizations/organizations.contract.js';
import { GrantAction } from '../../services/grants/grants.contract.js';
import type { Page } from '../../infra/pagination.js';

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

export const organizationResolvers: GatewayResolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: GatewayContext): Me | null => (ctx.actor ? { id: ctx.actor.id, roles: ctx.actor.roles, orgId: ctx.actor.org ?? null } : null),
    organization: (_: unknown, { id }: QueryOrganizationArgs, ctx: GatewayContext) => ctx.call<OrganizationDto | null>(OrganizationAction.get, { id }),
    organizations: (_: unknown, args: QueryOrganizationsArgs, ctx: GatewayContext) => ctx.call<Page<OrganizationDto>>(OrganizationAction.list, args),
  },
  Mutation: {
    registerOrganization: (_: unknown, { input }: MutationRegisterOrganizationArgs, ctx: GatewayContext) => ctx.call<OrganizationDto>(OrganizationAction.register, input),
    disqualifyOrganization: (_: unknown, args: MutationDisqualifyOrganizationArgs, ctx: GatewayContext) =>
      ctx.call<DisqualificationDto>(GrantAction.disqualifyOrganization, args),
    liftDisqualification: (_: unknown, args: MutationLiftDisqualificationArgs, ctx: GatewayContext) =>
      ctx.call<DisqualificationDto>(GrantAction.liftDisqualification, args),
    updateOrganization: (_: unknown, { input, ...args }: MutationUpdateOrganizationArgs, ctx: GatewayContext) =>
      ctx.call<OrganizationDto>(OrganizationAction.update, { ...input, ...args }),
    recordDesignatedSize: (_: unknown, args: MutationRecordDesignatedSizeArgs, ctx: GatewayContext) => ctx.call<OrganizationDto>(OrganizationAction.recordDesignatedSize, args),
  },
  Viewer: {
    organization: (v: Me, _: unknown, ctx: GatewayContext) => (v.orgId ? ctx.loaders.organization.load(v.orgId) : null),
  },
  Organization: {
    memberships: (o: OrganizationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.membershipsOfOrganization.load(o.id),
    disqualifications: (o: OrganizationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.disqualificationsOfOrganization.load(o.id),
    disqualifiedOn: (o: OrganizationDto, { asOf }: OrganizationDisqualifiedOnArgs, ctx: GatewayContext) => disqualifiedOn(ctx, o.id, asOf),
    classificationOn: (o: OrganizationDto, { date }: OrganizationClassificationOnArgs, ctx: GatewayContext) =>
      ctx.batch<ClassificationOn | null>(OrganizationAction.classificationsOn, 'organizationIds', o.id, { asOf: date }),
  },
  OrganizationChange: {
    oldValues: (c: OrganizationChange) => c.old,
    newValues: (c: OrganizationChange) => c.new,
    byOrganization: (c: OrganizationChange, _: unknown, ctx: GatewayContext) => (c.byOrganizationId ? ctx.loaders.organization.load(c.byOrganizationId) : null),
  },
  Disqualification: {
    organization: (d: DisqualificationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(d.organizationId),
    imposedBy: (d: DisqualificationDto, _: unknown, ctx: GatewayContext) => (d.imposedByOrganizationId ? ctx.loaders.organization.load(d.imposedByOrganizationId) : null),
    // Audit snapshots taken before the choice existed carry none: those bans kept the bookings.
    futureBookings: (d: DisqualificationDto) => d.futureBookings ?? 'KEEP',
    cancelledBookingCount: (d: DisqualificationDto) => d.cancelledBookingCount ?? null,
  },
};
