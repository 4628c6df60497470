import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { asSystem } from '../../../infra/caller.js';
import { addDays, addYears, assertDate, assertNotFuture, today } from '../../../infra/dates.js';
import { loadOr404, oid } from '../../../infra/entity.js';
import { badInput } from '../../../infra/errors.js';
import { TrainingBaseAction, type CancelBookingsOfDisqualifiedParams, type CancelledBookings } from '../../trainingBases/trainingBases.contract.js';
import { DEFAULT_DISQUALIFICATION_YEARS, OrganizationEvent, type DisqualificationDto, type DisqualifyParams } from '../organizations.contract.js';
import { toDisqualificationDto } from '../organizations.mappers.js';
import type { DisqualificationDoc, OrganizationDoc, OrganizationModels } from '../organizations.model.js';
import { requireFunderOver } from './require-funder-over.js';
import { msg } from '../../../infra/message-registry.js';
import { P } from '../../../infra/messages.js';

/** The service's own name (system calls, log lines). */
const SERVICE = 'organizations';

/**
 * A funder bars an organization in its region (default: 5 years less a day, inclusive `until`) and chooses what
 * happens to the organization's bookings that start later: KEEP (default), or CANCEL with notice — the ban is
 * stored first (from then on every new booking, membership, project participation and revenue agreement of the
 * organization is refused, `standingProblem`), then `trainingBases.cancelBookingsOfDisqualified` cancels the bookings
 * starting from now until the ban ends, each with the ban as its reason and the usual bookingCancelled event, and
 * the count is stored on the ban. If the training bases cannot be reached the ban stands and the count stays null
 * (logged; a platform admin can finish it: the action is idempotent).
 * Emits `organizations.disqualified`. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (until before from, future from).
 */
export async function disqualify(models: OrganizationModels, ctx: Context<DisqualifyParams, CallMeta>, log: { warn(obj: object, msg: string): void }): Promise<DisqualificationDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const target = await loadOr404<OrganizationDoc>(models.Organization, p.organizationId, 'Organization');
  const funderOrg = await requireFunderOver(ctx, target);
  const from = p.from ? assertNotFuture(p.from, 'from') : today();
  const until = p.until ? assertDate(p.until, 'until') : addDays(addYears(from, DEFAULT_DISQUALIFICATION_YEARS), -1);
  if (until < from) throw badInput(msg('organizations.untilBeforeFrom', { until: P.date(until), from: P.date(from) }), { field: 'until' });
  const futureBookings = p.futureBookings ?? 'KEEP';
  const created = await models.Disqualification.create({
    organizationId: target._id,
    reason: p.reason,
    from,
    until,
    imposedByOrganizationId: funderOrg ? oid(funderOrg.id) : null,
    imposedBy: actor.id,
    futureBookings,
    cancelledBookingCount: null,
    kind: p.kind ?? 'GENERAL',
    sourceRef: p.sourceRef ?? null,
  });
  let doc = created.toObject() as DisqualificationDoc;
  ctx.emit(OrganizationEvent.disqualified, toDisqualificationDto(doc));
  if (futureBookings === 'CANCEL') {
    const params: CancelBookingsOfDisqualifiedParams = { organizationId: p.organizationId, disqualificationId: String(doc._id), until, reason: p.reason, by: actor.id };
    try {
      const r = await ctx.call<CancelledBookings, CancelBookingsOfDisqualifiedParams>(TrainingBaseAction.cancelBookingsOfDisqualified, params, await asSystem(SERVICE, ctx));
      doc = (await models.Disqualification.findOneAndUpdate({ _id: doc._id }, { $set: { cancelledBookingCount: r.cancelledBookingIds.length } }, { returnDocument: 'after' }).lean<DisqualificationDoc>()) ?? doc;
    } catch (err) {
      log.warn({ err, disqualificationId: String(doc._id) }, 'the disqualified organization\'s bookings could not be cancelled now; the ban stands');
    }
  }
  return toDisqualificationDto(doc);
}
