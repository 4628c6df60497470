/**
 * Changing a base (fields, closed dates, status) by revision, on infra/revise.ts: claim `trainingBase:<id>:rev:<r>`
 * then compare-and-set on `rev`. The change lands FIRST, then the holding bookings the new shape leaves without
 * room are looked for. Order matters: a booking that inserted itself before this read is seen here; one that
 * inserts itself after re-reads the base after taking its slots and re-checks itself against the new shape
 * (ops/book.ts `reserve`). Bookings in the way: refuse (and restore the old values) or cancel them with notice.
 */
import { actorOf } from '../../../infra/auth.js';
import { conflict, forbidden, isDuplicateKey } from '../../../infra/errors.js';
import { revise } from '../../../infra/revise.js';
import {
  BookingEvent,
  TrainingBaseEvent,
  type AddClosedDatesParams,
  type ConflictHandling,
  type RemoveClosedDatesParams,
  type TrainingBaseDto,
  type UpdateBaseParams,
} from '../trainingBases.contract.js';
import { baseEventPayload, bookingSummary, toBaseDto } from '../trainingBases.mappers.js';
import type { BaseModels, BookingDoc, TrainingBaseDoc } from '../trainingBases.model.js';
import {
  bookingsInTheWay,
  conflictHandlingProblem,
  HOLDING,
  inTheWayProblem,
  managesBase,
  mergeRules,
  nameKey,
  openingHoursProblem,
  restrictsBookings,
  rulesProblem,
  type BaseChange,
} from '../trainingBases.rules.js';
import { closeBooking } from './close-booking.js';
import { check, fail, loadBase, type Ctx } from './common.js';
import { msg } from '../../../infra/message-registry.js';

/** The claim key prefix of a base's revisions. */
const KIND = 'trainingBase';

/** Changes the given fields; a restricting change over bookings follows `cancelConflicting` (see file comment). */
export function updateBase(models: BaseModels, ctx: Ctx<UpdateBaseParams>): Promise<TrainingBaseDto> {
  const p = ctx.params;
  if (p.openingHours) check(openingHoursProblem(p.openingHours));
  return changeBase(
    models,
    ctx,
    p.baseId,
    (b) => {
      const c: BaseChange = {};
      if (p.name != null) Object.assign(c, { name: p.name, nameKey: nameKey(p.name) });
      if (p.address !== undefined) c.address = p.address ?? null;
      if (p.disciplines != null) c.disciplines = [...new Set(p.disciplines)];
      if (p.capacity != null) c.capacity = p.capacity;
      if (p.requiresApproval != null) c.requiresApproval = p.requiresApproval;
      if (p.openingHours != null) c.openingHours = p.openingHours;
      if (p.rules) {
        c.rules = mergeRules(b.rules, p.rules);
        check(rulesProblem(c.rules));
      }
      if (p.status != null) c.status = p.status;
      return c;
    },
    'UPDATED',
    p,
  );
}

/** Adds closed dates (maintenance, holidays); refused over bookings unless they are cancelled with notice. */
export function addClosedDates(models: BaseModels, ctx: Ctx<AddClosedDatesParams>): Promise<TrainingBaseDto> {
  const { dates } = ctx.params;
  return changeBase(models, ctx, ctx.params.baseId, (b) => ({ closedDates: [...new Set([...b.closedDates, ...dates])].sort() }), `CLOSED ${dates.join(',')}`, ctx.params);
}

/** Reopens closed dates. */
export function removeClosedDates(models: BaseModels, ctx: Ctx<RemoveClosedDatesParams>): Promise<TrainingBaseDto> {
  const drop = new Set(ctx.params.dates);
  return changeBase(models, ctx, ctx.params.baseId, (b) => ({ closedDates: b.closedDates.filter((d) => !drop.has(d)) }), `REOPENED ${ctx.params.dates.join(',')}`, {});
}

/**
 * Applies `change` (computed on the current revision) by the host's or lead's admins (FORBIDDEN), appends a
 * history entry (last 200 kept), bumps `capacityVersion` when the capacity changes. Errors: CONFLICT with
 * data.bookings when bookings are in the way, CONFLICT data.field 'name' for a taken name, CONFLICT after 5 lost
 * revisions, BAD_USER_INPUT when cancelling without a reason. Emits trainingBases.updated (and bookingCancelled).
 */
export async function changeBase(models: BaseModels, ctx: Ctx, baseId: string, change: (b: TrainingBaseDoc) => BaseChange, action: string, opts: ConflictHandling): Promise<TrainingBaseDto> {
  const actor = actorOf(ctx);
  check(conflictHandlingProblem(opts));
  let tried: BaseChange = {};
  let result: Awaited<ReturnType<typeof revise<TrainingBaseDoc, { before: TrainingBaseDoc; change: BaseChange }>>>;
  try {
    result = await revise<TrainingBaseDoc, { before: TrainingBaseDoc; change: BaseChange }>({
      model: models.Base,
      claims: models.Claim,
      kind: KIND,
      load: () => loadBase(models, baseId),
      compute: (b) => {
        if (!managesBase(actor, b)) throw forbidden(msg('trainingBases.whoManages'));
        const c = (tried = change(b));
        const history = [...(b.history ?? []), { at: new Date().toISOString(), by: actor.id, action, detail: opts.reason ?? null }].slice(-200);
        return { set: { ...c, history, ...capacityVersionBump(c, b) }, extra: { before: b, change: c } };
      },
      attempts: 5,
      gaveUp: msg('trainingBases.concurrentChange'),
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    // The name index refused the step (revise gives the claimed step back itself).
    throw conflict(msg('trainingBases.nameTaken', { name: String(tried.name) }), { field: 'name' });
  }
  const updated = result.doc;
  const { before: b, change: c } = result.extra!;
  if (restrictsBookings(c, b)) {
    const holding = await models.Booking.find({ baseId: b._id, end: { $gt: new Date() }, status: { $in: HOLDING } }).lean<BookingDoc[]>();
    const blocking = bookingsInTheWay(updated, holding);
    if (blocking.length && (!opts.cancelConflicting || blocking.some((h) => h.status === 'RESERVING'))) {
      await restore(models, baseId, b, c);
      throw fail(inTheWayProblem(blocking.map(bookingSummary)));
    }
    for (const h of blocking) {
      try {
        await closeBooking(models, ctx, h, ['PENDING', 'CONFIRMED'], 'CANCELLED', actor.id, opts.reason ?? null, BookingEvent.cancelled);
      } catch (err) {
        if ((err as { type?: string }).type !== 'CONFLICT') throw err; // cancelled by its organization meanwhile
      }
    }
  }
  const dto = toBaseDto(updated);
  ctx.emit(TrainingBaseEvent.updated, baseEventPayload(dto));
  return dto;
}

/** A capacity change moves the base to a new capacity version (slot counters follow it, see trainingBases.capacity.ts). */
const capacityVersionBump = (c: BaseChange, b: TrainingBaseDoc) => (c.capacity !== undefined && c.capacity !== b.capacity ? { capacityVersion: b.capacityVersion + 1 } : {});

/** Puts back what a refused change altered (other fields may have changed meanwhile: only ours are restored). */
async function restore(models: BaseModels, baseId: string, before: TrainingBaseDoc, c: BaseChange): Promise<void> {
  const back: Record<string, unknown> = {};
  for (const k of Object.keys(c) as (keyof BaseChange)[]) back[k] = before[k];
  const bump = c.capacity !== undefined && c.capacity !== before.capacity;
  try {
    await revise<TrainingBaseDoc>({
      model: models.Base,
      claims: models.Claim,
      kind: KIND,
      load: () => loadBase(models, baseId),
      compute: (cur) => ({ set: { ...back, ...(bump ? { capacityVersion: cur.capacityVersion + 1 } : {}) } }),
      attempts: 10,
    });
  } catch (err) {
    if ((err as { type?: string }).type !== 'CONFLICT') throw err; // gave up: the refusal below still stands
  }
}
