/**
 * Explained recommendations: for a listing, the counterpart listings and organizations that fit it, each with a
 * score of 0 … 100 and the reasons it scored (stable codes, their points, the texts rendered in both languages), and
 * the params that ask for them. Part of the listings contract: import it through listings.contract.ts.
 */
import type { MessageParams } from '../../../infra/messages.js';
import type { ListingDto } from './listings.js';

/** One reason a recommendation scored: `code` stable, `points` its share of the score, the texts rendered. */
export interface ReasonDto {
  code: RecommendationReason;
  points: number;
  /** Message key (listings.messages.ts) and its parameters. */
  key: string;
  params: MessageParams;
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
