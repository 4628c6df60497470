import type { Context } from 'moleculer';
import { actorOf, isPlatformAdmin, type Actor, type CallMeta } from '../../../infra/auth.js';
import { forbidden, notFound, unauthenticated } from '../../../infra/errors.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../../infra/pagination.js';
import type { ListingDto, RecommendationsDto, RecommendParams, SearchListingsParams, SearchResultDto } from '../listings.contract.js';
import { toListingDto } from '../listings.mappers.js';
import type { InterestDoc, ListingDoc } from '../listings.model.js';
import { recommend } from '../listings.rules.js';
import type { ListingDeps } from './deps.js';

/** Drafts are seen by their organization only; every other status by any signed-in caller. */
const canRead = (a: Actor, l: { status: string; organizationId: string }) => l.status !== 'DRAFT' || a.system || isPlatformAdmin(a) || a.org === l.organizationId;

export async function getListing(d: ListingDeps, ctx: Context<{ id: string }, CallMeta>): Promise<ListingDto | null> {
  const doc = await d.models.Listing.findById(ctx.params.id).lean<ListingDoc>();
  if (!doc) return null;
  if (!canRead(actorOf(ctx), doc)) throw forbidden('A draft is visible to its organization only.');
  return toListingDto(doc, d.today());
}

export async function getListings(d: ListingDeps, ctx: Context<{ ids: string[] }, CallMeta>): Promise<(ListingDto | null)[]> {
  const a = actorOf(ctx);
  const rows = await d.models.Listing.find({ _id: { $in: ctx.params.ids } }).lean<ListingDoc[]>();
  const today = d.today();
  const by = new Map(rows.filter((r) => canRead(a, r)).map((r) => [String(r._id), toListingDto(r, today)]));
  return ctx.params.ids.map((id) => by.get(id) ?? null);
}

/** An organization's listings, any status, newest first (its members; platform admins any). */
export async function myListings(d: ListingDeps, ctx: Context<{ organizationId?: string | null; first?: number | null; after?: string | null }, CallMeta>): Promise<Page<ListingDto>> {
  const a = actorOf(ctx);
  const org = ctx.params.organizationId ?? a.org;
  if (!org) throw unauthenticated('Sign in as an organization.');
  if (org !== a.org && !a.system && !isPlatformAdmin(a)) throw forbidden("Only the organization's members see all its listings.");
  const limit = pageSize(ctx.params.first);
  const after = decodeCursor(ctx.params.after);
  const rows = await d.models.Listing.find({ organizationId: org, ...(after ? { _id: { $lt: after } } : {}) })
    .sort({ _id: -1 })
    .limit(limit + 1)
    .lean<ListingDoc[]>();
  const today = d.today();
  return toPage(rows.map((r) => toListingDto(r, today)), limit, (l) => l.id);
}

/** Search over this replica's index (listings.search.ts). Any signed-in caller. */
export function searchListings(d: ListingDeps, ctx: Context<SearchListingsParams, CallMeta>): SearchResultDto {
  actorOf(ctx);
  const { matchMode: _m, ...result } = d.index.search(ctx.params, d.today());
  return result;
}

/** Accepted matches per organization on the platform (either side of the match). */
export async function acceptedMatchCounts(d: ListingDeps, organizationIds?: readonly string[]): Promise<Map<string, number>> {
  const filter: Record<string, unknown> = { status: 'ACCEPTED' };
  if (organizationIds) filter.$or = [{ organizationId: { $in: organizationIds } }, { listingOwnerOrganizationId: { $in: organizationIds } }];
  const rows = await d.models.Interest.find(filter).select({ organizationId: 1, listingOwnerOrganizationId: 1 }).lean<Pick<InterestDoc, 'organizationId' | 'listingOwnerOrganizationId'>[]>();
  const m = new Map<string, number>();
  for (const r of rows) for (const o of [r.organizationId, r.listingOwnerOrganizationId]) m.set(o, (m.get(o) ?? 0) + 1);
  return m;
}

/**
 * Recommendations for a listing the caller may read: counterpart listings in this replica's index scored by the
 * pure `recommend` (listings.rules.ts), with the platform's accepted matches per organization.
 */
export async function recommendFor(d: ListingDeps, ctx: Context<RecommendParams, CallMeta>): Promise<RecommendationsDto> {
  const doc = await d.models.Listing.findById(ctx.params.listingId).lean<ListingDoc>();
  if (!doc) throw notFound('Listing', ctx.params.listingId);
  if (!canRead(actorOf(ctx), doc)) throw forbidden('A draft is visible to its organization only.');
  const base = toListingDto(doc, d.today());
  return recommendFromIndex(d, base, ctx.params.first ?? 10);
}

export async function recommendFromIndex(d: ListingDeps, base: ListingDto, limit: number): Promise<RecommendationsDto> {
  const counts = await acceptedMatchCounts(d);
  const r = recommend(base, [...d.index.all()], { termsOf: d.index.termsOf, acceptedMatches: (o) => counts.get(o) ?? 0 }, limit);
  return { listingId: base.id, ...r };
}
