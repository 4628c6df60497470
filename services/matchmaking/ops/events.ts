/** Creating, reading and closing events; outcomes; figures. */
import type { Context } from 'moleculer';
import { actorOf, hasRole, isPlatformAdmin, type Actor, type CallMeta } from '../../../infra/auth.js';
import { adminOf, callerFunderCovers } from '../../../infra/authz.js';
import { asSystem } from '../../../infra/caller.js';
import { addDays } from '../../../infra/dates.js';
import { forbidden, notFound, problemError, raise } from '../../../infra/errors.js';
import { decodeKeyedCursor, encodeKeyedCursor, pageSize, type Page } from '../../../infra/pagination.js';
import { canonicalRegion, isRegionProblem } from '../../../infra/regions.js';
import { revise } from '../../../infra/revise.js';
import {
  MatchmakingEvent,
  MatchmakingReason,
  type CreateEventParams,
  type EventDto,
  type EventFiguresDto,
  type EventStatus,
  type ListEventsParams,
  type OutcomeParams,
  type YearFiguresDto,
  type YearFiguresParams,
} from '../matchmaking.contract.js';
import { toEventDto } from '../matchmaking.mappers.js';
import { yearFilter, type EventDoc, type RegistrationDoc } from '../matchmaking.model.js';
import { closesOnProblem, eventFigures, outcomeProblem, recordingProblem, statusProblem, yearFigures } from '../matchmaking.rules.js';
import type { MatchmakingDeps } from './deps.js';

const notOrganizer = () => forbidden('Only the alliance lead or a funder covering the region organizes matchmaking events.', { reason: MatchmakingReason.NOT_ORGANIZER, i18n: { key: 'matchmaking.notOrganizer', params: {} } });

/** The organizer's admins (or its FUNDER users), the system and platform admins act for an event. */
export const organizes = (a: Actor, e: { organizerOrganizationId: string }): boolean => adminOf(a, e.organizerOrganizationId) || (hasRole(a, 'FUNDER') && a.org === e.organizerOrganizationId);

export async function eventOr404(d: MatchmakingDeps, id: string): Promise<EventDoc> {
  const e = await d.models.Event.findById(id).lean<EventDoc>();
  if (!e) throw notFound('Event', id);
  return e;
}

/** Seats taken per event (one aggregation: `$match` + `$group` `$sum`). */
export async function seatCounts(d: MatchmakingDeps, eventIds: string[]): Promise<Map<string, number>> {
  const rows = await d.models.Seat.aggregate<{ _id: string; n: number }>([{ $match: { eventId: { $in: eventIds } } }, { $group: { _id: '$eventId', n: { $sum: 1 } } }]);
  return new Map(rows.map((r) => [r._id, r.n]));
}

export async function eventDto(d: MatchmakingDeps, e: EventDoc): Promise<EventDto> {
  return toEventDto(e, (await seatCounts(d, [String(e._id)])).get(String(e._id)) ?? 0);
}

/**
 * Creates a SCHEDULED event. Organizer: for `allianceId`, that alliance's lead organization (its admins); without
 * one, a FUNDER of a GOVERNMENT organization whose region covers `regionCode` (FORBIDDEN NOT_ORGANIZER otherwise).
 * The date is today or later; registration closes by default the day before (BAD_USER_INPUT otherwise).
 */
export async function createEvent(d: MatchmakingDeps, ctx: Context<CreateEventParams, CallMeta>): Promise<EventDto> {
  const a = actorOf(ctx);
  const p = ctx.params;
  const region = canonicalRegion(p.regionCode);
  if (isRegionProblem(region)) throw problemError(region);
  if (p.allianceId) {
    const alliance = await ctx.call<{ leadOrganizationId: string } | null, { id: string }>('alliances.get', { id: p.allianceId }, asSystem('matchmaking', ctx));
    if (!alliance) throw notFound('Alliance', p.allianceId);
    if (alliance.leadOrganizationId !== p.organizerOrganizationId || !adminOf(a, p.organizerOrganizationId)) throw notOrganizer();
  } else if (!isPlatformAdmin(a) && !a.system && !(a.org === p.organizerOrganizationId && (await callerFunderCovers(ctx, 'matchmaking', region.code)))) throw notOrganizer();
  const today = d.today();
  if (p.date < today) throw problemError({ code: 'BAD_USER_INPUT', message: `The event date ${p.date} is in the past.`, data: { field: 'date' } });
  const closesOn = p.registrationClosesOn ?? (addDays(p.date, -1) < today ? today : addDays(p.date, -1));
  raise(closesOnProblem(p.date, closesOn));
  const doc = await d.models.Event.create({
    kind: p.kind,
    title: p.title,
    theme: p.theme,
    organizerOrganizationId: p.organizerOrganizationId,
    allianceId: p.allianceId ?? null,
    date: p.date,
    startTime: p.startTime ?? null,
    mode: p.mode,
    place: p.place,
    regionCode: region.code,
    industries: p.industries ?? [],
    registrationMode: p.registrationMode,
    capacity: p.capacity,
    registrationClosesOn: closesOn,
    status: 'SCHEDULED',
    outcomes: [],
    rev: 0,
    createdBy: a.id,
  });
  ctx.emit(MatchmakingEvent.created, { eventId: String(doc._id) });
  return toEventDto(doc.toObject() as EventDoc, 0);
}

export async function getEvent(d: MatchmakingDeps, ctx: Context<{ id: string }, CallMeta>): Promise<EventDto | null> {
  actorOf(ctx);
  const e = await d.models.Event.findById(ctx.params.id).lean<EventDoc>();
  return e ? eventDto(d, e) : null;
}

export async function getEvents(d: MatchmakingDeps, ctx: Context<{ ids: string[] }, CallMeta>): Promise<(EventDto | null)[]> {
  actorOf(ctx);
  const rows = await d.models.Event.find({ _id: { $in: ctx.params.ids } }).lean<EventDoc[]>();
  const counts = await seatCounts(d, rows.map((r) => String(r._id)));
  const by = new Map(rows.map((r) => [String(r._id), toEventDto(r, counts.get(String(r._id)) ?? 0)]));
  return ctx.params.ids.map((id) => by.get(id) ?? null);
}

/** Events newest date first (keyset on date, id), optionally in a region (covering), a year and a status. Any signed-in caller. */
export async function listEvents(d: MatchmakingDeps, ctx: Context<ListEventsParams, CallMeta>): Promise<Page<EventDto>> {
  actorOf(ctx);
  const p = ctx.params;
  const limit = pageSize(p.first);
  const cursor = decodeKeyedCursor(p.after, /\d{4}-\d{2}-\d{2}/);
  const filter: Record<string, unknown> = { ...(p.year ? yearFilter(p.year) : {}), ...(p.status ? { status: p.status } : {}) };
  if (p.regionCode) {
    const prefix = p.regionCode.endsWith('0000') ? p.regionCode.slice(0, 2) : p.regionCode.endsWith('00') ? p.regionCode.slice(0, 4) : p.regionCode;
    filter.regionCode = { $regex: `^${prefix}` };
  }
  if (cursor) filter.$or = [{ date: { $lt: cursor.key } }, { date: cursor.key, _id: { $lt: cursor.id } }];
  const rows = await d.models.Event.find(filter).sort({ date: -1, _id: -1 }).limit(limit + 1).lean<EventDoc[]>();
  const slice = rows.slice(0, limit);
  const counts = await seatCounts(d, slice.map((r) => String(r._id)));
  const edges = slice.map((r) => ({ node: toEventDto(r, counts.get(String(r._id)) ?? 0), cursor: encodeKeyedCursor(r.date, String(r._id)) }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}

async function reviseEvent(d: MatchmakingDeps, id: string, compute: (e: EventDoc) => Record<string, unknown>): Promise<EventDoc> {
  const { doc } = await revise<EventDoc>({ model: d.models.Event, claims: d.models.Claim, kind: 'event', load: () => eventOr404(d, id), compute: (e) => ({ set: compute(e) }) });
  return doc;
}

/** SCHEDULED → HELD (on or after the date) | CANCELLED; organizer only. */
export async function setEventStatus(d: MatchmakingDeps, ctx: Context<{ eventId: string; status: EventStatus }, CallMeta>): Promise<EventDto> {
  const e = await eventOr404(d, ctx.params.eventId);
  if (!organizes(actorOf(ctx), e)) throw notOrganizer();
  const today = d.today();
  return eventDto(d, await reviseEvent(d, ctx.params.eventId, (x) => (raise(statusProblem(x.status, ctx.params.status, x.date, today)), { status: ctx.params.status })));
}

/**
 * Records an agreement or project started at the event (organizer; on or after its date; once per kind and id).
 * Source: 004 (Yichang counts the agreements signed at its events).
 */
export async function recordOutcome(d: MatchmakingDeps, ctx: Context<OutcomeParams, CallMeta>): Promise<EventDto> {
  const e = await eventOr404(d, ctx.params.eventId);
  if (!organizes(actorOf(ctx), e)) throw notOrganizer();
  const today = d.today();
  const { kind, id, organizationIds } = ctx.params;
  const doc = await reviseEvent(d, ctx.params.eventId, (x) => {
    raise(recordingProblem(x.status, x.date, today));
    raise(outcomeProblem(x.outcomes ?? [], kind, id));
    return { outcomes: [...(x.outcomes ?? []), { kind, id, organizationIds, recordedAt: new Date().toISOString() }] };
  });
  ctx.emit(MatchmakingEvent.outcomeRecorded, { eventId: ctx.params.eventId });
  return eventDto(d, doc);
}

const facts = (r: RegistrationDoc) => ({ organizationId: r.organizationId, organizationKind: r.organizationKind, status: r.status, attended: r.attended ?? false, representatives: r.representatives ?? 0 });

/** One event's figures (any signed-in caller). */
export async function figures(d: MatchmakingDeps, ctx: Context<{ eventId: string }, CallMeta>): Promise<EventFiguresDto> {
  actorOf(ctx);
  const e = await eventOr404(d, ctx.params.eventId);
  const regs = await d.models.Registration.find({ eventId: ctx.params.eventId }).lean<RegistrationDoc[]>();
  return eventFigures({ id: String(e._id), capacity: e.capacity, outcomes: e.outcomes ?? [] }, regs.map(facts));
}

/** A year's figures over HELD events, optionally in a region (covering). */
export async function yearFiguresOf(d: MatchmakingDeps, ctx: Context<YearFiguresParams, CallMeta>): Promise<YearFiguresDto> {
  actorOf(ctx);
  const { year, regionCode } = ctx.params;
  const filter: Record<string, unknown> = { ...yearFilter(year), status: 'HELD' };
  if (regionCode) filter.regionCode = { $regex: `^${regionCode.endsWith('0000') ? regionCode.slice(0, 2) : regionCode.endsWith('00') ? regionCode.slice(0, 4) : regionCode}` };
  const events = await d.models.Event.find(filter).lean<EventDoc[]>();
  const regs = await d.models.Registration.find({ eventId: { $in: events.map((e) => String(e._id)) }, attended: true }).lean<RegistrationDoc[]>();
  const by = new Map<string, ReturnType<typeof facts>[]>();
  for (const r of regs) by.set(r.eventId, [...(by.get(r.eventId) ?? []), facts(r)]);
  return yearFigures(year, regionCode ?? null, events.map((e) => ({ id: String(e._id), kind: e.kind, outcomes: e.outcomes ?? [] })), by);
}
