/**
 * Deciding on a booking (approve, reject, cancel) and the steps every status change shares: one conditional
 * transition, giving stations back, telling the bus.
 */
import { actorOf, type Actor } from '../../../infra/auth.js';
import { conflict } from '../../../infra/errors.js';
import { BookingEvent, type BookingDto, type IdParams, type ReasonParams } from '../trainingBases.contract.js';
import { giveQuota, giveSlots } from '../trainingBases.capacity.js';
import { bookingEventPayload, toBookingDto } from '../trainingBases.mappers.js';
import { historyEntry, type BaseModels, type BookingDoc, type BookingEntry, type TrainingBaseDoc } from '../trainingBases.model.js';
import { approvable, cancellable, rejectable, stationMinutes, visibleStatus, type Problem, type StoredBookingStatus } from '../trainingBases.rules.js';
import { slotStarts } from '../trainingBases.time.js';
import { check, loadBase, loadBooking, type Ctx, type Emitter } from './common.js';
import { msg } from '../../../infra/message-registry.js';

/** Gives back a booking's stations and monthly cap (idempotent), then marks the release done. */
export async function releaseBooking(models: BaseModels, b: BookingDoc): Promise<void> {
  const slots = slotStarts(b.start.getTime(), b.end.getTime()).map((s) => new Date(s));
  await giveSlots(models, b.baseId, slots, String(b._id), b.headcount);
  if (b.quotaMonth) await giveQuota(models, b.baseId, b.organizationId, b.quotaMonth, String(b._id), stationMinutes(b));
  await models.Booking.updateOne({ _id: b._id }, { $set: { releasePending: false } });
}

/** Moves a booking between statuses with one conditional update: of two concurrent decisions, one wins; the other gets CONFLICT (data.status). */
export async function transition(models: BaseModels, b: BookingDoc, from: StoredBookingStatus[], to: StoredBookingStatus, e: BookingEntry, set: Partial<BookingDoc> = {}): Promise<BookingDoc> {
  const updated = await models.Booking.findOneAndUpdate({ _id: b._id, status: { $in: from } }, { $set: { ...set, status: to, history: [...(b.history ?? []), e] } }, { returnDocument: 'after' }).lean<BookingDoc>();
  if (!updated) {
    const now = await models.Booking.findById(b._id).lean<BookingDoc>();
    const st = now ? visibleStatus(now.status, now.end.getTime()) : 'gone';
    throw conflict(msg('trainingBases.changedMeanwhile', { status: st === 'gone' ? 'GONE' : st }), { status: st });
  }
  return updated;
}

/** Publishes a booking event. */
export const emitBooking = (emitter: Emitter, event: string, b: BookingDoc): unknown => emitter.emit(event, bookingEventPayload(b));

/** Rejects or cancels a booking (reason recorded), gives its stations back and tells the bus. */
export async function closeBooking(models: BaseModels, emitter: Emitter, b: BookingDoc, from: StoredBookingStatus[], to: 'REJECTED' | 'CANCELLED', by: string, reason: string | null, event: string): Promise<BookingDto> {
  const updated = await transition(models, b, from, to, historyEntry(by, to, reason), { decidedBy: by, decidedAt: new Date().toISOString(), reason, releasePending: true });
  await releaseBooking(models, updated);
  emitBooking(emitter, event, updated);
  return toBookingDto(updated);
}

/** A listed booking and its base, once `may` allows the actor's decision on it (NOT_FOUND, or the rule's problem). */
export async function loadManagedBooking(
  models: BaseModels,
  id: string,
  actor: Actor,
  may: (actor: Actor, b: BookingDoc, base: TrainingBaseDoc, now: number) => Problem | null,
): Promise<{ b: BookingDoc; base: TrainingBaseDoc }> {
  const b = await loadBooking(models, id);
  const base = await loadBase(models, String(b.baseId));
  check(may(actor, b, base, Date.now()));
  return { b, base };
}

/** A PENDING booking is confirmed by the host's or the lead's admins (before it starts). */
export async function approve(models: BaseModels, ctx: Ctx<IdParams>): Promise<BookingDto> {
  const actor = actorOf(ctx);
  const { b } = await loadManagedBooking(models, ctx.params.id, actor, approvable);
  const updated = await transition(models, b, ['PENDING'], 'CONFIRMED', historyEntry(actor.id, 'APPROVED'), { decidedBy: actor.id, decidedAt: new Date().toISOString() });
  emitBooking(ctx, BookingEvent.confirmed, updated);
  return toBookingDto(updated);
}

/** A PENDING booking is refused by the host's or the lead's admins; its stations are given back. */
export async function reject(models: BaseModels, ctx: Ctx<ReasonParams>): Promise<BookingDto> {
  const actor = actorOf(ctx);
  const { b } = await loadManagedBooking(models, ctx.params.id, actor, rejectable);
  return closeBooking(models, ctx, b, ['PENDING'], 'REJECTED', actor.id, ctx.params.reason, BookingEvent.rejected);
}

/** The booking organization's admin, or the base's managers, cancel a booking that has not ended (reason recorded). */
export async function cancel(models: BaseModels, ctx: Ctx<ReasonParams>): Promise<BookingDto> {
  const actor = actorOf(ctx);
  const { b } = await loadManagedBooking(models, ctx.params.id, actor, cancellable);
  return closeBooking(models, ctx, b, ['PENDING', 'CONFIRMED'], 'CANCELLED', actor.id, ctx.params.reason, BookingEvent.cancelled);
}
