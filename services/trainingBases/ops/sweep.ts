/**
 * Repairs and housekeeping, run every minute on each replica; every step is a conditional update, so
 * overlapping sweeps are harmless.
 */
import { actorOf } from '../../../infra/auth.js';
import { forbidden } from '../../../infra/errors.js';
import { BookingEvent, type SweepResult } from '../trainingBases.contract.js';
import { historyEntry, type BaseModels, type BookingDoc } from '../trainingBases.model.js';
import { EXPIRED_REASON, platformOrService, STUCK_AFTER_MS } from '../trainingBases.rules.js';
import { emitBooking, releaseBooking } from './close-booking.js';
import { SERVICE, type Ctx, type Emitter } from './common.js';
import { msg } from '../../../infra/message-registry.js';

const BY = `service:${SERVICE}`;
/** A release still pending this long after the status change was interrupted by a crash. */
const RELEASE_GRACE_MS = 30_000;

/**
 * (1) RESERVING bookings older than STUCK_AFTER_MS were left by a node that died while taking slots:
 * marked FAILED, their stations given back (give is idempotent and touches only slots they hold); idempotency
 * keys left IN_PROGRESS as long are freed.
 * (2) Releases still pending after a crash between a status change and the give-back are finished.
 * (3) CONFIRMED bookings whose end has passed are stored as COMPLETED (reads already derive it).
 * (4) PENDING bookings not decided before their start are rejected as expired (bookingRejected is emitted).
 */
export async function sweepOnce(models: BaseModels, emitter: Emitter, now = Date.now()): Promise<SweepResult> {
  const stuck = await models.Booking.find({ status: 'RESERVING', updatedAt: { $lt: new Date(now - STUCK_AFTER_MS) } }).limit(500).lean<BookingDoc[]>();
  let rolledBack = 0;
  for (const b of stuck) {
    const r = await models.Booking.updateOne({ _id: b._id, status: 'RESERVING' }, { $set: { status: 'FAILED', releasePending: true, history: [...b.history, historyEntry(BY, 'FAILED', 'reservation interrupted')] } });
    if (r.modifiedCount === 1) {
      await releaseBooking(models, b);
      rolledBack++;
    }
  }
  await models.BookingRequest.deleteMany({ state: 'IN_PROGRESS', createdAt: { $lt: new Date(now - STUCK_AFTER_MS) } });
  const pending = await models.Booking.find({ releasePending: true, updatedAt: { $lt: new Date(now - RELEASE_GRACE_MS) } }).limit(500).lean<BookingDoc[]>();
  for (const b of pending) await releaseBooking(models, b);
  const done = await models.Booking.updateMany({ status: 'CONFIRMED', end: { $lte: new Date(now) } }, { $set: { status: 'COMPLETED' } });
  const undecided = await models.Booking.find({ status: 'PENDING', start: { $lte: new Date(now) } }).limit(500).lean<BookingDoc[]>();
  let expired = 0;
  for (const b of undecided) {
    const r = await models.Booking.findOneAndUpdate(
      { _id: b._id, status: 'PENDING' },
      { $set: { status: 'REJECTED', reason: EXPIRED_REASON, decidedBy: BY, decidedAt: new Date(now).toISOString(), releasePending: true, history: [...b.history, historyEntry(BY, 'REJECTED', EXPIRED_REASON)] } },
      { returnDocument: 'after' },
    ).lean<BookingDoc>();
    if (!r) continue;
    await releaseBooking(models, r);
    emitBooking(emitter, BookingEvent.rejected, r);
    expired++;
  }
  return { rolledBack, released: pending.length, completed: done.modifiedCount, expired };
}

/** The sweep on demand: services and platform admins only (FORBIDDEN). */
export function sweep(models: BaseModels, ctx: Ctx, emitter: Emitter): Promise<SweepResult> {
  if (!platformOrService(actorOf(ctx))) throw forbidden(msg('trainingBases.platformSweeps'));
  return sweepOnce(models, emitter);
}
