import type {
  MatchmakingEventRegistrationsArgs,
  MutationCancelMatchmakingRegistrationArgs,
  MutationCreateMatchmakingEventArgs,
  MutationInviteToMatchmakingEventArgs,
  MutationRecordMatchmakingAttendanceArgs,
  MutationRecordMatchmakingOutcomeArgs,
  MutationRegisterForMatchmakingEventArgs,
  MutationSetMatchmakingEventStatusArgs,
  QueryMatchmakingEventArgs,
  QueryMatchmakingEventsArgs,
  QueryMatchmakingYearFiguresArgs,
} from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type { Page } from '../../infra/pagination.js';
import { MatchmakingAction, type EventDto, type EventFiguresDto, type OutcomeDto, type RegistrationDto, type YearFiguresDto } from '../../services/matchmaking/matchmaking.contract.js';
import { industryName } from '../../services/listings/listings.contract.js';

const defined = <T extends object>(o: T | null | undefined) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined));

export const matchmakingResolvers: GatewayResolvers = {
  Query: {
    matchmakingEvent: (_: unknown, { id }: QueryMatchmakingEventArgs, ctx: GatewayContext) => ctx.call<EventDto | null>(MatchmakingAction.get, { id }),
    matchmakingEvents: (_: unknown, a: QueryMatchmakingEventsArgs, ctx: GatewayContext) => ctx.call<Page<EventDto>>(MatchmakingAction.list, defined(a)),
    matchmakingYearFigures: (_: unknown, a: QueryMatchmakingYearFiguresArgs, ctx: GatewayContext) => ctx.call<YearFiguresDto>(MatchmakingAction.yearFigures, defined(a)),
  },
  Mutation: {
    createMatchmakingEvent: (_: unknown, { input }: MutationCreateMatchmakingEventArgs, ctx: GatewayContext) => ctx.call<EventDto>(MatchmakingAction.create, defined(input)),
    inviteToMatchmakingEvent: (_: unknown, a: MutationInviteToMatchmakingEventArgs, ctx: GatewayContext) => ctx.call<RegistrationDto[]>(MatchmakingAction.invite, a),
    registerForMatchmakingEvent: (_: unknown, a: MutationRegisterForMatchmakingEventArgs, ctx: GatewayContext) => ctx.call<RegistrationDto>(MatchmakingAction.register, a),
    cancelMatchmakingRegistration: (_: unknown, a: MutationCancelMatchmakingRegistrationArgs, ctx: GatewayContext) => ctx.call<RegistrationDto>(MatchmakingAction.cancelRegistration, a),
    recordMatchmakingAttendance: (_: unknown, a: MutationRecordMatchmakingAttendanceArgs, ctx: GatewayContext) => ctx.call<RegistrationDto>(MatchmakingAction.recordAttendance, defined(a)),
    recordMatchmakingOutcome: (_: unknown, a: MutationRecordMatchmakingOutcomeArgs, ctx: GatewayContext) => ctx.call<EventDto>(MatchmakingAction.recordOutcome, a),
    setMatchmakingEventStatus: (_: unknown, a: MutationSetMatchmakingEventStatusArgs, ctx: GatewayContext) => ctx.call<EventDto>(MatchmakingAction.setStatus, a),
  },
  MatchmakingEvent: {
    organizer: (e: EventDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(e.organizerOrganizationId),
    alliance: (e: EventDto, _: unknown, ctx: GatewayContext) => (e.allianceId ? ctx.loaders.alliance.load(e.allianceId) : null),
    industries: (e: EventDto) => e.industries.map((code) => ({ code, name: industryName(code) ?? code })),
    seatsLeft: (e: EventDto) => Math.max(0, e.capacity - e.registered),
    figures: (e: EventDto, _: unknown, ctx: GatewayContext) => ctx.call<EventFiguresDto>(MatchmakingAction.figures, { eventId: e.id }),
    registrations: (e: EventDto, a: MatchmakingEventRegistrationsArgs, ctx: GatewayContext) => ctx.call<Page<RegistrationDto>>(MatchmakingAction.registrations, { eventId: e.id, ...defined(a) }),
  },
  MatchmakingOutcome: {
    organizations: (o: OutcomeDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.loadMany(o.organizationIds),
  },
  EventRegistration: {
    organization: (r: RegistrationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(r.organizationId),
  },
};
