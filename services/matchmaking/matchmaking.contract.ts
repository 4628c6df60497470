/**
 * The matchmaking service's bus contract: matchmaking events (产教对接活动, 校企合作恳谈会) organized by an alliance
 * lead or a funder — invitations or open registration with a capacity that holds under concurrency, attendance,
 * outcomes (agreements and projects started there), per-event and per-year figures. The only file of
 * services/matchmaking others may import. Dates `YYYY-MM-DD` (Asia/Shanghai); instants ISO-8601 UTC.
 * Sources: 001 四(四) "常态化、制度化组织各类产教对接活动"; 003 篇1 and 篇7 §18 (regular matchmaking events); 004
 * (Yichang: 8 校企合作恳谈会 with 90 firms in 2018; 10 matchmaking events with 118 firms and nearly 300 representatives in
 * the first half of 2019).
 */
import type { BusContract } from '../../infra/bus-identity.js';
import type { PageArgs } from '../../infra/pagination.js';

/** MATCHMAKING 产教对接活动 (a fair or matching session); ROUNDTABLE 校企合作恳谈会 (a smaller talk between schools and firms). */
export const EVENT_KINDS = ['MATCHMAKING', 'ROUNDTABLE'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_MODES = ['ONSITE', 'ONLINE', 'HYBRID'] as const;
export type EventMode = (typeof EVENT_MODES)[number];
/** INVITATION: only invited organizations take a seat; OPEN: anyone signed in as an organization, first come. */
export const REGISTRATION_MODES = ['INVITATION', 'OPEN'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];
/** SCHEDULED → HELD (attendance and outcomes recorded) | CANCELLED. */
export const EVENT_STATUSES = ['SCHEDULED', 'HELD', 'CANCELLED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const REGISTRATION_STATUSES = ['INVITED', 'REGISTERED', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const OUTCOME_KINDS = ['AGREEMENT', 'PROJECT'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** At most this many seats per event (seat claims are one document each). */
export const MAX_CAPACITY = 5_000;

/** Stable reasons clients branch on (`data.reason`). */
export const MatchmakingReason = {
  /** Every seat is taken (`capacity`). */
  FULL: 'FULL',
  /** The organization holds a seat already (`registrationId`). */
  ALREADY_REGISTERED: 'ALREADY_REGISTERED',
  /** An invitation-only event and no invitation. */
  NOT_INVITED: 'NOT_INVITED',
  /** The event is not SCHEDULED or its registration has closed (`status`, `closesOn`). */
  REGISTRATION_CLOSED: 'REGISTRATION_CLOSED',
  /** Only the lead of the alliance or a funder covering the region organizes events. */
  NOT_ORGANIZER: 'NOT_ORGANIZER',
  /** Attendance and outcomes are recorded on or after the event's date (`date`). */
  NOT_YET_HELD: 'NOT_YET_HELD',
  /** The organization did not register (`organizationId`). */
  NOT_REGISTERED: 'NOT_REGISTERED',
  /** A transition the life cycle does not allow (`from`, `to`). */
  TRANSITION: 'TRANSITION',
  /** The same outcome was recorded already (`kind`, `id`). */
  DUPLICATE_OUTCOME: 'DUPLICATE_OUTCOME',
} as const;

export const MatchmakingAction = {
  /** CreateEventParams → EventDto. */
  create: 'matchmaking.create',
  /** { id } → EventDto | null. */
  get: 'matchmaking.get',
  /** { ids } → (EventDto | null)[]. */
  getMany: 'matchmaking.getMany',
  /** ListEventsParams → Page<EventDto> (date order, newest first). */
  list: 'matchmaking.list',
  /** InviteParams → RegistrationDto[] (one per organization). */
  invite: 'matchmaking.invite',
  /** RegisterParams → RegistrationDto (a seat; CONFLICT FULL when none is left). */
  register: 'matchmaking.register',
  /** { eventId, organizationId } → RegistrationDto (CANCELLED; the seat is freed). */
  cancelRegistration: 'matchmaking.cancelRegistration',
  /** { eventId, first?, after? } → Page<RegistrationDto> (organizer; an organization sees its own). */
  registrations: 'matchmaking.registrations',
  /** AttendanceParams → RegistrationDto. */
  recordAttendance: 'matchmaking.recordAttendance',
  /** OutcomeParams → EventDto. */
  recordOutcome: 'matchmaking.recordOutcome',
  /** { eventId, status: HELD|CANCELLED } → EventDto. */
  setStatus: 'matchmaking.setStatus',
  /** { eventId } → EventFiguresDto. */
  figures: 'matchmaking.figures',
  /** YearFiguresParams → YearFiguresDto. */
  yearFigures: 'matchmaking.yearFigures',
} as const;
export type MatchmakingAction = (typeof MatchmakingAction)[keyof typeof MatchmakingAction];

export interface OutcomeDto {
  kind: OutcomeKind;
  /** The agreement's (cooperation) or project's (projects) id. */
  id: string;
  organizationIds: string[];
  recordedAt: string;
}

export interface EventDto {
  id: string;
  kind: EventKind;
  title: string;
  theme: string;
  organizerOrganizationId: string;
  /** The alliance an alliance lead organizes for (null for a funder's event). */
  allianceId: string | null;
  /** YYYY-MM-DD, and the local start time 'HH:mm' (Asia/Shanghai) when known. */
  date: string;
  startTime: string | null;
  mode: EventMode;
  /** Address, or the meeting link for ONLINE. */
  place: string;
  /** GB/T 2260. */
  regionCode: string;
  /** GB/T 4754-2017 codes (listings.industries table). */
  industries: string[];
  registrationMode: RegistrationMode;
  capacity: number;
  /** Seats taken now. */
  registered: number;
  /** Last day of registration (default: the day before the event). */
  registrationClosesOn: string;
  status: EventStatus;
  outcomes: OutcomeDto[];
  rev: number;
  createdAt: string;
}

export interface CreateEventParams {
  organizerOrganizationId: string;
  allianceId?: string | null;
  kind: EventKind;
  title: string;
  theme: string;
  date: string;
  startTime?: string | null;
  mode: EventMode;
  place: string;
  regionCode: string;
  industries?: string[] | null;
  registrationMode: RegistrationMode;
  capacity: number;
  registrationClosesOn?: string | null;
}

export interface ListEventsParams extends PageArgs {
  /** Events whose region this code covers. */
  regionCode?: string | null;
  year?: number | null;
  status?: EventStatus | null;
}

export interface RegistrationDto {
  id: string;
  eventId: string;
  organizationId: string;
  organizationName: string;
  organizationKind: string;
  status: RegistrationStatus;
  /** 1 … capacity while REGISTERED. */
  seatNo: number | null;
  attended: boolean;
  /** People the organization sent (recorded with attendance). */
  representatives: number;
  registeredAt: string | null;
}

export interface InviteParams {
  eventId: string;
  organizationIds: string[];
}
export interface RegisterParams {
  eventId: string;
  organizationId: string;
}
export interface AttendanceParams {
  eventId: string;
  organizationId: string;
  attended: boolean;
  representatives?: number | null;
}
export interface OutcomeParams {
  eventId: string;
  kind: OutcomeKind;
  id: string;
  organizationIds: string[];
}

export interface EventFiguresDto {
  eventId: string;
  capacity: number;
  registered: number;
  invited: number;
  attendedOrganizations: number;
  attendedEnterprises: number;
  attendedSchools: number;
  representatives: number;
  agreements: number;
  projects: number;
}

export interface YearFiguresParams {
  year: number;
  /** Events in this region (covering), default all. */
  regionCode?: string | null;
}

/** Like Yichang's report (004): events by kind, distinct firms that attended, representatives, outcomes. */
export interface YearFiguresDto {
  year: number;
  regionCode: string | null;
  byKind: { kind: EventKind; events: number; enterprises: number; schools: number; representatives: number }[];
  events: number;
  /** Distinct enterprises that attended at least one event that year. */
  enterprises: number;
  schools: number;
  representatives: number;
  agreements: number;
  projects: number;
}

export const MatchmakingEvent = {
  created: 'matchmaking.created',
  registered: 'matchmaking.registered',
  outcomeRecorded: 'matchmaking.outcomeRecorded',
} as const;
export type MatchmakingEvent = (typeof MatchmakingEvent)[keyof typeof MatchmakingEvent];

export interface MatchmakingEventPayload {
  eventId: string;
  organizationId?: string;
}

export const MatchmakingBus: BusContract = {
  service: 'matchmaking',
  actions: Object.values(MatchmakingAction),
  events: Object.values(MatchmakingEvent),
  calls: ['organizations', 'alliances'],
};
