/** An authorized user amends a policy (a new version from a date) or closes its latest version; each change audited. */
import type { Context } from 'moleculer';
import { actorOf, type Actor } from '../../../infra/auth.js';
import { callerFunderRegion } from '../../../infra/authz.js';
import type { CallMeta } from '../../../infra/caller.js';
import { forbidden, notFound, raise } from '../../../infra/errors.js';
import { revise } from '../../../infra/revise.js';
import {
  REVENUE_SERVICE,
  RevenueBusEvent,
  type AmendPolicyParams,
  type ClosePolicyParams,
  type PolicyChange,
  type PolicyChangeAction,
  type PolicyEventPayload,
  type PolicyVersion,
  type RevenuePolicy,
} from '../revenue.contract.js';
import type { PolicyDoc, RevenueModels } from '../revenue.model.js';
import { toPolicyDto } from '../revenue.mappers.js';
import { amendmentDateProblem, closeDateProblem, governsPolicy, normalizePolicyCode, policyTermsProblem } from '../revenue.rules.js';
import { storedPolicy } from '../policies.js';
import { msg } from '../../../infra/message-registry.js';

async function loadPolicy(models: RevenueModels, code: string): Promise<PolicyDoc> {
  const doc = await models.Policy.findOne({ code: normalizePolicyCode(code) }).lean<PolicyDoc>();
  if (!doc) throw notFound('Revenue policy', code);
  return doc;
}

/**
 * One change of a policy as a revision step (infra/revise.ts, claim `policy:<id>:rev:<r>`): the new versions and the
 * change appended to `changes` are written together, so no change goes unaudited. `versionsAfter` decides the new
 * versions from the current ones (throwing its refusal) and names the version the change concerns.
 */
async function changePolicy(
  ctx: Context<{ code: string; note: string }, CallMeta>,
  models: RevenueModels,
  action: PolicyChangeAction,
  versionsAfter: (current: PolicyVersion[], actor: Actor, now: string) => { versions: PolicyVersion[]; version: number },
): Promise<RevenuePolicy> {
  const actor = actorOf(ctx);
  const funderRegion = await callerFunderRegion(ctx, REVENUE_SERVICE);
  const { doc, extra } = await revise<PolicyDoc, number>({
    model: models.Policy,
    claims: models.Claim,
    kind: 'policy',
    load: () => loadPolicy(models, ctx.params.code),
    compute(doc) {
      if (!governsPolicy(actor, funderRegion, doc.regionCode)) {
        throw forbidden(msg('revenue.whoChangesPolicy', { regionCode: doc.regionCode }));
      }
      const current = storedPolicy(doc);
      const now = new Date().toISOString();
      const { versions, version } = versionsAfter(current.versions, actor, now);
      const change: PolicyChange = { action, version, at: now, by: actor.id, byOrganizationId: actor.org ?? null, note: ctx.params.note };
      return { set: { versions, changes: [...current.changes, change] }, extra: version };
    },
    gaveUp: msg('revenue.concurrentPolicyChange'),
  });
  const dto = toPolicyDto(storedPolicy(doc));
  ctx.emit(RevenueBusEvent.policyChanged, { code: dto.code, regionCode: dto.regionCode, action, version: extra ?? dto.version } satisfies PolicyEventPayload);
  return dto;
}

/**
 * Adds a version from `validFrom` (strictly after the latest version's); omitted bounds and source keep the latest's.
 * Agreements already made keep the version they were checked against (stored with them); agreements dated from
 * `validFrom` follow the new one. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (POLICY_VALIDITY, POLICY_BOUNDS), CONFLICT.
 */
export function amendPolicy(ctx: Context<AmendPolicyParams, CallMeta>, models: RevenueModels): Promise<RevenuePolicy> {
  const p = ctx.params;
  return changePolicy(ctx, models, 'AMENDED', (current, actor, now) => {
    const latest = current[current.length - 1];
    raise(amendmentDateProblem(latest, p.validFrom));
    const next: PolicyVersion = {
      version: latest.version + 1,
      validFrom: p.validFrom,
      validUntil: p.validUntil ?? null,
      minTeacherShareBp: p.minTeacherShareBp ?? latest.minTeacherShareBp,
      maxTeacherShareBp: p.maxTeacherShareBp ?? latest.maxTeacherShareBp,
      source: p.source ?? latest.source ?? null,
      note: p.note,
      recordedAt: now,
      recordedBy: actor.id,
    };
    raise(policyTermsProblem(next));
    return { versions: [...current, next], version: next.version };
  });
}

/**
 * Ends the latest version on `validUntil` (inclusive, on or after its start): from the next day no agreement of the
 * region follows this policy (a covering region's policy, if any, applies instead). Agreements already made keep
 * their version. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (POLICY_VALIDITY), CONFLICT.
 */
export function closePolicy(ctx: Context<ClosePolicyParams, CallMeta>, models: RevenueModels): Promise<RevenuePolicy> {
  const p = ctx.params;
  return changePolicy(ctx, models, 'CLOSED', (current) => {
    const latest = current[current.length - 1];
    raise(closeDateProblem(latest, p.validUntil));
    return { versions: [...current.slice(0, -1), { ...latest, validUntil: p.validUntil }], version: latest.version };
  });
}
