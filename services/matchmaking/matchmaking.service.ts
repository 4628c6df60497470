/**
 * The matchmaking service: matchmaking events (产教对接活动 / 校企合作恳谈会) — organizer checks, invitations, seats
 * that hold under concurrency, attendance, outcomes and figures. Handlers delegate to ops/; rules are
 * matchmaking.rules.ts. Contract: matchmaking.contract.ts.
 */
import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import type { CallMeta } from '../../infra/auth.js';
import { today } from '../../infra/dates.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import type { Page } from '../../infra/pagination.js';
import type {
  AttendanceParams,
  CreateEventParams,
  EventDto,
  EventFiguresDto,
  EventStatus,
  InviteParams,
  ListEventsParams,
  OutcomeParams,
  RegisterParams,
  RegistrationDto,
  YearFiguresDto,
  YearFiguresParams,
} from './matchmaking.contract.js';
import { matchmakingModels, type MatchmakingModels } from './matchmaking.model.js';
import * as P from './matchmaking.params.js';
import type { MatchmakingDeps } from './ops/deps.js';
import { createEvent, figures, getEvent, getEvents, listEvents, recordOutcome, setEventStatus, yearFiguresOf } from './ops/events.js';
import { cancelRegistration, invite, listRegistrations, recordAttendance, register } from './ops/registrations.js';

type This = MongoVars<MatchmakingModels> & Pick<Service, 'logger'> & { deps: MatchmakingDeps };

const MatchmakingService: ServiceSchema<ServiceSettingSchema, Record<string, never>, This> = {
  name: 'matchmaking',
  dependencies: ['organizations', 'alliances'],
  mixins: [mongoMixin('matchmaking', matchmakingModels)],

  started(this: This) {
    this.deps = { models: this.models, today: () => today() };
  },

  actions: {
    /** Creates a SCHEDULED event (alliance lead or covering funder; FORBIDDEN NOT_ORGANIZER). */
    create: { params: P.createParams, handler(this: This, ctx: Context<CreateEventParams, CallMeta>): Promise<EventDto> { return createEvent(this.deps, ctx); } },
    /** One event (with seats taken) or null. */
    get: { params: P.getParams, retryPolicy: { enabled: true }, handler(this: This, ctx: Context<{ id: string }, CallMeta>): Promise<EventDto | null> { return getEvent(this.deps, ctx); } },
    getMany: { params: P.getManyParams, retryPolicy: { enabled: true }, handler(this: This, ctx: Context<{ ids: string[] }, CallMeta>): Promise<(EventDto | null)[]> { return getEvents(this.deps, ctx); } },
    /** Events, newest date first, by region (covering), year and status. */
    list: { params: P.listParams, handler(this: This, ctx: Context<ListEventsParams, CallMeta>): Promise<Page<EventDto>> { return listEvents(this.deps, ctx); } },
    /** Invites organizations (organizer). */
    invite: { params: P.inviteParams, handler(this: This, ctx: Context<InviteParams, CallMeta>): Promise<RegistrationDto[]> { return invite(this.deps, ctx); } },
    /** Takes a seat (CONFLICT FULL when every seat is taken; exact under concurrency on any number of replicas). */
    register: { params: P.registerParams, handler(this: This, ctx: Context<RegisterParams, CallMeta>): Promise<RegistrationDto> { return register(this.deps, ctx); } },
    /** Gives a seat back. */
    cancelRegistration: { params: P.registerParams, handler(this: This, ctx: Context<RegisterParams, CallMeta>): Promise<RegistrationDto> { return cancelRegistration(this.deps, ctx); } },
    /** Registrations (organizer: all; others: their own). */
    registrations: { params: P.registrationsParams, handler(this: This, ctx: Context<{ eventId: string }, CallMeta>): Promise<Page<RegistrationDto>> { return listRegistrations(this.deps, ctx); } },
    /** Attendance and representatives of a registered organization (organizer; on or after the date). */
    recordAttendance: { params: P.attendanceParams, handler(this: This, ctx: Context<AttendanceParams, CallMeta>): Promise<RegistrationDto> { return recordAttendance(this.deps, ctx); } },
    /** An agreement or project started at the event (organizer). */
    recordOutcome: { params: P.outcomeParams, handler(this: This, ctx: Context<OutcomeParams, CallMeta>): Promise<EventDto> { return recordOutcome(this.deps, ctx); } },
    /** SCHEDULED → HELD | CANCELLED (organizer). */
    setStatus: { params: P.setStatusParams, handler(this: This, ctx: Context<{ eventId: string; status: EventStatus }, CallMeta>): Promise<EventDto> { return setEventStatus(this.deps, ctx); } },
    /** One event's figures. */
    figures: { params: P.figuresParams, handler(this: This, ctx: Context<{ eventId: string }, CallMeta>): Promise<EventFiguresDto> { return figures(this.deps, ctx); } },
    /** A year's figures over HELD events (like Yichang's report, seed 004). */
    yearFigures: { params: P.yearFiguresParams, handler(this: This, ctx: Context<YearFiguresParams, CallMeta>): Promise<YearFiguresDto> { return yearFiguresOf(this.deps, ctx); } },
  },
};

export default MatchmakingService;
