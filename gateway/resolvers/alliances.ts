import type { OrganizationKind, SchoolType } from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import {
  AllianceAction,
  type AllianceDto,
  type AllianceStatus,
  type MemberCounts,
  type MemberPage,
  type MembershipDto,
} from '../../services/alliances/alliances.contract.js';
import type { Page } from '../../infra/pagination.js';

type Args = Record<string, any>;

/** A count per key (`{ SCHOOL: 3 }`) as the GraphQL list of `{ <key>: …, count }` objects: the one place this happens. */
/**
 * A counts object from a service (`{ SCHOOL: 3, … }`) as the schema's list of `{ <key>: value, count }` entries; the
 * keys are the schema's enum values (`V`), as the services count by the same enums. The one conversion (R17).
 */
export const countList = <K extends string, V extends string>(counts: Partial<Record<V, number>> | Record<string, number>, key: K) =>
  Object.entries(counts).map(([k, count]) => ({ [key]: k as V, count: count as number }) as Record<K, V> & { count: number });

export const allianceResolvers = {
  Query: {
    alliance: (_: unknown, { id }: Args, ctx: GatewayContext) => ctx.call<AllianceDto | null>(AllianceAction.get, { id }),
    alliances: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<Page<AllianceDto>>(AllianceAction.list, args),
    membership: (_: unknown, { id }: Args, ctx: GatewayContext) => ctx.loaders.membership.load(id),
  },
  Mutation: {
    createAlliance: (_: unknown, { input }: Args, ctx: GatewayContext) => ctx.call<AllianceDto>(AllianceAction.create, input),
    setAllianceStatus: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<AllianceDto>(AllianceAction.setStatus, args),
    applyForMembership: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<MembershipDto>(AllianceAction.apply, args),
    inviteMember: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<MembershipDto>(AllianceAction.invite, args),
    approveMembership: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<MembershipDto>(AllianceAction.approve, args),
    rejectMembership: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<MembershipDto>(AllianceAction.reject, args),
    endMembership: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<MembershipDto>(AllianceAction.end, args),
  },
  // Argument-taking fields: one call per field and argument set for a whole list of alliances (gateway/batch-fields.ts).
  Alliance: {
    lead: (a: AllianceDto, _: Args, ctx: GatewayContext) => ctx.loaders.organization.load(a.leadOrganizationId),
    statusOn: (a: AllianceDto, { date }: Args, ctx: GatewayContext) => ctx.batch<AllianceStatus | null>(AllianceAction.getStatusesOn, 'allianceIds', a.id, { date }),
    members: (a: AllianceDto, args: Args, ctx: GatewayContext) => ctx.batch<MemberPage>(AllianceAction.listMembers, 'allianceIds', a.id, args),
    memberCounts: (a: AllianceDto, { asOf }: Args, ctx: GatewayContext) => ctx.batch<MemberCounts>(AllianceAction.countMembers, 'allianceIds', a.id, { asOf }),
  },
  MemberCounts: {
    byKind: (c: MemberCounts) => countList<'kind', OrganizationKind>(c.byKind, 'kind'),
    bySchoolType: (c: MemberCounts) => countList<'schoolType', SchoolType>(c.bySchoolType, 'schoolType'),
  },
  Membership: {
    alliance: (m: MembershipDto, _: Args, ctx: GatewayContext) => ctx.loaders.alliance.load(m.allianceId),
    organization: (m: MembershipDto, _: Args, ctx: GatewayContext) => ctx.loaders.organization.load(m.organizationId),
  },
};
