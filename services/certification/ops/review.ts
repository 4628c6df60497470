/** Expert review (复核评议): the funder assigns the panel, each reviewer scores once or declares a conflict. */
import { actorOf } from '../../../infra/auth.js';
import { ErrorCode, isDuplicateKey, problemError, raise } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { CertRule, type AssignReviewersParams, type DeclarationDto, type ReviewDto, type SubmitReviewParams } from '../certification.contract.js';
import { toReviewDto } from '../certification.mappers.js';
import type { ReviewDoc } from '../certification.model.js';
import { assignReviewersProblem, reviewerKey, reviewerProblem, scoresProblem, stepProblem } from '../certification.rules.js';
import { audit, coded, declarationDto, loadDeclaration, loadProgram, requireProgramFunder, step, type Ctx, type Deps } from './common.js';

/**
 * The program's funder assigns the review panel (复核评议专家组): users (`sub`) of one organization per call, each seat
 * the pair (user, organization); may add to it while under review. Never users of the declaring enterprise
 * (FAILED_PRECONDITION reason OWN_DECLARATION).
 */
export async function assignReviewers(deps: Deps, ctx: Ctx<AssignReviewersParams>): Promise<DeclarationDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const d0 = await loadDeclaration(deps.models, p.declarationId);
  requireProgramFunder(actor, d0);
  raise(assignReviewersProblem({ organizationId: String(d0.organizationId) }, p.reviewerOrganizationId));
  const keys = p.reviewerIds.map((userId) => reviewerKey({ userId, organizationId: p.reviewerOrganizationId }));
  const doc = await step(
    deps,
    ctx,
    p.declarationId,
    'assignReviewers',
    (d) => ({ set: { reviewers: [...new Set([...(d.reviewers ?? []), ...p.reviewerIds])], reviewerKeys: [...new Set([...(d.reviewerKeys ?? []), ...keys])] }, status: 'UNDER_REVIEW' }),
    'REVIEWERS_ASSIGNED',
    { reviewerIds: p.reviewerIds, reviewerOrganizationId: p.reviewerOrganizationId },
  );
  return declarationDto(deps.models, doc);
}

/**
 * An assigned reviewer — the caller's `sub` and organization hold a seat — scores against the program's criteria or
 * declares a conflict of interest (回避; then scores nothing and does not count toward the quorum). A caller of the
 * declaring enterprise never reviews (FORBIDDEN reason OWN_DECLARATION, whatever it declares); anyone else not seated
 * is FORBIDDEN NOT_A_REVIEWER. Once per reviewer (CONFLICT reason ALREADY_REVIEWED).
 */
export async function submitReview(deps: Deps, ctx: Ctx<SubmitReviewParams>): Promise<ReviewDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const d = await loadDeclaration(deps.models, p.declarationId);
  raise(reviewerProblem(actor, { organizationId: String(d.organizationId), reviewerKeys: d.reviewerKeys }));
  raise(stepProblem('review', d.status));
  const program = await loadProgram(deps.models, String(d.programId));
  const scores = p.conflictOfInterest ? [] : (p.scores ?? []);
  if (!p.conflictOfInterest) raise(scoresProblem(program.reviewCriteria, scores));
  try {
    const created = await deps.models.Review.create({
      declarationId: d._id,
      reviewerId: actor.id,
      reviewerOrganizationId: actor.org,
      conflictOfInterest: p.conflictOfInterest,
      conflictNote: p.conflictOfInterest ? (p.conflictNote ?? null) : null,
      scores,
      total: p.conflictOfInterest ? null : scores.reduce((a, s) => a + s.score, 0),
      comment: p.comment ?? null,
      submittedAt: new Date(),
    });
    const r = created.toObject() as ReviewDoc;
    await audit(deps.models, `reviewed:${String(d._id)}:${reviewerKey({ userId: actor.id, organizationId: actor.org! })}`, p.conflictOfInterest ? 'CONFLICT_DECLARED' : 'REVIEWED', d, actor.id, { total: r.total, conflictOfInterest: r.conflictOfInterest, reviewerOrganizationId: actor.org });
    return toReviewDto(r);
  } catch (err) {
    if (isDuplicateKey(err)) throw problemError(coded(ErrorCode.CONFLICT, msg('certification.alreadyReviewed'), { reason: CertRule.ALREADY_REVIEWED }));
    throw err;
  }
}
