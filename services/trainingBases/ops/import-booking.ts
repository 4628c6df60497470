/** Recording past bookings (history from before the platform) for utilization and the internship record. */
import { actorOf } from '../../../infra/auth.js';
import { forbidden } from '../../../infra/errors.js';
import type { BookingDto, ImportBookingParams } from '../trainingBases.contract.js';
import { toBookingDto } from '../trainingBases.mappers.js';
import { newBookingDoc, type BaseModels, type BookingDoc } from '../trainingBases.model.js';
import { importBookingProblem, notAMemberThenProblem, platformOrService } from '../trainingBases.rules.js';
import { localDatesOf } from '../trainingBases.time.js';
import { check, fail, isActiveMember, loadBase, type Ctx } from './common.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Platform admins and services only (FORBIDDEN). Takes no capacity (its time has passed) and is stored
 * COMPLETED (or CANCELLED); the organization must have been an active member on its dates (FORBIDDEN).
 */
export async function importBooking(models: BaseModels, ctx: Ctx<ImportBookingParams>): Promise<BookingDto> {
  const actor = actorOf(ctx);
  if (!platformOrService(actor)) throw forbidden(msg('trainingBases.platformImports'));
  const p = ctx.params;
  const base = await loadBase(models, p.baseId);
  check(importBookingProblem(base, p, Date.now()));
  const [start, end] = [Date.parse(p.start), Date.parse(p.end)];
  const dates = localDatesOf(start, end, base.timeZone);
  const m = await isActiveMember(ctx, String(base.allianceId), p.organizationId, dates[0], dates[dates.length - 1]);
  if (!m.active) throw fail(notAMemberThenProblem());
  const doc = await models.Booking.create(
    newBookingDoc(base, { organizationId: p.organizationId, orgKind: m.orgKind, start, end, headcount: p.headcount, purpose: p.purpose, status: p.status ?? 'COMPLETED', seriesId: null, imported: true, requestedBy: actor.id, decidedBy: actor.id }),
  );
  return toBookingDto(doc.toObject() as BookingDoc);
}
