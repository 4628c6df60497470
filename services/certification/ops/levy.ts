/**
 * The levy credit of a certified pilot enterprise (003 篇7 §15): its qualifying investment and its 教育费附加 /
 * 地方教育附加 per year, and the statement computed from them (`levyStatement` in certification.rules.ts) under the
 * program's dated levy policies. Amounts are integer fen (infra/money.ts); the statement is exact in BigInt.
 */
import type { Context } from 'moleculer';
import { actorOf, hasRole, regionCovers, type CallMeta } from '../../../infra/auth.js';
import { adminOf, callerOrganization, funderRegionOf } from '../../../infra/authz.js';
import { ErrorCode, failedPrecondition, forbidden, isDuplicateKey, notFound, problemError } from '../../../infra/errors.js';
import { formatFen, parseMoney } from '../../../infra/money.js';
import { CertRule, type LevyStatementDto, type RecordLevyYearParams } from '../certification.contract.js';
import type { CertificationModels, CertProgramDoc, DeclarationDoc, LevyYearDoc } from '../certification.model.js';
import { csvCell, levyStatement, stepProblem } from '../certification.rules.js';
import { SERVICE } from './common.js';
import { msg } from '../../../infra/message-registry.js';
import { P } from '../../../infra/messages.js';

type Ctx<P> = Context<P, CallMeta>;

async function load(models: CertificationModels, ctx: Ctx<{ declarationId: string }>, write: boolean): Promise<{ d: DeclarationDoc; program: CertProgramDoc }> {
  const actor = actorOf(ctx);
  const d = await models.Declaration.findById(ctx.params.declarationId).lean<DeclarationDoc>();
  if (!d) throw notFound('Declaration', ctx.params.declarationId);
  const own = adminOf(actor, String(d.organizationId));
  if (write && !own) throw forbidden(msg('certification.whoRecordsLevy'));
  if (!own) {
    const region = funderRegionOf(actor, hasRole(actor, 'FUNDER') ? await callerOrganization(ctx, SERVICE) : null);
    if (!region || !regionCovers(region, d.regionCode)) throw forbidden(msg('certification.whoReadsLevy'));
  }
  const program = await models.Program.findById(d.programId).lean<CertProgramDoc>();
  return { d, program: program! };
}

async function statement(models: CertificationModels, d: DeclarationDoc, program: CertProgramDoc): Promise<LevyStatementDto> {
  const years = await models.LevyYear.find({ declarationId: d._id }).sort({ year: 1 }).lean<LevyYearDoc[]>();
  return { declarationId: String(d._id), organizationId: String(d.organizationId), years: levyStatement(years, program.levyPolicies) };
}

/**
 * Records one year (once: CONFLICT reason YEAR_RECORDED) for a CERTIFIED declaration, within its validity years
 * (FAILED_PRECONDITION reason OUTSIDE_VALIDITY otherwise: only a certified pilot enterprise earns the credit).
 */
export async function recordLevyYear(models: CertificationModels, ctx: Ctx<RecordLevyYearParams>): Promise<LevyStatementDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const { d, program } = await load(models, ctx, true);
  const wrong = stepProblem('levy', d.status);
  if (wrong) throw problemError(wrong);
  const fromYear = Number(d.validFrom!.slice(0, 4));
  const untilYear = Number(d.validUntil!.slice(0, 4));
  if (p.year < fromYear || p.year > untilYear) throw failedPrecondition(msg('certification.outsideValidity', { validFrom: d.validFrom ? P.date(d.validFrom) : '—', validUntil: d.validUntil ? P.date(d.validUntil) : '—', year: p.year }), { reason: 'OUTSIDE_VALIDITY', validFrom: d.validFrom, validUntil: d.validUntil });
  const doc = {
    declarationId: d._id,
    organizationId: d.organizationId,
    year: p.year,
    investmentFen: parseMoney(p.investment, { field: 'investment' }),
    educationSurchargeFen: parseMoney(p.educationSurcharge, { field: 'educationSurcharge' }),
    localEducationSurchargeFen: parseMoney(p.localEducationSurcharge, { field: 'localEducationSurcharge' }),
    note: p.note ?? null,
    recordedBy: actor.id,
    recordedAt: new Date(),
  };
  try {
    await models.LevyYear.create(doc);
  } catch (err) {
    if (isDuplicateKey(err)) throw problemError({ code: ErrorCode.CONFLICT, ...msg('certification.yearRecorded', { year: p.year }), data: { reason: CertRule.YEAR_RECORDED, year: p.year } });
    throw err;
  }
  try {
    await models.Audit.create({ _id: `levy:${String(d._id)}:${p.year}`, action: 'LEVY_YEAR_RECORDED', declarationId: String(d._id), programId: String(d.programId), funderOrganizationId: String(d.funderOrganizationId), regionCode: d.regionCode, by: actor.id, at: new Date(), details: { year: p.year, investmentFen: doc.investmentFen } });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  return statement(models, d, program);
}

export async function getLevyStatement(models: CertificationModels, ctx: Ctx<{ declarationId: string }>): Promise<LevyStatementDto> {
  const { d, program } = await load(models, ctx, false);
  return statement(models, d, program);
}

const HEADERS = {
  'zh-CN': ['年度', '投资额', '教育费附加', '地方教育附加', '抵免比例', '当年可抵免额', '上年结转', '本年抵免', '抵免后应缴', '结转以后年度', '不予结转'],
  en: ['Year', 'Investment', 'Education surcharge', 'Local education surcharge', 'Rate', 'Credit earned', 'Carried in', 'Offset', 'Payable', 'Carried forward', 'Lapsed'],
} as const;

/** The statement as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese headers; amounts in yuan with two decimals). */
export async function levyStatementCsv(models: CertificationModels, ctx: Ctx<{ declarationId: string; locale?: 'zh-CN' | 'en' | null }>): Promise<{ fileName: string; csv: string }> {
  const { d, program } = await load(models, ctx, false);
  const s = await statement(models, d, program);
  const rows = [HEADERS[ctx.params.locale ?? 'zh-CN'].map(csvCell).join(',')];
  for (const y of s.years) {
    rows.push(
      [y.year, formatFen(y.investmentFen), formatFen(y.educationSurchargeFen), formatFen(y.localEducationSurchargeFen), `${y.rateBp / 100}%`, formatFen(y.creditFen), formatFen(y.carriedInFen), formatFen(y.offsetFen), formatFen(y.payableFen), formatFen(y.carriedOutFen), formatFen(y.lapsedFen)]
        .map(csvCell)
        .join(','),
    );
  }
  return { fileName: `levy-credit-${String(d._id)}.csv`, csv: `\uFEFF${rows.join('\r\n')}\r\n` };
}
