/** 自愿申报: an enterprise declares in a program; its cooperation history is drawn from the platform. */
import { actorOf, regionCovers } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { systemCaller } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { oid } from '../../../infra/entity.js';
import { ErrorCode, forbidden, isDuplicateKey, notFound, problemError, raise } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { OrganizationAction, standingProblem, type OrganizationDto, type StandingDto, type StandingOfParams } from '../../organizations/organizations.contract.js';
import { CertRule, type CreateDeclarationParams, type DeclarationDto } from '../certification.contract.js';
import type { DeclarationDoc } from '../certification.model.js';
import { drawHistory } from './history.js';
import { audit, coded, declarationDto, loadProgram, onBehalf, SERVICE, type Ctx, type Deps } from './common.js';

/**
 * An enterprise's ORG_ADMIN declares (自愿申报) in a program covering its region. Refused with the ban's dates
 * (FAILED_PRECONDITION reason DISQUALIFIED, organizations' `standingProblem`) while a disqualification is in force —
 * in particular the 5-year false-information ban (003 篇6 五). One live declaration per enterprise and program
 * (CONFLICT reason OPEN_DECLARATION). The cooperation history is drawn from the platform (ops/history.ts).
 */
export async function createDeclaration(deps: Deps, ctx: Ctx<CreateDeclarationParams>): Promise<DeclarationDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  if (!adminOf(actor, p.organizationId)) throw forbidden(msg('certification.whoDeclares'));
  const program = await loadProgram(deps.models, p.programId);
  const sys = systemCaller(deps.broker, SERVICE, ctx);
  const [org] = await sys<(OrganizationDto | null)[]>(OrganizationAction.getMany, { ids: [p.organizationId] });
  if (!org) throw notFound('Organization', p.organizationId);
  if (org.kind !== 'ENTERPRISE') throw problemError(coded(ErrorCode.FAILED_PRECONDITION, msg('certification.notAnEnterprise'), { reason: CertRule.NOT_AN_ENTERPRISE }));
  if (!regionCovers(program.regionCode, org.regionCode)) throw forbidden(msg('certification.programRegion', { programRegion: program.regionCode, orgRegion: org.regionCode }));
  const on = today();
  raise(standingProblem(await onBehalf(deps, ctx)<StandingDto[]>(OrganizationAction.standingOf, { organizationIds: [p.organizationId], from: on, to: on } satisfies StandingOfParams)));
  const cooperation = await drawHistory(sys, p.organizationId, on, deps.logger);
  const now = new Date();
  try {
    const created = await deps.models.Declaration.create({
      programId: program._id,
      funderOrganizationId: program.funderOrganizationId,
      organizationId: oid(p.organizationId),
      organizationName: org.name,
      regionCode: org.regionCode,
      openKey: `${String(program._id)}:${p.organizationId}`,
      industry: p.industry,
      scale: p.scale,
      employees: p.employees,
      mainBusiness: p.mainBusiness,
      cooperationSummary: p.cooperationSummary,
      contactName: p.contactName,
      contactPhone: p.contactPhone,
      cooperation,
      attachments: [],
      precheck: null,
      status: 'DRAFT',
      reviewers: [],
      decision: null,
      decisionNote: null,
      averageScore: null,
      noticeFrom: null,
      noticeUntil: null,
      validFrom: null,
      validUntil: null,
      rejectionReason: null,
      yearlyReports: [],
      steps: [{ status: 'DRAFT', at: now.toISOString(), on, by: actor.id, note: null }],
      rev: 0,
      createdAt: now,
    });
    const doc = created.toObject() as DeclarationDoc;
    await audit(deps.models, `declared:${String(doc._id)}`, 'DECLARED', doc, actor.id, { cooperation });
    return declarationDto(deps.models, doc);
  } catch (err) {
    if (isDuplicateKey(err)) throw problemError(coded(ErrorCode.CONFLICT, msg('certification.openDeclaration'), { reason: CertRule.OPEN_DECLARATION }));
    throw err;
  }
}
