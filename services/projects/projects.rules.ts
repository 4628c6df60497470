/** Pure rules about joint R&D projects: no broker, no database. */
import type { Actor } from '../../infra/auth.js';
import { hasRole, isOrgAdminOf, isPlatformAdmin, regionCovers } from '../../infra/auth.js';

export const PROJECT_STATUSES = ['PROPOSED', 'ACTIVE', 'COMPLETED', 'TERMINATED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PARTICIPANT_ROLES = ['LEAD', 'PARTNER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const OUTPUT_KINDS = ['PATENT', 'SOFTWARE_COPYRIGHT', 'STANDARD', 'PAPER', 'PRODUCT', 'PROCESS'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Why a participant list is refused: the `rule` travels in the error's data so clients can act on it. */
export const CompositionRule = {
  EXACTLY_ONE_LEAD: 'EXACTLY_ONE_LEAD',
  NEEDS_SCHOOL: 'NEEDS_SCHOOL',
  NEEDS_ENTERPRISE: 'NEEDS_ENTERPRISE',
  DISTINCT_ORGANIZATIONS: 'DISTINCT_ORGANIZATIONS',
} as const;
export type CompositionRule = (typeof CompositionRule)[keyof typeof CompositionRule];

const TRANSITIONS: Record<ProjectStatus, ProjectStatus[]> = {
  PROPOSED: ['ACTIVE', 'TERMINATED'],
  ACTIVE: ['COMPLETED', 'TERMINATED'],
  COMPLETED: [],
  TERMINATED: [],
};

export function canTransition(from: ProjectStatus, to: ProjectStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
export function allowedTransitions(from: ProjectStatus): ProjectStatus[] {
  return TRANSITIONS[from];
}
export const isClosed = (s: ProjectStatus) => s === 'COMPLETED' || s === 'TERMINATED';

export interface ComposedParticipant {
  organizationId: string;
  role: ParticipantRole;
  /** Organization kind (SCHOOL, ENTERPRISE, …) as the alliance's membership records it. */
  orgKind: string;
}

export interface CompositionProblem {
  rule: CompositionRule;
  message: string;
}

/**
 * A joint project (校企联合研发) needs at least one school and one enterprise, exactly one LEAD, and each
 * organization once. Returns the first problem, or null when the list is acceptable.
 */
export function compositionProblem(participants: readonly ComposedParticipant[]): CompositionProblem | null {
  const ids = participants.map((p) => p.organizationId);
  if (new Set(ids).size !== ids.length) {
    return { rule: CompositionRule.DISTINCT_ORGANIZATIONS, message: 'Each organization may take part in a project once.' };
  }
  const leads = participants.filter((p) => p.role === 'LEAD');
  if (leads.length !== 1) {
    return { rule: CompositionRule.EXACTLY_ONE_LEAD, message: `A project has exactly one LEAD participant (its lead organization); got ${leads.length}.` };
  }
  if (!participants.some((p) => p.orgKind === 'SCHOOL')) {
    return { rule: CompositionRule.NEEDS_SCHOOL, message: 'A joint R&D project needs at least one SCHOOL participant.' };
  }
  if (!participants.some((p) => p.orgKind === 'ENTERPRISE')) {
    return { rule: CompositionRule.NEEDS_ENTERPRISE, message: 'A joint R&D project needs at least one ENTERPRISE participant.' };
  }
  return null;
}

/** Changes a project: an ORG_ADMIN of its lead organization, a platform admin, or a service. */
export function administersProject(actor: Actor, leadOrganizationId: string): boolean {
  return !!actor.system || isPlatformAdmin(actor) || isOrgAdminOf(actor, leadOrganizationId);
}

export interface ReadScope {
  leadOrganizationId: string;
  participantOrganizationIds: readonly string[];
  allianceLeadOrganizationId: string;
  regionCode: string;
}

/** Reads a project without asking anyone else: participants' users (any role), the alliance lead's admins, platform admins, services. */
export function readsProjectDirectly(actor: Actor, p: ReadScope): boolean {
  if (actor.system || isPlatformAdmin(actor)) return true;
  if (!actor.org) return false;
  if (p.participantOrganizationIds.includes(actor.org)) return true;
  return isOrgAdminOf(actor, p.allianceLeadOrganizationId);
}

/** A FUNDER of a GOVERNMENT organization whose region covers the project's alliance's region. */
export function funderCovers(actor: Actor, funderOrg: { kind: string; regionCode: string } | null, regionCode: string): boolean {
  return hasRole(actor, 'FUNDER') && !!funderOrg && funderOrg.kind === 'GOVERNMENT' && regionCovers(funderOrg.regionCode, regionCode);
}

/**
 * Output owners must be participants. Defaults to the lead organization when none are named.
 * Returns the owners to store, or the ids that are not participants.
 */
export function resolveOwners(requested: readonly string[] | null | undefined, participantIds: readonly string[], leadId: string): { owners: string[] } | { notParticipants: string[] } {
  const owners = requested && requested.length ? [...new Set(requested)] : [leadId];
  const notParticipants = owners.filter((o) => !participantIds.includes(o));
  return notParticipants.length ? { notParticipants } : { owners };
}

/** Sum of committed funding in fen (participants without a commitment count 0). */
export function totalCommittedFen(participants: readonly { committedFundingFen: number | null }[]): number {
  return participants.reduce((sum, p) => sum + (p.committedFundingFen ?? 0), 0);
}
