/**
 * What is published (003 篇6 四(四) 向社会公示; 篇7 §14 认证目录、向社会推介): declarations on notice today and the
 * certified list. Any verified caller; the gateway asks as itself for anonymous visitors. No contact data, scores or
 * objections are ever published.
 */
import type { Context } from 'moleculer';
import { actorOf, hasRole, isPlatformAdmin, regionCovers, type CallMeta } from '../../../infra/auth.js';
import { callerOrganization } from '../../../infra/authz.js';
import { assertDate, today } from '../../../infra/dates.js';
import { forbidden } from '../../../infra/errors.js';
import type { CertAuditEntryDto, CertifiedEnterpriseDto, PublicNoticeDto } from '../certification.contract.js';
import { toAuditDto } from '../certification.mappers.js';
import { certifiedOnFilter, inNoticeOnFilter, underRegionFilter, type CertAuditDoc, type CertificationModels, type CertProgramDoc, type DeclarationDoc } from '../certification.model.js';
import { SERVICE } from './common.js';
import { msg } from '../../../infra/message-registry.js';

type Ctx<P> = Context<P, CallMeta>;

async function programNames(models: CertificationModels, ids: DeclarationDoc['programId'][]): Promise<Map<string, string>> {
  const ps = await models.Program.find({ _id: { $in: ids } }, { name: 1 }).lean<Pick<CertProgramDoc, '_id' | 'name'>[]>();
  return new Map(ps.map((p) => [String(p._id), p.name]));
}

export async function publicNotices(models: CertificationModels, ctx: Ctx<{ regionCode?: string | null }>): Promise<PublicNoticeDto[]> {
  actorOf(ctx);
  const on = today();
  const docs = await models.Declaration.find({ ...inNoticeOnFilter(on), ...(ctx.params.regionCode ? underRegionFilter(ctx.params.regionCode) : {}) }).sort({ noticeFrom: 1 }).limit(500).lean<DeclarationDoc[]>();
  const names = await programNames(models, docs.map((d) => d.programId));
  return docs.map((d) => ({ declarationId: String(d._id), programName: names.get(String(d.programId)) ?? '', organizationName: d.organizationName ?? '', regionCode: d.regionCode, industry: d.industry, noticeFrom: d.noticeFrom!, noticeUntil: d.noticeUntil! }));
}

export async function certifiedList(models: CertificationModels, ctx: Ctx<{ regionCode?: string | null; asOf?: string | null }>): Promise<CertifiedEnterpriseDto[]> {
  actorOf(ctx);
  const on = ctx.params.asOf ? assertDate(ctx.params.asOf, 'asOf') : today();
  const docs = await models.Declaration.find({ ...certifiedOnFilter(on), ...(ctx.params.regionCode ? underRegionFilter(ctx.params.regionCode) : {}) }).sort({ validFrom: 1 }).limit(5000).lean<DeclarationDoc[]>();
  const names = await programNames(models, docs.map((d) => d.programId));
  return docs.map((d) => ({ declarationId: String(d._id), organizationId: String(d.organizationId), organizationName: d.organizationName ?? '', regionCode: d.regionCode, industry: d.industry, programName: names.get(String(d.programId)) ?? '', validFrom: d.validFrom!, validUntil: d.validUntil! }));
}

/** The audit trail: platform admins and the system everything; funders what lies in their region. */
export async function auditTrail(models: CertificationModels, ctx: Ctx<{ declarationId?: string | null; programId?: string | null }>): Promise<CertAuditEntryDto[]> {
  const actor = actorOf(ctx);
  const filter: Record<string, unknown> = {};
  if (ctx.params.declarationId) filter.declarationId = ctx.params.declarationId;
  if (ctx.params.programId) filter.programId = ctx.params.programId;
  let rows = await models.Audit.find(filter).sort({ at: 1 }).limit(2000).lean<CertAuditDoc[]>();
  if (!actor.system && !isPlatformAdmin(actor)) {
    const org = hasRole(actor, 'FUNDER') ? await callerOrganization(ctx, SERVICE) : null;
    if (!org || org.kind !== 'GOVERNMENT') throw forbidden(msg('certification.whoReadsAudit'));
    rows = rows.filter((r) => (r.regionCode ? regionCovers(org.regionCode, r.regionCode) : r.funderOrganizationId === org.id || r.by === actor.id));
  }
  return rows.map(toAuditDto);
}
