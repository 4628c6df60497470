/** Order classes and apprenticeship cohorts (订单班 / 现代学徒制 / 企业新型学徒制), and graduates with their retention. */
import type { Context } from 'moleculer';
import { actorOf, regionPrefix, type CallMeta } from '../../../infra/auth.js';
import { asSystem } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { findPage } from '../../../infra/entity.js';
import { ErrorCode, conflict, forbidden, isDuplicateKey, notFound, problemError, raise } from '../../../infra/errors.js';
import type { Page } from '../../../infra/pagination.js';
import { AllianceAction, type MembershipDto } from '../../alliances/alliances.contract.js';
import {
  CooperationReason,
  type CohortDto,
  type CreateCohortParams,
  type GraduateDto,
  type ListCohortsParams,
  type ListGraduatesParams,
  type RecordCompletionParams,
  type RecordGraduateParams,
  type RetentionRatesDto,
  type RetentionRatesParams,
} from '../cooperation.contract.js';
import { toCohortDto, toGraduateDto } from '../cooperation.mappers.js';
import type { CohortDoc, CooperationModels, GraduateDoc } from '../cooperation.model.js';
import { agreementStatusOn, basisPoints, cohortPeriodProblem, placementTermProblem, retentionProblem, sameCity, studentsProblem } from '../cooperation.rules.js';
import { agreementOr404 } from './agreements.js';
import { msg } from '../../../infra/message-registry.js';
import { SERVICE, funderRegion, mayRead, opProblem, organizationsOr404, requireGoodStanding, requirePartyAdmin } from './access.js';

/** `cooperation.createCohort`: either party's admin; the cohort lies within the agreement's term; new-type apprenticeships last 1–2 years. */
export async function createCohort(models: CooperationModels, ctx: Context<CreateCohortParams, CallMeta>): Promise<CohortDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const a = await agreementOr404(models, p.agreementId);
  requirePartyAdmin(actor, a.parties);
  raise(cohortPeriodProblem(p.kind, p.startOn, p.endOn));
  raise(placementTermProblem({ ...a, status: agreementStatusOn(a, today()) }, p.startOn, p.endOn));
  raise(studentsProblem(p.students));
  await requireGoodStanding(ctx, a.parties);
  const schoolIdx = a.partyKinds.indexOf('SCHOOL');
  const enterpriseIdx = schoolIdx >= 0 ? 1 - schoolIdx : 1;
  const enterprise = a.parties[enterpriseIdx];
  const doc = await models.Cohort.create({
    agreementId: String(a._id),
    kind: p.kind,
    name: p.name,
    major: p.major,
    schoolOrganizationId: schoolIdx >= 0 ? a.parties[schoolIdx] : a.parties[0],
    enterpriseOrganizationId: enterprise,
    regionCode: a.partyRegionCodes[enterpriseIdx],
    startOn: p.startOn,
    endOn: p.endOn,
    trainingHours: p.trainingHours,
    students: p.students.map((s) => ({ studentNumber: s.studentNumber, name: s.name, major: s.major, year: s.year, completed: false, certificates: [] })),
    createdBy: actor.id,
  });
  return toCohortDto(doc.toObject() as CohortDoc, true);
}

/** Records one student's completion and certificates (either party's admin); the cohort is rewritten whole under its revision. */
export async function recordCompletion(models: CooperationModels, ctx: Context<RecordCompletionParams, CallMeta>): Promise<CohortDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  for (let attempt = 0; attempt < 5; attempt++) {
    const c = await models.Cohort.findById(p.cohortId).lean<CohortDoc>();
    if (!c) throw notFound('Cohort', p.cohortId);
    requirePartyAdmin(actor, [c.schoolOrganizationId, c.enterpriseOrganizationId]);
    if (!c.students.some((s) => s.studentNumber === p.studentNumber)) {
      throw problemError(opProblem(ErrorCode.BAD_USER_INPUT, msg('cooperation.notInCohort', { studentNumber: p.studentNumber }), { reason: CooperationReason.NOT_IN_PLACEMENT, field: 'studentNumber' }));
    }
    const students = c.students.map((s) => (s.studentNumber === p.studentNumber ? { ...s, completed: p.completed, certificates: p.certificates ?? s.certificates } : s));
    const updated = await models.Cohort.findOneAndUpdate({ _id: c._id, rev: c.rev }, { $set: { students, rev: c.rev + 1 } }, { returnDocument: 'after' }).lean<CohortDoc>();
    if (updated) return toCohortDto(updated, true);
  }
  throw conflict(msg('cooperation.cohortChangedMeanwhile'));
}

async function scopeFilter(ctx: Context<unknown, CallMeta>, organizationId: string | null | undefined, orgFields: string[], regionField: string): Promise<Record<string, unknown>> {
  const actor = actorOf(ctx);
  const region = await funderRegion(ctx);
  const org = organizationId ?? (region ? null : actor.org);
  if (org) {
    if (org !== actor.org && !actor.system && !actor.roles.includes('PLATFORM_ADMIN')) {
      const [o] = await organizationsOr404(ctx, [org]);
      if (!region || !o.regionCode.startsWith(regionPrefix(region))) throw forbidden(msg('cooperation.whoLists'));
    }
    return { $or: orgFields.map((f) => ({ [f]: org })) };
  }
  if (region) return { [regionField]: { $regex: `^${regionPrefix(region)}` } };
  throw forbidden(msg('cooperation.nameOrganization'));
}

/** Cohorts of an organization (school or enterprise; default the caller's) or a funder's region; students masked. */
export async function listCohorts(models: CooperationModels, ctx: Context<ListCohortsParams, CallMeta>): Promise<Page<CohortDto>> {
  const filter = await scopeFilter(ctx, ctx.params.organizationId, ['schoolOrganizationId', 'enterpriseOrganizationId'], 'regionCode');
  if (ctx.params.kind) filter.kind = ctx.params.kind;
  return findPage<CohortDoc, CohortDto>(models.Cohort, filter, ctx.params, (d) => toCohortDto(d, false));
}

/** The school records where a graduate went; `local` when the employer is in the school's city. */
export async function recordGraduate(models: CooperationModels, ctx: Context<RecordGraduateParams, CallMeta>): Promise<GraduateDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  if (!actor.org || !actor.roles.includes('ORG_ADMIN')) throw forbidden(msg('cooperation.whoRecordsGraduates'));
  raise(studentsProblem([{ studentNumber: p.studentNumber, name: p.name, major: p.major, year: p.graduationYear }]));
  const [school, employer] = await organizationsOr404(ctx, [actor.org, p.employerOrganizationId]);
  if (school.kind !== 'SCHOOL') throw forbidden(msg('cooperation.whoRecordsGraduates'));
  try {
    const doc = await models.Graduate.create({
      schoolOrganizationId: school.id,
      employerOrganizationId: employer.id,
      regionCode: school.regionCode,
      employerRegionCode: employer.regionCode,
      studentNumber: p.studentNumber,
      name: p.name,
      major: p.major,
      graduationYear: p.graduationYear,
      startOn: p.startOn,
      pillarIndustry: p.pillarIndustry,
      local: sameCity(school.regionCode, employer.regionCode),
    });
    return toGraduateDto(doc.toObject() as GraduateDoc, true);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    throw conflict(msg('cooperation.graduateRecorded', { studentNumber: p.studentNumber }), { field: 'studentNumber' });
  }
}

/** The employer confirms (once, from one year after the start) whether the graduate stayed. */
export async function confirmRetention(models: CooperationModels, ctx: Context<{ graduateId: string; retained: boolean }, CallMeta>): Promise<GraduateDto> {
  const actor = actorOf(ctx);
  const g = await models.Graduate.findById(ctx.params.graduateId).lean<GraduateDoc>();
  if (!g) throw notFound('Graduate', ctx.params.graduateId);
  if (!(actor.system || actor.roles.includes('PLATFORM_ADMIN') || (actor.org === g.employerOrganizationId && actor.roles.includes('ORG_ADMIN')))) {
    throw forbidden(msg('cooperation.whoConfirmsRetention'), { reason: CooperationReason.NOT_A_PARTY });
  }
  raise(retentionProblem(g, today()));
  const updated = await models.Graduate.findOneAndUpdate(
    { _id: g._id, retained: null },
    { $set: { retained: ctx.params.retained, retentionConfirmedAt: new Date().toISOString(), retentionConfirmedBy: actor.id } },
    { returnDocument: 'after' },
  ).lean<GraduateDoc>();
  if (!updated) raise(retentionProblem({ startOn: g.startOn, retained: true }, today()));
  return toGraduateDto(updated!, false);
}

export async function listGraduates(models: CooperationModels, ctx: Context<ListGraduatesParams, CallMeta>): Promise<Page<GraduateDto>> {
  const actor = actorOf(ctx);
  const filter = await scopeFilter(ctx, ctx.params.organizationId, ['schoolOrganizationId', 'employerOrganizationId'], 'regionCode');
  return findPage<GraduateDoc, GraduateDto>(models.Graduate, filter, ctx.params, (d) => toGraduateDto(d, actor.org === d.schoolOrganizationId));
}

/** Retention and local-retention rates (basis points) of a school, an alliance's member schools, or a region. */
export async function retentionRates(models: CooperationModels, ctx: Context<RetentionRatesParams, CallMeta>): Promise<RetentionRatesDto> {
  const p = ctx.params;
  let filter: Record<string, unknown>;
  if (p.allianceId) {
    const members = await ctx.call<MembershipDto[], { allianceId: string; asOf: string }>(AllianceAction.activeMembersOn, { allianceId: p.allianceId, asOf: today() }, asSystem(SERVICE, ctx));
    filter = { schoolOrganizationId: { $in: members.map((m) => m.organizationId) } };
  } else if (p.regionCode) {
    const region = await funderRegion(ctx);
    const actor = actorOf(ctx);
    if (!actor.system && !actor.roles.includes('PLATFORM_ADMIN') && (!region || !p.regionCode.startsWith(regionPrefix(region)))) throw forbidden(msg('cooperation.whoReadsRates'));
    filter = { regionCode: { $regex: `^${regionPrefix(p.regionCode)}` } };
  } else {
    const org = p.organizationId ?? actorOf(ctx).org;
    if (!org) throw forbidden(msg('cooperation.nameOrganization'));
    const [o] = await organizationsOr404(ctx, [org]);
    if (!(await mayRead(ctx, [org], [o.regionCode]))) throw forbidden(msg('cooperation.whoReadsRates'));
    filter = { schoolOrganizationId: org };
  }
  if (p.graduationYear) filter.graduationYear = p.graduationYear;
  const graduates = await models.Graduate.countDocuments(filter);
  const confirmed = await models.Graduate.countDocuments({ ...filter, retained: { $ne: null } });
  const retained = await models.Graduate.countDocuments({ ...filter, retained: true });
  const local = await models.Graduate.countDocuments({ ...filter, local: true });
  return { graduates, confirmed, retained, local, retentionBp: basisPoints(retained, confirmed), localBp: basisPoints(local, graduates) };
}
