import type { GatewayContext } from '../context.js';
import type { AllianceDto, MemberPage, MembershipDto } from '../../services/alliances/alliances.contract.js';
import type { MemberCounts } from '../../services/alliances/alliances.contract.js';
import { statusOn } from '../../services/alliances/alliances.rules.js';
import type { Page } from '../../infra/pagination.js';

type Args = Record<string, any>;

export const allianceResolvers = {
  Query: {
    alliance: (_: unknown, { id }: Args, ctx: GatewayContext) => ctx.call<AllianceDto | null>('alliances.get', { id }),
    alliances: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<Page<AllianceDto>>('alliances.list', args),
    membership: (_: unknown, { id }: Args, ctx: GatewayContext) => ctx.loaders.membership.load(id),
  },
  Mutation: {
    createAlliance: (_: unknown, { input }: Args, ctx: GatewayContext) => ctx.call<AllianceDto>('alliances.create', input),
    setAllianceStatus: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<AllianceDto>('alliances.setStatus', args),
    applyForMembership: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<MembershipDto>('alliances.apply', args),
    inviteMember: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<MembershipDto>('alliances.invite', args),
    approveMembership: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<MembershipDto>('alliances.approve', args),
    rejectMembership: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<MembershipDto>('alliances.reject', args),
    endMembership: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<MembershipDto>('alliances.end', args),
  },
  Alliance: {
    lead: (a: AllianceDto, _: Args, ctx: GatewayContext) => ctx.loaders.organization.load(a.leadOrganizationId),
    statusOn: (a: AllianceDto, { date }: Args) => statusOn(a.statusHistory, date),
    members: (a: AllianceDto, args: Args, ctx: GatewayContext) => ctx.call<MemberPage>('alliances.members', { ...args, allianceId: a.id }),
    memberCounts: async (a: AllianceDto, { asOf }: Args, ctx: GatewayContext) => {
      const c = await ctx.call<MemberCounts>('alliances.memberCounts', { allianceId: a.id, asOf });
      return {
        ...c,
        byKind: Object.entries(c.byKind).map(([kind, count]) => ({ kind, count })),
        bySchoolType: Object.entries(c.bySchoolType).map(([schoolType, count]) => ({ schoolType, count })),
      };
    },
  },
  Membership: {
    alliance: (m: MembershipDto, _: Args, ctx: GatewayContext) => ctx.loaders.alliance.load(m.allianceId),
    organization: (m: MembershipDto, _: Args, ctx: GatewayContext) => ctx.loaders.organization.load(m.organizationId),
  },
};
