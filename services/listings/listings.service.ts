/**
 * The listings service: the information service platform (产教融合信息服务平台) — listings of needs and offers,
 * search in Chinese over this replica's own index, explained recommendations, expressions of interest and their
 * conversion, saved searches. Handlers delegate to ops/; rules are listings.rules.ts. Contract: listings.contract.ts.
 */
import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import type { CallMeta } from '../../infra/auth.js';
import { actorOf, isPlatformAdmin } from '../../infra/auth.js';
import { onTransportReconnect } from '../../infra/broker.js';
import { today } from '../../infra/dates.js';
import { forbidden } from '../../infra/errors.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import type { Page, PageArgs } from '../../infra/pagination.js';
import type {
  ConvertMatchParams,
  CreateListingParams,
  DecideInterestParams,
  ExpressInterestParams,
  IndexStatsDto,
  InterestDto,
  InterestsParams,
  ListingChangedPayload,
  ListingDto,
  RecommendationsDto,
  RecommendParams,
  SaveSearchParams,
  SearchListingsParams,
  SearchResultDto,
  SubscriptionDto,
  UpdateListingParams,
} from './listings.contract.js';
import { listingModels, type ListingModels } from './listings.model.js';
import * as P from './listings.params.js';
import { ListingIndex } from './listings.search.js';
import type { ListingDeps } from './ops/deps.js';
import { catchUp, rebuild } from './ops/index-sync.js';
import { convertMatch, decideInterest, expressInterest, listInterests, withdrawInterest } from './ops/interests.js';
import { acceptedMatchCounts, getListing, getListings, myListings, recommendFor, searchListings } from './ops/read-listings.js';
import { listSubscriptions, subscribe, unsubscribe } from './ops/subscriptions.js';
import { createListing, setListingStatus, sweepExpired, updateListing } from './ops/write-listings.js';

/** How often a replica catches up from its watermark and the expiry sweep runs (ms); LISTINGS_CATCH_UP_MS overrides. */
const CATCH_UP_MS = Number(process.env.LISTINGS_CATCH_UP_MS ?? 30_000);
const SWEEP_MS = 3_600_000;

type This = MongoVars<ListingModels> & Pick<Service, 'logger' | 'broker'> & { index: ListingIndex; timers: NodeJS.Timeout[]; deps: ListingDeps };

const ListingsService: ServiceSchema<ServiceSettingSchema, Record<string, never>, This> = {
  name: 'listings',
  dependencies: ['organizations'],
  mixins: [mongoMixin('listings', listingModels)],

  created(this: This) {
    this.index = new ListingIndex();
    this.timers = [];
  },

  async started(this: This) {
    this.deps = { models: this.models, index: this.index, broker: this.broker, today: () => today() };
    const n = await rebuild(this.deps);
    this.logger.info({ listings: n }, 'listings index rebuilt from MongoDB');
    // Events missed while this node was cut off from NATS are read back from the watermark at once.
    onTransportReconnect(this.broker, () => void catchUp(this.deps).catch((err) => this.logger.warn({ err }, 'index catch-up failed')));
    this.timers.push(setInterval(() => void catchUp(this.deps).catch((err) => this.logger.warn({ err }, 'index catch-up failed')), CATCH_UP_MS).unref());
    this.timers.push(setInterval(() => void sweepExpired(this.deps).catch((err) => this.logger.warn({ err }, 'expiry sweep failed')), SWEEP_MS).unref());
  },

  stopped(this: This) {
    for (const t of this.timers) clearInterval(t);
  },

  events: {
    /** Every replica applies every change to its own index, newest `rev` wins (listings.search.ts `apply`). */
    'listings.changed'(this: This, ctx: Context<ListingChangedPayload>) {
      this.index.apply(ctx.params.listing);
    },
  },

  actions: {
    /** Creates a listing (DRAFT, or OPEN by default). See ops/write-listings.ts `createListing` for the checks and codes. */
    create: { params: P.createParams, handler(this: This, ctx: Context<CreateListingParams, CallMeta>): Promise<ListingDto> { return createListing(this.deps, ctx); } },
    /** Changes a DRAFT or OPEN listing's fields (owner's admins). FAILED_PRECONDITION NOT_OPEN otherwise. */
    update: { params: P.updateParams, handler(this: This, ctx: Context<UpdateListingParams, CallMeta>): Promise<ListingDto> { return updateListing(this.deps, ctx); } },
    /** DRAFT → OPEN (owner's admins); CONFLICT TRANSITION otherwise. Saved searches are checked. */
    publish: { params: P.listingIdParams, handler(this: This, ctx: Context<{ listingId: string }, CallMeta>): Promise<ListingDto> { return setListingStatus(this.deps, ctx, 'OPEN'); } },
    /** DRAFT | OPEN | MATCHED → CLOSED (owner's admins). */
    close: { params: P.closeParams, handler(this: This, ctx: Context<{ listingId: string }, CallMeta>): Promise<ListingDto> { return setListingStatus(this.deps, ctx, 'CLOSED'); } },
    /** One listing or null; drafts only for their organization (FORBIDDEN). */
    get: { params: P.getParams, retryPolicy: { enabled: true }, handler(this: This, ctx: Context<{ id: string }, CallMeta>): Promise<ListingDto | null> { return getListing(this.deps, ctx); } },
    /** In id order, null where missing or not readable. */
    getMany: { params: P.getManyParams, retryPolicy: { enabled: true }, handler(this: This, ctx: Context<{ ids: string[] }, CallMeta>): Promise<(ListingDto | null)[]> { return getListings(this.deps, ctx); } },
    /** The caller's organization's listings (any status), newest first. */
    mine: { params: P.mineParams, handler(this: This, ctx: Context<{ organizationId?: string | null } & PageArgs, CallMeta>): Promise<Page<ListingDto>> { return myListings(this.deps, ctx); } },
    /** Full-text search in Chinese with filters, facets, sort and paging over OPEN listings valid today (or `validOn`). */
    search: { params: P.searchParams, handler(this: This, ctx: Context<SearchListingsParams, CallMeta>): SearchResultDto { return searchListings(this.deps, ctx); } },
    /** Counterpart listings and organizations for a listing, each with its score (0–100) and reasons in words. */
    recommend: { params: P.recommendParams, handler(this: This, ctx: Context<RecommendParams, CallMeta>): Promise<RecommendationsDto> { return recommendFor(this.deps, ctx); } },
    /** An organization answers an OPEN listing. */
    expressInterest: { params: P.expressInterestParams, handler(this: This, ctx: Context<ExpressInterestParams, CallMeta>): Promise<InterestDto> { return expressInterest(this.deps, ctx); } },
    /** The owner accepts (listing → MATCHED) or declines; one decision wins under concurrency. */
    decideInterest: { params: P.decideInterestParams, handler(this: This, ctx: Context<DecideInterestParams, CallMeta>): Promise<InterestDto> { return decideInterest(this.deps, ctx); } },
    /** The interested organization withdraws a PENDING interest. */
    withdrawInterest: { params: P.interestIdParams, handler(this: This, ctx: Context<{ interestId: string }, CallMeta>): Promise<InterestDto> { return withdrawInterest(this.deps, ctx); } },
    /** An accepted match → agreement draft, project or booking request, once. */
    convertMatch: { params: P.convertParams, handler(this: This, ctx: Context<ConvertMatchParams, CallMeta>): Promise<InterestDto> { return convertMatch(this.deps, ctx); } },
    /** Interests in a listing (owner) or by the caller's organization. */
    interests: { params: P.interestsParams, handler(this: This, ctx: Context<InterestsParams, CallMeta>): Promise<Page<InterestDto>> { return listInterests(this.deps, ctx); } },
    /** Saves a search; new matching listings emit `listings.subscriptionMatched`. */
    subscribe: { params: P.subscribeParams, handler(this: This, ctx: Context<SaveSearchParams, CallMeta>): Promise<SubscriptionDto> { return subscribe(this.deps, ctx); } },
    unsubscribe: { params: P.subscriptionIdParams, handler(this: This, ctx: Context<{ subscriptionId: string }, CallMeta>): Promise<SubscriptionDto> { return unsubscribe(this.deps, ctx); } },
    subscriptions: { params: P.subscriptionsParams, handler(this: This, ctx: Context<PageArgs, CallMeta>): Promise<Page<SubscriptionDto>> { return listSubscriptions(this.deps, ctx); } },
    /** Stores EXPIRED on OPEN listings past validity (system callers and platform admins). */
    sweepExpired: {
      async handler(this: This, ctx: Context<unknown, CallMeta>): Promise<{ expired: number }> {
        const a = actorOf(ctx);
        if (!a.system && !isPlatformAdmin(a)) throw forbidden('Only the platform runs the expiry sweep.');
        return { expired: await sweepExpired(this.deps) };
      },
    },
    /** This replica's index: documents, watermark and event counters (operators; any signed-in caller). */
    indexStats: {
      handler(this: This, ctx: Context<unknown, CallMeta>): IndexStatsDto {
        actorOf(ctx);
        return { documents: this.index.size, watermark: this.index.watermark, ...this.index.stats };
      },
    },
    /** Accepted matches per organization (either side), in the order asked. */
    matchCounts: {
      params: P.matchCountsParams,
      async handler(this: This, ctx: Context<{ organizationIds: string[] }, CallMeta>): Promise<{ organizationId: string; acceptedMatches: number }[]> {
        actorOf(ctx);
        const m = await acceptedMatchCounts(this.deps, ctx.params.organizationIds);
        return ctx.params.organizationIds.map((organizationId) => ({ organizationId, acceptedMatches: m.get(organizationId) ?? 0 }));
      },
    },
  },
};

export default ListingsService;
