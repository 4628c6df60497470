/**
 * The listings service's bus contract: the information service platform (产教融合信息服务平台) — listings of needs
 * and offers, search in Chinese, explained recommendations, expressions of interest and saved searches. The only
 * file of services/listings that the gateway, other services, app/ (seeds), bench and tests may import. Types and
 * constants only: the types of each sub-domain are in contract/ (listings, search and saved searches,
 * recommendations, interests and conversions) and re-exported here; the reason codes, the action and event names
 * and the bus contract are here. Money is integer fen; instants ISO-8601 UTC strings; dates `YYYY-MM-DD` (Asia/Shanghai).
 * Sources: 001 四(四) "探索建设产教融合信息服务平台,促进校企需求精准对接"; 002 (信息沟通不畅,相互不了解).
 */
import type { BusContract } from '../../infra/bus-identity.js';

/** The GB/T 4754-2017 table listings and events use (data, for the gateway and console pickers). */
export { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS, INDUSTRY_STANDARD, industryName, type IndustryRow } from './listings.industries.js';

export * from './contract/listings.js';
export * from './contract/search.js';
export * from './contract/recommendations.js';
export * from './contract/interests.js';

/** Stable reason codes clients branch on (`data.reason` of a refusal). */
export const ListingReason = {
  /** The listing is not OPEN (`status`). */
  NOT_OPEN: 'NOT_OPEN',
  /** A status change the life cycle does not allow (`from`, `to`). */
  TRANSITION: 'TRANSITION',
  /** validTo before validFrom, or longer than MAX_VALIDITY_DAYS. */
  VALIDITY: 'VALIDITY',
  /** An industry code that is not in the GB/T 4754-2017 table (`code`). */
  UNKNOWN_INDUSTRY: 'UNKNOWN_INDUSTRY',
  /** An organization answering its own listing. */
  OWN_LISTING: 'OWN_LISTING',
  /** The organization already expressed interest in this listing (`interestId`). */
  ALREADY_INTERESTED: 'ALREADY_INTERESTED',
  /** The interest was already decided (`status`). */
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  /** The interest is not ACCEPTED. */
  NOT_ACCEPTED: 'NOT_ACCEPTED',
  /** The match was already converted (`conversion`). */
  ALREADY_CONVERTED: 'ALREADY_CONVERTED',
  /** A conversion needs a field (`field`). */
  CONVERSION_INPUT: 'CONVERSION_INPUT',
  /** minPay above maxPay. */
  PAY_RANGE: 'PAY_RANGE',
  /** periodTo before periodFrom. */
  PERIOD: 'PERIOD',
} as const;
export type ListingReason = (typeof ListingReason)[keyof typeof ListingReason];

/** The actions of the listings service (full names). */
export const ListingAction = {
  /** CreateListingParams → ListingDto (DRAFT, or OPEN with `publish: true`). */
  create: 'listings.create',
  /** UpdateListingParams → ListingDto (owner; DRAFT or OPEN). */
  update: 'listings.update',
  /** { listingId } → ListingDto: DRAFT → OPEN. */
  publish: 'listings.publish',
  /** { listingId, reason? } → ListingDto: OPEN|DRAFT → CLOSED. */
  close: 'listings.close',
  /** { id } → ListingDto | null. */
  get: 'listings.get',
  /** { ids } → (ListingDto | null)[] in id order. */
  getMany: 'listings.getMany',
  /** MyListingsParams → Page<ListingDto>: the caller's organization's listings, any status, newest first. */
  mine: 'listings.mine',
  /** SearchListingsParams → SearchResultDto. */
  search: 'listings.search',
  /** RecommendParams → RecommendationsDto. */
  recommend: 'listings.recommend',
  /** ExpressInterestParams → InterestDto. */
  expressInterest: 'listings.expressInterest',
  /** DecideInterestParams → InterestDto (owner accepts or declines; one decision). */
  decideInterest: 'listings.decideInterest',
  /** { interestId } → InterestDto (the interested organization withdraws a PENDING interest). */
  withdrawInterest: 'listings.withdrawInterest',
  /** ConvertMatchParams → InterestDto with its `conversion` (agreement draft, project or booking request). */
  convertMatch: 'listings.convertMatch',
  /** InterestsParams → Page<InterestDto>: interests in one listing (its owner) or made by the caller's organization. */
  interests: 'listings.interests',
  /** SaveSearchParams → SubscriptionDto. */
  subscribe: 'listings.subscribe',
  /** { subscriptionId } → SubscriptionDto (ended). */
  unsubscribe: 'listings.unsubscribe',
  /** PageArgs → Page<SubscriptionDto> of the caller's organization. */
  subscriptions: 'listings.subscriptions',
  /** {} → { expired: number }: stores EXPIRED on OPEN listings past validTo (hourly; system or platform admin). */
  sweepExpired: 'listings.sweepExpired',
  /** {} → IndexStatsDto: this replica's index (size, watermark, applied events). */
  indexStats: 'listings.indexStats',
  /** { organizationIds } → { organizationId, acceptedMatches }[]: platform cooperation history (for recommendations and others). */
  matchCounts: 'listings.matchCounts',
} as const;
export type ListingAction = (typeof ListingAction)[keyof typeof ListingAction];

/** Events the listings service publishes. */
export const ListingEvent = {
  /** Broadcast to every listings replica (each keeps its own index): the listing as indexed, with its `rev`. */
  changed: 'listings.changed',
  /** An OPEN listing matched a saved search (issue 18's notifications turn it into inbox items / mail). */
  subscriptionMatched: 'listings.subscriptionMatched',
  interestExpressed: 'listings.interestExpressed',
  interestDecided: 'listings.interestDecided',
  matchConverted: 'listings.matchConverted',
} as const;
export type ListingEvent = (typeof ListingEvent)[keyof typeof ListingEvent];

/** The listings service on the bus. Calls: organizations (names, kinds), cooperation, projects, trainingBases (conversions). */
export const ListingsBus: BusContract = {
  service: 'listings',
  actions: Object.values(ListingAction),
  events: [...Object.values(ListingEvent)],
  calls: ['organizations', 'cooperation', 'projects', 'trainingBases'],
};
