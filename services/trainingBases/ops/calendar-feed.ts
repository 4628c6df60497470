/**
 * Calendar subscriptions: one secret per base, organization and user (`calendarFeedKey`), shown again on request and
 * revocable by that user under that organization only. Only the SHA-256 of the secret is stored; the secret is an
 * HMAC (internal secret) of the feed's id and random salt.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { actorOf, type Actor } from '../../../infra/auth.js';
import { settleEach, type BatchEntry } from '../../../infra/batch.js';
import { asSystem } from '../../../infra/caller.js';
import { oid } from '../../../infra/entity.js';
import { config } from '../../../infra/env.js';
import { conflict, forbidden, isDuplicateKey, unauthenticated } from '../../../infra/errors.js';
import { OrganizationAction, type OrganizationDto } from '../../organizations/organizations.contract.js';
import type { BaseIdParams, BasesParams, CalendarFeedData, CalendarFeedParams, CalendarFeedToken } from '../trainingBases.contract.js';
import { feedEvent, toBaseDto } from '../trainingBases.mappers.js';
import { FEED_KEY_VERSION, notHiddenFilter, type BaseModels, type BookingDoc, type CalendarFeedDoc, type TrainingBaseDoc } from '../trainingBases.model.js';
import { calendarFeedKey, seesAllBookings } from '../trainingBases.rules.js';
import { basesById, loadBase, SERVICE, type Ctx } from './common.js';
import { msg } from '../../../infra/message-registry.js';

const DAY_MS = 86_400_000;
/** A feed shows bookings starting from this long ago ... */
const FEED_PAST_MS = 92 * DAY_MS;
/** ... to this far ahead. */
const FEED_AHEAD_MS = 400 * DAY_MS;

/** The secret of a feed (re-derivable from the stored id and salt). */
export const feedToken = (feed: Pick<CalendarFeedDoc, '_id' | 'salt'>): string => createHmac('sha256', config().internalTokenSecret).update(`calendar-feed:${feed._id}:${feed.salt}`).digest('base64url');

/** What is stored of a secret. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * The caller's feed secret for a base, created on first use (the same until revoked). FORBIDDEN for services and
 * for callers without an organization who do not see all of the base's bookings; the feed shows what they see.
 */
async function feedTokenFor(models: BaseModels, actor: Actor, base: TrainingBaseDoc): Promise<CalendarFeedToken> {
  if (actor.system) throw forbidden(msg('trainingBases.feedsForUsers'));
  const all = seesAllBookings(actor, base);
  if (!all && !actor.org) throw forbidden(msg('trainingBases.feedNeedsOrganization'));
  const activeKey = calendarFeedKey(String(base._id), actor);
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await models.CalendarFeed.findOne({ activeKey }).lean<CalendarFeedDoc>();
    if (existing) return { token: feedToken(existing) };
    const draft = { _id: new Types.ObjectId(), salt: randomBytes(32).toString('base64url') };
    try {
      await models.CalendarFeed.create({
        ...draft,
        baseId: base._id,
        organizationId: actor.org ?? null,
        userId: actor.id,
        scopeOrganizationId: all ? null : actor.org,
        tokenHash: tokenHash(feedToken(draft)),
        activeKey,
        keyVersion: FEED_KEY_VERSION,
        revokedAt: null,
      });
      return { token: feedToken(draft) };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err; // a concurrent first use created it: read it
    }
  }
  throw conflict(msg('trainingBases.feedNotCreated'));
}

/** The caller's feed secrets for several bases, one entry per base id (FORBIDDEN / NOT_FOUND per entry). */
export async function calendarFeedTokens(models: BaseModels, ctx: Ctx<BasesParams>): Promise<BatchEntry<CalendarFeedToken>[]> {
  const actor = actorOf(ctx);
  const bases = await basesById(models, ctx.params.baseIds);
  return settleEach(ctx.params.baseIds, (id) => feedTokenFor(models, actor, bases.get(id)));
}

/**
 * Revokes the caller's feed for a base (the one asked for under the caller's organization; another organization's
 * feeds are out of reach whatever the token's `sub`): its URL stops working; the next one is new. False when there
 * was none.
 */
export async function revokeCalendarFeed(models: BaseModels, ctx: Ctx<BaseIdParams>): Promise<boolean> {
  const actor = actorOf(ctx);
  await loadBase(models, ctx.params.baseId);
  const feed = await models.CalendarFeed.findOne({ activeKey: calendarFeedKey(ctx.params.baseId, actor) }).lean<CalendarFeedDoc>();
  if (!feed) return false;
  const r = await models.CalendarFeed.updateOne({ _id: feed._id, revokedAt: null }, { $set: { revokedAt: new Date(), activeKey: `revoked:${feed._id}` } });
  return r.modifiedCount === 1;
}

/**
 * The events of a feed, for the gateway's .ics route (services only: the secret is the subscriber's credential).
 * NOT_FOUND for an unknown base, UNAUTHENTICATED for an unknown secret, FORBIDDEN for a revoked one (and for one
 * made before feeds were keyed by organization).
 */
export async function calendarFeed(models: BaseModels, ctx: Ctx<CalendarFeedParams>): Promise<CalendarFeedData> {
  if (!actorOf(ctx).system) throw forbidden(msg('trainingBases.feedsServedByGateway'));
  const base = await loadBase(models, ctx.params.baseId);
  const feed = await models.CalendarFeed.findOne({ tokenHash: tokenHash(ctx.params.feedToken) }).lean<CalendarFeedDoc>();
  if (!feed || String(feed.baseId) !== String(base._id)) throw unauthenticated(msg('trainingBases.feedLinkInvalid'));
  // Feeds keyed by base and user only (before issue 14) may have been handed to another organization: revoked.
  if (feed.revokedAt || feed.keyVersion !== FEED_KEY_VERSION) throw forbidden(msg('trainingBases.feedLinkRevoked'));
  const now = Date.now();
  const q: Record<string, unknown> = { baseId: base._id, start: { $gte: new Date(now - FEED_PAST_MS), $lt: new Date(now + FEED_AHEAD_MS) }, ...notHiddenFilter() };
  if (feed.scopeOrganizationId) q.organizationId = oid(feed.scopeOrganizationId);
  const docs = await models.Booking.find(q).sort({ start: 1 }).limit(2000).lean<BookingDoc[]>();
  const orgIds = [...new Set(docs.map((d) => String(d.organizationId)))];
  // Organization names are reference data the feed needs; the subscriber is no user here: asked as the service.
  const orgs = orgIds.length ? await ctx.call<(OrganizationDto | null)[], { ids: string[] }>(OrganizationAction.getMany, { ids: orgIds }, asSystem(SERVICE, ctx)) : [];
  const names = new Map(orgs.filter((o): o is OrganizationDto => !!o).map((o) => [o.id, o.name]));
  return { base: toBaseDto(base), generatedAt: new Date(now).toISOString(), events: docs.map((d) => feedEvent(d, names, now)) };
}
