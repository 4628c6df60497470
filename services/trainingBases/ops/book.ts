/**
 * Booking stations: the request checks (rules), the bookings written RESERVING, stations taken slot by slot
 * (trainingBases.capacity.ts), given back whole on any refusal, then PENDING or CONFIRMED. Never overbooks,
 * whatever the number of replicas and concurrent requests. With an idempotency key, at most once per key.
 */
import { Types } from 'mongoose';
import { actorOf, type Actor } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { oid } from '../../../infra/entity.js';
import { forbidden } from '../../../infra/errors.js';
import { withIdempotencyKey } from '../../../infra/idempotency.js';
import { BookingEvent, type BookingDto, type BookParams } from '../trainingBases.contract.js';
import { ensureCounter, takeQuota, takeSlot, upgradeCounter, type CapacityTarget } from '../trainingBases.capacity.js';
import { toBookingDto } from '../trainingBases.mappers.js';
import { historyEntry, newBookingDoc, type BaseModels, type BookingDoc, type TrainingBaseDoc } from '../trainingBases.model.js';
import {
  bookingFingerprint,
  bookingRequestProblem,
  booksFor,
  changedBaseProblem,
  clashDayWindow,
  datesSpanned,
  notAMemberProblem,
  requestedOccurrences,
  reservationProblem,
  stationMinutes,
  type ReservationFailure,
  type StoredBookingStatus,
} from '../trainingBases.rules.js';
import { slotStarts } from '../trainingBases.time.js';
import { windowState } from './availability.js';
import { emitBooking, releaseBooking } from './close-booking.js';
import { check, fail, isActiveMember, loadBase, requireGoodStanding, type Ctx } from './common.js';
import { msg } from '../../../infra/message-registry.js';

/** The outcome of taking every booking's stations: the base as re-read at the end, or where and why it stopped. */
export type Reservation = { ok: true; base: TrainingBaseDoc } | { ok: false; clash: BookingDoc; index: number; reason: ReservationFailure };

/**
 * Books for an organization (its own admins only; FORBIDDEN otherwise): one booking, or a weekly series booked
 * all-or-nothing. With `idempotencyKey` a retry or a concurrent duplicate gets the same bookings, a different
 * request under a used key CONFLICT (infra/idempotency.ts; records keyed by organization and key).
 */
export async function book(models: BaseModels, ctx: Ctx<BookParams>): Promise<BookingDto[]> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  if (!booksFor(actor, p.organizationId)) throw forbidden(msg('trainingBases.bookForOwnOrganization'));
  if (!p.idempotencyKey) return bookOnce(models, ctx, p, actor);
  return withIdempotencyKey({
    model: models.BookingRequest,
    where: { organizationId: oid(p.organizationId), key: p.idempotencyKey },
    idsField: 'bookingIds',
    fingerprint: bookingFingerprint(p),
    run: async () => {
      const made = await bookOnce(models, ctx, p, actor);
      return { result: made, ids: made.map((b) => b.id) };
    },
    replay: async (ids) => (await models.Booking.find({ _id: { $in: ids.map(oid) } }).sort({ start: 1 }).lean<BookingDoc[]>()).map((d) => toBookingDto(d)),
  });
}

async function bookOnce(models: BaseModels, ctx: Ctx, p: BookParams, actor: Actor): Promise<BookingDto[]> {
  const base = await loadBase(models, p.baseId);
  check(bookingRequestProblem(base, p, Date.now()));
  const occurrences = requestedOccurrences(p, base.timeZone);
  const span = datesSpanned(occurrences, base.timeZone);
  const member = await isActiveMember(ctx, String(base.allianceId), p.organizationId, span.from, span.to);
  if (!member.active) throw fail(notAMemberProblem());
  // A disqualified organization books nothing while its ban is in force (FAILED_PRECONDITION DISQUALIFIED, nothing stored).
  await requireGoodStanding(ctx, [p.organizationId], today(), today(undefined, new Date(occurrences[occurrences.length - 1].start)));
  await refuseIfAlreadyFull(models, base, occurrences, p.headcount);

  // The bookings are written first, RESERVING (hidden): a node that dies while taking slots leaves a
  // record from which the sweeper gives the stations back (see ops/sweep.ts).
  const seriesId = occurrences.length > 1 ? new Types.ObjectId().toHexString() : null;
  const docs = occurrences.map((o) =>
    newBookingDoc(base, { organizationId: p.organizationId, orgKind: member.orgKind, start: o.start, end: o.end, headcount: p.headcount, purpose: p.purpose, status: 'RESERVING', seriesId, imported: false, requestedBy: actor.id }),
  );
  const ids = docs.map((d) => d._id);
  await models.Booking.insertMany(docs);
  const inserted = await models.Booking.find({ _id: { $in: ids } }).sort({ start: 1 }).lean<BookingDoc[]>();
  if (inserted.length !== docs.length) throw new Error('bookings were not all stored');

  const giveUp = async () => {
    await models.Booking.updateMany({ _id: { $in: ids }, status: 'RESERVING' }, { $set: { status: 'FAILED', releasePending: true } });
    for (const b of inserted) await releaseBooking(models, b);
    // Nothing of a refused request remains.
    await models.Booking.deleteMany({ _id: { $in: ids }, status: 'FAILED', releasePending: false });
  };
  let reserved: Reservation;
  try {
    reserved = await reserve(models, base, inserted);
  } catch (err) {
    await giveUp();
    throw err;
  }
  if (!reserved.ok) {
    await giveUp();
    const slots = reserved.reason === 'FULL' ? (await windowState(models, await loadBase(models, p.baseId), ...clashDayWindow(reserved.clash, base.timeZone))).slots : [];
    throw fail(reservationProblem(reserved, { occurrences: occurrences.length, headcount: p.headcount, cap: base.rules.monthlyStationHoursCap, timeZone: base.timeZone, slots }));
  }

  const status: StoredBookingStatus = reserved.base.requiresApproval ? 'PENDING' : 'CONFIRMED';
  await models.Booking.updateMany(
    { _id: { $in: ids }, status: 'RESERVING' },
    { $set: { status, history: [historyEntry(actor.id, 'REQUESTED'), ...(status === 'CONFIRMED' ? [historyEntry(actor.id, 'CONFIRMED')] : [])] } },
  );
  const made = await models.Booking.find({ _id: { $in: ids } }).sort({ start: 1 }).lean<BookingDoc[]>();
  for (const b of made) emitBooking(ctx, status === 'CONFIRMED' ? BookingEvent.confirmed : BookingEvent.requested, b);
  return made.map((d) => toBookingDto(d));
}

/**
 * Refusals under contention stay cheap: when the counters already show the first occurrence's slots without room
 * (at the base's current capacity version), refuse FULL from that one read — nothing written, nothing given back —
 * with that day's free windows (computed once per slot state, ops/availability.ts `windowState`). A refusal is
 * right as of the read; anything else (room, a stale capacity version, later occurrences) goes the full way below.
 */
async function refuseIfAlreadyFull(models: BaseModels, base: TrainingBaseDoc, occurrences: { start: number; end: number }[], headcount: number): Promise<void> {
  const first = { start: new Date(occurrences[0].start), end: new Date(occurrences[0].end), quotaMonth: null };
  const [from, to] = clashDayWindow(first, base.timeZone);
  const day = await windowState(models, base, from, to);
  const bySlot = new Map(day.counters.map((c) => [c.slotStart.getTime(), c]));
  const full = slotStarts(occurrences[0].start, occurrences[0].end).some((s) => {
    const c = bySlot.get(s);
    return !!c && c.capacityVersion === base.capacityVersion && c.free < headcount;
  });
  if (!full) return;
  throw fail(reservationProblem({ reason: 'FULL', index: 0, clash: first }, { occurrences: occurrences.length, headcount, cap: base.rules.monthlyStationHoursCap, timeZone: base.timeZone, slots: day.slots }));
}

/**
 * Takes the slots of every booking in start order, then the monthly cap, then re-reads the base: if it
 * changed meanwhile, re-checks the bookings against its new hours, closed dates and status, and brings
 * every counter taken to its current capacity version. Stops at the first failure (the caller gives back).
 */
export async function reserve(models: BaseModels, base: TrainingBaseDoc, bookings: BookingDoc[]): Promise<Reservation> {
  let target: CapacityTarget = { capacity: base.capacity, capacityVersion: base.capacityVersion };
  for (const [index, b] of bookings.entries()) {
    const id = String(b._id);
    for (const s of slotStarts(b.start.getTime(), b.end.getTime())) {
      for (;;) {
        const r = await takeSlot(models, base._id, new Date(s), id, b.headcount, target);
        if (r.ok) break;
        // STALE: the capacity changed since we read the base. FULL: full at the capacity we read — which may have
        // changed since too (a raise makes room); only a slot full at the base's current capacity version refuses.
        const current = await loadBase(models, String(base._id));
        if (r.reason === 'FULL' && current.capacityVersion === target.capacityVersion) return { ok: false, clash: b, index, reason: 'FULL' };
        target = { capacity: current.capacity, capacityVersion: current.capacityVersion };
      }
    }
  }
  const cap = base.rules.monthlyStationHoursCap;
  if (cap) {
    for (const [index, b] of bookings.entries()) {
      if (!(await takeQuota(models, base._id, b.organizationId, b.quotaMonth!, String(b._id), stationMinutes(b), cap * 60))) return { ok: false, clash: b, index, reason: 'QUOTA' };
    }
  }
  const latest = await loadBase(models, String(base._id));
  if (latest.rev !== base.rev) {
    for (const [index, b] of bookings.entries()) {
      const problem = changedBaseProblem(latest, b);
      if (problem) return { ok: false, clash: b, index, reason: problem };
    }
    const t: CapacityTarget = { capacity: latest.capacity, capacityVersion: latest.capacityVersion };
    for (const [index, b] of bookings.entries()) {
      for (const s of slotStarts(b.start.getTime(), b.end.getTime())) {
        const c = await ensureCounter(models, base._id, new Date(s), t);
        if (!(await upgradeCounter(models, c, t))) return { ok: false, clash: b, index, reason: 'FULL' };
      }
    }
  }
  return { ok: true, base: latest };
}
