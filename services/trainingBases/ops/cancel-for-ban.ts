/**
 * A disqualification with futureBookings CANCEL (organizations.disqualify): the organization's bookings that start
 * from now until the ban ends are cancelled with notice — the ban recorded as each booking's reason, stations given
 * back, the usual `trainingBases.bookingCancelled` event. Idempotent: a booking already cancelled (by a repeat, or by
 * its organization meanwhile) is skipped.
 */
import { actorOf, isPlatformAdmin } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { oid } from '../../../infra/entity.js';
import { forbidden } from '../../../infra/errors.js';
import { BookingEvent, type CancelBookingsOfDisqualifiedParams, type CancelledBookings } from '../trainingBases.contract.js';
import type { BaseModels, BookingDoc } from '../trainingBases.model.js';
import { banCancellationReason, cancelledByBan } from '../trainingBases.rules.js';
import { closeBooking } from './close-booking.js';
import type { Ctx } from './common.js';
import { msg } from '../../../infra/message-registry.js';

/** Services (organizations) and platform admins only. Errors: FORBIDDEN. */
export async function cancelBookingsOfDisqualified(models: BaseModels, ctx: Ctx<CancelBookingsOfDisqualifiedParams>): Promise<CancelledBookings> {
  const actor = actorOf(ctx);
  if (!actor.system && !isPlatformAdmin(actor)) throw forbidden(msg('trainingBases.platformCancelsForBan'));
  const p = ctx.params;
  const now = Date.now();
  const candidates = await models.Booking.find({ organizationId: oid(p.organizationId), status: { $in: ['PENDING', 'CONFIRMED'] }, start: { $gt: new Date(now) } })
    .sort({ start: 1 })
    .lean<BookingDoc[]>();
  const reason = banCancellationReason(p);
  const by = p.by ?? actor.id;
  const cancelledBookingIds: string[] = [];
  for (const b of cancelledByBan(candidates, now, p.until, (ms) => today(undefined, new Date(ms)))) {
    try {
      await closeBooking(models, ctx, b, ['PENDING', 'CONFIRMED'], 'CANCELLED', by, reason, BookingEvent.cancelled);
      cancelledBookingIds.push(String(b._id));
    } catch (err) {
      if ((err as { type?: string }).type !== 'CONFLICT') throw err; // cancelled meanwhile
    }
  }
  return { cancelledBookingIds };
}
