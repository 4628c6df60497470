/**
 * Listings of needs and offers: the kinds and their counterparts, the life cycle (DRAFT → OPEN → MATCHED | CLOSED,
 * EXPIRED after `validTo`), the limits that keep a listing small, the listing DTO, the params that create and update
 * one, and the payload of `listings.changed` (every replica's index applies it). Part of the listings contract:
 * import it through listings.contract.ts.
 */

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

/** Limits that keep one listing small. */
export const MAX_INDUSTRIES = 10;
export const MAX_MAJORS = 20;
/** A listing is valid for at most this many days (from `validFrom`). */
export const MAX_VALIDITY_DAYS = 366;

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

export interface ListingChangedPayload {
  listing: ListingDto;
}
