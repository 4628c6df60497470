/**
 * The listings service's bus contract: the information service platform (产教融合信息服务平台) — listings of needs
 * and offers, search in Chinese, explained recommendations, expressions of interest and saved searches. The only
 * file of services/listings that the gateway, other services, app/ (seeds), bench and tests may import. Types and
 * constants only. Money is integer fen; instants ISO-8601 UTC strings; dates `YYYY-MM-DD` (Asia/Shanghai).
 * Sources: 001 四(四) "探索建设产教融合信息服务平台,促进校企需求精准对接"; 002 (信息沟通不畅,相互不了解).
 */
import type { BusContract } from '../../infra/bus-identity.js';
import type { PageArgs } from '../../infra/pagination.js';

/** The GB/T 4754-2017 table listings and events use (data, for the gateway and console pickers). */
export { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS, INDUSTRY_STANDARD, industryName, type IndustryRow } from './listings.industries.js';

/**
 * What a listing is about. Needs and offers come in pairs (`COUNTERPART_KINDS`): a firm's talent demand (jobs,
 * internship positions) meets a school's talent supply (graduating cohorts), a technology need meets a technology
 * offer, a training need a training offer, an equipment/base need an equipment/base offer.
 */
export const LISTING_KINDS = ['TALENT_DEMAND', 'TALENT_SUPPLY', 'TECH_NEED', 'TECH_OFFER', 'TRAINING_NEED', 'TRAINING_OFFER', 'EQUIPMENT_NEED', 'EQUIPMENT_OFFER'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

/** The kinds that answer a kind (recommendations look there). */
export const COUNTERPART_KINDS: Record<ListingKind, ListingKind> = {
  TALENT_DEMAND: 'TALENT_SUPPLY',
  TALENT_SUPPLY: 'TALENT_DEMAND',
  TECH_NEED: 'TECH_OFFER',
  TECH_OFFER: 'TECH_NEED',
  TRAINING_NEED: 'TRAINING_OFFER',
  TRAINING_OFFER: 'TRAINING_NEED',
  EQUIPMENT_NEED: 'EQUIPMENT_OFFER',
  EQUIPMENT_OFFER: 'EQUIPMENT_NEED',
};

/**
 * A listing's life: DRAFT → OPEN (published) → MATCHED (an interest accepted) | CLOSED (by its owner);
 * OPEN → EXPIRED automatically the day after `validTo` (read as EXPIRED at once; stored by the hourly sweep).
 */
export const LISTING_STATUSES = ['DRAFT', 'OPEN', 'MATCHED', 'CLOSED', 'EXPIRED'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const INTEREST_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

/** What an accepted match becomes in one step. */
export const CONVERSION_KINDS = ['AGREEMENT', 'PROJECT', 'BOOKING'] as const;
export type ConversionKind = (typeof CONVERSION_KINDS)[number];

/** The cooperation service's agreement types (issue 15, names fixed in the brief). */
export const AGREEMENT_TYPES = ['ORDER_CLASS', 'APPRENTICESHIP', 'NEW_APPRENTICESHIP', 'INTERNSHIP_BASE', 'CO_BUILT_MAJOR', 'INDUSTRY_COLLEGE', 'TECHNICAL_SERVICE', 'OTHER'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/** Search order: BM25 relevance (ties newest first) or publication date, newest first. */
export const LISTING_SORTS = ['RELEVANCE', 'DATE'] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

/** Limits that keep one listing small. */
export const MAX_INDUSTRIES = 10;
export const MAX_MAJORS = 20;
/** A listing is valid for at most this many days (from `validFrom`). */
export const MAX_VALIDITY_DAYS = 366;

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

/** A major of the vocational-education major catalogue (职业教育专业目录, 2021): 6-digit code where the school uses one. */
export interface MajorRef {
  code?: string | null;
  name: string;
}

export interface ListingDto {
  id: string;
  kind: ListingKind;
  organizationId: string;
  /** Snapshot at publication (search shows it without a call). */
  organizationName: string;
  organizationKind: string;
  title: string;
  description: string;
  /** GB/T 2260 code (current), where the need/offer is. */
  regionCode: string;
  /** GB/T 4754-2017 division codes, section letter + 2 digits ('C36' 汽车制造业) or a section alone ('C'). */
  industries: string[];
  majors: MajorRef[];
  /** People wanted (demand) or offered (supply), when it applies. */
  headcount: number | null;
  /** YYYY-MM-DD: the internship/job/training period, when it applies. */
  periodFrom: string | null;
  periodTo: string | null;
  /** Pay range per month, integer fen. */
  payMinFen: number | null;
  payMaxFen: number | null;
  /** Budget of a technology need / price of an offer, integer fen. */
  budgetFen: number | null;
  /** Address or "线上". */
  place: string | null;
  /** Open to organizations that are not alliance members (the seeds want shared resources open to small firms). */
  openToNonMembers: boolean;
  /** YYYY-MM-DD inclusive. */
  validFrom: string;
  validTo: string;
  /** Effective status: an OPEN listing past `validTo` reads EXPIRED. */
  status: ListingStatus;
  /** The accepted interest that matched it. */
  matchedInterestId: string | null;
  /** Revision (+1 on every change): replicas' indexes apply a listing's changes in this order. */
  rev: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateListingParams {
  organizationId: string;
  kind: ListingKind;
  title: string;
  description: string;
  regionCode: string;
  industries?: string[] | null;
  majors?: MajorRef[] | null;
  headcount?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  /** Yuan as decimal strings ("4500.00"), stored in fen. */
  payMin?: string | null;
  payMax?: string | null;
  budget?: string | null;
  place?: string | null;
  openToNonMembers?: boolean | null;
  /** Default today. */
  validFrom?: string | null;
  validTo: string;
  /** Publish at once (default true). */
  publish?: boolean | null;
}

export type UpdateListingParams = { listingId: string } & Partial<Omit<CreateListingParams, 'organizationId' | 'kind' | 'publish'>>;

/** Filters shared by search and saved searches. */
export interface ListingFilter {
  /** Free text in Chinese (segmented with jieba). */
  query?: string | null;
  kinds?: ListingKind[] | null;
  /** GB/T 2260 code covering the listing's region: 450200 (柳州市) covers 450203 (鱼峰区). */
  regionCode?: string | null;
  /** A division ('C36') matches itself; a section ('C') matches every division in it. */
  industry?: string | null;
  /** Catalogue code or exact name. */
  major?: string | null;
  /** Published on or after (YYYY-MM-DD, Asia/Shanghai). */
  publishedFrom?: string | null;
  /** Still valid on this date (default today). */
  validOn?: string | null;
}

export interface SearchListingsParams extends ListingFilter {
  sort?: ListingSort | null;
  /** 1 … 100, default 20. */
  first?: number | null;
  /** An offset cursor from a previous page. */
  after?: string | null;
}

export interface FacetCountDto {
  value: string;
  /** zh-CN label (region name, industry name, kind in words). */
  label: string;
  count: number;
}

/** One search hit: the listing and its BM25 score (0 without query text). */
export interface ListingHitDto {
  listing: ListingDto;
  score: number;
}

export interface SearchResultDto {
  total: number;
  hits: ListingHitDto[];
  /** Counts over all matches (not just this page), by kind, prefecture-level region, industry division and major. */
  facets: { kind: FacetCountDto[]; region: FacetCountDto[]; industry: FacetCountDto[]; major: FacetCountDto[] };
  /** The terms the query was segmented into (so a user sees what was searched). */
  terms: string[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** One reason a recommendation scored: `code` stable, `points` its share of the score, the texts rendered. */
export interface ReasonDto {
  code: RecommendationReason;
  points: number;
  /** Message key (listings.messages.ts) and its parameters. */
  key: string;
  params: Record<string, string | number>;
  text: { zhCN: string; en: string };
}

export const RECOMMENDATION_REASONS = ['SAME_MAJOR', 'SAME_INDUSTRY', 'SAME_INDUSTRY_SECTION', 'SAME_COUNTY', 'SAME_CITY', 'SAME_PROVINCE', 'PAST_COOPERATION', 'CAPACITY_FIT', 'PERIOD_FIT', 'TEXT_SIMILARITY'] as const;
export type RecommendationReason = (typeof RECOMMENDATION_REASONS)[number];

export interface RecommendationDto {
  listing: ListingDto;
  /** 0 … 100. */
  score: number;
  reasons: ReasonDto[];
}

export interface OrganizationRecommendationDto {
  organizationId: string;
  organizationName: string;
  /** The best of its listings' scores. */
  score: number;
  listingIds: string[];
  reasons: ReasonDto[];
}

export interface RecommendParams {
  listingId: string;
  /** 1 … 50, default 10. */
  first?: number | null;
}

export interface RecommendationsDto {
  listingId: string;
  listings: RecommendationDto[];
  organizations: OrganizationRecommendationDto[];
}

export interface ConversionDto {
  kind: ConversionKind;
  /** The agreement, project or booking id in its service. */
  id: string;
  at: string;
  by: string;
}

export interface InterestDto {
  id: string;
  listingId: string;
  listingOwnerOrganizationId: string;
  organizationId: string;
  organizationName: string;
  message: string;
  /** A listing of the interested organization it answers with (optional). */
  ownListingId: string | null;
  status: InterestStatus;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  conversion: ConversionDto | null;
  createdAt: string;
}

export interface ExpressInterestParams {
  listingId: string;
  organizationId: string;
  message: string;
  ownListingId?: string | null;
}

export interface DecideInterestParams {
  interestId: string;
  accept: boolean;
  note?: string | null;
}

/**
 * One step from an accepted match to the work it starts. AGREEMENT calls `cooperation.createAgreementDraft` as the
 * user (origin LISTING_MATCH, the interest id); PROJECT calls `projects.create` in `allianceId` (the two parties,
 * the caller's organization leading); BOOKING calls `trainingBases.book` for the base named.
 */
export interface ConvertMatchParams {
  interestId: string;
  kind: ConversionKind;
  agreementType?: AgreementType | null;
  title?: string | null;
  allianceId?: string | null;
  baseId?: string | null;
  start?: string | null;
  end?: string | null;
  headcount?: number | null;
}

export interface InterestsParams extends PageArgs {
  /** Interests in this listing (its owner), or, without it, those the caller's organization made. */
  listingId?: string | null;
}

export interface SubscriptionDto {
  id: string;
  organizationId: string;
  name: string;
  filter: ListingFilter;
  active: boolean;
  createdAt: string;
}

export interface SaveSearchParams {
  organizationId: string;
  name: string;
  filter: ListingFilter;
}

export interface IndexStatsDto {
  documents: number;
  /** The newest `updatedAt` this replica has applied (ISO UTC). */
  watermark: string | null;
  appliedEvents: number;
  staleEventsIgnored: number;
  catchUps: number;
}

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

export interface ListingChangedPayload {
  listing: ListingDto;
}
/** Names fixed across helpers (brief): `{ subscriptionId, organizationId, listingId, listingTitle, at }`. */
export interface SubscriptionMatchedPayload {
  subscriptionId: string;
  organizationId: string;
  listingId: string;
  listingTitle: string;
  at: string;
}
export interface InterestEventPayload {
  interestId: string;
  listingId: string;
  organizationId: string;
  listingOwnerOrganizationId: string;
  status: InterestStatus;
  conversion?: ConversionDto | null;
}

/** The listings service on the bus. Calls: organizations (names, kinds), cooperation, projects, trainingBases (conversions). */
export const ListingsBus: BusContract = {
  service: 'listings',
  actions: Object.values(ListingAction),
  events: [...Object.values(ListingEvent)],
  calls: ['organizations', 'cooperation', 'projects', 'trainingBases'],
};
