import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { loadOr404 } from '../../../infra/entity.js';
import { MembershipEvent, type MembershipDto, type MembershipEntry } from '../alliances.contract.js';
import { toMembershipDto, toMembershipEvent } from '../alliances.mappers.js';
import type { AllianceDoc, AllianceModels, MembershipDoc } from '../alliances.model.js';
import { approvalProblem, membershipTransitionProblem } from '../alliances.rules.js';
import { raise } from '../../../infra/errors.js';
import { transitionMembership } from './transition-membership.js';
import { requireGoodStanding } from './fetch-organization.js';

/** A decision on a membership: approve (ACTIVE from `effectiveDate`), reject, or end (no longer active from `effectiveDate`). */
export type MembershipDecision =
  | { to: 'ACTIVE'; effectiveDate?: string | null }
  | { to: 'REJECTED'; reason: string }
  | { to: 'ENDED'; effectiveDate: string; reason: string };

const EVENT = { ACTIVE: MembershipEvent.joined, REJECTED: MembershipEvent.rejected, ENDED: MembershipEvent.ended } as const;
const ACTION = { ACTIVE: 'APPROVED', REJECTED: 'REJECTED', ENDED: 'ENDED' } as const;

/**
 * Decides a membership: checks it with `approvalProblem` / `membershipTransitionProblem` (their codes are this
 * action's errors, plus NOT_FOUND; an approval also FAILED_PRECONDITION DISQUALIFIED when the organization is
 * disqualified on any day from the effective date to today), moves it with `transitionMembership` (CONFLICT when a concurrent decision won)
 * and emits `alliances.membershipJoined|Rejected|Ended`.
 */
export async function decideMembership(models: AllianceModels, ctx: Context<{ membershipId: string }, CallMeta>, decision: MembershipDecision): Promise<MembershipDto> {
  const actor = actorOf(ctx);
  const m = await loadOr404<MembershipDoc>(models.Membership, ctx.params.membershipId, 'Membership');
  const a = await loadOr404<AllianceDoc>(models.Alliance, String(m.allianceId), 'Alliance');
  const state = { ...m, organizationId: String(m.organizationId) };
  const alliance = { ...a, leadOrganizationId: String(a.leadOrganizationId) };
  const todayDate = today();
  let effective: string | null = null;
  if (decision.to === 'ACTIVE') {
    effective = decision.effectiveDate ?? todayDate;
    const earlier = await models.Membership.findOne({ allianceId: m.allianceId, organizationId: m.organizationId, status: 'ENDED', endedAt: { $gt: effective } }).lean<MembershipDoc>();
    raise(approvalProblem(actor, state, alliance, effective, todayDate, earlier?.endedAt ?? null));
    // Not while a ban is in force on any day from the membership's start to today (the seeds' 5-year bar).
    await requireGoodStanding(ctx, state.organizationId, effective, todayDate);
  } else if (decision.to === 'REJECTED') {
    raise(membershipTransitionProblem(actor, state, alliance, { to: 'REJECTED' }));
  } else {
    effective = decision.effectiveDate;
    raise(membershipTransitionProblem(actor, state, alliance, { to: 'ENDED', effective, today: todayDate }));
  }
  const entry: MembershipEntry = { at: new Date().toISOString(), by: actor.id, action: ACTION[decision.to], effectiveDate: effective, reason: 'reason' in decision ? decision.reason : null };
  const set = decision.to === 'ACTIVE' ? { joinedAt: effective } : decision.to === 'ENDED' ? { endedAt: effective } : {};
  const updated = await transitionMembership(models, m, decision.to, entry, set);
  ctx.emit(EVENT[decision.to], toMembershipEvent(updated));
  return toMembershipDto(updated);
}
