import type { Context } from 'moleculer';
import { actorOf } from '../../../infra/auth.js';
import type { CallMeta } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { conflict, forbidden } from '../../../infra/errors.js';
import { RevenueRule } from '../../../infra/reasons.js';
import { REVERSAL_PREFIX, type ReverseParams, type RevenueEventDto } from '../revenue.contract.js';
import type { EventDoc, RevenueModels } from '../revenue.model.js';
import { toEventDto } from '../revenue.mappers.js';
import { ownsAgreement, reversalDate } from '../revenue.rules.js';
import { negate } from '../ledger.js';
import { appendLedgerEvent } from './append-ledger-event.js';
import { loadAgreement, loadEvent } from './load.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Appends a reversal: every figure of the original negated, booked on `reversedOn` (default today). An event is
 * reversed at most once (unique `reversalKey`), a reversal never. Emits `revenue.reversed`.
 * Errors: NOT_FOUND, FORBIDDEN, FAILED_PRECONDITION (REVERSAL_OF_REVERSAL), BAD_USER_INPUT (reversedOn),
 * CONFLICT (ALREADY_REVERSED, data `reversalEventId`).
 */
export async function reverseRevenue(ctx: Context<ReverseParams, CallMeta>, models: RevenueModels): Promise<RevenueEventDto> {
  const actor = actorOf(ctx);
  const original = await loadEvent(models, ctx.params.eventId);
  const a = await loadAgreement(models, original.agreementId);
  if (!ownsAgreement(actor, a.ownerOrganizationId)) throw forbidden(msg('revenue.ownerReverses'));
  const reversedOn = reversalDate(original, ctx.params.reversedOn, today());
  const amounts = negate(toEventDto(original));
  const reversalKey = `reverses:${original._id}`;
  return appendLedgerEvent(
    ctx,
    models.Event,
    {
      agreementId: original.agreementId,
      agreementVersion: original.agreementVersion,
      allianceId: original.allianceId,
      kind: 'REVERSAL',
      receivedOn: reversedOn,
      externalReference: `${REVERSAL_PREFIX}${original.externalReference}`,
      fingerprint: `reversal:${original._id}`,
      grossFen: amounts.grossFen,
      deductions: amounts.deductions,
      netFen: amounts.netFen,
      allocations: amounts.allocations,
      organizationIds: original.organizationIds,
      reversesEventId: String(original._id),
      reversalKey,
      reason: ctx.params.reason,
      recordedBy: actor.id,
    },
    async () => {
      const prior = await models.Event.findOne({ reversalKey }).lean<EventDoc>();
      throw conflict(msg('revenue.alreadyReversed'), { rule: RevenueRule.ALREADY_REVERSED, reversalEventId: prior ? String(prior._id) : null });
    },
  );
}
