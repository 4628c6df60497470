/** The funder's decision (复核确认), exactly once; APPROVE opens the public notice (公示). */
import { actorOf } from '../../../infra/auth.js';
import { assertNotFuture, today } from '../../../infra/dates.js';
import { ErrorCode, isDuplicateKey, problemError, raise } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { CertRule, type DecideParams, type DeclarationDto } from '../certification.contract.js';
import type { ReviewDoc } from '../certification.model.js';
import { decisionProblem, noticeUntil, stepProblem, tally } from '../certification.rules.js';
import { coded, declarationDto, loadDeclaration, loadProgram, requireProgramFunder, step, type Ctx, type Deps } from './common.js';

/**
 * The funder's decision, exactly once even under concurrency: a `decisions` row keyed by the declaration id is
 * inserted first (unique `_id`); only its writer moves the declaration. APPROVE opens the public notice (公示) from
 * `decidedOn` (default today, never future) for the program's notice days; REJECT closes the declaration.
 * Only reviews that count (`countsToward`: no conflict declared, a reviewer of a known organization other than the
 * declaring enterprise) make the quorum and the average; the others are left out (`excluded` in the audit).
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
  const t = tally(reviews, String(d0.organizationId));
  raise(decisionProblem(p.decision, t, program.quorum, program.passScore));
  try {
    await deps.models.Decision.create({ _id: String(d0._id), decision: p.decision, by: actor.id, at: new Date() });
  } catch (err) {
    if (isDuplicateKey(err)) throw problemError(coded(ErrorCode.CONFLICT, msg('certification.alreadyDecided'), { reason: CertRule.ALREADY_DECIDED }));
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
    { decision: p.decision, decidedOn: on, average: t.average, counted: t.counted, excluded: t.excluded },
  );
  return declarationDto(deps.models, doc);
}
