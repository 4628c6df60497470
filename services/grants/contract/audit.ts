/**
 * Disqualifications and the audit trail: what an audit entry records (programs created, edited and closed,
 * applications submitted and decided, organizations disqualified and lifted) with a snapshot of what was decided on,
 * the params that disqualify an organization or lift a disqualification through the grants service (audited), and
 * the params that read the trail. Part of the grants contract: import it through grants.contract.ts.
 */
import type { Page, PageArgs } from '../../../infra/pagination.js';

/** What an audit entry records. */
export const AUDIT_ACTIONS = [
  'PROGRAM_CREATED',
  'APPLICATION_SUBMITTED',
  'APPLICATION_APPROVED',
  'APPLICATION_REJECTED',
  'ORGANIZATION_DISQUALIFIED',
  'DISQUALIFICATION_LIFTED',
  'PROGRAM_UPDATED',
  'PROGRAM_CLOSED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

// ---------------------------------------------------------------- DTOs

export interface AuditEntryDto {
  id: string;
  action: AuditAction;
  at: string;
  /** Token subject of whoever did it. */
  by: string;
  byOrganizationId: string | null;
  programId: string | null;
  allianceId: string | null;
  applicationId: string | null;
  organizationId: string | null;
  disqualificationId: string | null;
  note: string | null;
  /** What was decided on: the evaluation, the program, the disqualification. */
  snapshot: Record<string, unknown>;
}

// ---------------------------------------------------------------- params

export interface DisqualifyParams {
  organizationId: string;
  reason: string;
  /** Default today; `until` default: from + 5 years − 1 day (the organizations service decides). */
  from?: string | null;
  until?: string | null;
  /** KEEP (default) or CANCEL with notice the organization's bookings that start later (organizations.disqualify). */
  futureBookings?: 'KEEP' | 'CANCEL' | null;
}

export interface LiftParams {
  disqualificationId: string;
  reason: string;
}

export interface AuditTrailParams extends PageArgs {
  programId?: string | null;
  allianceId?: string | null;
  organizationId?: string | null;
}

export type AuditEntryPage = Page<AuditEntryDto>;
