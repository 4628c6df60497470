/** Reading bookings: by id, of a base, of several bases, of the caller's organization. Visibility is decided by the rules. */
import { actorOf, type Actor } from '../../../infra/auth.js';
import { inIdOrder, settleEach, type BatchEntry } from '../../../infra/batch.js';
import { findPage, oid } from '../../../infra/entity.js';
import { decodeCursor, decodeKeyedCursor, pageSize, toPage } from '../../../infra/pagination.js';
import { MY_BOOKINGS_MAX, type BookingDto, type BookingFilter, type BookingsOfBasesParams, type BookingsParams, type IdsParams, type MyBookingsParams, type Page } from '../trainingBases.contract.js';
import { toBookingDto } from '../trainingBases.mappers.js';
import { bookingWindowFilter, notHiddenFilter, visibleStatusFilter, type BaseModels, type BookingDoc, type TrainingBaseDoc } from '../trainingBases.model.js';
import { seesAllBookings, seesBooking } from '../trainingBases.rules.js';
import { basesById, loadBase, type Ctx } from './common.js';

const optionalDate = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** Bookings by id in id order; those the caller may not see (or hidden) come back as null. */
export async function getBookings(models: BaseModels, ctx: Ctx<IdsParams>): Promise<(BookingDto | null)[]> {
  const actor = actorOf(ctx);
  const docs = await models.Booking.find({ _id: { $in: [...new Set(ctx.params.ids)].map(oid) }, ...notHiddenFilter() }).lean<BookingDoc[]>();
  const baseIds = [...new Set(docs.map((d) => String(d.baseId)))];
  const bases = new Map((await models.Base.find({ _id: { $in: baseIds.map(oid) } }).lean<TrainingBaseDoc[]>()).map((b) => [String(b._id), b]));
  const visible = docs.filter((d) => seesBooking(actor, d, bases.get(String(d.baseId))));
  return inIdOrder(ctx.params.ids, visible.map((d) => [String(d._id), toBookingDto(d)] as const));
}

/**
 * A base's bookings overlapping [from, to) with a public status, a page at a time: all of them for the host's
 * and lead's people, otherwise the caller's organization's only (none without an organization).
 */
export async function bookingsOfBase(models: BaseModels, actor: Actor, base: TrainingBaseDoc, p: BookingFilter): Promise<Page<BookingDto>> {
  const now = new Date();
  const q: Record<string, unknown> = { baseId: base._id, ...bookingWindowFilter(optionalDate(p.from), optionalDate(p.to)), $and: [visibleStatusFilter(p.status, now)] };
  if (!seesAllBookings(actor, base)) {
    if (!actor.org) {
      decodeCursor(p.after); // a malformed cursor is BAD_USER_INPUT for everyone
      return toPage([], pageSize(p.first), (b: BookingDto) => b.id);
    }
    q.organizationId = oid(actor.org);
  }
  return findPage<BookingDoc, BookingDto>(models.Booking, q, p, (d) => toBookingDto(d, now.getTime()));
}

/** One base's bookings (see `bookingsOfBase`). */
export async function baseBookings(models: BaseModels, ctx: Ctx<BookingsParams>): Promise<Page<BookingDto>> {
  const actor = actorOf(ctx);
  return bookingsOfBase(models, actor, await loadBase(models, ctx.params.baseId), ctx.params);
}

/** Several bases' bookings with one filter, one page per base id in order (NOT_FOUND per entry). */
export async function bookingsOfBases(models: BaseModels, ctx: Ctx<BookingsOfBasesParams>): Promise<BatchEntry<Page<BookingDto>>[]> {
  const actor = actorOf(ctx);
  const bases = await basesById(models, ctx.params.baseIds);
  return settleEach(ctx.params.baseIds, (id) => bookingsOfBase(models, actor, bases.get(id), ctx.params));
}

/**
 * The caller's organization's bookings by start (then id), optionally overlapping a window: at most `first` after
 * the cursor `after` (`encodeKeyedCursor(start ISO, id)` of the last one read), or at most `MY_BOOKINGS_MAX`.
 */
export async function myBookings(models: BaseModels, ctx: Ctx<MyBookingsParams>): Promise<BookingDto[]> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const after = decodeKeyedCursor(p.after, /\d{4}-[^:]*T\d{2}:\d{2}:\d{2}\.\d{3}Z/);
  if (!actor.org) return [];
  const q: Record<string, unknown> = { organizationId: oid(actor.org), ...notHiddenFilter(), ...bookingWindowFilter(optionalDate(p.from), optionalDate(p.to)) };
  if (after) {
    const start = new Date(after.key);
    q.$or = [{ start: { $gt: start } }, { start, _id: { $gt: oid(after.id) } }];
  }
  const docs = await models.Booking.find(q).sort({ start: 1, _id: 1 }).limit(p.first ?? MY_BOOKINGS_MAX).lean<BookingDoc[]>();
  const now = Date.now();
  return docs.map((d) => toBookingDto(d, now));
}
