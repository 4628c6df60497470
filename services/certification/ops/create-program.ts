/** A funder creates a 产教融合型企业 program (003 篇6 四(一): the basic conditions are the funder's to set). */
import { actorOf, hasRole, isPlatformAdmin, regionCovers } from '../../../infra/auth.js';
import { callerOrganization, funderRegionOf } from '../../../infra/authz.js';
import { oid } from '../../../infra/entity.js';
import { conflict, ErrorCode, failedPrecondition, forbidden, isDuplicateKey, problemError } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { P } from '../../../infra/messages.js';
import { DEFAULT_NOTICE_DAYS, DEFAULT_VALIDITY_YEARS, NATIONAL_LEVY_POLICY, type CertProgramDto, type CreateCertProgramParams } from '../certification.contract.js';
import { toProgramDto } from '../certification.mappers.js';
import type { CertProgramDoc } from '../certification.model.js';
import { audit, coded, SERVICE, type Ctx, type Deps } from './common.js';

/** A funder's 产教融合型企业 program: conditions, review criteria, quorum, notice days, validity, levy policies. FORBIDDEN outside its region; CONFLICT for a code it already uses. */
export async function createProgram(deps: Deps, ctx: Ctx<CreateCertProgramParams>): Promise<CertProgramDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  let funderOrgId: string;
  if (actor.system || isPlatformAdmin(actor)) {
    if (!p.funderOrganizationId) throw failedPrecondition(msg('certification.nameFunder'), { field: 'funderOrganizationId' });
    funderOrgId = p.funderOrganizationId;
  } else {
    const org = hasRole(actor, 'FUNDER') ? await callerOrganization(ctx, SERVICE) : null;
    const region = funderRegionOf(actor, org);
    if (!region || !org || (p.funderOrganizationId && p.funderOrganizationId !== org.id)) throw forbidden(msg('certification.whoCreatesProgram'));
    if (!regionCovers(region, p.regionCode)) throw forbidden(msg('certification.regionNotCovered', { region, target: p.regionCode }));
    funderOrgId = org.id;
  }
  for (const c of p.conditions) {
    if (c.kind === 'INDUSTRY_IN' ? !c.values?.length : c.threshold === undefined || c.threshold === null) {
      throw problemError(coded(ErrorCode.BAD_USER_INPUT, msg('certification.badCondition', { kind: P.key(`certification.condition.${c.kind}`), needs: c.kind === 'INDUSTRY_IN' ? 'values' : 'threshold' }), { field: 'conditions', kind: c.kind }));
    }
  }
  const max = p.reviewCriteria.reduce((a, c) => a + c.maxScore, 0);
  if (p.passScore > max) throw problemError(coded(ErrorCode.BAD_USER_INPUT, msg('certification.passScoreTooHigh', { passScore: p.passScore, max }), { field: 'passScore', max }));
  try {
    const created = await deps.models.Program.create({
      code: p.code,
      codeKey: p.code.toUpperCase(),
      name: p.name,
      regionCode: p.regionCode,
      funderOrganizationId: oid(funderOrgId),
      conditions: p.conditions.map((c) => ({ kind: c.kind, threshold: c.threshold ?? null, values: c.values ?? null })),
      reviewCriteria: p.reviewCriteria,
      quorum: p.quorum,
      passScore: p.passScore,
      noticeDays: p.noticeDays ?? DEFAULT_NOTICE_DAYS,
      validityYears: p.validityYears ?? DEFAULT_VALIDITY_YEARS,
      levyPolicies: p.levyPolicies?.length ? p.levyPolicies : [NATIONAL_LEVY_POLICY],
      createdBy: actor.id,
      createdAt: new Date(),
    });
    const doc = created.toObject() as CertProgramDoc;
    await audit(deps.models, `program:${String(doc._id)}`, 'PROGRAM_CREATED', null, actor.id, { code: p.code, regionCode: p.regionCode }, String(doc._id));
    return toProgramDto(doc);
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict(msg('certification.programCodeTaken', { code: p.code }), { field: 'code' });
    throw err;
  }
}
