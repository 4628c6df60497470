/**
 * Expressions of interest and conversions: an organization's interest in a listing, the owner's one decision, and
 * the one step from an accepted match to the work it starts (an agreement draft, a project or a booking request);
 * the params that express, decide, convert and list interests; the payload of the interest events. Part of the
 * listings contract: import it through listings.contract.ts.
 */
import type { PageArgs } from '../../../infra/pagination.js';

export const INTEREST_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

/** What an accepted match becomes in one step. */
export const CONVERSION_KINDS = ['AGREEMENT', 'PROJECT', 'BOOKING'] as const;
export type ConversionKind = (typeof CONVERSION_KINDS)[number];

/** The cooperation service's agreement types (issue 15, names fixed in the brief). */
export const AGREEMENT_TYPES = ['ORDER_CLASS', 'APPRENTICESHIP', 'NEW_APPRENTICESHIP', 'INTERNSHIP_BASE', 'CO_BUILT_MAJOR', 'INDUSTRY_COLLEGE', 'TECHNICAL_SERVICE', 'OTHER'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

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

export interface InterestEventPayload {
  interestId: string;
  listingId: string;
  organizationId: string;
  listingOwnerOrganizationId: string;
  status: InterestStatus;
  conversion?: ConversionDto | null;
}
