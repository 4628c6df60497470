import type { Context } from 'moleculer';
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../../infra/errors.js';
import { RevenueBusEvent, type RevenueEventDto } from '../revenue.contract.js';
import type { EventDoc } from '../revenue.model.js';
import { ledgerPayload, toEventDto } from '../revenue.mappers.js';

/** A ledger event to append (the database stamps `createdAt`; `_id` may be chosen up front). */
export type NewLedgerEvent = Omit<EventDoc, '_id' | 'createdAt'> & { _id?: EventDoc['_id'] };

/**
 * The one way the ledger grows: insert the event, then emit `revenue.recorded` or `revenue.reversed` with it. The
 * ledger's unique indexes (agreement + externalReference; reversalKey) decide races: when the insert hits one,
 * nothing is emitted and `onDuplicate` answers instead (replay the winner, or refuse).
 */
export async function appendLedgerEvent(
  ctx: Context,
  Event: Model<EventDoc>,
  event: NewLedgerEvent,
  onDuplicate: (err: unknown) => Promise<RevenueEventDto>,
): Promise<RevenueEventDto> {
  let doc;
  try {
    doc = await Event.create(event);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return onDuplicate(err);
  }
  const dto = toEventDto(doc.toObject() as EventDoc);
  ctx.emit(RevenueBusEvent[dto.kind === 'REVERSAL' ? 'reversed' : 'recorded'], ledgerPayload(dto));
  return dto;
}
