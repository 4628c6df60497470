/**
 * The alliances service's bus contract: action names, params, DTOs, events and the enums clients need. The only
 * file of services/alliances that the gateway, other services, seeds, bench and tests outside the folder import.
 * Dates are 'YYYY-MM-DD' strings in the platform's time zone; timestamps are ISO-8601 UTC strings.
 */
import type { BusContract } from '../../infra/bus-identity.js';
import { cacheStaleEvent } from '../../infra/read-cache.js';
import type { Page } from '../../infra/pagination.js';

export const ALLIANCE_STATUSES = ['FORMING', 'ACTIVE', 'SUSPENDED', 'DISSOLVED'] as const;
/** FORMING → ACTIVE ⇄ SUSPENDED; any → DISSOLVED (final). */
export type AllianceStatus = (typeof ALLIANCE_STATUSES)[number];
export const MEMBERSHIP_ROLES = ['LEAD', 'MEMBER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const MEMBERSHIP_STATUSES = ['PENDING', 'ACTIVE', 'REJECTED', 'ENDED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
/** How a membership came about: an application, an invitation, or founding the alliance (the LEAD). */
export type MembershipOrigin = 'APPLICATION' | 'INVITATION' | 'FOUNDING';

/**
 * The lead unit on a date, from an alliance's `leadHistory` (before the first entry: the founding lead; empty: the
 * current lead). A pure function re-exported from the rules so that clients (grants: the award recipient and
 * LEAD_IN_GOOD_STANDING on the evaluation date) need not import them.
 */
export { leadOn } from './alliances.rules.js';

/** Full action names of the alliances service. */
export const AllianceAction = {
  create: 'alliances.create',
  setStatus: 'alliances.setStatus',
  get: 'alliances.get',
  getMany: 'alliances.getMany',
  list: 'alliances.list',
  apply: 'alliances.apply',
  invite: 'alliances.invite',
  approve: 'alliances.approve',
  reject: 'alliances.reject',
  end: 'alliances.end',
  getMemberships: 'alliances.getMemberships',
  membershipsOfOrganizations: 'alliances.membershipsOfOrganizations',
  members: 'alliances.members',
  listMembers: 'alliances.listMembers',
  countMembers: 'alliances.countMembers',
  isActiveMember: 'alliances.isActiveMember',
  activeMembersOn: 'alliances.activeMembersOn',
  statusOn: 'alliances.statusOn',
  getStatusesOn: 'alliances.getStatusesOn',
  /** ChangeLeadParams → AllianceDto: hands the lead unit over to an active member, effective on a date (history kept). */
  changeLead: 'alliances.changeLead',
} as const;
export type AllianceAction = (typeof AllianceAction)[keyof typeof AllianceAction];

/** One entry of an alliance's status history: `status` holds from `from` (inclusive) until the next entry. */
export interface StatusChange {
  status: AllianceStatus;
  /** Effective date, YYYY-MM-DD. */
  from: string;
  /** When it was recorded (ISO timestamp). */
  recordedAt: string;
  /** Who recorded it (actor id). */
  by: string;
}

/** One step of a membership's history (append-only). */
export interface MembershipEntry {
  at: string;
  by: string;
  action: 'APPLIED' | 'INVITED' | 'APPROVED' | 'REJECTED' | 'ENDED' | 'FOUNDED';
  effectiveDate?: string | null;
  reason?: string | null;
}

/**
 * One entry of an alliance's lead history: `organizationId` is the lead unit from `from` (inclusive) until the next
 * entry. The first entry is the founding lead (from `foundedOn`).
 */
export interface LeadChange {
  organizationId: string;
  /** Effective date, YYYY-MM-DD. */
  from: string;
  /** When it was recorded (ISO timestamp). */
  recordedAt: string;
  /** Who recorded it (actor id). */
  by: string;
  /** Why (null for the founding entry). */
  reason: string | null;
}

/** An alliance as every client sees it. */
export interface AllianceDto {
  id: string;
  name: string;
  /** GB/T 2260 6-digit region code. */
  regionCode: string;
  industries: string[];
  /** The current status (the last entry of `statusHistory`). */
  status: AllianceStatus;
  /** The lead unit today (the last entry of `leadHistory`). */
  leadOrganizationId: string;
  foundedOn: string;
  statusHistory: StatusChange[];
  createdAt: string;
  /** Who led the alliance when, oldest first (never empty): grants pay the lead in force on the award date. */
  leadHistory: LeadChange[];
}

/** An organization's membership of an alliance; active from `joinedAt` up to the day before `endedAt`. */
export interface MembershipDto {
  id: string;
  allianceId: string;
  organizationId: string;
  /**
   * The organization's kind and school type, copied when the membership was opened. An organization can be
   * reclassified later (organizations.update, effective from a date): the actions that answer "as of a date"
   * (`countMembers`, `activeMembersOn`, `isActiveMember`, `members` with `kind`) use its classification on that date.
   */
  orgKind: string;
  schoolType: string | null;
  role: MembershipRole;
  status: MembershipStatus;
  initiatedBy: string;
  joinedAt: string | null;
  /** The first day no longer active. */
  endedAt: string | null;
  history: MembershipEntry[];
  createdAt: string;
}

/** A page of memberships with the number of all that match. */
export interface MemberPage extends Page<MembershipDto> {
  totalCount: number;
}

/** Active members on `asOf`, not counting organizations disqualified on that date. */
export interface MemberCounts {
  asOf: string;
  total: number;
  schools: number;
  enterprises: number;
  /** How many school types have at least one member. */
  distinctSchoolTypes: number;
  /** Members per organization kind (kinds with none are absent). */
  byKind: Record<string, number>;
  /** School members per school type (types with none are absent). */
  bySchoolType: Record<string, number>;
}

/** `alliances.create`: the caller must administer the lead organization. `foundedOn` defaults to today, never future. */
export interface CreateAllianceParams {
  name: string;
  regionCode: string;
  industries?: string[] | null;
  leadOrganizationId: string;
  foundedOn?: string | null;
}

/** `alliances.setStatus`: lead's admins only; `effectiveDate` defaults to today, never future, never before the last change. */
export interface SetStatusParams {
  allianceId: string;
  status: AllianceStatus;
  effectiveDate?: string | null;
}

/** `alliances.list` filter: a region covers the codes below it (450000 lists Liuzhou's 450200 too). */
export interface AllianceFilter {
  regionCode?: string | null;
  status?: AllianceStatus | null;
  nameContains?: string | null;
  leadOrganizationId?: string | null;
}
export interface ListAlliancesParams {
  filter?: AllianceFilter | null;
  first?: number | null;
  after?: string | null;
}

/** `alliances.apply` (the organization's admin) and `alliances.invite` (the lead's admins). */
export interface OpenMembershipParams {
  allianceId: string;
  organizationId: string;
}

/** `alliances.approve`: `effectiveDate` (the membership's `joinedAt`) defaults to today, never future. */
export interface ApproveParams {
  membershipId: string;
  effectiveDate?: string | null;
}
export interface RejectParams {
  membershipId: string;
  reason: string;
}
/** `alliances.end`: `effectiveDate` becomes `endedAt` (the first day no longer active). */
export interface EndParams {
  membershipId: string;
  effectiveDate: string;
  reason: string;
}

/** Which memberships of an alliance to page through; with `asOf`, only those active on that date. */
export interface MemberQuery {
  status?: MembershipStatus | null;
  kind?: string | null;
  asOf?: string | null;
  first?: number | null;
  after?: string | null;
}
/** `alliances.members`: one alliance's page. */
export interface MembersParams extends MemberQuery {
  allianceId: string;
}
/** `alliances.listMembers`: the same page for several alliances, one entry per id in order (batch field). */
export interface ListMembersParams extends MemberQuery {
  allianceIds: string[];
}

/** `alliances.countMembers`: one `MemberCounts` per alliance id, in order; `asOf` defaults to today. */
export interface CountMembersParams {
  allianceIds: string[];
  asOf?: string | null;
}

/** `alliances.isActiveMember`: active on EVERY date of [from, to] (back-to-back periods count as continuous). */
export interface IsActiveMemberParams {
  allianceId: string;
  organizationId: string;
  from: string;
  to: string;
}
/** The answer: the kind and role come from the membership that covers (or the first that touches) the range. */
export interface ActiveMemberAnswer {
  active: boolean;
  orgKind: string | null;
  role: string | null;
}

/** `alliances.activeMembersOn`: the memberships active on a date, disqualified organizations included. */
/**
 * `alliances.activeMembersOn`: memberships active on `asOf`, by id. With `first` (1..2000) at most that many after the
 * membership id `after`: callers read big alliances in pages, so no reply comes near the transport's message limit.
 */
export interface ActiveMembersOnParams {
  allianceId: string;
  asOf: string;
  first?: number | null;
  after?: string | null;
}

/** `alliances.statusOn`: the alliance's status on a date (null before it was founded). NOT_FOUND for an unknown id. */
export interface StatusOnParams {
  allianceId: string;
  asOf: string;
}
/** `alliances.getStatusesOn`: the same for several alliances, one entry per id in order (batch field). */
export interface StatusesOnParams {
  allianceIds: string[];
  date: string;
}

/**
 * `alliances.changeLead`: the current lead's admins (or a platform admin) hand the lead over to `organizationId`,
 * which must be an ACTIVE member from `effectiveDate` through today. `effectiveDate` defaults to today, never the
 * future, never before the founding or the last lead change. The memberships' roles follow (the old lead becomes a
 * MEMBER, the new one the LEAD). Errors: NOT_FOUND, FORBIDDEN, FAILED_PRECONDITION (dissolved; data { reason:
 * NOT_AN_ACTIVE_MEMBER }), BAD_USER_INPUT (field effectiveDate), CONFLICT (data { reason: ALREADY_LEAD }, or lost races).
 */
export interface ChangeLeadParams {
  allianceId: string;
  organizationId: string;
  effectiveDate?: string | null;
  reason: string;
}

/** Payload of `alliances.leadChanged`. */
export interface LeadChangedPayload {
  allianceId: string;
  regionCode: string;
  leadOrganizationId: string;
  previousLeadOrganizationId: string;
  effectiveDate: string;
}

/** Events the alliances service publishes. */
export const AllianceEvent = {
  created: 'alliances.created',
  statusChanged: 'alliances.statusChanged',
  /** Payload: LeadChangedPayload. */
  leadChanged: 'alliances.leadChanged',
} as const;

export const MembershipEvent = {
  applied: 'alliances.membershipApplied',
  invited: 'alliances.membershipInvited',
  /** A membership became ACTIVE (effective `joinedAt`). */
  joined: 'alliances.membershipJoined',
  rejected: 'alliances.membershipRejected',
  /** A membership ENDED (no longer active from `endedAt`). */
  ended: 'alliances.membershipEnded',
} as const;

/** Payload of every `MembershipEvent`. */
export interface MembershipEventPayload {
  membershipId: string;
  allianceId: string;
  organizationId: string;
  orgKind: string;
  schoolType: string | null;
  status: string;
  joinedAt: string | null;
  endedAt: string | null;
}

/** Payload of every `AllianceEvent`: the status in force from `effectiveDate`. */
export interface AllianceEventPayload {
  allianceId: string;
  regionCode: string;
  status: string;
  effectiveDate: string;
}

/**
 * The alliances service on the bus: the actions and events it owns and the services it calls. The NATS permissions are
 * generated from it (npm run nats:config), so a change here is a change of who may talk to whom.
 */
export const AlliancesBus: BusContract = {
  service: 'alliances',
  actions: Object.values(AllianceAction),
  // `<service>.cacheStale`: broadcast after every change, to the nodes caching answers that read it (infra/read-cache.ts).
  events: [...Object.values(AllianceEvent), ...Object.values(MembershipEvent), cacheStaleEvent('alliances')],
  calls: ['organizations'],
};
