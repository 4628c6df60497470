/** The audit trail as the caller may read it. */
import type { Context } from 'moleculer';
import { actorOf, isPlatformAdmin, type CallMeta } from '../../../infra/auth.js';
import { callerFunderRegion } from '../../../infra/authz.js';
import { forbidden } from '../../../infra/errors.js';
import { findPage, oid } from '../../../infra/entity.js';
import type { Page } from '../../../infra/pagination.js';
import type { AuditEntryDto, AuditTrailParams } from '../grants.contract.js';
import { auditVisibleToFunderFilter, type AuditEntryDoc, type GrantModels } from '../grants.model.js';
import { toAuditDto } from '../grants.mappers.js';
import { SERVICE } from './callers.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Oldest first. A FUNDER of a GOVERNMENT organization reads the entries of its own programs and the
 * disqualifications in its region; platform admins (and services) read everything; anyone else is FORBIDDEN.
 */
export async function auditTrail(models: GrantModels, ctx: Context<AuditTrailParams, CallMeta>): Promise<Page<AuditEntryDto>> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  let q: Record<string, unknown> = {};
  if (!actor.system && !isPlatformAdmin(actor)) {
    const region = await callerFunderRegion(ctx, SERVICE);
    if (!region || !actor.org) throw forbidden(msg('grants.whoReadsAudit'));
    q = auditVisibleToFunderFilter({ organizationId: actor.org, regionCode: region });
  }
  if (p.programId) q.programId = oid(p.programId);
  if (p.allianceId) q.allianceId = oid(p.allianceId);
  if (p.organizationId) q.organizationId = oid(p.organizationId);
  return findPage<AuditEntryDoc, AuditEntryDto>(models.AuditEntry, q, p, toAuditDto);
}
