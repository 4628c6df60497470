/**
 * After the notice: the reserve (信息储备库, 建设培育), certification (认证评价) for the program's validity years,
 * and the certified enterprise's yearly reports.
 */
import { actorOf } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { assertNotFuture, today } from '../../../infra/dates.js';
import { ErrorCode, forbidden, problemError, raise } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { CertRule, type CertifyParams, type DeclarationDto, type YearlyReportParams } from '../certification.contract.js';
import { reserveProblem, validUntil } from '../certification.rules.js';
import { coded, declarationDto, loadDeclaration, loadProgram, requireProgramFunder, step, type Ctx, type Deps } from './common.js';

/** After the notice without an open objection: into the reserve (信息储备库), cultivation (建设培育) starts. */
export async function enterReserve(deps: Deps, ctx: Ctx<{ declarationId: string }>): Promise<DeclarationDto> {
  const actor = actorOf(ctx);
  const d0 = await loadDeclaration(deps.models, ctx.params.declarationId);
  requireProgramFunder(actor, d0);
  const open = await deps.models.Objection.countDocuments({ declarationId: d0._id, status: 'OPEN' });
  const doc = await step(deps, ctx, ctx.params.declarationId, 'enterReserve', (d) => {
    raise(reserveProblem(today(), d.noticeUntil!, open));
    return { set: {}, status: 'IN_RESERVE' };
  }, 'RESERVED');
  return declarationDto(deps.models, doc);
}

/** Certification (认证评价) from `validFrom` (default today, never future) for the program's validity years. */
export async function certify(deps: Deps, ctx: Ctx<CertifyParams>): Promise<DeclarationDto> {
  const actor = actorOf(ctx);
  const d0 = await loadDeclaration(deps.models, ctx.params.declarationId);
  requireProgramFunder(actor, d0);
  const program = await loadProgram(deps.models, String(d0.programId));
  const from = ctx.params.validFrom ? assertNotFuture(ctx.params.validFrom, 'validFrom') : today();
  const doc = await step(deps, ctx, ctx.params.declarationId, 'certify', () => ({ set: { validFrom: from, validUntil: validUntil(from, program.validityYears) }, status: 'CERTIFIED', note: ctx.params.note ?? null }), 'CERTIFIED', { validFrom: from });
  return declarationDto(deps.models, doc);
}

/** The certified enterprise's yearly report (年度报告), one per year within its validity. */
export async function fileYearlyReport(deps: Deps, ctx: Ctx<YearlyReportParams>): Promise<DeclarationDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const d0 = await loadDeclaration(deps.models, p.declarationId);
  if (!adminOf(actor, String(d0.organizationId))) throw forbidden(msg('certification.whoReportsYearly'));
  const doc = await step(deps, ctx, p.declarationId, 'yearlyReport', (d) => {
    if ((d.yearlyReports ?? []).some((r) => r.year === p.year)) throw problemError(coded(ErrorCode.CONFLICT, msg('certification.yearRecorded', { year: p.year }), { reason: CertRule.YEAR_RECORDED, year: p.year }));
    return { set: { yearlyReports: [...(d.yearlyReports ?? []), { year: p.year, summary: p.summary, filedOn: today(), by: actor.id }] } };
  }, 'YEARLY_REPORT', { year: p.year });
  return declarationDto(deps.models, doc);
}
