import type { Context } from 'moleculer';
import { Types } from 'mongoose';
import { actorOf } from '../../../infra/auth.js';
import type { CallMeta } from '../../../infra/caller.js';
import { assertNotFuture } from '../../../infra/dates.js';
import { conflict, forbidden } from '../../../infra/errors.js';
import { parseMoney } from '../../../infra/money.js';
import { revise } from '../../../infra/revise.js';
import type { RecordParams, RevenueEventDto } from '../revenue.contract.js';
import type { AgreementDoc, EventDoc, RevenueModels } from '../revenue.model.js';
import { toEventDto } from '../revenue.mappers.js';
import { checkExternalReference, ownsAgreement, requestFingerprint, split } from '../revenue.rules.js';
import { appendLedgerEvent } from './append-ledger-event.js';
import { loadAgreement } from './load.js';
import { msg } from '../../../infra/message-registry.js';

/** The event already recorded under a reference: the same figures replay it; other figures are CONFLICT (field externalReference). */
function replayOrConflict(existing: EventDoc, fingerprint: string, externalReference: string): RevenueEventDto {
  if (existing.fingerprint !== fingerprint) throw conflict(msg('revenue.referenceReused', { reference: externalReference }), { eventId: String(existing._id), field: 'externalReference' });
  return toEventDto(existing);
}

/**
 * The agreement as of a revision whose lastReceivedOn is ≥ receivedOn: `a0` itself when it already is, else after
 * raising lastReceivedOn as one revision step (infra/revise.ts; `a0` is the first attempt's state).
 */
async function fence(models: RevenueModels, a0: AgreementDoc, receivedOn: string): Promise<AgreementDoc> {
  if (a0.lastReceivedOn >= receivedOn) return a0;
  let first: AgreementDoc | null = a0;
  const { doc } = await revise<AgreementDoc>({
    model: models.Agreement,
    claims: models.Claim,
    kind: 'agreement',
    attempts: 20,
    gaveUp: msg('revenue.agreementBusy'),
    load: async () => {
      const a = first ?? (await loadAgreement(models, String(a0._id)));
      first = null;
      return a;
    },
    compute: (a) => ({ set: { lastReceivedOn: a.lastReceivedOn > receivedOn ? a.lastReceivedOn : receivedOn } }),
  });
  return doc;
}

/**
 * Records revenue received under an agreement: net = gross − deductions (in the declared order), split by the
 * version in force on `receivedOn` (`split`). Idempotent on (agreement, externalReference): a repeat with the same
 * figures returns the first event (no second `revenue.recorded`).
 *
 * Fence: the versions are read from a revision whose lastReceivedOn is already ≥ receivedOn (raising it is a revision
 * step of its own, infra/revise.ts). Every later amendment must take effect after lastReceivedOn, hence after
 * receivedOn, and every earlier one is in that revision: the version in force on receivedOn is final.
 * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (money, future date, reserved reference, `split` rules), CONFLICT.
 */
export async function recordRevenue(ctx: Context<RecordParams, CallMeta>, models: RevenueModels): Promise<RevenueEventDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const a0 = await loadAgreement(models, p.agreementId);
  if (!ownsAgreement(actor, a0.ownerOrganizationId)) throw forbidden(msg('revenue.ownerRecords'));
  checkExternalReference(p.externalReference);
  const receivedOn = assertNotFuture(p.receivedOn, 'receivedOn');
  const grossFen = parseMoney(p.gross, { field: 'gross', positive: true });
  const deductions = (p.deductions ?? []).map((d, i) => ({ kind: d.kind, amountFen: parseMoney(d.amount, { field: `deductions[${i}].amount` }) }));
  const fingerprint = requestFingerprint(grossFen, deductions, receivedOn);
  const byReference = { agreementId: p.agreementId, externalReference: p.externalReference };
  const existing = await models.Event.findOne(byReference).lean<EventDoc>();
  if (existing) return replayOrConflict(existing, fingerprint, p.externalReference);
  split(a0.versions, receivedOn, grossFen, deductions); // refuse bad input before touching the agreement

  const fenced = await fence(models, a0, receivedOn);
  const s = split(fenced.versions, receivedOn, grossFen, deductions);
  const _id = new Types.ObjectId();
  return appendLedgerEvent(
    ctx,
    models.Event,
    {
      _id,
      agreementId: p.agreementId,
      agreementVersion: s.version.version,
      allianceId: fenced.allianceId,
      kind: 'REVENUE',
      receivedOn,
      externalReference: p.externalReference,
      fingerprint,
      grossFen,
      deductions: s.deductions,
      netFen: s.netFen,
      allocations: s.allocations,
      organizationIds: [...new Set(s.allocations.map((l) => l.organizationId))],
      reversesEventId: null,
      reversalKey: `event:${_id}`,
      reason: null,
      recordedBy: actor.id,
    },
    async (err) => {
      // The same reference raced us and won: it is the one event for this reference.
      const winner = await models.Event.findOne(byReference).lean<EventDoc>();
      if (!winner) throw err;
      return replayOrConflict(winner, fingerprint, p.externalReference);
    },
  );
}
