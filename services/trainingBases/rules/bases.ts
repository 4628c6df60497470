/**
 * Rules of creating and changing a base: the default booking rules, valid opening hours, time zone and rules,
 * who registers a base and where, its name key, and what a restricting change does to the bookings it leaves without
 * room (which give way, the refusal listing them, the reason cancelling them needs). Part of trainingBases.rules.ts.
 */
import type { Actor } from '../../../infra/auth.js';
import type { Problem } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { P } from '../../../infra/messages.js';
import type { BaseStatus, BookingRules, OpeningHours, RulesInput } from '../trainingBases.contract.js';
import { openingHoursProblemMsgs, overCapacity, placementProblem, type BaseShape } from '../trainingBases.slots.js';
import { isTimeZone, slotStarts } from '../trainingBases.time.js';
import { managesBase } from './access.js';
import { bad, clash, precondition, refused } from './problems.js';

/** Rules of a new base unless given: 30 minutes to 12 hours, up to 366 days ahead, no monthly cap. */
export const DEFAULT_RULES: BookingRules = { minMinutes: 30, maxMinutes: 12 * 60, maxDaysAhead: 366, monthlyStationHoursCap: null };

/** What the booking rules need of a base. */
export interface BaseView extends BaseShape {
  status: BaseStatus;
  rules: BookingRules;
}

// ------------------------------------------------------------------ creating and changing a base

/** Opening hours as a BAD_USER_INPUT problem (data.problems lists each), or null when valid. */
export function openingHoursProblem(hours: OpeningHours[]): Problem | null {
  const problems = openingHoursProblemMsgs(hours);
  return problems.length
    ? bad(msg('trainingBases.openingHoursInvalid', { problems: P.list(problems.map((p) => P.key(p.key, p.params))) }), { field: 'openingHours', problems: problems.map((p) => p.message), problemsI18n: problems.map((p) => ({ key: p.key, params: p.params })) })
    : null;
}

/** A time zone that is not an IANA zone, as a problem. */
export function timeZoneProblem(timeZone: string): Problem | null {
  return isTimeZone(timeZone) ? null : bad(msg('trainingBases.timeZoneInvalid', { value: timeZone }), { field: 'timeZone' });
}

/** The rules after applying `input` (null and missing fields keep the current value; the cap may be set to null). */
export function mergeRules(current: BookingRules, input: RulesInput | null | undefined): BookingRules {
  const r: BookingRules = { ...current };
  if (input) {
    if (input.minMinutes != null) r.minMinutes = input.minMinutes;
    if (input.maxMinutes != null) r.maxMinutes = input.maxMinutes;
    if (input.maxDaysAhead != null) r.maxDaysAhead = input.maxDaysAhead;
    if (input.monthlyStationHoursCap !== undefined) r.monthlyStationHoursCap = input.monthlyStationHoursCap;
  }
  return r;
}

/** Booking rules that contradict themselves (min > max, not on 15 minutes), as a problem. */
export function rulesProblem(r: BookingRules): Problem | null {
  if (r.minMinutes > r.maxMinutes) return bad(msg('trainingBases.rulesMinOverMax', { min: r.minMinutes, max: r.maxMinutes }), { field: 'rules' });
  if (r.minMinutes % 15 || r.maxMinutes % 15) return bad(msg('trainingBases.rulesQuarterHours'), { field: 'rules' });
  return null;
}

/**
 * Registering a base, before the membership check: the host's or lead's admins only (FORBIDDEN), not in a
 * dissolved alliance (FAILED_PRECONDITION), a real time zone and valid hours (BAD_USER_INPUT).
 */
export function createBaseProblem(actor: Actor, alliance: { status: string; leadOrganizationId: string }, p: { hostOrganizationId: string; timeZone: string; openingHours: OpeningHours[] }): Problem | null {
  if (!managesBase(actor, { hostOrganizationId: p.hostOrganizationId, leadOrganizationId: alliance.leadOrganizationId })) {
    return refused(msg('trainingBases.whoRegistersBase'));
  }
  if (alliance.status === 'DISSOLVED') return precondition(msg('trainingBases.allianceDissolved'));
  return timeZoneProblem(p.timeZone) ?? openingHoursProblem(p.openingHours);
}

/** Normalizes a name for the per-alliance uniqueness index (trimmed, lower case, single spaces). */
export const nameKey = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The fields a change of a base may set. */
export interface BaseChange {
  name?: string;
  nameKey?: string;
  address?: string | null;
  disciplines?: string[];
  capacity?: number;
  requiresApproval?: boolean;
  openingHours?: OpeningHours[];
  closedDates?: string[];
  rules?: BookingRules;
  status?: BaseStatus;
}

/** Does a change possibly leave holding bookings without room (lower capacity, other hours or closed dates, CLOSED)? */
export function restrictsBookings(change: BaseChange, before: { capacity: number }): boolean {
  return (change.capacity !== undefined && change.capacity < before.capacity) || change.openingHours !== undefined || change.closedDates !== undefined || change.status === 'CLOSED';
}

/**
 * The "who gives way" policy of a restricting change: the holding bookings the new shape leaves without room,
 * by start. First those it cannot place at all (the base CLOSED, or outside its new hours or on a new closed
 * date); then, while some slot is over the new capacity, the most recently made booking on an over-full slot.
 */
export function bookingsInTheWay<H extends { start: Date; end: Date; headcount: number; createdAt: Date }>(newShape: BaseShape & { status: BaseStatus }, holding: H[]): H[] {
  const inTheWay: H[] = [];
  const rest: H[] = [];
  for (const h of holding) {
    if (newShape.status === 'CLOSED' || placementProblem(newShape, h.start.getTime(), h.end.getTime())) inTheWay.push(h);
    else rest.push(h);
  }
  rest.sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime());
  for (;;) {
    const over = new Set(overCapacity(rest.map((h) => ({ start: h.start.getTime(), end: h.end.getTime(), headcount: h.headcount })), newShape.capacity));
    if (!over.size) break;
    const idx = rest.findIndex((h) => slotStarts(h.start.getTime(), h.end.getTime()).some((s) => over.has(s)));
    inTheWay.push(rest[idx]);
    rest.splice(idx, 1);
  }
  return inTheWay.sort((x, y) => x.start.getTime() - y.start.getTime());
}

/** A refused restricting change: the bookings in the way (CONFLICT, data.bookings = their summaries). */
export function inTheWayProblem(summaries: { id: string }[]): Problem {
  return clash(msg('trainingBases.bookingsInTheWay', { count: summaries.length }), { bookings: summaries });
}

/** Cancelling bookings in the way needs a reason: it is sent to the organizations concerned. */
export function conflictHandlingProblem(opts: { cancelConflicting?: boolean | null; reason?: string | null }): Problem | null {
  return opts.cancelConflicting && !opts.reason ? bad(msg('trainingBases.cancelReasonNeeded'), { field: 'reason' }) : null;
}
