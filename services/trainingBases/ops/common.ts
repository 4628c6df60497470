/** What every op of the service shares: the service's name, raising rule problems, loading bases and bookings, membership. */
import type { Context } from 'moleculer';
import type { CallMeta } from '../../../infra/auth.js';
import { asUser } from '../../../infra/caller.js';
import { loadOr404, oid } from '../../../infra/entity.js';
import { notFound, raise } from '../../../infra/errors.js';
import { OrganizationAction, standingProblem, type StandingDto, type StandingOfParams } from '../../organizations/organizations.contract.js';
import { AllianceAction } from '../../alliances/alliances.contract.js';
import type { BaseModels, BookingDoc, TrainingBaseDoc } from '../trainingBases.model.js';
import { isListed } from '../trainingBases.rules.js';

/** The service's name: system identity, claim keys' owner, audit attribution (`service:trainingBases`). */
export const SERVICE = 'trainingBases';

/** The request context every op receives. */
export type Ctx<P = unknown> = Context<P, CallMeta>;

/** Anything that publishes events: the request context, or the broker in background work. */
export interface Emitter {
  emit(event: string, payload: unknown): unknown;
}

/** A rule's problem as the coded error clients get, and throwing one if any (infra/errors.ts). */
export { problemError as fail, raise as check } from '../../../infra/errors.js';

/** A base or NOT_FOUND. */
export const loadBase = (models: BaseModels, id: string): Promise<TrainingBaseDoc> => loadOr404<TrainingBaseDoc>(models.Base, id, 'Training base');

/** A listed booking or NOT_FOUND (reservations in flight and rolled back do not exist for callers). */
export async function loadBooking(models: BaseModels, id: string): Promise<BookingDoc> {
  const b = await models.Booking.findById(id).lean<BookingDoc>();
  if (!b || !isListed(b.status)) throw notFound('Booking', id);
  return b;
}

/** Bases by id for a batch: `get(id)` answers the base or throws NOT_FOUND (that entry's failure). */
export async function basesById(models: BaseModels, ids: readonly string[]): Promise<{ get(id: string): TrainingBaseDoc }> {
  const docs = await models.Base.find({ _id: { $in: [...new Set(ids)].map(oid) } }).lean<TrainingBaseDoc[]>();
  const byId = new Map(docs.map((d) => [String(d._id), d]));
  return {
    get(id) {
      const b = byId.get(id);
      if (!b) throw notFound('Training base', id);
      return b;
    },
  };
}

/**
 * The organizations are in good standing on every day of [from, to] (platform dates), asked as the caller: the one
 * rule of organizations.standingOf + `standingProblem` (FAILED_PRECONDITION, data.reason DISQUALIFIED with the ban's dates).
 */
export async function requireGoodStanding(ctx: Ctx, organizationIds: string[], from: string, to: string): Promise<void> {
  raise(standingProblem(await ctx.call<StandingDto[], StandingOfParams>(OrganizationAction.standingOf, { organizationIds, from, to }, asUser(ctx))));
}

/** What alliances.isActiveMember answers. */
export interface Membership {
  active: boolean;
  orgKind: string | null;
}

/** Is the organization an active member of the alliance on every date of [from, to] (local dates)? Asked as the caller. */
export function isActiveMember(ctx: Ctx, allianceId: string, organizationId: string, from: string, to: string): Promise<Membership> {
  return ctx.call<Membership, Record<string, string>>(AllianceAction.isActiveMember, { allianceId, organizationId, from, to }, asUser(ctx));
}
