/** Which regional policy an agreement version follows: the one in force for the alliance's region on its date. */
import type { Context } from 'moleculer';
import { asSystem, type CallMeta } from '../../../infra/caller.js';
import { notFound, problemError } from '../../../infra/errors.js';
import { AllianceAction, type AllianceDto } from '../../alliances/alliances.contract.js';
import { REVENUE_SERVICE, type RevenuePolicy } from '../revenue.contract.js';
import type { RevenueModels } from '../revenue.model.js';
import { toPolicyDto } from '../revenue.mappers.js';
import { choosePolicy, normalizePolicyCode, policyInForce } from '../revenue.rules.js';
import { policiesCovering } from '../policies.js';

/**
 * The policy (showing the version applied) an agreement version of an alliance in `regionCode` follows on `date`:
 * the nearest covering region's policy in force that day (`policyInForce`); a named policy must be that one
 * (`choosePolicy`). Errors: BAD_USER_INPUT UNKNOWN_POLICY, FAILED_PRECONDITION POLICY_NOT_IN_FORCE_FOR_REGION /
 * NO_POLICY_IN_FORCE. Read from the database each time (policies change through the API).
 */
export async function agreementPolicy(models: RevenueModels, regionCode: string, date: string, asked: string | null | undefined): Promise<RevenuePolicy> {
  const covering = await policiesCovering(models.Policy, regionCode);
  const askedCode = asked ? normalizePolicyCode(asked) : null;
  const known = new Set(covering.map((p) => p.code));
  if (askedCode && !known.has(askedCode) && (await models.Policy.countDocuments({ code: askedCode })) > 0) known.add(askedCode);
  const chosen = choosePolicy(policyInForce(covering, regionCode, date), asked, (c) => known.has(c), regionCode, date);
  if (!('policy' in chosen)) throw problemError(chosen);
  return toPolicyDto(chosen.policy, chosen.version);
}

/** The region of an alliance (read as the service: reference data), NOT_FOUND when there is none. */
export async function allianceRegionOf(ctx: Context<unknown, CallMeta>, allianceId: string): Promise<string> {
  const alliance = await ctx.call<AllianceDto | null, { id: string }>(AllianceAction.get, { id: allianceId }, await asSystem(REVENUE_SERVICE, ctx));
  if (!alliance) throw notFound('Alliance', allianceId);
  return alliance.regionCode;
}
