/** Pure rules about alliances and memberships: no broker, no database. */
import type { Actor } from '../../infra/auth.js';
import { isOrgAdminOf, isPlatformAdmin } from '../../infra/auth.js';

export const ALLIANCE_STATUSES = ['FORMING', 'ACTIVE', 'SUSPENDED', 'DISSOLVED'] as const;
export type AllianceStatus = (typeof ALLIANCE_STATUSES)[number];
export const MEMBERSHIP_ROLES = ['LEAD', 'MEMBER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const MEMBERSHIP_STATUSES = ['PENDING', 'ACTIVE', 'REJECTED', 'ENDED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export interface StatusChange {
  status: AllianceStatus;
  /** Effective date, YYYY-MM-DD. */
  from: string;
  recordedAt: string;
  by: string;
}

const TRANSITIONS: Record<AllianceStatus, AllianceStatus[]> = {
  FORMING: ['ACTIVE', 'DISSOLVED'],
  ACTIVE: ['SUSPENDED', 'DISSOLVED'],
  SUSPENDED: ['ACTIVE', 'DISSOLVED'],
  DISSOLVED: [],
};

export function canTransition(from: AllianceStatus, to: AllianceStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
export function allowedTransitions(from: AllianceStatus): AllianceStatus[] {
  return TRANSITIONS[from];
}

/** The alliance's status on a date, or null before it was founded. History is ordered by `from`. */
export function statusOn(history: readonly StatusChange[], date: string): AllianceStatus | null {
  let current: AllianceStatus | null = null;
  for (const change of history) {
    if (change.from <= date) current = change.status;
    else break;
  }
  return current;
}

/** Administers the alliance: an ORG_ADMIN of the lead organization, a platform admin, or a service. */
export function administersAlliance(actor: Actor, leadOrganizationId: string): boolean {
  return !!actor.system || isPlatformAdmin(actor) || isOrgAdminOf(actor, leadOrganizationId);
}

/** Acts for an organization: its ORG_ADMIN, a platform admin, or a service. */
export function actsFor(actor: Actor, organizationId: string): boolean {
  return !!actor.system || isPlatformAdmin(actor) || isOrgAdminOf(actor, organizationId);
}

export interface MembershipPeriod {
  joinedAt: string | null;
  endedAt: string | null;
}

/** Active on D: joined on or before D and not yet ended on D (endedAt is the first day no longer active). */
export function activeOn(m: MembershipPeriod, date: string): boolean {
  return m.joinedAt !== null && m.joinedAt <= date && (m.endedAt === null || m.endedAt > date);
}

export interface CountableMember {
  organizationId: string;
  orgKind: string;
  schoolType: string | null;
}

export interface MemberCounts {
  asOf: string;
  total: number;
  schools: number;
  enterprises: number;
  distinctSchoolTypes: number;
  byKind: Record<string, number>;
  bySchoolType: Record<string, number>;
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
