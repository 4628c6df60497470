/** Pending applications follow an alliance's lead unit (`alliances.leadChanged`). */
import { oid } from '../../../infra/entity.js';
import type { LeadChangedPayload } from '../../alliances/alliances.contract.js';
import type { GrantModels } from '../grants.model.js';

/**
 * The alliance's SUBMITTED applications become the new lead's to read (their `leadOrganizationId` decides who sees
 * them): the new lead receives the award if approved (the recipient is the lead on the decision date, whatever this
 * field says). Decided applications keep the lead they were decided for. Idempotent, so a replayed event is harmless.
 */
export async function followLeadChange(models: GrantModels, e: LeadChangedPayload): Promise<number> {
  const res = await models.Application.updateMany({ allianceId: oid(e.allianceId), status: 'SUBMITTED' }, { $set: { leadOrganizationId: oid(e.leadOrganizationId) } });
  return res.modifiedCount ?? 0;
}
