import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { claim } from '../../../infra/claims.js';
import { forbidden, notFound, unauthenticated } from '../../../infra/errors.js';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../infra/pagination.js';
import { ListingEvent, type ListingDto, type SaveSearchParams, type SubscriptionDto, type SubscriptionMatchedPayload } from '../listings.contract.js';
import { toSubscriptionDto } from '../listings.mappers.js';
import type { SubscriptionDoc } from '../listings.model.js';
import { subscriptionMatches } from '../listings.rules.js';
import { listingTerms, queryGroups } from '../listings.search.js';
import type { ListingDeps } from './deps.js';

/** Saves a search for `organizationId` (its admins or members). The filter is kept as given (listings.params.ts `filterProps`). */
export async function subscribe(d: ListingDeps, ctx: Context<SaveSearchParams, CallMeta>): Promise<SubscriptionDto> {
  const actor = actorOf(ctx);
  if (!adminOf(actor, ctx.params.organizationId) && actor.org !== ctx.params.organizationId) throw forbidden('Only members of the organization may save searches for it.');
  const filter = Object.fromEntries(Object.entries(ctx.params.filter).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const doc = await d.models.Subscription.create({ organizationId: ctx.params.organizationId, name: ctx.params.name, filter, active: true, createdBy: actor.id });
  return toSubscriptionDto(doc.toObject() as SubscriptionDoc);
}

/** Ends a saved search (its organization's admins or members). */
export async function unsubscribe(d: ListingDeps, ctx: Context<{ subscriptionId: string }, CallMeta>): Promise<SubscriptionDto> {
  const actor = actorOf(ctx);
  const doc = await d.models.Subscription.findById(ctx.params.subscriptionId).lean<SubscriptionDoc>();
  if (!doc) throw notFound('Subscription', ctx.params.subscriptionId);
  if (!adminOf(actor, doc.organizationId) && actor.org !== doc.organizationId) throw forbidden('Only members of the organization may end its saved searches.');
  const after = await d.models.Subscription.findOneAndUpdate({ _id: doc._id }, { $set: { active: false } }, { returnDocument: 'after' }).lean<SubscriptionDoc>();
  return toSubscriptionDto(after!);
}

/** The caller's organization's saved searches, in id order. */
export async function listSubscriptions(d: ListingDeps, ctx: Context<PageArgs, CallMeta>): Promise<Page<SubscriptionDto>> {
  const actor = actorOf(ctx);
  if (!actor.org) throw unauthenticated('Saved searches belong to an organization; sign in as one.');
  const limit = pageSize(ctx.params.first);
  const after = decodeCursor(ctx.params.after);
  const rows = await d.models.Subscription.find({ organizationId: actor.org, ...(after ? { _id: { $gt: after } } : {}) })
    .sort({ _id: 1 })
    .limit(limit + 1)
    .lean<SubscriptionDoc[]>();
  return toPage(rows.map(toSubscriptionDto), limit, (s) => s.id);
}

/**
 * A listing just became OPEN: every active saved search of another organization that matches it (rules
 * `subscriptionMatches`) gets one `listings.subscriptionMatched` — exactly once per subscription and listing,
 * whichever replica publishes and however often (a claim `notified:<subscriptionId>:<listingId>`).
 */
export async function notifySubscribers(d: ListingDeps, ctx: Context<unknown, CallMeta>, listing: ListingDto): Promise<number> {
  const subs = await d.models.Subscription.find({ active: true }).lean<SubscriptionDoc[]>();
  if (!subs.length) return 0;
  const lt = listingTerms(listing);
  const today = d.today();
  let n = 0;
  for (const s of subs) {
    if (s.organizationId === listing.organizationId) continue;
    if (!subscriptionMatches(listing, s.filter, s.filter.query ? queryGroups(s.filter.query) : [], lt, today)) continue;
    const won = await claim(d.models.Claim, `notified:${String(s._id)}:${listing.id}`, { stillPending: async () => false });
    if (!won) continue;
    const payload: SubscriptionMatchedPayload = { subscriptionId: String(s._id), organizationId: s.organizationId, listingId: listing.id, listingTitle: listing.title, at: new Date().toISOString() };
    ctx.emit(ListingEvent.subscriptionMatched, payload);
    n++;
  }
  return n;
}
