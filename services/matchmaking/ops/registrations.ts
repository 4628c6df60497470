/**
 * Invitations, registrations with a capacity that holds under concurrency, cancellations and attendance.
 *
 * Taking a seat: (1) the organization's holder key `<eventId>:<organizationId>` is inserted (unique `_id`: one seat per
 * organization, however many of its requests race); (2) seat numbers are tried in `seatOrder`, each an insert of
 * `<eventId>:<seatNo>` (unique `_id`: one holder per seat); the first insert that succeeds is the organization's
 * seat; (3) the registration is written REGISTERED with its seat. With every seat taken, the holder key is given back
 * and the answer is CONFLICT FULL. No conditional `$set` and no transaction decides anything (shared/NOTES.md).
 */
import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { asSystem } from '../../../infra/caller.js';
import { forbidden, isDuplicateKey, notFound, problemError, raise } from '../../../infra/errors.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../../infra/pagination.js';
import { MatchmakingEvent, MatchmakingReason, type AttendanceParams, type InviteParams, type RegisterParams, type RegistrationDto } from '../matchmaking.contract.js';
import { toRegistrationDto } from '../matchmaking.mappers.js';
import { holderId, seatId, type EventDoc, type RegistrationDoc } from '../matchmaking.model.js';
import { fullProblem, recordingProblem, registrationProblem, seatOrder } from '../matchmaking.rules.js';
import type { MatchmakingDeps } from './deps.js';
import { eventOr404, organizes } from './events.js';

interface OrgFacts {
  id: string;
  name: string;
  kind: string;
}

async function orgsOr404(ctx: Context<unknown, CallMeta>, ids: string[]): Promise<OrgFacts[]> {
  const rows = await ctx.call<(OrgFacts | null)[], { ids: string[] }>('organizations.getMany', { ids }, asSystem('matchmaking', ctx));
  return rows.map((o, i) => {
    if (!o) throw notFound('Organization', ids[i]);
    return o;
  });
}

/** Invites organizations (organizer; SCHEDULED events). An organization already invited or registered keeps its entry. */
export async function invite(d: MatchmakingDeps, ctx: Context<InviteParams, CallMeta>): Promise<RegistrationDto[]> {
  const e = await eventOr404(d, ctx.params.eventId);
  if (!organizes(actorOf(ctx), e)) throw forbidden('Only the organizer invites.', { reason: MatchmakingReason.NOT_ORGANIZER });
  const ids = [...new Set(ctx.params.organizationIds)];
  const orgs = await orgsOr404(ctx, ids);
  const out: RegistrationDto[] = [];
  for (const o of orgs) {
    const doc = await d.models.Registration.findOneAndUpdate(
      { eventId: ctx.params.eventId, organizationId: o.id },
      { $setOnInsert: { eventId: ctx.params.eventId, organizationId: o.id, organizationName: o.name, organizationKind: o.kind, status: 'INVITED', seatNo: null, attended: false, representatives: 0, registeredAt: null } },
      { upsert: true, returnDocument: 'after' },
    ).lean<RegistrationDoc>();
    out.push(toRegistrationDto(doc!));
  }
  return out;
}

/**
 * `organizationId` (its admins) takes a seat. Errors: FAILED_PRECONDITION REGISTRATION_CLOSED, FORBIDDEN NOT_INVITED,
 * CONFLICT ALREADY_REGISTERED, CONFLICT FULL (`capacity`).
 */
export async function register(d: MatchmakingDeps, ctx: Context<RegisterParams, CallMeta>): Promise<RegistrationDto> {
  const { eventId, organizationId } = ctx.params;
  if (!adminOf(actorOf(ctx), organizationId)) throw forbidden("Only the organization's admins register it.");
  const e = await eventOr404(d, eventId);
  const existing = await d.models.Registration.findOne({ eventId, organizationId }).lean<RegistrationDoc>();
  raise(registrationProblem(e, existing?.status ?? null, d.today()));
  const [org] = await orgsOr404(ctx, [organizationId]);

  const holder = holderId(eventId, organizationId);
  try {
    await d.models.Holder.create({ _id: holder, seatNo: null, at: new Date() });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    throw problemError({ code: 'CONFLICT', key: 'matchmaking.alreadyRegistered', message: 'Already registered (or registering).', params: {}, data: { reason: MatchmakingReason.ALREADY_REGISTERED } });
  }
  const seatNo = await takeSeat(d, e, organizationId);
  if (seatNo === null) {
    await d.models.Holder.deleteOne({ _id: holder });
    throw problemError(fullProblem(e.capacity));
  }
  await d.models.Holder.updateOne({ _id: holder }, { $set: { seatNo } });
  const doc = await d.models.Registration.findOneAndUpdate(
    { eventId, organizationId },
    {
      $set: { status: 'REGISTERED', seatNo, registeredAt: new Date(), organizationName: org.name, organizationKind: org.kind },
      $setOnInsert: { eventId, organizationId, attended: false, representatives: 0 },
    },
    { upsert: true, returnDocument: 'after' },
  ).lean<RegistrationDoc>();
  ctx.emit(MatchmakingEvent.registered, { eventId, organizationId });
  return toRegistrationDto(doc!);
}

/** Tries seats in `seatOrder` until one insert succeeds; null when all are taken. */
async function takeSeat(d: MatchmakingDeps, e: EventDoc, organizationId: string): Promise<number | null> {
  const eventId = String(e._id);
  const taken = await d.models.Seat.countDocuments({ eventId });
  if (taken >= e.capacity) {
    // Counted full; a cancellation may free a seat between count and insert, so full is re-checked by the inserts
    // only when the count says a seat is free. A full count answers at once (no 30 failing inserts).
    return null;
  }
  for (const n of seatOrder(e.capacity, taken)) {
    try {
      await d.models.Seat.create({ _id: seatId(eventId, n), eventId, organizationId, at: new Date() });
      return n;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return null;
}

/** Gives a seat back (the organization's admins or the organizer). The registration is kept as CANCELLED. */
export async function cancelRegistration(d: MatchmakingDeps, ctx: Context<RegisterParams, CallMeta>): Promise<RegistrationDto> {
  const { eventId, organizationId } = ctx.params;
  const e = await eventOr404(d, eventId);
  const a = actorOf(ctx);
  if (!adminOf(a, organizationId) && !organizes(a, e)) throw forbidden("Only the organization's admins or the organizer cancel a registration.");
  const reg = await d.models.Registration.findOne({ eventId, organizationId, status: 'REGISTERED' }).lean<RegistrationDoc>();
  if (!reg) throw problemError({ code: 'FAILED_PRECONDITION', key: 'matchmaking.notRegistered', message: 'Not registered.', params: {}, data: { reason: MatchmakingReason.NOT_REGISTERED, organizationId } });
  const doc = await d.models.Registration.findOneAndUpdate({ _id: reg._id }, { $set: { status: 'CANCELLED', seatNo: null } }, { returnDocument: 'after' }).lean<RegistrationDoc>();
  if (reg.seatNo) await d.models.Seat.deleteOne({ _id: seatId(eventId, reg.seatNo), organizationId });
  await d.models.Holder.deleteOne({ _id: holderId(eventId, organizationId) });
  return toRegistrationDto(doc!);
}

/** Attendance of a registered organization and the people it sent (organizer; on or after the date). */
export async function recordAttendance(d: MatchmakingDeps, ctx: Context<AttendanceParams, CallMeta>): Promise<RegistrationDto> {
  const { eventId, organizationId, attended, representatives } = ctx.params;
  const e = await eventOr404(d, eventId);
  if (!organizes(actorOf(ctx), e)) throw forbidden('Only the organizer records attendance.', { reason: MatchmakingReason.NOT_ORGANIZER });
  raise(recordingProblem(e.status, e.date, d.today()));
  const doc = await d.models.Registration.findOneAndUpdate(
    { eventId, organizationId, status: 'REGISTERED' },
    { $set: { attended, representatives: attended ? (representatives ?? 1) : 0 } },
    { returnDocument: 'after' },
  ).lean<RegistrationDoc>();
  if (!doc) throw problemError({ code: 'FAILED_PRECONDITION', key: 'matchmaking.notRegistered', message: 'Not registered.', params: {}, data: { reason: MatchmakingReason.NOT_REGISTERED, organizationId } });
  return toRegistrationDto(doc);
}

/** An event's registrations in id order: the organizer sees all; an organization its own. */
export async function listRegistrations(d: MatchmakingDeps, ctx: Context<{ eventId: string; first?: number | null; after?: string | null }, CallMeta>): Promise<Page<RegistrationDto>> {
  const a = actorOf(ctx);
  const e = await eventOr404(d, ctx.params.eventId);
  const limit = pageSize(ctx.params.first);
  const after = decodeCursor(ctx.params.after);
  const filter: Record<string, unknown> = { eventId: ctx.params.eventId, ...(organizes(a, e) ? {} : { organizationId: a.org ?? '-' }), ...(after ? { _id: { $gt: after } } : {}) };
  const rows = await d.models.Registration.find(filter).sort({ _id: 1 }).limit(limit + 1).lean<RegistrationDoc[]>();
  return toPage(rows.map(toRegistrationDto), limit, (r) => r.id);
}
