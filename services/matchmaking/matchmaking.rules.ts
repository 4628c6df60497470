/**
 * The matchmaking service's pure rules: who may register when, the seat order, the life cycle, and the figures
 * (per event, per year) computed from registrations and outcomes. No broker, no database.
 */
import { ErrorCode, type Problem } from '../../infra/errors.js';
import {
  MatchmakingReason,
  type EventFiguresDto,
  type EventKind,
  type EventStatus,
  type OutcomeDto,
  type RegistrationMode,
  type RegistrationStatus,
  type YearFiguresDto,
} from './matchmaking.contract.js';
import type { messages } from './matchmaking.messages.js';

const problem = (code: ErrorCode, key: keyof typeof messages, message: string, params: Record<string, unknown>, data: Record<string, unknown>): Problem => ({ code, key, message, params, data });

/** Registration closes at the end of the day before the event unless the organizer says otherwise (BAD_USER_INPUT if after it). */
export function closesOnProblem(date: string, closesOn: string): Problem | null {
  return closesOn > date ? problem(ErrorCode.BAD_USER_INPUT, 'matchmaking.period', 'Registration cannot close after the event.', { closesOn, date }, { field: 'registrationClosesOn' }) : null;
}

/**
 * May an organization take a seat now? The event must be SCHEDULED and registration open on `today`
 * (FAILED_PRECONDITION REGISTRATION_CLOSED); an INVITATION event needs an invitation (FORBIDDEN NOT_INVITED); a
 * REGISTERED organization holds its seat already (CONFLICT ALREADY_REGISTERED).
 */
export function registrationProblem(
  e: { status: EventStatus; registrationClosesOn: string; registrationMode: RegistrationMode },
  current: RegistrationStatus | null,
  today: string,
): Problem | null {
  if (e.status !== 'SCHEDULED' || today > e.registrationClosesOn) {
    return problem(ErrorCode.FAILED_PRECONDITION, 'matchmaking.registrationClosed', 'Registration is closed.', { closesOn: e.registrationClosesOn, status: e.status }, { reason: MatchmakingReason.REGISTRATION_CLOSED, status: e.status, closesOn: e.registrationClosesOn });
  }
  if (current === 'REGISTERED') return problem(ErrorCode.CONFLICT, 'matchmaking.alreadyRegistered', 'Already registered.', {}, { reason: MatchmakingReason.ALREADY_REGISTERED });
  if (e.registrationMode === 'INVITATION' && current !== 'INVITED') return problem(ErrorCode.FORBIDDEN, 'matchmaking.notInvited', 'By invitation only.', {}, { reason: MatchmakingReason.NOT_INVITED });
  return null;
}

/** Every seat taken: CONFLICT FULL with the capacity. */
export const fullProblem = (capacity: number): Problem => problem(ErrorCode.CONFLICT, 'matchmaking.full', `All ${capacity} seats are taken.`, { capacity }, { reason: MatchmakingReason.FULL, capacity });

/**
 * The order in which a registration tries seat numbers: from just after the seats already counted, wrapping round,
 * so concurrent registrations mostly try different seats (each seat is a unique insert; the first inserter wins it).
 */
export function seatOrder(capacity: number, taken: number): number[] {
  const start = Math.min(Math.max(taken, 0), capacity);
  return [...Array.from({ length: capacity - start }, (_, i) => start + i + 1), ...Array.from({ length: start }, (_, i) => i + 1)];
}

const TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = { SCHEDULED: ['HELD', 'CANCELLED'], HELD: [], CANCELLED: [] };

/** SCHEDULED → HELD (on or after its date; FAILED_PRECONDITION NOT_YET_HELD) | CANCELLED; the rest is CONFLICT TRANSITION. */
export function statusProblem(from: EventStatus, to: EventStatus, date: string, today: string): Problem | null {
  if (!TRANSITIONS[from].includes(to)) return problem(ErrorCode.CONFLICT, 'matchmaking.transition', `An event cannot go from ${from} to ${to}.`, { from, to }, { reason: MatchmakingReason.TRANSITION, from, to });
  if (to === 'HELD' && today < date) return notYetHeld(date);
  return null;
}

const notYetHeld = (date: string): Problem => problem(ErrorCode.FAILED_PRECONDITION, 'matchmaking.notYetHeld', `The event on ${date} has not taken place yet.`, { date }, { reason: MatchmakingReason.NOT_YET_HELD, date });

/** Attendance and outcomes are recorded on or after the event's date, for events not CANCELLED. */
export function recordingProblem(status: EventStatus, date: string, today: string): Problem | null {
  if (status === 'CANCELLED') return problem(ErrorCode.CONFLICT, 'matchmaking.transition', 'The event was cancelled.', { from: status, to: 'HELD' }, { reason: MatchmakingReason.TRANSITION, from: status, to: 'HELD' });
  return today < date ? notYetHeld(date) : null;
}

/** The same outcome (kind and id) once per event (CONFLICT DUPLICATE_OUTCOME). */
export function outcomeProblem(outcomes: readonly OutcomeDto[], kind: string, id: string): Problem | null {
  return outcomes.some((o) => o.kind === kind && o.id === id) ? problem(ErrorCode.CONFLICT, 'matchmaking.duplicateOutcome', 'Recorded already.', {}, { reason: MatchmakingReason.DUPLICATE_OUTCOME, kind, id }) : null;
}

export interface RegistrationFacts {
  organizationId: string;
  organizationKind: string;
  status: RegistrationStatus;
  attended: boolean;
  representatives: number;
}

/** One event's figures from its registrations and outcomes. */
export function eventFigures(e: { id: string; capacity: number; outcomes: readonly OutcomeDto[] }, regs: readonly RegistrationFacts[]): EventFiguresDto {
  const attended = regs.filter((r) => r.attended);
  return {
    eventId: e.id,
    capacity: e.capacity,
    registered: regs.filter((r) => r.status === 'REGISTERED').length,
    invited: regs.filter((r) => r.status === 'INVITED').length,
    attendedOrganizations: attended.length,
    attendedEnterprises: attended.filter((r) => r.organizationKind === 'ENTERPRISE').length,
    attendedSchools: attended.filter((r) => r.organizationKind === 'SCHOOL').length,
    representatives: attended.reduce((s, r) => s + r.representatives, 0),
    agreements: e.outcomes.filter((o) => o.kind === 'AGREEMENT').length,
    projects: e.outcomes.filter((o) => o.kind === 'PROJECT').length,
  };
}

/**
 * A year's figures over HELD events: per kind the number of events, distinct enterprises and schools that attended
 * and representatives; overall the distinct organizations across events (a firm at three events counts once, as
 * Yichang counts "118 firms").
 */
export function yearFigures(year: number, regionCode: string | null, events: readonly { id: string; kind: EventKind; outcomes: readonly OutcomeDto[] }[], regs: ReadonlyMap<string, readonly RegistrationFacts[]>): YearFiguresDto {
  const kinds: EventKind[] = ['MATCHMAKING', 'ROUNDTABLE'];
  const distinct = (rs: RegistrationFacts[], kind: string) => new Set(rs.filter((r) => r.attended && r.organizationKind === kind).map((r) => r.organizationId)).size;
  const all = events.flatMap((e) => [...(regs.get(e.id) ?? [])]);
  const reps = (rs: RegistrationFacts[]) => rs.filter((r) => r.attended).reduce((s, r) => s + r.representatives, 0);
  return {
    year,
    regionCode,
    byKind: kinds.map((kind) => {
      const es = events.filter((e) => e.kind === kind);
      const rs = es.flatMap((e) => [...(regs.get(e.id) ?? [])]);
      return { kind, events: es.length, enterprises: distinct(rs, 'ENTERPRISE'), schools: distinct(rs, 'SCHOOL'), representatives: reps(rs) };
    }),
    events: events.length,
    enterprises: distinct(all, 'ENTERPRISE'),
    schools: distinct(all, 'SCHOOL'),
    representatives: reps(all),
    agreements: events.reduce((s, e) => s + e.outcomes.filter((o) => o.kind === 'AGREEMENT').length, 0),
    projects: events.reduce((s, e) => s + e.outcomes.filter((o) => o.kind === 'PROJECT').length, 0),
  };
}
