import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type { AllianceMemberCountsArgs, AllianceMembersArgs, AllianceStatusOnArgs, MutationApplyForMembershipArgs, MutationApproveMembershipArgs, MutationCreateAllianceArgs, MutationEndMembershipArgs, MutationInviteMemberArgs, MutationRejectMembershipArgs, MutationSetAllianceStatusArgs, OrganizationKind, QueryAllianceArgs, QueryAlliancesArgs, QueryMembershipArgs, SchoolType } from '../generated/resolvers-types.js';
import type { AllianceDto, MemberPage, MembershipDto } from '../../services/alliances/alliances.contract.js';
import type { MemberCounts } from '../../services/alliances/alliances.contract.js';
import { statusOn } from '../../services/alliances/alliances.rules.js';
import type { Page } from '../../infra/pagination.js';

export const allianceResolvers: GatewayResolvers = {
  Query: {
    alliance: (_: unknown, { id }: QueryAllianceArgs, ctx: GatewayContext) => ctx.call<AllianceDto | null>('alliances.get', { id }),
    alliances: (_: unknown, args: QueryAlliancesArgs, ctx: GatewayContext) => ctx.call<Page<AllianceDto>>('alliances.list', args),
    membership: (_: unknown, { id }: QueryMembershipArgs, ctx: GatewayContext) => ctx.loaders.membership.load(id),
  },
  Mutation: {
    createAlliance: (_: unknown, { input }: MutationCreateAllianceArgs, ctx: GatewayContext) => ctx.call<AllianceDto>('alliances.create', input),
    setAllianceStatus: (_: unknown, args: MutationSetAllianceStatusArgs, ctx: GatewayContext) => ctx.call<AllianceDto>('alliances.setStatus', args),
    applyForMembership: (_: unknown, args: MutationApplyForMembershipArgs, ctx: GatewayContext) => ctx.call<MembershipDto>('alliances.apply', args),
    inviteMember: (_: unknown, args: MutationInviteMemberArgs, ctx: GatewayContext) => ctx.call<MembershipDto>('alliances.invite', args),
    approveMembership: (_: unknown, args: MutationApproveMembershipArgs, ctx: GatewayContext) => ctx.call<MembershipDto>('alliances.approve', args),
    rejectMembership: (_: unknown, args: MutationRejectMembershipArgs, ctx: GatewayContext) => ctx.call<MembershipDto>('alliances.reject', args),
    endMembership: (_: unknown, args: MutationEndMembershipArgs, ctx: GatewayContext) => ctx.call<MembershipDto>('alliances.end', args),
  },
  Alliance: {
    lead: (a: AllianceDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(a.leadOrganizationId),
    statusOn: (a: AllianceDto, { date }: AllianceStatusOnArgs) => statusOn(a.statusHistory, date),
    members: (a: AllianceDto, args: AllianceMembersArgs, ctx: GatewayContext) => ctx.call<MemberPage>('alliances.members', { ...args, allianceId: a.id }),
    memberCounts: async (a: AllianceDto, { asOf }: AllianceMemberCountsArgs, ctx: GatewayContext) => {
      const c = await ctx.call<MemberCounts>('alliances.memberCounts', { allianceId: a.id, asOf });
      return {
        ...c,
        byKind: Object.entries(c.byKind).map(([kind, count]) => ({ kind: kind as OrganizationKind, count })),
        bySchoolType: Object.entries(c.bySchoolType).map(([schoolType, count]) => ({ schoolType: schoolType as SchoolType, count })),
      };
    },
  },
  Membership: {
    alliance: (m: MembershipDto, _: unknown, ctx: GatewayContext) => ctx.loaders.alliance.load(m.allianceId),
    organization: (m: MembershipDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(m.organizationId),
  },
};
