/**
 * Rules of the audit trail: which entries are disqualifications, and which entries a funder reads (its own
 * programs', and disqualifications of organizations in its region). Part of grants.rules.ts.
 */
import { regionPrefix } from '../../../infra/auth.js';
import type { AuditAction } from '../grants.contract.js';

/** The audit actions of disqualifications: funders read those of organizations in their region. */
export const DQ_ACTIONS: readonly AuditAction[] = ['ORGANIZATION_DISQUALIFIED', 'DISQUALIFICATION_LIFTED'];

/** A funder (its organization and region) reads an audit entry of its own programs, or a disqualification in its region. */
export function funderSeesAuditEntry(funder: { organizationId: string; regionCode: string }, e: { action: AuditAction; funderOrganizationId: string | null; regionCode: string | null }): boolean {
  if (e.funderOrganizationId === funder.organizationId) return true;
  return DQ_ACTIONS.includes(e.action) && e.regionCode !== null && e.regionCode.startsWith(regionPrefix(funder.regionCode));
}
