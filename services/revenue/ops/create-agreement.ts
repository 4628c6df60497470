import type { Context } from 'moleculer';
import { actorOf } from '../../../infra/auth.js';
import { asSystem, type CallMeta } from '../../../infra/caller.js';
import { assertDate } from '../../../infra/dates.js';
import { forbidden, notFound } from '../../../infra/errors.js';
import { AllianceAction, type AllianceDto } from '../../alliances/alliances.contract.js';
import { DEFAULT_DEDUCTION_KINDS, REVENUE_SERVICE, RevenueBusEvent, type AgreementVersion, type CreateAgreementParams, type RevenueAgreementDto } from '../revenue.contract.js';
import type { AgreementDoc, RevenueModels } from '../revenue.model.js';
import { agreementPayload, toAgreementDto } from '../revenue.mappers.js';
import { agreementOwner, ownsAgreement, type ProjectRef } from '../revenue.rules.js';
import { policies } from '../policies.js';
import { checkedTerms } from './checked-terms.js';
import { agreementPolicy } from './agreement-policy.js';
import { ProjectAction } from '../../projects/projects.contract.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Creates an agreement (version 1) owned by the alliance's lead, or the project's lead when a project is named
 * (`agreementOwner`); only the owner's admins may. The terms follow the policy in force for the alliance's region on
 * `effectiveFrom` (`agreementPolicy`; the version applied is stored with the agreement version, so a later amendment
 * of the policy never changes it). Emits `revenue.agreementCreated`.
 * Errors: NOT_FOUND (alliance, project, party), FORBIDDEN, BAD_USER_INPUT (rules of `agreementOwner`, `checkTerms`,
 * UNKNOWN_POLICY), FAILED_PRECONDITION (PARTY_NOT_MEMBER, POLICY_NOT_IN_FORCE_FOR_REGION, NO_POLICY_IN_FORCE; data.reason
 * DISQUALIFIED when a party is disqualified on a day from `effectiveFrom` to today).
 */
export async function createAgreement(ctx: Context<CreateAgreementParams, CallMeta>, models: RevenueModels): Promise<RevenueAgreementDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  assertDate(p.effectiveFrom, 'effectiveFrom');
  const sys = asSystem(REVENUE_SERVICE, ctx);
  const alliance = await ctx.call<AllianceDto | null, { id: string }>(AllianceAction.get, { id: p.allianceId }, sys);
  if (!alliance) throw notFound('Alliance', p.allianceId);
  let project: ProjectRef | null = null;
  if (p.projectId) {
    project = await ctx.call<ProjectRef | null, { id: string }>(ProjectAction.get, { id: p.projectId }, sys);
    if (!project) throw notFound('Project', p.projectId);
  }
  const owner = agreementOwner(alliance, project, p.outputIds);
  if (!ownsAgreement(actor, owner.ownerOrganizationId)) {
    throw forbidden(msg('revenue.whoMakesAgreements', { owner: owner.ownerKind }));
  }
  const policy = await agreementPolicy(models, alliance.regionCode, p.effectiveFrom, p.policyCode);
  const deductionKinds = p.deductionKinds ?? [...DEFAULT_DEDUCTION_KINDS];
  const { terms, orgs } = await checkedTerms(ctx, p.allianceId, p.effectiveFrom, p.parties, policy, deductionKinds);
  const version: AgreementVersion = {
    version: 1,
    effectiveFrom: p.effectiveFrom,
    title: p.title,
    policyCode: policy.code,
    policyVersion: policy.version,
    parties: terms,
    deductionKinds,
    recordedAt: new Date().toISOString(),
    recordedBy: actor.id,
    note: null,
  };
  const doc = await models.Agreement.create({
    allianceId: p.allianceId,
    projectId: p.projectId ?? null,
    outputIds: owner.outputIds,
    ownerOrganizationId: owner.ownerOrganizationId,
    ownerKind: owner.ownerKind,
    regionCodes: [...new Set([alliance.regionCode, ...orgs.map((o) => o.regionCode)])],
    partyOrganizationIds: terms.map((t) => t.organizationId),
    versions: [version],
    versionCount: 1,
    lastReceivedOn: '',
    rev: 0,
    createdBy: actor.id,
  });
  const dto = toAgreementDto(doc.toObject() as AgreementDoc, await policies(models.Policy));
  ctx.emit(RevenueBusEvent.agreementCreated, agreementPayload(dto, terms.map((t) => t.organizationId)));
  return dto;
}
