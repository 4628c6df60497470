/**
 * The listings service's pure rules: what a listing may say, its life cycle (with automatic expiry), who may
 * answer it, one decision per interest, and the recommendation score with its reasons in words. No broker, no
 * database; every refusal is a `Problem` with a message key (listings.messages.ts) and a stable `data.reason`.
 */
import { ErrorCode, type Problem } from '../../infra/errors.js';
import { currentRegion, levelOf } from '../../infra/regions.js';
import {
  COUNTERPART_KINDS,
  ListingReason,
  MAX_VALIDITY_DAYS,
  type ConversionDto,
  type InterestStatus,
  type ListingDto,
  type ListingFilter,
  type ListingStatus,
  type MajorRef,
  type ReasonDto,
  type RecommendationDto,
  type RecommendationReason,
  type OrganizationRecommendationDto,
} from './listings.contract.js';
import { industryCovers, industryName, sectionOf } from './listings.industries.js';
import { render, type ListingMessageKey } from './listings.messages.js';

const problem = (code: ErrorCode, key: ListingMessageKey, message: string, params: Record<string, unknown>, data: Record<string, unknown>): Problem => ({
  code,
  key,
  message,
  params,
  data,
});

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** What a listing says about itself, checked before it is stored (create and update). */
export interface ListingFields {
  industries: string[];
  validFrom: string;
  validTo: string;
  payMinFen: number | null;
  payMaxFen: number | null;
  periodFrom: string | null;
  periodTo: string | null;
}

/**
 * The first problem with a listing's fields, or null: validity from `validFrom` to `validTo` inclusive, at most
 * MAX_VALIDITY_DAYS and not ending in the past (BAD_USER_INPUT VALIDITY); every industry code in the GB/T 4754-2017
 * table (UNKNOWN_INDUSTRY); pay minimum ≤ maximum (PAY_RANGE); period in order (PERIOD).
 */
export function listingFieldsProblem(f: ListingFields, today: string): Problem | null {
  const span = daysBetween(f.validFrom, f.validTo);
  if (span < 0 || span > MAX_VALIDITY_DAYS || f.validTo < today) {
    return problem(ErrorCode.BAD_USER_INPUT, 'listings.validity', `The validity ${f.validFrom}…${f.validTo} must not be reversed, end in the past or last more than ${MAX_VALIDITY_DAYS} days.`, { validFrom: f.validFrom, validTo: f.validTo, maxDays: MAX_VALIDITY_DAYS }, { reason: ListingReason.VALIDITY, field: 'validTo' });
  }
  const unknown = f.industries.find((c) => industryName(c) === null);
  if (unknown !== undefined) return problem(ErrorCode.BAD_USER_INPUT, 'listings.unknownIndustry', `Industry ${unknown} is not in the GB/T 4754-2017 table.`, { code: unknown }, { reason: ListingReason.UNKNOWN_INDUSTRY, code: unknown, field: 'industries' });
  if (f.payMinFen !== null && f.payMaxFen !== null && f.payMinFen > f.payMaxFen) return problem(ErrorCode.BAD_USER_INPUT, 'listings.payRange', 'The minimum pay is above the maximum.', {}, { reason: ListingReason.PAY_RANGE, field: 'payMin' });
  if (f.periodFrom && f.periodTo && f.periodTo < f.periodFrom) return problem(ErrorCode.BAD_USER_INPUT, 'listings.period', 'The period ends before it starts.', { periodFrom: f.periodFrom, periodTo: f.periodTo }, { reason: ListingReason.PERIOD, field: 'periodTo' });
  return null;
}

/** The status a reader sees: an OPEN listing whose `validTo` has passed is EXPIRED (the sweep stores it later). */
export function effectiveStatus(status: ListingStatus, validTo: string, today: string): ListingStatus {
  return status === 'OPEN' && validTo < today ? 'EXPIRED' : status;
}

const TRANSITIONS: Record<ListingStatus, readonly ListingStatus[]> = {
  DRAFT: ['OPEN', 'CLOSED'],
  OPEN: ['MATCHED', 'CLOSED', 'EXPIRED'],
  MATCHED: ['CLOSED'],
  CLOSED: [],
  EXPIRED: [],
};

/** DRAFT → OPEN | CLOSED; OPEN → MATCHED | CLOSED | EXPIRED; MATCHED → CLOSED; CLOSED and EXPIRED final (CONFLICT TRANSITION). */
export function transitionProblem(from: ListingStatus, to: ListingStatus): Problem | null {
  if (TRANSITIONS[from].includes(to)) return null;
  return problem(ErrorCode.CONFLICT, 'listings.transition', `A listing cannot go from ${from} to ${to}.`, { from, to }, { reason: ListingReason.TRANSITION, from, to });
}

/** Editing is allowed while DRAFT or OPEN (FAILED_PRECONDITION NOT_OPEN otherwise). */
export function editProblem(status: ListingStatus): Problem | null {
  return status === 'DRAFT' || status === 'OPEN' ? null : notOpen(status);
}

const notOpen = (status: ListingStatus): Problem => problem(ErrorCode.FAILED_PRECONDITION, 'listings.notOpen', `The listing is ${status}.`, { status }, { reason: ListingReason.NOT_OPEN, status });

/**
 * May `organizationId` express interest in `listing` (effective status given)? Only OPEN listings
 * (FAILED_PRECONDITION NOT_OPEN) and never its own (BAD_USER_INPUT OWN_LISTING).
 */
export function interestProblem(listing: { organizationId: string; status: ListingStatus }, organizationId: string): Problem | null {
  if (listing.status !== 'OPEN') return notOpen(listing.status);
  if (listing.organizationId === organizationId) return problem(ErrorCode.BAD_USER_INPUT, 'listings.ownListing', 'An organization cannot answer its own listing.', {}, { reason: ListingReason.OWN_LISTING });
  return null;
}

/** A decision needs a PENDING interest (CONFLICT ALREADY_DECIDED) on a listing still OPEN when accepting (NOT_OPEN). */
export function decisionProblem(interestStatus: InterestStatus, listingStatus: ListingStatus, accept: boolean): Problem | null {
  if (interestStatus !== 'PENDING') return problem(ErrorCode.CONFLICT, 'listings.alreadyDecided', `The interest is ${interestStatus}.`, { status: interestStatus }, { reason: ListingReason.ALREADY_DECIDED, status: interestStatus });
  if (accept && listingStatus !== 'OPEN') return notOpen(listingStatus);
  return null;
}

/** A conversion needs an ACCEPTED interest (FAILED_PRECONDITION NOT_ACCEPTED) not yet converted (CONFLICT ALREADY_CONVERTED). */
export function conversionProblem(status: InterestStatus, conversion: ConversionDto | null): Problem | null {
  if (status !== 'ACCEPTED') return problem(ErrorCode.FAILED_PRECONDITION, 'listings.notAccepted', 'Only an accepted match can be converted.', {}, { reason: ListingReason.NOT_ACCEPTED, status });
  if (conversion) return problem(ErrorCode.CONFLICT, 'listings.alreadyConverted', `Already converted to ${conversion.kind} ${conversion.id}.`, { kind: conversion.kind, id: conversion.id }, { reason: ListingReason.ALREADY_CONVERTED, conversion });
  return null;
}

/** A conversion field that must be given (BAD_USER_INPUT CONVERSION_INPUT with `field`). */
export function missingConversionInput(field: string): Problem {
  return problem(ErrorCode.BAD_USER_INPUT, 'listings.conversionInput', `The conversion needs ${field}.`, { field }, { reason: ListingReason.CONVERSION_INPUT, field });
}

// ---------------------------------------------------------------- filters (search and saved searches)

/** A word of a query and its sub-words (listings.search.ts `queryGroups`). */
export interface QueryGroupLike {
  word: string;
  parts: readonly string[];
}

/** Does a region filter cover the listing's region? GB/T 2260 prefixes: 450000 ⊇ 450200 ⊇ 450203. */
export function regionFilterCovers(filter: string, code: string): boolean {
  const level = levelOf(filter);
  const prefix = level === 'PROVINCE' ? filter.slice(0, 2) : level === 'PREFECTURE' ? filter.slice(0, 4) : filter;
  return code.startsWith(prefix);
}

/** Does a major filter (catalogue code or exact name) name one of the listing's majors? */
export const majorMatches = (filter: string, majors: readonly MajorRef[]): boolean => majors.some((m) => m.code === filter || m.name === filter);

/**
 * The structured part of a filter (everything but the text): kind, region covering, industry covering, major,
 * published on or after, still valid on a date. Text is matched by the index (listings.search.ts).
 */
export function matchesStructured(l: ListingDto, f: ListingFilter, today: string): boolean {
  if (f.kinds?.length && !f.kinds.includes(l.kind)) return false;
  if (f.regionCode && !regionFilterCovers(f.regionCode, l.regionCode)) return false;
  if (f.industry && !l.industries.some((c) => industryCovers(f.industry!, c))) return false;
  if (f.major && !majorMatches(f.major, l.majors)) return false;
  if (f.publishedFrom && (!l.publishedAt || l.publishedAt.slice(0, 10) < f.publishedFrom)) return false;
  const validOn = f.validOn ?? today;
  if (l.validFrom > validOn || l.validTo < validOn) return false;
  return true;
}

/**
 * A saved search matches a new listing when its structured filter matches and every word of its query (segmented as
 * the index segments: listings.search.ts `queryGroups`) is among the listing's terms, or all of its sub-words are — the same AND-of-words rule the search applies first, so a subscription does not fire on one
 * shared word.
 */
export function subscriptionMatches(l: ListingDto, f: ListingFilter, queryGroups: readonly QueryGroupLike[], listingTerms: ReadonlySet<string>, today: string): boolean {
  if (l.status !== 'OPEN') return false;
  if (!matchesStructured(l, f, today)) return false;
  return queryGroups.every((g) => listingTerms.has(g.word) || (g.parts.length > 0 && g.parts.every((t) => listingTerms.has(t))));
}

// ---------------------------------------------------------------- recommendations

/** Points per reason (they sum to 100 at most). */
export const WEIGHTS = {
  SAME_MAJOR: 30,
  SAME_INDUSTRY: 20,
  SAME_INDUSTRY_SECTION: 10,
  SAME_COUNTY: 15,
  SAME_CITY: 12,
  SAME_PROVINCE: 6,
  /** Per accepted match on the platform, up to PAST_COOPERATION_MAX. */
  PAST_COOPERATION_EACH: 3,
  PAST_COOPERATION_MAX: 10,
  CAPACITY_FIT: 10,
  PERIOD_FIT: 10,
  /** Per shared title term, up to TEXT_MAX. */
  TEXT_EACH: 1,
  TEXT_MAX: 5,
} as const;

/** What scoring knows beyond the two listings: terms of titles (segmented) and accepted matches per organization. */
export interface ScoringContext {
  termsOf: (l: ListingDto) => readonly string[];
  acceptedMatches: (organizationId: string) => number;
}

const regionName = (code: string): string => currentRegion(code)?.name ?? code;

/** A reason before it is put in words (rendering is done only for what is shown). */
type RawReason = Omit<ReasonDto, 'text'>;

function reason(code: RecommendationReason, points: number, key: ListingMessageKey, params: Record<string, string | number>): RawReason {
  return { code, points, key, params };
}

/** A reason in words, zh-CN and English (listings.messages.ts). */
const inWords = (r: RawReason): ReasonDto => ({ ...r, text: { zhCN: render(r.key as ListingMessageKey, r.params, 'zh-CN'), en: render(r.key as ListingMessageKey, r.params, 'en') } });

/**
 * The score (0–100) of `candidate` as a counterpart of `base`, with one reason per criterion that scored, in words:
 * same major (by catalogue code or name), same industry division (or only section), same county / city / province
 * (GB/T 2260), the candidate's organization's accepted matches on the platform, headcount fit (supply covers demand:
 * full points; half of it: half), period overlap (share of the needed period), shared title terms. Pure.
 */
export function scoreCandidate(base: ListingDto, candidate: ListingDto, sc: ScoringContext): { score: number; reasons: ReasonDto[] } {
  const raw = scoreRaw(base, candidate, sc);
  return { score: raw.score, reasons: raw.reasons.map(inWords) };
}

function scoreRaw(base: ListingDto, candidate: ListingDto, sc: ScoringContext): { score: number; reasons: RawReason[] } {
  const reasons: RawReason[] = [];
  const shared = candidate.majors.filter((m) => base.majors.some((b) => (b.code && m.code && b.code === m.code) || b.name === m.name));
  if (shared.length) reasons.push(reason('SAME_MAJOR', WEIGHTS.SAME_MAJOR, 'listings.reason.sameMajor', { majors: [...new Set(shared.map((m) => m.name))].join('、') }));

  const sameDivisions = candidate.industries.filter((c) => c.length > 1 && base.industries.includes(c));
  if (sameDivisions.length) {
    reasons.push(reason('SAME_INDUSTRY', WEIGHTS.SAME_INDUSTRY, 'listings.reason.sameIndustry', { industries: sameDivisions.map((c) => industryName(c) ?? c).join('、') }));
  } else {
    const sections = new Set(base.industries.map(sectionOf));
    const s = candidate.industries.map(sectionOf).find((x) => sections.has(x));
    if (s) reasons.push(reason('SAME_INDUSTRY_SECTION', WEIGHTS.SAME_INDUSTRY_SECTION, 'listings.reason.sameIndustrySection', { section: industryName(s) ?? s }));
  }

  const [a, b] = [base.regionCode, candidate.regionCode];
  if (a === b && levelOf(a) === 'COUNTY') reasons.push(reason('SAME_COUNTY', WEIGHTS.SAME_COUNTY, 'listings.reason.sameCounty', { region: regionName(a) }));
  else if (a.slice(0, 4) === b.slice(0, 4) && levelOf(a) !== 'PROVINCE' && levelOf(b) !== 'PROVINCE') reasons.push(reason('SAME_CITY', WEIGHTS.SAME_CITY, 'listings.reason.sameCity', { region: regionName(`${a.slice(0, 4)}00`) }));
  else if (a.slice(0, 2) === b.slice(0, 2)) reasons.push(reason('SAME_PROVINCE', WEIGHTS.SAME_PROVINCE, 'listings.reason.sameProvince', { region: regionName(`${a.slice(0, 2)}0000`) }));

  const matches = sc.acceptedMatches(candidate.organizationId);
  if (matches > 0) reasons.push(reason('PAST_COOPERATION', Math.min(WEIGHTS.PAST_COOPERATION_MAX, matches * WEIGHTS.PAST_COOPERATION_EACH), 'listings.reason.pastCooperation', { org: candidate.organizationName, count: matches }));

  const wanted = base.kind.endsWith('_DEMAND') || base.kind.endsWith('_NEED') ? base.headcount : candidate.headcount;
  const offered = wanted === base.headcount ? candidate.headcount : base.headcount;
  if (wanted && offered) {
    const pts = offered >= wanted ? WEIGHTS.CAPACITY_FIT : offered * 2 >= wanted ? WEIGHTS.CAPACITY_FIT / 2 : 0;
    if (pts > 0) reasons.push(reason('CAPACITY_FIT', pts, 'listings.reason.capacityFit', { wanted, offered }));
  }

  if (base.periodFrom && base.periodTo && candidate.periodFrom && candidate.periodTo) {
    const from = base.periodFrom > candidate.periodFrom ? base.periodFrom : candidate.periodFrom;
    const to = base.periodTo < candidate.periodTo ? base.periodTo : candidate.periodTo;
    const overlap = daysBetween(from, to) + 1;
    const need = daysBetween(base.periodFrom, base.periodTo) + 1;
    if (overlap > 0) reasons.push(reason('PERIOD_FIT', Math.round((WEIGHTS.PERIOD_FIT * Math.min(overlap, need)) / need), 'listings.reason.periodFit', { from, to, days: overlap }));
  }

  const baseTerms = new Set(sc.termsOf(base));
  const common = [...new Set(sc.termsOf(candidate))].filter((t) => baseTerms.has(t) && [...t].length >= 2);
  if (common.length) reasons.push(reason('TEXT_SIMILARITY', Math.min(WEIGHTS.TEXT_MAX, common.length * WEIGHTS.TEXT_EACH), 'listings.reason.textSimilarity', { terms: common.slice(0, 5).join('、') }));

  return { score: Math.min(100, reasons.reduce((s, r) => s + r.points, 0)), reasons };
}

/**
 * The best counterpart listings of `base` among `candidates` (counterpart kind, OPEN, another organization,
 * score > 0), highest score first (ties: newest first, then id), at most `limit`; and the organizations behind
 * them, each with its best listing's score and reasons. Pure.
 */
export function recommend(base: ListingDto, candidates: readonly ListingDto[], sc: ScoringContext, limit: number): { listings: RecommendationDto[]; organizations: OrganizationRecommendationDto[] } {
  const want = COUNTERPART_KINDS[base.kind];
  const scored = candidates
    .filter((c) => c.kind === want && c.status === 'OPEN' && c.organizationId !== base.organizationId)
    .map((c) => ({ listing: c, ...scoreRaw(base, c, sc) }))
    .filter((r) => r.score > 0)
    .sort((x, y) => y.score - x.score || (y.listing.publishedAt ?? '').localeCompare(x.listing.publishedAt ?? '') || x.listing.id.localeCompare(y.listing.id));
  const orgs = new Map<string, { organizationId: string; organizationName: string; score: number; listingIds: string[]; reasons: RawReason[] }>();
  for (const r of scored) {
    const o = orgs.get(r.listing.organizationId);
    if (o) o.listingIds.push(r.listing.id);
    else orgs.set(r.listing.organizationId, { organizationId: r.listing.organizationId, organizationName: r.listing.organizationName, score: r.score, listingIds: [r.listing.id], reasons: r.reasons });
  }
  // Only what is shown is put in words (formatting every candidate's reasons would dominate at 100k listings).
  return {
    listings: scored.slice(0, limit).map((r) => ({ listing: r.listing, score: r.score, reasons: r.reasons.map(inWords) })),
    organizations: [...orgs.values()].slice(0, limit).map((o): OrganizationRecommendationDto => ({ ...o, reasons: o.reasons.map(inWords) })),
  };
}
