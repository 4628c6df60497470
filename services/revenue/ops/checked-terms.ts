import type { Context } from 'moleculer';
import { asSystem, type CallMeta } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { badInput, failedPrecondition, notFound, raise } from '../../../infra/errors.js';
import { RevenueRule } from '../../../infra/reasons.js';
import { OrganizationAction, standingProblem, type OrganizationDto, type StandingDto, type StandingOfParams } from '../../organizations/organizations.contract.js';
import { AllianceAction, type MembershipDto } from '../../alliances/alliances.contract.js';
import { REVENUE_SERVICE, type PartyInput, type PartyTerms } from '../revenue.contract.js';
import { checkTerms, toPartyTerms, type PolicyBounds } from '../revenue.rules.js';
import { msg } from '../../../infra/message-registry.js';
import { P } from '../../../infra/messages.js';

/**
 * Validates a version's terms: the parties exist (NOT_FOUND), follow the rules and the policy (BAD_USER_INPUT with
 * `rule`, `organizationId`, `policy`), are active members of the alliance on `effectiveFrom`
 * (FAILED_PRECONDITION `rule: PARTY_NOT_MEMBER`), and — each party not already on the agreement (`existingParties`) —
 * are not disqualified on any day from `effectiveFrom` to today (FAILED_PRECONDITION, data.reason DISQUALIFIED with
 * the ban's dates: organizations.standingOf + `standingProblem`). Reads organizations, memberships and standing as
 * the system (reference data).
 */
export async function checkedTerms(
  ctx: Context<unknown, CallMeta>,
  allianceId: string,
  effectiveFrom: string,
  parties: PartyInput[],
  policy: PolicyBounds,
  deductionKinds: string[],
  existingParties: readonly string[] = [],
): Promise<{ terms: PartyTerms[]; orgs: OrganizationDto[] }> {
  const sys = asSystem(REVENUE_SERVICE, ctx);
  const ids = parties.map((x) => x.organizationId);
  const found = await ctx.call<(OrganizationDto | null)[], { ids: string[] }>(OrganizationAction.getMany, { ids }, sys);
  const missing = ids.find((_, i) => !found[i]);
  if (missing) throw notFound('Organization', missing);
  const orgs = found as OrganizationDto[];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const violation = checkTerms(parties, byId, policy, deductionKinds);
  if (violation) throw badInput({ key: violation.key, params: violation.params, message: violation.message }, { field: 'parties', rule: violation.rule, organizationId: violation.organizationId, policy: policy.code });
  const active = await ctx.call<MembershipDto[], { allianceId: string; asOf: string }>(AllianceAction.activeMembersOn, { allianceId, asOf: effectiveFrom }, sys);
  const members = new Set(active.map((m) => m.organizationId));
  const outsider = orgs.find((o) => !members.has(o.id));
  if (outsider) {
    throw failedPrecondition(msg('revenue.partyNotMember', { name: outsider.name, date: P.date(effectiveFrom) }), {
      field: 'parties',
      rule: RevenueRule.PARTY_NOT_MEMBER,
      organizationId: outsider.id,
    });
  }
  const newcomers = orgs.map((o) => o.id).filter((id) => !existingParties.includes(id));
  if (newcomers.length) {
    raise(standingProblem(await ctx.call<StandingDto[], StandingOfParams>(OrganizationAction.standingOf, { organizationIds: newcomers, from: effectiveFrom, to: today() }, sys)));
  }
  return { terms: toPartyTerms(parties, byId), orgs };
}
