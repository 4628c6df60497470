/**
 * Search and saved searches: the filters shared by both (free text in Chinese, kinds, region, industry, major,
 * dates), the search order, hits with their BM25 score and the facet counts, a replica's index statistics, saved
 * searches and the payload of `listings.subscriptionMatched`. Part of the listings contract: import it through
 * listings.contract.ts.
 */
import type { ListingDto, ListingKind } from './listings.js';

/** Search order: BM25 relevance (ties newest first) or publication date, newest first. */
export const LISTING_SORTS = ['RELEVANCE', 'DATE'] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

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

export interface IndexStatsDto {
  documents: number;
  /** The newest `updatedAt` this replica has applied (ISO UTC). */
  watermark: string | null;
  appliedEvents: number;
  staleEventsIgnored: number;
  catchUps: number;
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

/** Names fixed across helpers (brief): `{ subscriptionId, organizationId, listingId, listingTitle, at }`. */
export interface SubscriptionMatchedPayload {
  subscriptionId: string;
  organizationId: string;
  listingId: string;
  listingTitle: string;
  at: string;
}
