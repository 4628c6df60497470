import type { Context } from 'moleculer';
import { actorOf } from '../../../infra/auth.js';
import type { CallMeta } from '../../../infra/caller.js';
import { assertDate } from '../../../infra/dates.js';
import { forbidden } from '../../../infra/errors.js';
import { revise } from '../../../infra/revise.js';
import { RevenueBusEvent, type AgreementVersion, type AmendAgreementParams, type RevenueAgreementDto } from '../revenue.contract.js';
import type { AgreementDoc, RevenueModels } from '../revenue.model.js';
import { agreementPayload, cleanVersion, toAgreementDto } from '../revenue.mappers.js';
import { checkAmendmentDate, ownsAgreement } from '../revenue.rules.js';
import { policies } from '../policies.js';
import { checkedTerms } from './checked-terms.js';
import { agreementPolicy, allianceRegionOf } from './agreement-policy.js';
import { loadAgreement } from './load.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Adds a version effective strictly after the previous version's and after any revenue already recorded, as one
 * revision step (infra/revise.ts, claim `agreement:<id>:rev:<r>`): if another amendment or a recording moved the
 * agreement meanwhile, the amendment is re-checked against the new state. The new version follows the policy in force
 * for the alliance's region on its `effectiveFrom` (`agreementPolicy`); earlier versions keep theirs. Emits
 * `revenue.agreementAmended`.
 * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (EFFECTIVE_ORDER, UNKNOWN_POLICY, terms rules), FAILED_PRECONDITION
 * (REVENUE_ALREADY_RECORDED, PARTY_NOT_MEMBER, POLICY_NOT_IN_FORCE_FOR_REGION, NO_POLICY_IN_FORCE; DISQUALIFIED for a party
 * added while disqualified — parties already on the agreement stay), CONFLICT (lost every attempt).
 */
export async function amendAgreement(ctx: Context<AmendAgreementParams, CallMeta>, models: RevenueModels): Promise<RevenueAgreementDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  assertDate(p.effectiveFrom, 'effectiveFrom');
  let allianceRegion: string | undefined;
  const { doc: updated } = await revise<AgreementDoc>({
    model: models.Agreement,
    claims: models.Claim,
    kind: 'agreement',
    attempts: 10,
    gaveUp: msg('revenue.concurrentAgreementChange'),
    load: () => loadAgreement(models, p.agreementId),
    async compute(a) {
      if (!ownsAgreement(actor, a.ownerOrganizationId)) throw forbidden(msg('revenue.ownerAmends'));
      checkAmendmentDate(a, p.effectiveFrom);
      const last = a.versions[a.versions.length - 1];
      allianceRegion ??= await allianceRegionOf(ctx, a.allianceId);
      const policy = await agreementPolicy(models, allianceRegion, p.effectiveFrom, p.policyCode);
      const deductionKinds = p.deductionKinds ?? last.deductionKinds;
      const { terms, orgs } = await checkedTerms(ctx, a.allianceId, p.effectiveFrom, p.parties, policy, deductionKinds, a.partyOrganizationIds);
      const version: AgreementVersion = {
        version: a.versionCount + 1,
        effectiveFrom: p.effectiveFrom,
        title: p.title ?? last.title,
        policyCode: policy.code,
        policyVersion: policy.version,
        parties: terms,
        deductionKinds,
        recordedAt: new Date().toISOString(),
        recordedBy: actor.id,
        note: p.note ?? null,
      };
      return {
        set: {
          versions: [...a.versions.map(cleanVersion), version],
          versionCount: a.versionCount + 1,
          partyOrganizationIds: [...new Set([...a.partyOrganizationIds, ...terms.map((t) => t.organizationId)])],
          regionCodes: [...new Set([...a.regionCodes, ...orgs.map((o) => o.regionCode)])],
        },
      };
    },
  });
  const dto = toAgreementDto(updated, await policies(models.Policy));
  ctx.emit(RevenueBusEvent.agreementAmended, agreementPayload(dto, updated.partyOrganizationIds));
  return dto;
}
