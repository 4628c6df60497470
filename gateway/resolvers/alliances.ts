import type {
  AllianceMemberCountsArgs,
  AllianceMembersArgs,
  AllianceStatusOnArgs,
  MutationApplyForMembershipArgs,
  MutationApproveMembershipArgs,
  MutationChangeAllianceLeadArgs,
  MutationCreateAllianceArgs,
  MutationEndMembershipArgs,
  MutationInviteMemberArgs,
  MutationRejectMembershipArgs,
  MutationSetAllianceStatusArgs,
  OrganizationKind,
  QueryAllianceArgs,
  QueryAlliancesArgs,
  QueryMembershipArgs,
  SchoolType,
} from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import {
  AllianceAction,
  type AllianceDto,
  type AllianceStatus,
  type LeadChange,
  type MemberCounts,
  type MemberPage,
  type MembershipDto,
} from '../../services/alliances/alliances.contract.js';
import type { Page } from '../../infra/pagination.js';

/**
 * A counts object from a service (`{ SCHOOL: 3, … }`) as the schema's list of entries built by `entry`; the keys
 * are the schema's enum values (`V`), as the services count by the same enums. The one conversion (R17).
 */
export const countList = <V extends string, E>(counts: Record<string, number>, entry: (value: V, count: number) => E): E[] =>
  Object.entries(counts).map(([k, count]) => entry(k as V, count));

export const allianceResolvers: GatewayResolvers = {
  Query: {
    alliance: (_: unknown, { id }: QueryAllianceArgs, ctx: GatewayContext) => ctx.call<AllianceDto | null>(AllianceAction.get, { id }),
    alliances: (_: unknown, args: QueryAlliancesArgs, ctx: GatewayContext) => ctx.call<Page<AllianceDto>>(AllianceAction.list, args),
    membership: (_: unknown, { id }: QueryMembershipArgs, ctx: GatewayContext) => ctx.loaders.membership.load(id),
  },
  Mutation: {
    createAlliance: (_: unknown, { input }: MutationCreateAllianceArgs, ctx: GatewayContext) => ctx.call<AllianceDto>(AllianceAction.create, input),
    setAllianceStatus: (_: unknown, args: MutationSetAllianceStatusArgs, ctx: GatewayContext) => ctx.call<AllianceDto>(AllianceAction.setStatus, args),
    applyForMembership: (_: unknown, args: MutationApplyForMembershipArgs, ctx: GatewayContext) => ctx.call<MembershipDto>(AllianceAction.apply, args),
    inviteMember: (_: unknown, args: MutationInviteMemberArgs, ctx: GatewayContext) => ctx.call<MembershipDto>(AllianceAction.invite, args),
    approveMembership: (_: unknown, args: MutationApproveMembershipArgs, ctx: GatewayContext) => ctx.call<MembershipDto>(AllianceAction.approve, args),
    rejectMembership: (_: unknown, args: MutationRejectMembershipArgs, ctx: GatewayContext) => ctx.call<MembershipDto>(AllianceAction.reject, args),
    endMembership: (_: unknown, args: MutationEndMembershipArgs, ctx: GatewayContext) => ctx.call<MembershipDto>(AllianceAction.end, args),
    changeAllianceLead: (_: unknown, args: MutationChangeAllianceLeadArgs, ctx: GatewayContext) => ctx.call<AllianceDto>(AllianceAction.changeLead, args),
  },
  AllianceLeadChange: {
    lead: (l: LeadChange, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(l.organizationId),
  },
  // Argument-taking fields: one call per field and argument set for a whole list of alliances (gateway/batch-fields.ts).
  Alliance: {
    lead: (a: AllianceDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(a.leadOrganizationId),
    statusOn: (a: AllianceDto, { date }: AllianceStatusOnArgs, ctx: GatewayContext) =>
      ctx.batch<AllianceStatus | null>(AllianceAction.getStatusesOn, 'allianceIds', a.id, { date }),
    members: (a: AllianceDto, args: AllianceMembersArgs, ctx: GatewayContext) => ctx.batch<MemberPage>(AllianceAction.listMembers, 'allianceIds', a.id, args),
    memberCounts: (a: AllianceDto, { asOf }: AllianceMemberCountsArgs, ctx: GatewayContext) =>
      ctx.batch<MemberCounts>(AllianceAction.countMembers, 'allianceIds', a.id, { asOf }),
  },
  MemberCounts: {
    byKind: (c: MemberCounts) => countList(c.byKind, (kind: OrganizationKind, count) => ({ kind, count })),
    bySchoolType: (c: MemberCounts) => countList(c.bySchoolType, (schoolType: SchoolType, count) => ({ schoolType, count })),
  },
  Membership: {
    alliance: (m: MembershipDto, _: unknown, ctx: GatewayContext) => ctx.loaders.alliance.load(m.allianceId),
    organization: (m: MembershipDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(m.organizationId),
  },
};
