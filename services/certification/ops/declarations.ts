/**
 * The declaration flows (003 篇6 三: 自愿申报、复核确认、建设培育、认证评价): create (history drawn from the platform,
 * standing checked), attach, submit (pre-check), assign reviewers, review, decide (once), notice and objections,
 * reserve, certification, yearly reports, and the false-information finding (a 5-year ban in organizations' one
 * disqualification history). Every step is a claimed revision (infra/revise.ts), dated in `steps` and audited.
 */
import type { Context, ServiceBroker } from 'moleculer';
import mongoose, { type Connection } from 'mongoose';
import { fileTypeFromBuffer } from 'file-type';
import { actorOf, hasRole, isPlatformAdmin, regionCovers, type Actor, type CallMeta } from '../../../infra/auth.js';
import { adminOf, callerOrganization, funderRegionOf } from '../../../infra/authz.js';
import { systemCaller, userCaller } from '../../../infra/caller.js';
import { assertNotFuture, today } from '../../../infra/dates.js';
import { oid } from '../../../infra/entity.js';
import { conflict, ErrorCode, failedPrecondition, forbidden, isDuplicateKey, notFound, problemError, raise, type Problem } from '../../../infra/errors.js';
import { revise } from '../../../infra/revise.js';
import { OrganizationAction, standingProblem, type DisqualificationDto, type DisqualifyParams, type OrganizationDto, type StandingDto, type StandingOfParams } from '../../organizations/organizations.contract.js';
import {
  ATTACHMENT_TYPES,
  CertificationEvent,
  CertRule,
  DEFAULT_NOTICE_DAYS,
  DEFAULT_VALIDITY_YEARS,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  NATIONAL_LEVY_POLICY,
  type AssignReviewersParams,
  type AttachParams,
  type AttachmentDto,
  type CertifyParams,
  type CertProgramDto,
  type CreateCertProgramParams,
  type CreateDeclarationParams,
  type DecideParams,
  type DeclarationDto,
  type DeclarationStatus,
  type FalseInformationParams,
  type FileObjectionParams,
  type ListDeclarationsParams,
  type ObjectionDto,
  type ResolveObjectionParams,
  type ReviewDto,
  type SubmitReviewParams,
  type YearlyReportParams,
} from '../certification.contract.js';
import { toDeclarationDto, toObjectionDto, toProgramDto, toReviewDto } from '../certification.mappers.js';
import { underRegionFilter, type CertificationModels, type CertProgramDoc, type DeclarationDoc, type ObjectionDoc, type ReviewDoc } from '../certification.model.js';
import { decisionProblem, noticeUntil, objectionProblem, precheck, precheckProblem, reserveProblem, scoresProblem, stepProblem, tally, validUntil, type Step } from '../certification.rules.js';
import { drawHistory } from './history.js';

export const SERVICE = 'certification';
type Ctx<P> = Context<P, CallMeta>;
export interface Deps {
  models: CertificationModels;
  conn: Connection;
  broker: ServiceBroker;
  logger: { warn(o: object, m: string): void };
}

/** Calls on the caller's behalf: the user's token travels; a service caller (the demo seed, a repair) calls as this service (its internal token is bound to us, not to the callee). */
const onBehalf = (deps: Deps, ctx: Ctx<unknown>) => (actorOf(ctx).system ? systemCaller(deps.broker, SERVICE, ctx) : userCaller(ctx));

const coded = (code: ErrorCode, message: string, key: string, params: Record<string, unknown>, data: Record<string, unknown>): Problem => ({ code, message, key, params, data });

// ------------------------------------------------------------------ loading and authority

async function loadDeclaration(models: CertificationModels, id: string): Promise<DeclarationDoc> {
  const d = await models.Declaration.findById(id).lean<DeclarationDoc>();
  if (!d) throw notFound('Declaration', id);
  return d;
}
async function loadProgram(models: CertificationModels, id: string): Promise<CertProgramDoc> {
  const p = await models.Program.findById(id).lean<CertProgramDoc>();
  if (!p) throw notFound('Certification program', id);
  return p;
}

/** The program's own funder (a FUNDER of its GOVERNMENT organization), a platform admin or the system. */
function requireProgramFunder(actor: Actor, program: { funderOrganizationId: unknown }): void {
  if (actor.system || isPlatformAdmin(actor)) return;
  if (hasRole(actor, 'FUNDER') && actor.org === String(program.funderOrganizationId)) return;
  throw forbidden("Only the program's funder may do this.");
}

/**
 * Who may read a declaration: the enterprise's admins, assigned reviewers, a funder whose region covers the
 * enterprise's (a provincial funder sees its cities', a city funder its own), platform admins and the system.
 */
async function mayRead(ctx: Ctx<unknown>, d: Pick<DeclarationDoc, 'organizationId' | 'reviewers' | 'regionCode'>): Promise<boolean> {
  const actor = actorOf(ctx);
  if (adminOf(actor, String(d.organizationId))) return true;
  if ((d.reviewers ?? []).includes(actor.id)) return true;
  const region = funderRegionOf(actor, hasRole(actor, 'FUNDER') ? await callerOrganization(ctx, SERVICE) : null);
  return !!region && regionCovers(region, d.regionCode);
}

/** The declaration with its reviews, as the caller may see it. */
export async function declarationDto(models: CertificationModels, d: DeclarationDoc): Promise<DeclarationDto> {
  const reviews = await models.Review.find({ declarationId: d._id }).sort({ submittedAt: 1 }).lean<ReviewDoc[]>();
  return toDeclarationDto(d, reviews);
}

async function audit(models: CertificationModels, key: string, action: string, d: Pick<DeclarationDoc, '_id' | 'programId' | 'funderOrganizationId' | 'regionCode'> | null, by: string, details: Record<string, unknown>, programId?: string): Promise<void> {
  try {
    await models.Audit.create({
      _id: key,
      action,
      declarationId: d ? String(d._id) : null,
      programId: d ? String(d.programId) : (programId ?? null),
      funderOrganizationId: d ? String(d.funderOrganizationId) : null,
      regionCode: d?.regionCode ?? null,
      by,
      at: new Date(),
      details,
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err; // a retried step is audited once
  }
}

/**
 * One step of a declaration: re-checks the status on every attempt (`stepProblem`), applies `set`, appends the dated
 * step when the status changes, audits under `<action>:<id>:<rev>` and emits `certification.declarationStepped`.
 */
async function step(
  deps: Deps,
  ctx: Ctx<unknown>,
  id: string,
  s: Step,
  compute: (d: DeclarationDoc) => { set: Record<string, unknown>; status?: DeclarationStatus; note?: string | null } | Promise<{ set: Record<string, unknown>; status?: DeclarationStatus; note?: string | null }>,
  auditAction: string,
  details: Record<string, unknown> = {},
): Promise<DeclarationDoc> {
  const actor = actorOf(ctx);
  const { models } = deps;
  const { doc, extra } = await revise<DeclarationDoc, { rev: number; status?: DeclarationStatus }>({
    model: models.Declaration,
    claims: models.Claim,
    kind: 'declaration',
    load: () => loadDeclaration(models, id),
    compute: async (d) => {
      raise(stepProblem(s, d.status));
      const c = await compute(d);
      const set: Record<string, unknown> = { ...c.set };
      if (c.status && c.status !== d.status) {
        const now = new Date();
        set.status = c.status;
        set.steps = [...(d.steps ?? []), { status: c.status, at: now.toISOString(), on: today(), by: actor.id, note: c.note ?? null }];
      }
      return { set, extra: { rev: d.rev ?? 0, status: c.status } };
    },
  });
  await audit(models, `${auditAction}:${id}:${extra!.rev}`, auditAction, doc, actor.id, details);
  if (extra?.status) ctx.emit(CertificationEvent.stepped, { declarationId: id, organizationId: String(doc.organizationId), programId: String(doc.programId), status: doc.status, on: today() });
  return doc;
}

// ------------------------------------------------------------------ programs

/** A funder's 产教融合型企业 program: conditions, review criteria, quorum, notice days, validity, levy policies. FORBIDDEN outside its region; CONFLICT for a code it already uses. */
export async function createProgram(deps: Deps, ctx: Ctx<CreateCertProgramParams>): Promise<CertProgramDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  let funderOrgId: string;
  if (actor.system || isPlatformAdmin(actor)) {
    if (!p.funderOrganizationId) throw failedPrecondition('A platform admin names the funder (funderOrganizationId).', { field: 'funderOrganizationId' });
    funderOrgId = p.funderOrganizationId;
  } else {
    const org = hasRole(actor, 'FUNDER') ? await callerOrganization(ctx, SERVICE) : null;
    const region = funderRegionOf(actor, org);
    if (!region || !org || (p.funderOrganizationId && p.funderOrganizationId !== org.id)) throw forbidden('Only a funder may create a program, for its own government organization.');
    if (!regionCovers(region, p.regionCode)) throw forbidden(`The funder's region ${region} does not cover ${p.regionCode}.`);
    funderOrgId = org.id;
  }
  for (const c of p.conditions) {
    if (c.kind === 'INDUSTRY_IN' ? !c.values?.length : c.threshold === undefined || c.threshold === null) {
      throw problemError(coded(ErrorCode.BAD_USER_INPUT, `Condition ${c.kind} needs ${c.kind === 'INDUSTRY_IN' ? 'values' : 'a threshold'}.`, 'certification.badCondition', { kind: c.kind }, { field: 'conditions', kind: c.kind }));
    }
  }
  const max = p.reviewCriteria.reduce((a, c) => a + c.maxScore, 0);
  if (p.passScore > max) throw problemError(coded(ErrorCode.BAD_USER_INPUT, `passScore ${p.passScore} is above the highest total ${max}.`, 'certification.passScoreTooHigh', { passScore: p.passScore, max }, { field: 'passScore', max }));
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
    if (isDuplicateKey(err)) throw conflict(`The funder already has a program with code ${p.code}.`, { field: 'code' });
    throw err;
  }
}

// ------------------------------------------------------------------ declarations

/**
 * An enterprise's ORG_ADMIN declares (自愿申报) in a program covering its region. Refused with the ban's dates
 * (FAILED_PRECONDITION reason DISQUALIFIED, organizations' `standingProblem`) while a disqualification is in force —
 * in particular the 5-year false-information ban (003 篇6 五). One live declaration per enterprise and program
 * (CONFLICT reason OPEN_DECLARATION). The cooperation history is drawn from the platform (ops/history.ts).
 */
export async function createDeclaration(deps: Deps, ctx: Ctx<CreateDeclarationParams>): Promise<DeclarationDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  if (!adminOf(actor, p.organizationId)) throw forbidden("Only the enterprise's own admins may declare for it.");
  const program = await loadProgram(deps.models, p.programId);
  const sys = systemCaller(deps.broker, SERVICE, ctx);
  const [org] = await sys<(OrganizationDto | null)[]>(OrganizationAction.getMany, { ids: [p.organizationId] });
  if (!org) throw notFound('Organization', p.organizationId);
  if (org.kind !== 'ENTERPRISE') throw problemError(coded(ErrorCode.FAILED_PRECONDITION, 'Only an enterprise may declare.', 'certification.notAnEnterprise', {}, { reason: CertRule.NOT_AN_ENTERPRISE }));
  if (!regionCovers(program.regionCode, org.regionCode)) throw forbidden(`The program covers ${program.regionCode}, the enterprise is in ${org.regionCode}.`);
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
    if (isDuplicateKey(err)) throw problemError(coded(ErrorCode.CONFLICT, 'The enterprise already has an open declaration in this program.', 'certification.openDeclaration', {}, { reason: CertRule.OPEN_DECLARATION }));
    throw err;
  }
}

/**
 * A supporting document (支撑材料) into GridFS: PDF, PNG or JPEG by its bytes (file-type), at most 512 KiB, at most 10
 * per declaration, while DRAFT. The file is written first and named on the declaration by a claimed step; a file
 * whose step lost is deleted again.
 */
export async function attach(deps: Deps, ctx: Ctx<AttachParams>): Promise<AttachmentDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const d = await loadDeclaration(deps.models, p.declarationId);
  if (!adminOf(actor, String(d.organizationId))) throw forbidden("Only the enterprise's own admins may attach documents.");
  raise(stepProblem('attach', d.status));
  const bytes = Buffer.from(p.contentBase64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_ATTACHMENT_BYTES) throw problemError(coded(ErrorCode.BAD_USER_INPUT, `An attachment may be at most ${MAX_ATTACHMENT_BYTES} bytes.`, 'certification.attachmentSize', { max: MAX_ATTACHMENT_BYTES, bytes: bytes.length }, { field: 'contentBase64', rule: CertRule.ATTACHMENT_SIZE, max: MAX_ATTACHMENT_BYTES, bytes: bytes.length }));
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(ATTACHMENT_TYPES as readonly string[]).includes(type.mime)) {
    throw problemError(coded(ErrorCode.BAD_USER_INPUT, 'Attachments must be PDF, PNG or JPEG.', 'certification.attachmentType', { detected: type?.mime ?? 'unknown' }, { field: 'contentBase64', rule: CertRule.ATTACHMENT_TYPE, detected: type?.mime ?? null }));
  }
  if ((d.attachments ?? []).length >= MAX_ATTACHMENTS) throw problemError(coded(ErrorCode.FAILED_PRECONDITION, `At most ${MAX_ATTACHMENTS} attachments.`, 'certification.tooManyAttachments', { max: MAX_ATTACHMENTS }, { reason: CertRule.TOO_MANY_ATTACHMENTS, max: MAX_ATTACHMENTS }));
  const bucket = new mongoose.mongo.GridFSBucket(deps.conn.db!, { bucketName: 'attachments' });
  const fileId = await new Promise<string>((resolve, reject) => {
    const up = bucket.openUploadStream(p.fileName, { metadata: { declarationId: p.declarationId, mime: type.mime, by: actor.id } });
    up.once('error', reject);
    up.once('finish', () => resolve(String(up.id)));
    up.end(bytes);
  });
  const att: AttachmentDto = { fileId, fileName: p.fileName, mime: type.mime, bytes: bytes.length, uploadedAt: new Date().toISOString() };
  try {
    await step(deps, ctx, p.declarationId, 'attach', (cur) => {
      if ((cur.attachments ?? []).length >= MAX_ATTACHMENTS) throw problemError(coded(ErrorCode.FAILED_PRECONDITION, `At most ${MAX_ATTACHMENTS} attachments.`, 'certification.tooManyAttachments', { max: MAX_ATTACHMENTS }, { reason: CertRule.TOO_MANY_ATTACHMENTS, max: MAX_ATTACHMENTS }));
      return { set: { attachments: [...(cur.attachments ?? []), att] } };
    }, 'ATTACHED', { fileId, fileName: p.fileName, mime: type.mime, bytes: bytes.length });
  } catch (err) {
    await bucket.delete(oid(fileId)).catch(() => undefined);
    throw err;
  }
  return att;
}

/** Reads an attachment's bytes (base64) for whoever may read the declaration. */
export async function readAttachment(deps: Deps, ctx: Ctx<{ declarationId: string; fileId: string }>): Promise<{ fileName: string; mime: string; contentBase64: string }> {
  const d = await loadDeclaration(deps.models, ctx.params.declarationId);
  if (!(await mayRead(ctx, d))) throw forbidden('You may not read this declaration.');
  const att = (d.attachments ?? []).find((a) => a.fileId === ctx.params.fileId);
  if (!att) throw notFound('Attachment', ctx.params.fileId);
  const bucket = new mongoose.mongo.GridFSBucket(deps.conn.db!, { bucketName: 'attachments' });
  const chunks: Buffer[] = [];
  for await (const c of bucket.openDownloadStream(oid(att.fileId))) chunks.push(c as Buffer);
  return { fileName: att.fileName, mime: att.mime, contentBase64: Buffer.concat(chunks).toString('base64') };
}

/** Submits a DRAFT after the platform's pre-check; refused (nothing stored) with the failed conditions. The history is drawn again at submission. */
export async function submitDeclaration(deps: Deps, ctx: Ctx<{ declarationId: string }>): Promise<DeclarationDto> {
  const actor = actorOf(ctx);
  const d0 = await loadDeclaration(deps.models, ctx.params.declarationId);
  if (!adminOf(actor, String(d0.organizationId))) throw forbidden("Only the enterprise's own admins may submit its declaration.");
  const program = await loadProgram(deps.models, String(d0.programId));
  const on = today();
  raise(standingProblem(await onBehalf(deps, ctx)<StandingDto[]>(OrganizationAction.standingOf, { organizationIds: [String(d0.organizationId)], from: on, to: on } satisfies StandingOfParams)));
  const cooperation = await drawHistory(systemCaller(deps.broker, SERVICE, ctx), String(d0.organizationId), on, deps.logger);
  const doc = await step(deps, ctx, ctx.params.declarationId, 'submit', (d) => {
    const results = precheck(program.conditions, { industry: d.industry, employees: d.employees, attachments: (d.attachments ?? []).length, cooperation });
    raise(precheckProblem(results));
    return { set: { precheck: results, cooperation }, status: 'SUBMITTED' };
  }, 'SUBMITTED');
  return declarationDto(deps.models, doc);
}

/** The program's funder assigns the review panel (复核评议专家组), user ids; may add to it while under review. */
export async function assignReviewers(deps: Deps, ctx: Ctx<AssignReviewersParams>): Promise<DeclarationDto> {
  const actor = actorOf(ctx);
  const d0 = await loadDeclaration(deps.models, ctx.params.declarationId);
  requireProgramFunder(actor, d0);
  const doc = await step(deps, ctx, ctx.params.declarationId, 'assignReviewers', (d) => ({ set: { reviewers: [...new Set([...(d.reviewers ?? []), ...ctx.params.reviewerIds])] }, status: 'UNDER_REVIEW' }), 'REVIEWERS_ASSIGNED', { reviewerIds: ctx.params.reviewerIds });
  return declarationDto(deps.models, doc);
}

/**
 * An assigned reviewer scores against the program's criteria or declares a conflict of interest (回避; then scores
 * nothing and does not count toward the quorum). Once per reviewer (CONFLICT reason ALREADY_REVIEWED).
 */
export async function submitReview(deps: Deps, ctx: Ctx<SubmitReviewParams>): Promise<ReviewDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const d = await loadDeclaration(deps.models, p.declarationId);
  if (!(d.reviewers ?? []).includes(actor.id)) throw problemError(coded(ErrorCode.FORBIDDEN, 'You are not a reviewer of this declaration.', 'certification.notAReviewer', {}, { reason: CertRule.NOT_A_REVIEWER }));
  raise(stepProblem('review', d.status));
  const program = await loadProgram(deps.models, String(d.programId));
  const scores = p.conflictOfInterest ? [] : (p.scores ?? []);
  if (!p.conflictOfInterest) raise(scoresProblem(program.reviewCriteria, scores));
  try {
    const created = await deps.models.Review.create({
      declarationId: d._id,
      reviewerId: actor.id,
      conflictOfInterest: p.conflictOfInterest,
      conflictNote: p.conflictOfInterest ? (p.conflictNote ?? null) : null,
      scores,
      total: p.conflictOfInterest ? null : scores.reduce((a, s) => a + s.score, 0),
      comment: p.comment ?? null,
      submittedAt: new Date(),
    });
    const r = created.toObject() as ReviewDoc;
    await audit(deps.models, `reviewed:${String(d._id)}:${actor.id}`, p.conflictOfInterest ? 'CONFLICT_DECLARED' : 'REVIEWED', d, actor.id, { total: r.total, conflictOfInterest: r.conflictOfInterest });
    return toReviewDto(r);
  } catch (err) {
    if (isDuplicateKey(err)) throw problemError(coded(ErrorCode.CONFLICT, 'You have already reviewed this declaration.', 'certification.alreadyReviewed', {}, { reason: CertRule.ALREADY_REVIEWED }));
    throw err;
  }
}

/**
 * The funder's decision, exactly once even under concurrency: a `decisions` row keyed by the declaration id is
 * inserted first (unique `_id`); only its writer moves the declaration. APPROVE opens the public notice (公示) from
 * `decidedOn` (default today, never future) for the program's notice days; REJECT closes the declaration.
 * Errors: FAILED_PRECONDITION (QUORUM_NOT_MET, BELOW_PASS_SCORE), CONFLICT (ALREADY_DECIDED, WRONG_STATUS).
 */
export async function decide(deps: Deps, ctx: Ctx<DecideParams & { decidedOn?: string | null }>): Promise<DeclarationDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const d0 = await loadDeclaration(deps.models, p.declarationId);
  requireProgramFunder(actor, d0);
  raise(stepProblem('decide', d0.status));
  const program = await loadProgram(deps.models, String(d0.programId));
  const on = p.decidedOn ? assertNotFuture(p.decidedOn, 'decidedOn') : today();
  const reviews = await deps.models.Review.find({ declarationId: d0._id }).lean<ReviewDoc[]>();
  const t = tally(reviews);
  raise(decisionProblem(p.decision, t, program.quorum, program.passScore));
  try {
    await deps.models.Decision.create({ _id: String(d0._id), decision: p.decision, by: actor.id, at: new Date() });
  } catch (err) {
    if (isDuplicateKey(err)) throw problemError(coded(ErrorCode.CONFLICT, 'This declaration has already been decided.', 'certification.alreadyDecided', {}, { reason: CertRule.ALREADY_DECIDED }));
    throw err;
  }
  const approve = p.decision === 'APPROVE';
  const doc = await step(
    deps,
    ctx,
    p.declarationId,
    'decide',
    (d) => ({
      set: approve
        ? { decision: 'APPROVE', decisionNote: p.note ?? null, averageScore: t.average, noticeFrom: on, noticeUntil: noticeUntil(on, program.noticeDays) }
        : { decision: 'REJECT', decisionNote: p.note ?? null, averageScore: t.average, rejectionReason: 'DECISION', openKey: `closed:${String(d._id)}` },
      status: approve ? 'IN_NOTICE' : 'REJECTED',
      note: p.note ?? null,
    }),
    'DECIDED',
    { decision: p.decision, decidedOn: on, average: t.average, counted: t.counted },
  );
  return declarationDto(deps.models, doc);
}

/** Anyone signed in objects (异议) during the notice period. */
export async function fileObjection(deps: Deps, ctx: Ctx<FileObjectionParams>): Promise<ObjectionDto> {
  const actor = actorOf(ctx);
  const d = await loadDeclaration(deps.models, ctx.params.declarationId);
  raise(stepProblem('object', d.status));
  const on = today();
  raise(objectionProblem(on, d.noticeFrom!, d.noticeUntil!));
  const created = await deps.models.Objection.create({ declarationId: d._id, text: ctx.params.text, filedBy: actor.id, filedOn: on, status: 'OPEN', resolution: null, resolvedOn: null, resolvedBy: null, createdAt: new Date() });
  const o = created.toObject() as ObjectionDoc;
  await audit(deps.models, `objection:${String(o._id)}`, 'OBJECTION_FILED', d, actor.id, { objectionId: String(o._id) });
  return toObjectionDto(o);
}

/** The funder resolves an objection once (claimed); UPHELD rejects the declaration (rejectionReason OBJECTION_UPHELD). */
export async function resolveObjection(deps: Deps, ctx: Ctx<ResolveObjectionParams>): Promise<ObjectionDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const o = await deps.models.Objection.findById(p.objectionId).lean<ObjectionDoc>();
  if (!o) throw notFound('Objection', p.objectionId);
  const d = await loadDeclaration(deps.models, String(o.declarationId));
  requireProgramFunder(actor, d);
  try {
    await deps.models.Claim.create({ _id: `objection:${p.objectionId}:resolved`, at: new Date() });
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict('The objection has already been resolved.', { reason: 'ALREADY_RESOLVED' });
    throw err;
  }
  const on = today();
  const updated = await deps.models.Objection.findOneAndUpdate({ _id: o._id, status: 'OPEN' }, { $set: { status: p.outcome, resolution: p.resolution, resolvedOn: on, resolvedBy: actor.id } }, { returnDocument: 'after' }).lean<ObjectionDoc>();
  await audit(deps.models, `objectionResolved:${p.objectionId}`, 'OBJECTION_RESOLVED', d, actor.id, { objectionId: p.objectionId, outcome: p.outcome });
  if (p.outcome === 'UPHELD' && d.status === 'IN_NOTICE') {
    await step(deps, ctx, String(d._id), 'resolveObjection', (cur) => ({ set: { rejectionReason: 'OBJECTION_UPHELD', openKey: `closed:${String(cur._id)}` }, status: 'REJECTED', note: p.resolution }), 'REJECTED_ON_OBJECTION', { objectionId: p.objectionId });
  }
  return toObjectionDto(updated!);
}

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
  if (!adminOf(actor, String(d0.organizationId))) throw forbidden("Only the enterprise's own admins may file its yearly report.");
  const doc = await step(deps, ctx, p.declarationId, 'yearlyReport', (d) => {
    if ((d.yearlyReports ?? []).some((r) => r.year === p.year)) throw problemError(coded(ErrorCode.CONFLICT, `The year ${p.year} is already recorded.`, 'certification.yearRecorded', { year: p.year }, { reason: CertRule.YEAR_RECORDED, year: p.year }));
    return { set: { yearlyReports: [...(d.yearlyReports ?? []), { year: p.year, summary: p.summary, filedOn: today(), by: actor.id }] } };
  }, 'YEARLY_REPORT', { year: p.year });
  return declarationDto(deps.models, doc);
}

/**
 * The funder's finding of false information (003 篇6 五): a FALSE_INFORMATION disqualification in organizations' one
 * history (default 5 years less a day from today, `sourceRef` naming the declaration) — stored first, so the ban
 * stands even if the declaration cannot be updated — then the declaration is REJECTED (FALSE_INFORMATION).
 */
export async function findFalseInformation(deps: Deps, ctx: Ctx<FalseInformationParams>): Promise<{ declaration: DeclarationDto; disqualification: DisqualificationDto }> {
  const actor = actorOf(ctx);
  const d0 = await loadDeclaration(deps.models, ctx.params.declarationId);
  requireProgramFunder(actor, d0);
  raise(stepProblem('falseInformation', d0.status));
  const params: DisqualifyParams = { organizationId: String(d0.organizationId), reason: ctx.params.reason, kind: 'FALSE_INFORMATION', sourceRef: `certification.declaration:${String(d0._id)}` };
  const dq = await onBehalf(deps, ctx)<DisqualificationDto>(OrganizationAction.disqualify, { ...params });
  const doc = await step(deps, ctx, ctx.params.declarationId, 'falseInformation', (d) => ({ set: { rejectionReason: 'FALSE_INFORMATION', openKey: `closed:${String(d._id)}` }, status: 'REJECTED', note: ctx.params.reason }), 'FALSE_INFORMATION', { disqualificationId: dq.id, from: dq.from, until: dq.until });
  return { declaration: await declarationDto(deps.models, doc), disqualification: dq };
}

// ------------------------------------------------------------------ reads

export async function getDeclaration(deps: Deps, ctx: Ctx<{ id: string }>): Promise<DeclarationDto | null> {
  const d = await deps.models.Declaration.findById(ctx.params.id).lean<DeclarationDoc>();
  if (!d) return null;
  if (!(await mayRead(ctx, d))) throw forbidden('You may not read this declaration.');
  return declarationDto(deps.models, d);
}

/** What the caller may see: funders their region's (provincial: its cities'), enterprise admins their own, reviewers their assignments. */
export async function listDeclarations(deps: Deps, ctx: Ctx<ListDeclarationsParams>): Promise<DeclarationDto[]> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const filter: Record<string, unknown> = {};
  if (p.programId) filter.programId = oid(p.programId);
  if (p.organizationId) filter.organizationId = oid(p.organizationId);
  if (p.status) filter.status = p.status;
  if (!actor.system && !isPlatformAdmin(actor)) {
    const or: Record<string, unknown>[] = [{ reviewers: actor.id }];
    if (actor.org && hasRole(actor, 'ORG_ADMIN')) or.push({ organizationId: oid(actor.org) });
    const region = funderRegionOf(actor, hasRole(actor, 'FUNDER') ? await callerOrganization(ctx, SERVICE) : null);
    if (region) or.push(underRegionFilter(region));
    filter.$or = or;
  }
  const docs = await deps.models.Declaration.find(filter).sort({ createdAt: -1 }).limit(500).lean<DeclarationDoc[]>();
  const reviews = await deps.models.Review.find({ declarationId: { $in: docs.map((d) => d._id) } }).lean<ReviewDoc[]>();
  return docs.map((d) => toDeclarationDto(d, reviews.filter((r) => String(r.declarationId) === String(d._id))));
}

export async function listObjections(deps: Deps, ctx: Ctx<{ declarationId: string }>): Promise<ObjectionDto[]> {
  const d = await loadDeclaration(deps.models, ctx.params.declarationId);
  const actor = actorOf(ctx);
  const funder = actor.system || isPlatformAdmin(actor) || (hasRole(actor, 'FUNDER') && (await mayRead(ctx, d)));
  const os = await deps.models.Objection.find({ declarationId: d._id }).sort({ createdAt: 1 }).lean<ObjectionDoc[]>();
  // The objector sees its own; the funder all (objections name private persons: never public).
  return os.filter((o) => funder || o.filedBy === actor.id).map(toObjectionDto);
}
