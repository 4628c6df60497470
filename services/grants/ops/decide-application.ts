/**
 * The application saga: submit (evaluation frozen in), decide (one decision per application, by a unique index),
 * complete the decision (award, status, audit entry, event), and repair decisions whose writer died half-way.
 */
import { Types } from 'mongoose';
import type { Context, Logger } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { conflict, failedPrecondition, forbidden, isDuplicateKey, notFound } from '../../../infra/errors.js';
import { loadOr404, oid } from '../../../infra/entity.js';
import { today } from '../../../infra/dates.js';
import { AllianceAction, type AllianceDto } from '../../alliances/alliances.contract.js';
import { GrantEvent, type ApplicationStatus, type DecideApplicationParams, type EligibilityReport, type GrantApplicationDto, type GrantApplicationEventPayload, type SubmitApplicationParams } from '../grants.contract.js';
import { staleDecisionsFilter, type AwardDoc, type DecisionDoc, type GrantApplicationDoc, type GrantModels, type GrantProgramDoc } from '../grants.model.js';
import { toApplicationDto, toAwardDto } from '../grants.mappers.js';
import { appliesFor, checkDecision, decidesFor, programCovers, windowProblemMsg } from '../grants.rules.js';
import { evaluateFor, withNames } from './evidence.js';
import { appendAudit } from './audit.js';
import { userCaller } from '../../../infra/caller.js';
import { GrantProgramReason } from '../../../infra/reasons.js';
import { msg } from '../../../infra/message-registry.js';
import { P } from '../../../infra/messages.js';
import type { MessageRef } from '../../../infra/messages.js';

/** Publishes a grants event (through the request's context when there is one, else the broker). */
export type Emit = (event: string, payload: GrantApplicationEventPayload) => void;

/** A report's shortfall as a message parameter (the English phrases of reports made before catalogs, as they are). */
const shortfallParam = (r: { shortfall: string[]; shortfallI18n?: MessageRef[] }) =>
  P.list(r.shortfallI18n ? r.shortfallI18n.map((s) => P.key(s.key, s.params)) : r.shortfall);
/** Why the window refuses today, as a message parameter. */
const windowParam = (w: Parameters<typeof windowProblemMsg>[0], on: string) => {
  const m = windowProblemMsg(w, on);
  return m ? P.key(m.key, m.params) : '';
};

/** The refusal data of a closed program (`reason: PROGRAM_CLOSED`), or nothing while it is open. */
const closedData = (p: GrantProgramDoc) => (p.closedAt ? { reason: GrantProgramReason.PROGRAM_CLOSED, closedAt: p.closedAt.toISOString() } : {});

/** A program by id, or NOT_FOUND ('Grant program'). */
export const loadProgram = (models: GrantModels, id: string) => loadOr404<GrantProgramDoc>(models.Program, id, 'Grant program');

/**
 * The lead's admin applies inside the program's window (inclusive): FORBIDDEN for anyone else, FAILED_PRECONDITION
 * for a program not covering the alliance's region, a closed window or an ineligible alliance (`data.shortfall`),
 * CONFLICT when awarded already or an application is open. The evaluation (with member names) is frozen in.
 */
export async function submitApplication(models: GrantModels, ctx: Context<SubmitApplicationParams, CallMeta>): Promise<GrantApplicationDto> {
  const actor = actorOf(ctx);
  const call = userCaller(ctx);
  const program = await loadProgram(models, ctx.params.programId);
  const alliance = await call<AllianceDto | null>(AllianceAction.get, { id: ctx.params.allianceId });
  if (!alliance) throw notFound('Alliance', ctx.params.allianceId);
  if (!appliesFor(actor, alliance.leadOrganizationId)) throw forbidden(msg('grants.leadApplies'));
  if (!programCovers(program.regionCode, alliance.regionCode)) {
    throw failedPrecondition(msg('grants.regionMismatch', { programRegion: program.regionCode, allianceRegion: alliance.regionCode }), { programRegion: program.regionCode, allianceRegion: alliance.regionCode });
  }
  const on = today();
  const closed = windowProblemMsg(program, on);
  if (closed) throw failedPrecondition(msg('grants.notAcceptedToday', { today: P.date(on), why: P.key(closed.key, closed.params) }), { opensOn: program.opensOn, closesOn: program.closesOn, today: on, ...closedData(program) });
  const award = await models.Award.findOne({ allianceId: oid(alliance.id), programId: program._id }).lean<AwardDoc>();
  if (award) throw conflict(msg('grants.alreadyAwarded'), { applicationId: String(award.applicationId) });
  const { report } = await evaluateFor(call, program, alliance.id, on);
  if (!report.eligible) {
    throw failedPrecondition(msg('grants.notEligible', { date: P.date(on), shortfall: shortfallParam(report) }), { shortfall: report.shortfall, asOf: on, criteria: report.criteria });
  }
  const evaluation = await withNames(call, report);
  const id = new Types.ObjectId();
  const openKey = `${alliance.id}:${program._id}`;
  let doc: GrantApplicationDoc;
  try {
    doc = (
      await models.Application.create({
        _id: id,
        allianceId: oid(alliance.id),
        programId: program._id,
        funderOrganizationId: program.funderOrganizationId,
        leadOrganizationId: oid(alliance.leadOrganizationId),
        status: 'SUBMITTED',
        submittedAt: new Date(),
        submittedBy: actor.id,
        evaluation,
        openKey,
      })
    ).toObject() as GrantApplicationDoc;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const open = await models.Application.findOne({ openKey }).lean<GrantApplicationDoc>();
    throw conflict(msg('grants.alreadyApplied', { status: open?.status === 'APPROVED' ? 'APPROVED' : 'SUBMITTED' }), {
      applicationId: open ? String(open._id) : undefined,
      status: open?.status,
    });
  }
  // A close recorded while this submission was under way wins: the application is withdrawn and nothing stays.
  const now = await models.Program.findById(program._id).lean<GrantProgramDoc>();
  if (now?.closedAt) {
    await models.Application.deleteOne({ _id: id });
    throw failedPrecondition(msg('grants.notAccepted', { why: windowParam(now, on) }), { opensOn: now.opensOn, closesOn: now.closesOn, today: on, ...closedData(now) });
  }
  await appendAudit(models, {
    key: `submitted:${id}`,
    action: 'APPLICATION_SUBMITTED',
    by: actor.id,
    byOrganizationId: actor.org ?? null,
    funderOrganizationId: String(program.funderOrganizationId),
    regionCode: alliance.regionCode,
    programId: String(program._id),
    allianceId: alliance.id,
    applicationId: String(id),
    snapshot: { evaluation },
  });
  ctx.emit(GrantEvent.applicationSubmitted, { applicationId: String(id), allianceId: alliance.id, programId: String(program._id), status: 'SUBMITTED' } satisfies GrantApplicationEventPayload);
  return toApplicationDto(doc, null);
}

/**
 * The program's funder decides. The decision is written once (unique per application) before anything else, so of
 * any number of concurrent decisions exactly one proceeds (the others: CONFLICT); an approval re-evaluates as of
 * today first (FAILED_PRECONDITION with `data.shortfall` when no longer eligible), then completes.
 */
export async function decideApplication(models: GrantModels, logger: Logger, ctx: Context<DecideApplicationParams, CallMeta>): Promise<GrantApplicationDto> {
  const actor = actorOf(ctx);
  const app = await models.Application.findById(ctx.params.applicationId).lean<GrantApplicationDoc>();
  if (!app) throw notFound('Grant application', ctx.params.applicationId);
  const program = await loadProgram(models, String(app.programId));
  if (!decidesFor(actor, String(program.funderOrganizationId))) throw forbidden(msg('grants.funderDecides'));
  const note = checkDecision(app.status, ctx.params.decision, ctx.params.note);
  const on = today();
  let evaluation: EligibilityReport | null = null;
  if (ctx.params.decision === 'APPROVE') {
    const call = userCaller(ctx);
    const { report } = await evaluateFor(call, program, String(app.allianceId), on);
    if (!report.eligible) {
      throw failedPrecondition(msg('grants.noLongerEligible', { date: P.date(on), shortfall: shortfallParam(report) }), { shortfall: report.shortfall, asOf: on, criteria: report.criteria });
    }
    evaluation = await withNames(call, report);
  }
  let decision: DecisionDoc;
  try {
    decision = (
      await models.Decision.create({
        applicationId: app._id,
        allianceId: app.allianceId,
        programId: app.programId,
        decision: ctx.params.decision,
        decidedBy: actor.id,
        decidedByOrganizationId: actor.org ? oid(actor.org) : null,
        decidedAt: new Date(),
        decidedOn: on,
        note,
        evaluation,
      })
    ).toObject() as DecisionDoc;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const first = await models.Decision.findOne({ applicationId: app._id }).lean<DecisionDoc>();
    throw conflict(msg('grants.decidedMeanwhile', { decision: first?.decision ?? 'unknown' }), { status: first?.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED' });
  }
  return completeDecision(models, logger, (e, p) => ctx.emit(e, p), app, program, decision);
}

/**
 * After the decision is written (only its holder gets here): the award for an approval (CONFLICT, and the decision
 * withdrawn, when another application of the alliance holds it), the application's status, the audit entry, the
 * `grants.applicationDecided` event. Idempotent: repairing a completed decision changes nothing.
 */
export async function completeDecision(models: GrantModels, logger: Logger, emit: Emit, app: GrantApplicationDoc, program: GrantProgramDoc, decision: DecisionDoc): Promise<GrantApplicationDto> {
  const approve = decision.decision === 'APPROVE';
  // The award goes to the lead unit in force on the decision date (the approval's evaluation names it), not to the
  // lead that submitted: the lead may have changed in between (alliances.changeLead).
  const recipient = decision.evaluation?.recipientOrganizationId ? oid(decision.evaluation.recipientOrganizationId) : app.leadOrganizationId;
  let award: AwardDoc | null = null;
  if (approve) {
    try {
      award = (
        await models.Award.create({
          allianceId: app.allianceId,
          programId: app.programId,
          applicationId: app._id,
          recipientOrganizationId: recipient,
          amountFen: program.awardAmountFen,
          currency: program.currency,
          awardedOn: decision.decidedOn,
          approvedBy: decision.decidedBy,
          decisionNote: decision.note,
        })
      ).toObject() as AwardDoc;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const existing = await models.Award.findOne({ allianceId: app.allianceId, programId: app.programId }).lean<AwardDoc>();
      if (!existing || String(existing.applicationId) !== String(app._id)) {
        // Another application of this alliance already holds the award: this approval does not stand.
        await models.Decision.deleteOne({ _id: decision._id });
        throw conflict(msg('grants.alreadyAwarded'), { applicationId: existing ? String(existing.applicationId) : undefined });
      }
      award = existing;
    }
  }
  const status: ApplicationStatus = approve ? 'APPROVED' : 'REJECTED';
  const set = approve
    ? { status, decidedAt: decision.decidedAt, decidedBy: decision.decidedBy, decisionNote: decision.note, decisionEvaluation: decision.evaluation, leadOrganizationId: recipient }
    : { status, decidedAt: decision.decidedAt, decidedBy: decision.decidedBy, decisionNote: decision.note, openKey: `closed:${app._id}` };
  // Only the holder of the decision gets here, so nothing races this update; the filter keeps it idempotent.
  let updated = await models.Application.findOneAndUpdate({ _id: app._id, status: 'SUBMITTED' }, { $set: set }, { returnDocument: 'after' }).lean<GrantApplicationDoc>();
  if (!updated) {
    updated = await models.Application.findById(app._id).lean<GrantApplicationDoc>();
    if (!updated || updated.status !== status) {
      logger.error({ applicationId: String(app._id), decision: decision.decision, status: updated?.status }, 'an application disagrees with its decision');
      throw conflict(msg('grants.applicationNow', { status: updated?.status ?? 'GONE' }), { status: updated?.status });
    }
  }
  await appendAudit(models, {
    key: `decided:${app._id}`,
    action: approve ? 'APPLICATION_APPROVED' : 'APPLICATION_REJECTED',
    by: decision.decidedBy,
    byOrganizationId: decision.decidedByOrganizationId ? String(decision.decidedByOrganizationId) : null,
    funderOrganizationId: String(program.funderOrganizationId),
    programId: String(program._id),
    allianceId: String(app.allianceId),
    applicationId: String(app._id),
    note: decision.note,
    snapshot: approve ? { decision: 'APPROVE', evaluation: decision.evaluation, award: award ? toAwardDto(award) : null } : { decision: 'REJECT' },
  });
  emit(GrantEvent.applicationDecided, {
    applicationId: String(app._id),
    allianceId: String(app.allianceId),
    programId: String(program._id),
    status,
    ...(award ? { awardAmountFen: award.amountFen, recipientOrganizationId: String(award.recipientOrganizationId) } : {}),
  });
  return toApplicationDto(updated, award);
}

/**
 * Finishes what the holder of a decision did not (it wrote the decision, then its process died): the award and the
 * application's status follow the decision. Stale decisions only (a young one may still be in flight). Returns how
 * many applications it completed; one that cannot be completed is logged and left for the next run.
 */
export async function repairDecisions(models: GrantModels, logger: Logger, emit: Emit): Promise<number> {
  const stale = await models.Decision.find(staleDecisionsFilter(Date.now())).lean<DecisionDoc[]>();
  if (!stale.length) return 0;
  const open = await models.Application.find({ _id: { $in: stale.map((d) => d.applicationId) }, status: 'SUBMITTED' }).lean<GrantApplicationDoc[]>();
  let repaired = 0;
  for (const app of open) {
    const decision = stale.find((d) => String(d.applicationId) === String(app._id))!;
    const program = await loadProgram(models, String(app.programId));
    try {
      await completeDecision(models, logger, emit, app, program, decision);
      repaired++;
    } catch (err) {
      logger.error({ err, applicationId: String(app._id) }, 'could not complete an interrupted grant decision');
    }
  }
  return repaired;
}
