/** An authorized user creates a region's revenue policy (its first version), audited. */
import type { Context } from 'moleculer';
import { actorOf } from '../../../infra/auth.js';
import { callerFunderRegion } from '../../../infra/authz.js';
import type { CallMeta } from '../../../infra/caller.js';
import { badInput, conflict, forbidden, isDuplicateKey, problemError, raise } from '../../../infra/errors.js';
import { RevenueRule } from '../../../infra/reasons.js';
import { canonicalRegion, isRegionProblem } from '../../../infra/regions.js';
import { REVENUE_SERVICE, RevenueBusEvent, type CreatePolicyParams, type PolicyEventPayload, type RevenuePolicy } from '../revenue.contract.js';
import type { PolicyDoc, RevenueModels } from '../revenue.model.js';
import { toPolicyDto } from '../revenue.mappers.js';
import { governsPolicy, normalizePolicyCode, POLICY_CODE_RE, policyTermsProblem } from '../revenue.rules.js';
import { storedPolicy } from '../policies.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Creates a policy owned by `regionCode` (a current GB/T 2260 code; a retired one with one successor is stored as
 * that successor) with version 1 and its CREATED change. Who: a FUNDER whose government's region covers the policy's,
 * a platform admin, a service (`governsPolicy`). One policy per region: a second one for the region is CONFLICT
 * (rule POLICY_REGION_TAKEN, data existingCode) — amend the existing one instead. Emits `revenue.policyChanged`.
 * Errors: BAD_USER_INPUT (code, region REGION_*, POLICY_VALIDITY, POLICY_BOUNDS), FORBIDDEN, CONFLICT (code taken: field
 * code; region taken).
 */
export async function createPolicy(ctx: Context<CreatePolicyParams, CallMeta>, models: RevenueModels): Promise<RevenuePolicy> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const code = normalizePolicyCode(p.code);
  if (!POLICY_CODE_RE.test(code)) throw badInput(msg('revenue.policyCodeFormat', { value: p.code }), { field: 'code' });
  const region = canonicalRegion(p.regionCode);
  if (isRegionProblem(region)) throw problemError(region);
  if (!governsPolicy(actor, await callerFunderRegion(ctx, REVENUE_SERVICE), region.code)) {
    throw forbidden(msg('revenue.whoCreatesPolicy', { regionCode: region.code }));
  }
  raise(policyTermsProblem(p));
  const now = new Date().toISOString();
  let doc: PolicyDoc;
  try {
    doc = (
      await models.Policy.create({
        code,
        name: p.name,
        regionCode: region.code,
        versions: [{ version: 1, validFrom: p.validFrom, validUntil: p.validUntil ?? null, minTeacherShareBp: p.minTeacherShareBp, maxTeacherShareBp: p.maxTeacherShareBp, source: p.source ?? null, note: p.note ?? null, recordedAt: now, recordedBy: actor.id }],
        changes: [{ action: 'CREATED', version: 1, at: now, by: actor.id, byOrganizationId: actor.org ?? null, note: p.note ?? null }],
        rev: 0,
        createdBy: actor.id,
      })
    ).toObject() as PolicyDoc;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const sameRegion = await models.Policy.findOne({ regionCode: region.code }).lean<PolicyDoc>();
    if (sameRegion && sameRegion.code !== code) {
      throw conflict(msg('revenue.regionHasPolicy', { regionCode: region.code, code: sameRegion.code }), { field: 'regionCode', rule: RevenueRule.POLICY_REGION_TAKEN, existingCode: sameRegion.code });
    }
    throw conflict(msg('revenue.policyCodeTaken', { code }), { field: 'code' });
  }
  ctx.emit(RevenueBusEvent.policyChanged, { code, regionCode: region.code, action: 'CREATED', version: 1 } satisfies PolicyEventPayload);
  return toPolicyDto(storedPolicy(doc));
}
