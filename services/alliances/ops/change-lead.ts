import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { loadOr404, oid } from '../../../infra/entity.js';
import { raise } from '../../../infra/errors.js';
import { revise } from '../../../infra/revise.js';
import { AllianceEvent, type AllianceDto, type ChangeLeadParams, type LeadChangedPayload } from '../alliances.contract.js';
import { leadHistoryOf, toAllianceDto } from '../alliances.mappers.js';
import type { AllianceDoc, AllianceModels, MembershipDoc } from '../alliances.model.js';
import { coversRange, leadChangeProblem } from '../alliances.rules.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Hands the lead unit over, effective `effectiveDate` (default today): one revision step of the alliance (claim
 * `alliance:<id>:rev:<r>`, then `$set` conditional on `rev`), re-read and re-checked on a lost race — so of two
 * concurrent hand-overs by the lead's admin the second is judged against the new lead (FORBIDDEN: its caller no
 * longer administers the alliance) and the history never forks. The lead history keeps the founding lead first.
 * Then the memberships' roles follow (idempotent; the rules read the lead from the alliance, not the role) and
 * `alliances.leadChanged` is published. Errors: see `ChangeLeadParams` and `leadChangeProblem`.
 */
export async function changeLead(models: AllianceModels, ctx: Context<ChangeLeadParams, CallMeta>): Promise<AllianceDto> {
  const actor = actorOf(ctx);
  const { allianceId, organizationId, reason } = ctx.params;
  const { doc, extra } = await revise<AllianceDoc, { effective: string; previous: string }>({
    model: models.Alliance,
    claims: models.Claim,
    kind: 'alliance',
    attempts: 5,
    gaveUp: msg('alliances.concurrentChange'),
    load: () => loadOr404<AllianceDoc>(models.Alliance, allianceId, 'Alliance'),
    compute: async (a) => {
      const todayDate = today();
      const effective = ctx.params.effectiveDate ?? todayDate;
      const periods = await models.Membership.find({ allianceId: a._id, organizationId: oid(organizationId), joinedAt: { $ne: null, $lte: todayDate } }).lean<MembershipDoc[]>();
      const history = leadHistoryOf(a);
      const state = { leadOrganizationId: String(a.leadOrganizationId), status: a.status, foundedOn: a.foundedOn, leadHistory: history };
      raise(leadChangeProblem(actor, state, organizationId, effective, todayDate, coversRange(periods, effective, todayDate).active));
      const entry = { organizationId, from: effective, recordedAt: new Date().toISOString(), by: actor.id, reason };
      return { set: { leadOrganizationId: oid(organizationId), leadHistory: [...history, entry] }, extra: { effective, previous: String(a.leadOrganizationId) } };
    },
  });
  await models.Membership.updateMany({ allianceId: doc._id, organizationId: oid(extra!.previous), role: 'LEAD' }, { $set: { role: 'MEMBER' } });
  await models.Membership.updateMany({ allianceId: doc._id, organizationId: oid(organizationId), status: 'ACTIVE' }, { $set: { role: 'LEAD' } });
  const dto = toAllianceDto(doc);
  ctx.emit(AllianceEvent.leadChanged, {
    allianceId: dto.id,
    regionCode: dto.regionCode,
    leadOrganizationId: organizationId,
    previousLeadOrganizationId: extra!.previous,
    effectiveDate: extra!.effective,
  } satisfies LeadChangedPayload);
  return dto;
}
