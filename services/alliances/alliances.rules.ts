/** Pure rules about alliances and memberships: no broker, no database. */
import { regionCovers, type Actor } from '../../infra/auth.js';
import { adminOf } from '../../infra/authz.js';
import { isValidDate } from '../../infra/dates.js';
import { ErrorCode, type ErrorData } from '../../infra/errors.js';
import { inForceOn } from '../../infra/in-force.js';
import { AllianceReason, RegionRule } from '../../infra/reasons.js';
import { canonicalRegion, isRegionProblem } from '../../infra/regions.js';
import type { AllianceStatus, MemberCounts, MembershipRole, MembershipStatus, StatusChange } from './alliances.contract.js';

export type { StatusChange } from './alliances.contract.js';

/** Why a change is refused (null = allowed): the one `Problem` type of infra/errors.ts. */
export type { Problem } from '../../infra/errors.js';
import type { Problem } from '../../infra/errors.js';
import { msg } from '../../infra/message-registry.js';
import { P } from '../../infra/messages.js';
import type { Msg } from '../../infra/messages.js';

const TRANSITIONS: Record<AllianceStatus, AllianceStatus[]> = {
  FORMING: ['ACTIVE', 'DISSOLVED'],
  ACTIVE: ['SUSPENDED', 'DISSOLVED'],
  SUSPENDED: ['ACTIVE', 'DISSOLVED'],
  DISSOLVED: [],
};

/** May an alliance go from `from` to `to`? (Dissolved is final; a status never "changes" to itself.) */
export function canTransition(from: AllianceStatus, to: AllianceStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
/** The statuses an alliance in `from` may move to. */
export function allowedTransitions(from: AllianceStatus): AllianceStatus[] {
  return TRANSITIONS[from];
}

/** The alliance's status on a date, or null before it was founded. History is ordered by `from`. */
export function statusOn(history: readonly StatusChange[], date: string): AllianceStatus | null {
  return inForceOn(history, date, (c) => c.from)?.status ?? null;
}

/** Administers the alliance: an ORG_ADMIN of the lead organization, a platform admin, or a service. */
export const administersAlliance = (actor: Actor, leadOrganizationId: string): boolean => adminOf(actor, leadOrganizationId);

/** What the status rules read of an alliance. */
export interface AllianceState {
  status: AllianceStatus;
  foundedOn: string;
  statusHistory: readonly StatusChange[];
}

/** A date given by the caller (or today): a real calendar date, not after today. BAD_USER_INPUT otherwise. */
function datePastProblem(date: string, field: string, today: string): Problem | null {
  if (!isValidDate(date)) return { code: ErrorCode.BAD_USER_INPUT, ...msg('infra.dateInvalid', { field, value: date }), data: { field } };
  if (date > today) return { code: ErrorCode.BAD_USER_INPUT, ...msg('infra.dateInFuture', { field, date: P.date(date), today: P.date(today) }), data: { field } };
  return null;
}

/**
 * The checks of `alliances.setStatus` (after authorization), in order: `effective` is a past-or-today date
 * (BAD_USER_INPUT), not before the founding nor before the last recorded change — history is recorded in order —
 * (BAD_USER_INPUT, field effectiveDate), and the transition is allowed (CONFLICT, data { from, to }).
 */
export function statusChangeProblem(alliance: AllianceState, to: AllianceStatus, effective: string, today: string): Problem | null {
  const bad = (m: Msg): Problem => ({ code: ErrorCode.BAD_USER_INPUT, ...m, data: { field: 'effectiveDate' } });
  const date = datePastProblem(effective, 'effectiveDate', today);
  if (date) return date;
  if (effective < alliance.foundedOn) return bad(msg('alliances.beforeFounding', { effective: P.date(effective), foundedOn: P.date(alliance.foundedOn) }));
  const last = alliance.statusHistory[alliance.statusHistory.length - 1];
  if (last && effective < last.from) return bad(msg('alliances.beforeLastStatusChange', { effective: P.date(effective), status: P.key(`alliances.status.${last.status}`), from: P.date(last.from) }));
  if (!canTransition(alliance.status, to)) {
    const allowed = allowedTransitions(alliance.status);
    return {
      code: ErrorCode.CONFLICT,
      ...msg('alliances.statusTransition', { from: P.key(`alliances.status.${alliance.status}`), to: P.key(`alliances.status.${to}`), allowed: P.list(allowed.map((s) => P.key(`alliances.status.${s}`)), 'disjunction'), final: allowed.length ? 'no' : 'yes' }),
      data: { from: alliance.status, to },
    };
  }
  return null;
}

/** What the membership rules read of a membership. */
export interface MembershipState {
  organizationId: string;
  role: MembershipRole;
  status: MembershipStatus;
  initiatedBy: string;
  joinedAt: string | null;
}
/** What the membership rules read of its alliance. */
export interface AllianceRef {
  leadOrganizationId: string;
  status: AllianceStatus;
  foundedOn: string;
}

/** The alliance takes no new members once dissolved (FAILED_PRECONDITION). */
export function takesMembersProblem(alliance: Pick<AllianceRef, 'status'>): Problem | null {
  return alliance.status === 'DISSOLVED' ? { code: ErrorCode.FAILED_PRECONDITION, ...msg('alliances.dissolvedNoMembers') } : null;
}

/**
 * The checks of `alliances.approve`, in order: an invitation is accepted by the invited organization's admins, an
 * application approved by the lead's (FORBIDDEN); the membership is PENDING (CONFLICT, data { status }); the
 * alliance is not dissolved (FAILED_PRECONDITION); `effective` is a past-or-today date not before the founding
 * and not inside an earlier period of the same organization, which ended on `earlierEndedOn` (BAD_USER_INPUT).
 */
export function approvalProblem(actor: Actor, m: MembershipState, a: AllianceRef, effective: string, today: string, earlierEndedOn: string | null): Problem | null {
  if (m.initiatedBy === 'INVITATION') {
    if (!adminOf(actor, m.organizationId)) return { code: ErrorCode.FORBIDDEN, ...msg('alliances.invitationAcceptedByInvitee') };
  } else if (!administersAlliance(actor, a.leadOrganizationId)) {
    return { code: ErrorCode.FORBIDDEN, ...msg('alliances.leadApprovesApplications') };
  }
  if (m.status !== 'PENDING') return { code: ErrorCode.CONFLICT, ...msg('alliances.membershipNotPending', { status: P.key(`alliances.membershipStatus.${m.status}`), action: 'approve' }), data: { status: m.status } };
  const closed = takesMembersProblem(a);
  if (closed) return closed;
  const date = datePastProblem(effective, 'effectiveDate', today);
  if (date) return date;
  if (effective < a.foundedOn) return { code: ErrorCode.BAD_USER_INPUT, ...msg('alliances.beforeFounding', { effective: P.date(effective), foundedOn: P.date(a.foundedOn) }), data: { field: 'effectiveDate' } };
  // Periods of the same organization in the same alliance never overlap.
  if (earlierEndedOn !== null && earlierEndedOn > effective) {
    return { code: ErrorCode.BAD_USER_INPUT, ...msg('alliances.overlapsEarlierMembership', { effective: P.date(effective), endedOn: P.date(earlierEndedOn) }), data: { field: 'effectiveDate' } };
  }
  return null;
}

/** Rejecting a pending membership, or ending an active one from `effective` (with today's date). */
export type ClosingChange = { to: 'REJECTED' } | { to: 'ENDED'; effective: string; today: string };

/**
 * The checks of `alliances.reject` and `alliances.end`, in order.
 * REJECTED: the lead's admins reject applications or withdraw invitations, the invited organization's admins may
 * decline (FORBIDDEN); the membership is PENDING (CONFLICT, data { status }).
 * ENDED: the lead's admins or the member's own (FORBIDDEN); never the alliance's current lead unit (FAILED_PRECONDITION); the membership
 * is ACTIVE (CONFLICT, data { status }); `effective` is a past-or-today date after `joinedAt` (BAD_USER_INPUT).
 */
export function membershipTransitionProblem(actor: Actor, m: MembershipState, a: Pick<AllianceRef, 'leadOrganizationId'>, change: ClosingChange): Problem | null {
  const lead = administersAlliance(actor, a.leadOrganizationId);
  if (change.to === 'REJECTED') {
    const invitee = m.initiatedBy === 'INVITATION' && adminOf(actor, m.organizationId);
    if (!lead && !invitee) return { code: ErrorCode.FORBIDDEN, ...msg('alliances.leadRejectsApplications') };
    if (m.status !== 'PENDING') return { code: ErrorCode.CONFLICT, ...msg('alliances.membershipNotPending', { status: P.key(`alliances.membershipStatus.${m.status}`), action: 'reject' }), data: { status: m.status } };
    return null;
  }
  if (!lead && !adminOf(actor, m.organizationId)) return { code: ErrorCode.FORBIDDEN, ...msg('alliances.whoEndsMembership') };
  // The alliance says who leads (its lead may have changed since the membership's role was written).
  if (m.organizationId === a.leadOrganizationId) return { code: ErrorCode.FAILED_PRECONDITION, ...msg('alliances.leadCannotLeave') };
  if (m.status !== 'ACTIVE') return { code: ErrorCode.CONFLICT, ...msg('alliances.membershipNotActive', { status: P.key(`alliances.membershipStatus.${m.status}`) }), data: { status: m.status } };
  const date = datePastProblem(change.effective, 'effectiveDate', change.today);
  if (date) return date;
  if (m.joinedAt && change.effective <= m.joinedAt) {
    return { code: ErrorCode.BAD_USER_INPUT, ...msg('alliances.endBeforeJoin', { effective: P.date(change.effective), joinedAt: P.date(m.joinedAt) }), data: { field: 'effectiveDate' } };
  }
  return null;
}

/** A membership's period: active from `joinedAt` (null: never joined) up to the day before `endedAt` (null: open). */
export interface MembershipPeriod {
  joinedAt: string | null;
  endedAt: string | null;
}

/**
 * Active on D: joined on or before D and not yet ended on D (endedAt is the first day no longer active).
 * The running filter is `activeOnFilter` in alliances.model.ts, tested against this rule.
 */
export function activeOn(m: MembershipPeriod, date: string): boolean {
  return m.joinedAt !== null && m.joinedAt <= date && (m.endedAt === null || m.endedAt > date);
}

/**
 * Is every date of [from, to] inside one of the periods (an organization's memberships of one alliance)?
 * Back-to-back periods count as continuous. `period` is the membership that closes the coverage when covered,
 * else the first one active at the start of the uncovered stretch (null if none): callers read its kind and role.
 */
export function coversRange<P extends MembershipPeriod>(periods: readonly P[], from: string, to: string): { active: boolean; period: P | null } {
  const ordered = periods.filter((p) => p.joinedAt !== null && p.joinedAt <= to).sort((x, y) => (x.joinedAt! < y.joinedAt! ? -1 : x.joinedAt! > y.joinedAt! ? 1 : 0));
  let covered = from; // the first date not yet known to be covered
  let found: P | null = null;
  for (const p of ordered) {
    if (p.joinedAt! > covered) break;
    if (p.endedAt === null || p.endedAt > covered) found ??= p;
    if (p.endedAt === null) return { active: true, period: p };
    if (p.endedAt > covered) covered = p.endedAt; // active through the day before endedAt
    if (covered > to) return { active: true, period: p };
  }
  return { active: false, period: found };
}

/** Folds per-kind and per-school-type counts (as the database groups them) into the contract's shape. */
export function foldCounts(asOf: string, byKind: Record<string, number>, bySchoolType: Record<string, number>): MemberCounts {
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  return {
    asOf,
    total,
    schools: byKind.SCHOOL ?? 0,
    enterprises: byKind.ENTERPRISE ?? 0,
    distinctSchoolTypes: Object.entries(bySchoolType).filter(([t, n]) => t && t !== 'null' && n > 0).length,
    byKind,
    bySchoolType,
  };
}

/** Lower-cased, space-folded name: one alliance of a name per region. */
export const nameKey = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The region code an alliance is stored with, or why it is refused: the code must be a GB/T 2260 division
 * (`canonicalRegion`: BAD_USER_INPUT `REGION_FORMAT` / `REGION_UNKNOWN` / `REGION_RETIRED`; a retired code with one
 * successor is stored as that successor) and must cover its lead organization's region (FAILED_PRECONDITION
 * `REGION_NOT_COVERING_LEAD`, data regionCode, leadRegionCode): a Xi'an (610100) enterprise cannot found a Liuzhou
 * (450200) alliance and so appear in Liuzhou's funder's standings. Checked again whenever the lead changes.
 */
export function allianceRegion(regionCode: string, leadRegionCode: string): { regionCode: string } | Problem {
  const region = canonicalRegion(regionCode);
  if (isRegionProblem(region)) return region;
  const lead = canonicalRegion(leadRegionCode);
  const leadCode = isRegionProblem(lead) ? leadRegionCode : lead.code;
  if (!regionCovers(region.code, leadCode)) {
    return {
      code: ErrorCode.FAILED_PRECONDITION,
      ...msg('alliances.regionNotCoveringLead', { regionCode: region.code, regionName: region.region.name, leadRegionCode: leadCode }),
      data: { field: 'regionCode', rule: RegionRule.REGION_NOT_COVERING_LEAD, regionCode: region.code, leadRegionCode: leadCode },
    };
  }
  return { regionCode: region.code };
}

// ---------------------------------------------------------------- organizations reclassified after joining

/** An organization's kind and school type on a date (as `organizations.classificationsOn` / `reclassifiedOn` answer). */
export interface Classification {
  kind: string;
  schoolType: string | null;
}

/** What counting reads of a membership: the kind and school type copied onto it when it was opened. */
export interface CopiedClassification {
  organizationId: string;
  orgKind: string;
  schoolType: string | null;
}

/**
 * A membership as it stood on a date: its copied kind and school type replaced by the organization's on that date
 * when the organization was reclassified (`classificationOn` holds only reclassified organizations).
 */
export function asClassifiedOn<M extends CopiedClassification>(m: M, classificationOn: ReadonlyMap<string, Classification>): M {
  const c = classificationOn.get(m.organizationId);
  if (!c || (c.kind === m.orgKind && (c.schoolType ?? null) === (m.schoolType ?? null))) return m;
  return { ...m, orgKind: c.kind, schoolType: c.kind === 'SCHOOL' ? (c.schoolType ?? null) : null };
}

/**
 * Counts grouped by the kinds copied onto memberships, corrected for reclassified organizations: each of `rows`
 * (the counted memberships of reclassified organizations) moves from its copied kind / school type to the
 * organization's on the date. The counts then equal counting every membership by `asClassifiedOn`, which is
 * what `alliances.countMembers` promises (property-tested in alliances.rules.spec.ts). Returns new maps.
 */
export function reclassifyCounts(
  byKind: Readonly<Record<string, number>>,
  bySchoolType: Readonly<Record<string, number>>,
  rows: readonly CopiedClassification[],
  classificationOn: ReadonlyMap<string, Classification>,
): { byKind: Record<string, number>; bySchoolType: Record<string, number> } {
  const kinds = { ...byKind };
  const types = { ...bySchoolType };
  const add = (counts: Record<string, number>, key: string, n: number) => {
    const v = (counts[key] ?? 0) + n;
    if (v > 0) counts[key] = v;
    else delete counts[key];
  };
  for (const row of rows) {
    const now = asClassifiedOn(row, classificationOn);
    if (now === row) continue;
    add(kinds, row.orgKind, -1);
    if (row.orgKind === 'SCHOOL' && row.schoolType) add(types, row.schoolType, -1);
    add(kinds, now.orgKind, 1);
    if (now.orgKind === 'SCHOOL' && now.schoolType) add(types, now.schoolType, 1);
  }
  return { byKind: kinds, bySchoolType: types };
}

/** Is the organization of this membership of `kind` on the date? (The rule `kindOnFilter` in alliances.model.ts encodes.) */
export const ofKindOn = (m: CopiedClassification, kind: string, classificationOn: ReadonlyMap<string, Classification>): boolean => asClassifiedOn(m, classificationOn).orgKind === kind;

// ---------------------------------------------------------------- the lead unit over time

/** One entry of an alliance's lead history: `organizationId` leads from `from` (inclusive) until the next entry. */
export interface LeadPeriod {
  organizationId: string;
  from: string;
}

/**
 * The lead unit on a date: the lead-history entry in force (history ordered by `from`); before the first entry, the
 * founding lead; with no history (an alliance whose lead never changed), `current`.
 */
export function leadOn(history: readonly LeadPeriod[], current: string, date: string): string {
  if (!history.length) return current;
  return (inForceOn(history, date, (h) => h.from) ?? history[0]).organizationId;
}

/** What the lead-change rules read of an alliance. */
export interface LeadChangeState {
  leadOrganizationId: string;
  status: AllianceStatus;
  foundedOn: string;
  leadHistory: readonly LeadPeriod[];
}

/**
 * The checks of `alliances.changeLead`, in order: the current lead's admins or a platform admin (FORBIDDEN); not a
 * dissolved alliance (FAILED_PRECONDITION); `effective` a past-or-today date (BAD_USER_INPUT), not before the
 * founding nor before the last lead change — the lead history is recorded in order (BAD_USER_INPUT, field
 * effectiveDate); a different organization (CONFLICT, data { reason: 'ALREADY_LEAD' }); an ACTIVE member on every date
 * from `effective` through today (FAILED_PRECONDITION, data { reason: 'NOT_AN_ACTIVE_MEMBER' }).
 */
export function leadChangeProblem(actor: Actor, a: LeadChangeState, newLead: string, effective: string, today: string, activeThroughToday: boolean): Problem | null {
  if (!administersAlliance(actor, a.leadOrganizationId)) return { code: ErrorCode.FORBIDDEN, ...msg('alliances.whoHandsLeadOver') };
  if (a.status === 'DISSOLVED') return { code: ErrorCode.FAILED_PRECONDITION, ...msg('alliances.dissolvedLeadFixed') };
  const date = datePastProblem(effective, 'effectiveDate', today);
  if (date) return date;
  const bad = (m: Msg): Problem => ({ code: ErrorCode.BAD_USER_INPUT, ...m, data: { field: 'effectiveDate' } });
  if (effective < a.foundedOn) return bad(msg('alliances.beforeFounding', { effective: P.date(effective), foundedOn: P.date(a.foundedOn) }));
  const last = a.leadHistory[a.leadHistory.length - 1];
  if (last && effective < last.from) return bad(msg('alliances.beforeLastLeadChange', { effective: P.date(effective), from: P.date(last.from) }));
  if (newLead === a.leadOrganizationId) return { code: ErrorCode.CONFLICT, ...msg('alliances.alreadyLead'), data: { reason: AllianceReason.ALREADY_LEAD } };
  if (!activeThroughToday) {
    return { code: ErrorCode.FAILED_PRECONDITION, ...msg('alliances.newLeadNotMember', { effective: P.date(effective) }), data: { reason: AllianceReason.NOT_AN_ACTIVE_MEMBER } };
  }
  return null;
}
