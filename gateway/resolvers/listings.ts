import type {
  MutationCloseListingArgs,
  MutationConvertMatchArgs,
  MutationCreateListingArgs,
  MutationDecideInterestArgs,
  MutationDeleteSavedSearchArgs,
  MutationExpressInterestArgs,
  MutationPublishListingArgs,
  MutationSaveSearchArgs,
  MutationUpdateListingArgs,
  MutationWithdrawInterestArgs,
  QueryListingArgs,
  QueryListingInterestsArgs,
  QueryListingRecommendationsArgs,
  QueryMyListingsArgs,
  QuerySavedSearchesArgs,
  QuerySearchListingsArgs,
  RecommendationReasonTextArgs,
} from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import { toMoney } from '../../infra/money.js';
import { currentRegion } from '../../infra/regions.js';
import type { Page } from '../../infra/pagination.js';
import {
  ListingAction,
  type InterestDto,
  type ListingDto,
  type OrganizationRecommendationDto,
  type ReasonDto,
  type RecommendationsDto,
  type SearchResultDto,
  type SubscriptionDto,
} from '../../services/listings/listings.contract.js';
import { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS, industryName } from '../../services/listings/listings.contract.js';

const money = (fen: number | null) => (fen === null ? null : toMoney(fen));
/** GraphQL inputs carry explicit nulls; the service treats absent and null alike. */
const defined = <T extends object>(o: T | null | undefined) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined));

export const listingResolvers: GatewayResolvers = {
  Query: {
    listing: (_: unknown, { id }: QueryListingArgs, ctx: GatewayContext) => ctx.call<ListingDto | null>(ListingAction.get, { id }),
    searchListings: (_: unknown, a: QuerySearchListingsArgs, ctx: GatewayContext) => ctx.call<SearchResultDto>(ListingAction.search, { ...defined(a.filter), sort: a.sort, first: a.first, after: a.after }),
    myListings: (_: unknown, a: QueryMyListingsArgs, ctx: GatewayContext) => ctx.call<Page<ListingDto>>(ListingAction.mine, defined(a)),
    listingRecommendations: (_: unknown, a: QueryListingRecommendationsArgs, ctx: GatewayContext) => ctx.call<RecommendationsDto>(ListingAction.recommend, defined(a)),
    listingInterests: (_: unknown, a: QueryListingInterestsArgs, ctx: GatewayContext) => ctx.call<Page<InterestDto>>(ListingAction.interests, defined(a)),
    savedSearches: (_: unknown, a: QuerySavedSearchesArgs, ctx: GatewayContext) => ctx.call<Page<SubscriptionDto>>(ListingAction.subscriptions, defined(a)),
    listingIndustries: () => [...INDUSTRY_SECTIONS, ...INDUSTRY_DIVISIONS],
  },
  Mutation: {
    createListing: (_: unknown, { input }: MutationCreateListingArgs, ctx: GatewayContext) => ctx.call<ListingDto>(ListingAction.create, defined(input)),
    updateListing: (_: unknown, { id, input }: MutationUpdateListingArgs, ctx: GatewayContext) => ctx.call<ListingDto>(ListingAction.update, { ...defined(input), listingId: id }),
    publishListing: (_: unknown, { id }: MutationPublishListingArgs, ctx: GatewayContext) => ctx.call<ListingDto>(ListingAction.publish, { listingId: id }),
    closeListing: (_: unknown, { id, reason }: MutationCloseListingArgs, ctx: GatewayContext) => ctx.call<ListingDto>(ListingAction.close, { listingId: id, reason }),
    expressInterest: (_: unknown, a: MutationExpressInterestArgs, ctx: GatewayContext) => ctx.call<InterestDto>(ListingAction.expressInterest, defined(a)),
    decideInterest: (_: unknown, a: MutationDecideInterestArgs, ctx: GatewayContext) => ctx.call<InterestDto>(ListingAction.decideInterest, defined(a)),
    withdrawInterest: (_: unknown, a: MutationWithdrawInterestArgs, ctx: GatewayContext) => ctx.call<InterestDto>(ListingAction.withdrawInterest, a),
    convertMatch: (_: unknown, { input }: MutationConvertMatchArgs, ctx: GatewayContext) => ctx.call<InterestDto>(ListingAction.convertMatch, defined(input)),
    saveSearch: (_: unknown, a: MutationSaveSearchArgs, ctx: GatewayContext) => ctx.call<SubscriptionDto>(ListingAction.subscribe, { ...a, filter: defined(a.filter) }),
    deleteSavedSearch: (_: unknown, { id }: MutationDeleteSavedSearchArgs, ctx: GatewayContext) => ctx.call<SubscriptionDto>(ListingAction.unsubscribe, { subscriptionId: id }),
  },
  Listing: {
    organization: (l: ListingDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(l.organizationId),
    regionName: (l: ListingDto) => currentRegion(l.regionCode)?.name ?? l.regionCode,
    industries: (l: ListingDto) => l.industries.map((code) => ({ code, name: industryName(code) ?? code })),
    payMin: (l: ListingDto) => money(l.payMinFen),
    payMax: (l: ListingDto) => money(l.payMaxFen),
    budget: (l: ListingDto) => money(l.budgetFen),
  },
  ListingSearchResult: {
    pageInfo: (r: SearchResultDto) => ({ hasNextPage: r.hasNextPage, endCursor: r.endCursor }),
  },
  RecommendationReason: {
    text: (r: ReasonDto, { lang }: RecommendationReasonTextArgs) => (lang === 'en' ? r.text.en : r.text.zhCN),
  },
  OrganizationRecommendation: {
    organization: (o: OrganizationRecommendationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(o.organizationId),
    listings: async (o: OrganizationRecommendationDto, _: unknown, ctx: GatewayContext) => (await ctx.loaders.listing.loadMany(o.listingIds)).filter((x): x is ListingDto => !!x && !(x instanceof Error)),
  },
  ListingInterest: {
    listing: (i: InterestDto, _: unknown, ctx: GatewayContext) => ctx.loaders.listing.load(i.listingId),
    organization: (i: InterestDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(i.organizationId),
  },
};
