/**
 * Subsidy policies (dated, per region), funders' assessments (考核认定), and claims: computed from the records,
 * frozen at submission, decided once by a funder covering the region (a unique decision row), budget-capped, audited.
 */
import { Types } from 'mongoose';
import type { Context } from 'moleculer';
import { actorOf, regionCovers, regionPrefix, type CallMeta } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { findPage } from '../../../infra/entity.js';
import { ErrorCode, forbidden, isDuplicateKey, notFound, problemError, raise } from '../../../infra/errors.js';
import type { Page } from '../../../infra/pagination.js';
import type { OrganizationDto } from '../../organizations/organizations.contract.js';
import {
  CooperationEvent,
  CooperationReason,
  type AssessOrganizationParams,
  type AssessmentDto,
  type ClaimComputationDto,
  type ClaimDto,
  type ClaimParams,
  type ClaimStatus,
  type CreatePolicyParams,
  type DecideClaimParams,
  type InternQuotaDto,
  type ListClaimsParams,
  type SubsidyPolicyDto,
} from '../cooperation.contract.js';
import { toAssessmentDto, toClaimDto, toPolicyDto } from '../cooperation.mappers.js';
import type { AssessmentDoc, AttendanceDoc, ClaimDoc, CohortDoc, CooperationModels, DecisionDoc, GraduateDoc, PlacementDoc, PolicyDoc } from '../cooperation.model.js';
import {
  VOCATIONAL_SCHOOL_TYPES,
  apprenticeshipAmount,
  baseAmount,
  budgetOutcome,
  claimantProblem,
  internMonthAmount,
  internQuota,
  lastMonths,
  monthOf,
  monthsBetween,
  nothingProblem,
  periodProblem,
  policyInForce,
  policyParametersProblem,
  purposeProblem,
  retentionAmount,
  INTERN_TARGET_BP,
} from '../cooperation.rules.js';
import { funderRegion, mayRead, opProblem, organizationsOr404 } from './access.js';
import { msg } from '../../../infra/message-registry.js';
import { P, type Msg } from '../../../infra/messages.js';

const isAdmin = (ctx: Context<unknown, CallMeta>) => {
  const a = actorOf(ctx);
  return a.system || a.roles.includes('PLATFORM_ADMIN');
};

/** A FUNDER covering `regionCode` (or a platform admin / service); FORBIDDEN otherwise. */
async function requireFunderOver(ctx: Context<unknown, CallMeta>, regionCode: string, action: 'policies' | 'assess' | 'decide'): Promise<void> {
  if (isAdmin(ctx)) return;
  const region = await funderRegion(ctx);
  if (!region || !regionCovers(region, regionCode)) throw forbidden(msg('cooperation.funderOnly', { region: regionCode, action }));
}

/** `cooperation.createPolicy`: parameters per kind (and the region's floor, REGION_FLOORS) checked; dated. */
export async function createPolicy(models: CooperationModels, ctx: Context<CreatePolicyParams, CallMeta>): Promise<SubsidyPolicyDto> {
  const p = ctx.params;
  await requireFunderOver(ctx, p.regionCode, 'policies');
  raise(periodProblem(p.validFrom, p.validTo, 'validTo'));
  raise(policyParametersProblem(p.kind, p.regionCode, p.parameters));
  const actor = actorOf(ctx);
  const doc = await models.Policy.create({ ...p, validTo: p.validTo ?? null, funderOrganizationId: actor.org ?? null, createdBy: actor.id });
  return toPolicyDto(doc.toObject() as PolicyDoc);
}

/** Policies in force on `asOf` (default today) that cover `regionCode` (all regions when omitted). Any verified caller. */
export async function listPolicies(models: CooperationModels, ctx: Context<{ regionCode?: string | null; asOf?: string | null }, CallMeta>): Promise<SubsidyPolicyDto[]> {
  actorOf(ctx);
  const day = ctx.params.asOf ?? today();
  const all = await models.Policy.find({}).sort({ _id: 1 }).limit(1000).lean<PolicyDoc[]>();
  return all.filter((p) => policyInForce(p, day) && (!ctx.params.regionCode || regionCovers(p.regionCode, ctx.params.regionCode))).map(toPolicyDto);
}

/** A funder's assessment (考核认定) of an organization in its region for a policy kind; the latest one counts. */
export async function assessOrganization(models: CooperationModels, ctx: Context<AssessOrganizationParams, CallMeta>): Promise<AssessmentDto> {
  const p = ctx.params;
  const [org] = await organizationsOr404(ctx, [p.organizationId]);
  await requireFunderOver(ctx, org.regionCode, 'assess');
  const doc = await models.Assessment.create({ organizationId: org.id, policyKind: p.policyKind, regionCode: org.regionCode, qualified: p.qualified, note: p.note ?? null, assessedOn: today(), assessedBy: actorOf(ctx).id });
  return toAssessmentDto(doc.toObject() as AssessmentDoc);
}

const refuse = (m: Msg, data: Record<string, unknown>) => problemError(opProblem(ErrorCode.FAILED_PRECONDITION, m, data));

/**
 * Computes a claim from the records: the policy in force on the period's end and covering the claimant's region, the
 * claimant's kind, the funder's assessment where the policy needs one, then the kind's computation (rules). Database
 * work: a fixed number of commands; documents read proportional to the claimant's records in the period.
 */
export async function computeClaim(models: CooperationModels, ctx: Context<ClaimParams, CallMeta>): Promise<{ policy: PolicyDoc; claimant: OrganizationDto; computation: ClaimComputationDto }> {
  const p = ctx.params;
  raise(periodProblem(p.periodFrom, p.periodTo, 'periodTo'));
  const policy = await models.Policy.findById(p.policyId).lean<PolicyDoc>();
  if (!policy) throw notFound('Subsidy policy', p.policyId);
  if (!policyInForce(policy, p.periodTo)) throw refuse(msg('cooperation.policyNotInForce', { day: P.date(p.periodTo) }), { reason: CooperationReason.POLICY_NOT_IN_FORCE, validFrom: policy.validFrom, validTo: policy.validTo });
  const [claimant] = await organizationsOr404(ctx, [p.claimantOrganizationId]);
  if (!regionCovers(policy.regionCode, claimant.regionCode)) throw refuse(msg('cooperation.policyRegion'), { reason: CooperationReason.POLICY_REGION, policyRegion: policy.regionCode, claimantRegion: claimant.regionCode });
  raise(claimantProblem(policy.kind, claimant.kind, claimant.schoolType));
  if (policy.kind === 'INTERN_MONTH' || policy.kind === 'INTERNSHIP_BASE') {
    const latest = await models.Assessment.findOne({ organizationId: claimant.id, policyKind: policy.kind }).sort({ assessedOn: -1, _id: -1 }).lean<AssessmentDoc>();
    if (!latest?.qualified) throw refuse(msg('cooperation.notAssessed'), { reason: CooperationReason.NOT_ASSESSED });
  }
  const prm = policy.parameters;
  const { periodFrom: from, periodTo: to } = p;
  let result: { quantity: number; amountFen: number; lines: ClaimComputationDto['lines']; formula: string; formulaI18n?: ClaimComputationDto['formulaI18n'] };
  if (policy.kind === 'INTERN_MONTH') {
    const att = await models.Attendance.find({ hostOrganizationId: claimant.id, month: { $gte: monthOf(from), $lte: monthOf(to) } }, { placementId: 1, month: 1, attendedCount: 1 }).lean<AttendanceDoc[]>();
    result = internMonthAmount(att, from, to, prm.perInternMonthFen!);
  } else if (policy.kind === 'APPRENTICESHIP_TRAINING') {
    const cohorts = await models.Cohort.find({ enterpriseOrganizationId: claimant.id, kind: 'NEW_APPRENTICESHIP', startOn: { $lte: to }, endOn: { $gte: from } }, { kind: 1, startOn: 1, endOn: 1, students: 1 }).lean<CohortDoc[]>();
    result = apprenticeshipAmount(cohorts.map((c) => ({ id: String(c._id), kind: c.kind, startOn: c.startOn, endOn: c.endOn, headcount: c.students.length })), from, to, prm.perPersonYearFen!);
  } else if (policy.kind === 'INTERNSHIP_BASE') {
    const window = lastMonths(monthOf(to), prm.continuousMonths!);
    const placements = await models.Placement.find({ hostOrganizationId: claimant.id, startOn: { $lte: to }, endOn: { $gte: `${window[0]}-01` } }, { schoolType: 1, schoolRegionCode: 1 }).lean<PlacementDoc[]>();
    const eligible = placements.filter((pl) => (VOCATIONAL_SCHOOL_TYPES as readonly string[]).includes(pl.schoolType ?? '') && regionCovers(policy.regionCode, pl.schoolRegionCode)).map((pl) => String(pl._id));
    const att = await models.Attendance.find({ placementId: { $in: eligible }, month: { $gte: window[0], $lte: window[window.length - 1] } }, { month: 1, attendedCount: 1 }).lean<AttendanceDoc[]>();
    const base = baseAmount(att.map((a) => ({ month: a.month, count: a.attendedCount })), to, prm.continuousMonths!, prm.fixedFen!);
    if ('problem' in base) throw problemError(base.problem!);
    result = base as typeof result;
  } else {
    const grads = await models.Graduate.find({ schoolOrganizationId: claimant.id, startOn: { $gte: from, $lte: to } }, { pillarIndustry: 1, local: 1, retained: 1, startOn: 1 }).lean<GraduateDoc[]>();
    result = retentionAmount(grads.map((g) => ({ id: String(g._id), pillarIndustry: g.pillarIndustry, local: g.local, retained: g.retained, startOn: g.startOn })), from, to, prm.perGraduateFen!);
  }
  if (result.quantity === 0 || result.amountFen === 0) throw problemError(nothingProblem());
  return {
    policy,
    claimant,
    computation: { policyId: String(policy._id), policyKind: policy.kind, claimantOrganizationId: claimant.id, periodFrom: from, periodTo: to, ...result },
  };
}

/** Who may compute and submit: the claimant's admins (or a platform admin / service). */
function requireClaimantAdmin(ctx: Context<ClaimParams, CallMeta>): void {
  const actor = actorOf(ctx);
  if (isAdmin(ctx)) return;
  if (actor.org === ctx.params.claimantOrganizationId && actor.roles.includes('ORG_ADMIN')) return;
  throw forbidden(msg('cooperation.whoClaims'), { reason: CooperationReason.NOT_A_PARTY });
}

export async function previewClaim(models: CooperationModels, ctx: Context<ClaimParams, CallMeta>): Promise<ClaimComputationDto> {
  requireClaimantAdmin(ctx);
  return (await computeClaim(models, ctx)).computation;
}

async function audit(models: CooperationModels, entry: { key: string; action: string; ctx: Context<unknown, CallMeta>; regionCode: string; subjectId: string; snapshot: unknown }): Promise<void> {
  const actor = actorOf(entry.ctx);
  try {
    await models.Audit.create({ _id: entry.key, action: entry.action, by: actor.id, byOrganizationId: actor.org ?? null, regionCode: entry.regionCode, subjectId: entry.subjectId, snapshot: entry.snapshot, at: new Date().toISOString() });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

/** The months a claim takes (unique per policy and claimant); the base subsidy is claimed once ('ONCE'). */
const claimedMonthKeys = (c: { policyId: string; claimantOrganizationId: string; policyKind: string; periodFrom: string; periodTo: string }) =>
  (c.policyKind === 'INTERNSHIP_BASE' ? ['ONCE'] : monthsBetween(c.periodFrom, c.periodTo)).map((m) => `${c.policyId}:${c.claimantOrganizationId}:${m}`);

/**
 * `cooperation.submitClaim`: computes and freezes the evidence. The claim's months are taken in a unique index first:
 * of two claims over overlapping periods (or a double submit) exactly one is stored — the other CONFLICT CLAIM_OPEN,
 * with nothing of it left behind.
 */
export async function submitClaim(models: CooperationModels, ctx: Context<ClaimParams, CallMeta>): Promise<ClaimDto> {
  requireClaimantAdmin(ctx);
  const { policy, claimant, computation } = await computeClaim(models, ctx);
  const id = new Types.ObjectId();
  const keys = claimedMonthKeys({ ...ctx.params, policyKind: policy.kind });
  const taken: string[] = [];
  for (const key of keys) {
    try {
      await models.ClaimedMonth.create({ _id: key, claimId: String(id) });
      taken.push(key);
    } catch (err) {
      if (taken.length) await models.ClaimedMonth.deleteMany({ _id: { $in: taken }, claimId: String(id) });
      if (!isDuplicateKey(err)) throw err;
      const holder = await models.ClaimedMonth.findById(key).lean();
      throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.claimOpen'), { reason: CooperationReason.CLAIM_OPEN, claimId: holder?.claimId ?? null }));
    }
  }
  const actor = actorOf(ctx);
  const doc = await models.SubsidyClaim.create({
    _id: id,
    policyId: String(policy._id),
    policyKind: policy.kind,
    regionCode: claimant.regionCode,
    claimantOrganizationId: claimant.id,
    periodFrom: ctx.params.periodFrom,
    periodTo: ctx.params.periodTo,
    status: 'SUBMITTED',
    requestedFen: computation.amountFen,
    evidence: computation,
    submittedAt: new Date().toISOString(),
    submittedBy: actor.id,
  });
  await audit(models, { key: `submitted:${id}`, action: 'CLAIM_SUBMITTED', ctx, regionCode: claimant.regionCode, subjectId: String(id), snapshot: computation });
  ctx.emit(CooperationEvent.claimSubmitted, { id: String(id), organizationIds: [claimant.id], at: doc.submittedAt });
  return toClaimDto(doc.toObject() as ClaimDoc);
}

const alreadyDecided = (status: ClaimStatus | 'UNKNOWN') => problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.alreadyDecided', { status: P.key(`cooperation.claimStatus.${status}`) }), { reason: CooperationReason.ALREADY_DECIDED, status }));

/**
 * `cooperation.decideClaim`: a funder covering the claim's region decides once. The decision row (unique per claim) is
 * written first; of concurrent decisions one proceeds, the others get CONFLICT ALREADY_DECIDED. An approval pays the
 * frozen amount against the policy's yearly budget (a capped `$inc`): REFUSE → FAILED_PRECONDITION OVER_BUDGET (the
 * decision withdrawn), PRORATE → what is left. A rejection frees the claimed months. Audited.
 */
export async function decideClaim(models: CooperationModels, ctx: Context<DecideClaimParams, CallMeta>): Promise<ClaimDto> {
  const p = ctx.params;
  const c = await models.SubsidyClaim.findById(p.claimId).lean<ClaimDoc>();
  if (!c) throw notFound('Claim', p.claimId);
  await requireFunderOver(ctx, c.regionCode, 'decide');
  if (c.status !== 'SUBMITTED') throw alreadyDecided(c.status);
  raise(purposeProblem(c.policyKind, p.decision, p.purpose));
  const policy = await models.Policy.findById(c.policyId).lean<PolicyDoc>();
  if (!policy) throw notFound('Subsidy policy', c.policyId);
  const actor = actorOf(ctx);
  const at = new Date().toISOString();
  let decision: DecisionDoc;
  try {
    decision = (await models.Decision.create({ claimId: String(c._id), decision: p.decision, by: actor.id, at })).toObject() as DecisionDoc;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const first = await models.Decision.findOne({ claimId: String(c._id) }).lean<DecisionDoc>();
    throw alreadyDecided(first?.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED');
  }
  let awardedFen: number | null = null;
  if (p.decision === 'APPROVE') {
    try {
      awardedFen = await payFromBudget(models, policy, c.requestedFen, today().slice(0, 4)); // the budget year in the platform's zone
    } catch (err) {
      await models.Decision.deleteOne({ _id: decision._id });
      throw err;
    }
  }
  const status = p.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
  const updated = await models.SubsidyClaim.findOneAndUpdate(
    { _id: c._id, status: 'SUBMITTED' },
    { $set: { status, awardedFen, decidedAt: at, decidedBy: actor.id, decisionNote: p.note ?? null, purpose: p.purpose ?? null } },
    { returnDocument: 'after' },
  ).lean<ClaimDoc>();
  if (!updated) throw alreadyDecided('UNKNOWN');
  if (status === 'REJECTED') await models.ClaimedMonth.deleteMany({ claimId: String(c._id) });
  await audit(models, { key: `decided:${c._id}`, action: 'CLAIM_DECIDED', ctx, regionCode: c.regionCode, subjectId: String(c._id), snapshot: { decision: p.decision, awardedFen, requestedFen: c.requestedFen, note: p.note ?? null, purpose: p.purpose ?? null } });
  ctx.emit(CooperationEvent.claimDecided, { id: String(c._id), organizationIds: [c.claimantOrganizationId], at });
  return toClaimDto(updated);
}

/** Takes the amount out of the policy's budget for `year` (no budget: all of it). A capped `$inc`, retried on a race. */
async function payFromBudget(models: CooperationModels, policy: PolicyDoc, requestedFen: number, year: string): Promise<number> {
  const budget = policy.parameters.yearlyBudgetFen ?? null;
  if (budget === null) return requestedFen;
  const key = `${policy._id}:${year}`;
  await models.Budget.updateOne({ _id: key }, { $setOnInsert: { spentFen: 0 } }, { upsert: true });
  for (let attempt = 0; attempt < 20; attempt++) {
    const spent = (await models.Budget.findById(key).lean())?.spentFen ?? 0;
    const outcome = budgetOutcome(requestedFen, budget - spent, policy.parameters.overBudget ?? 'REFUSE');
    if ('problem' in outcome) throw problemError(outcome.problem);
    const ok = await models.Budget.findOneAndUpdate({ _id: key, spentFen: { $lte: budget - outcome.awardedFen } }, { $inc: { spentFen: outcome.awardedFen } }, { returnDocument: 'after' }).lean();
    if (ok) return outcome.awardedFen;
  }
  throw problemError(budgetOutcome(requestedFen, 0, 'REFUSE') as never);
}

/** Claims of an organization (default the caller's) or, for a funder, of its region. */
export async function listClaims(models: CooperationModels, ctx: Context<ListClaimsParams, CallMeta>): Promise<Page<ClaimDto>> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const region = await funderRegion(ctx);
  let filter: Record<string, unknown>;
  if (p.organizationId && (p.organizationId === actor.org || isAdmin(ctx))) filter = { claimantOrganizationId: p.organizationId };
  else if (region) filter = { regionCode: { $regex: `^${regionPrefix(region)}` }, ...(p.organizationId ? { claimantOrganizationId: p.organizationId } : {}) };
  else if (actor.org && !p.organizationId) filter = { claimantOrganizationId: actor.org };
  else throw forbidden(msg('cooperation.whoListsClaims'));
  if (p.status) filter.status = p.status;
  return findPage<ClaimDoc, ClaimDto>(models.SubsidyClaim, filter, p, toClaimDto);
}

/** The firm's own admin records its workforce for a year (the base of Xi'an's 2 % intern target). */
export async function recordWorkforce(models: CooperationModels, ctx: Context<{ organizationId: string; year: number; employees: number }, CallMeta>): Promise<InternQuotaDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  if (!isAdmin(ctx) && !(actor.org === p.organizationId && actor.roles.includes('ORG_ADMIN'))) throw forbidden(msg('cooperation.whoRecordsWorkforce'));
  await models.Workforce.updateOne({ _id: `${p.organizationId}:${p.year}` }, { $set: { organizationId: p.organizationId, year: p.year, employees: p.employees } }, { upsert: true });
  return internQuotaOf(models, ctx, p.organizationId, p.year);
}

/** Xi'an 篇7: interns hosted in the year against 2 % of the workforce — progress shown, nothing enforced. */
export async function internQuotaOf(models: CooperationModels, ctx: Context<unknown, CallMeta>, organizationId: string, year: number): Promise<InternQuotaDto> {
  const [org] = await organizationsOr404(ctx, [organizationId]);
  if (!(await mayRead(ctx, [organizationId], [org.regionCode]))) throw forbidden(msg('cooperation.whoReadsQuota'));
  const wf = await models.Workforce.findById(`${organizationId}:${year}`).lean();
  const placements = await models.Placement.find({ hostOrganizationId: organizationId, startOn: { $lte: `${year}-12-31` }, endOn: { $gte: `${year}-01-01` } }, { students: 1 }).lean<PlacementDoc[]>();
  const interns = new Set(placements.flatMap((pl) => pl.students.map((s) => `${String(pl._id)}:${s.studentNumber}`))).size;
  const employees = wf?.employees ?? null;
  return { organizationId, year, employees, targetBp: INTERN_TARGET_BP, interns, ...internQuota(employees, interns) };
}
