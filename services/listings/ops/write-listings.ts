import type { Context } from 'moleculer';
import { Types } from 'mongoose';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { forbidden, notFound, problemError, raise } from '../../../infra/errors.js';
import { parseMoney } from '../../../infra/money.js';
import { canonicalRegion, isRegionProblem } from '../../../infra/regions.js';
import { revise } from '../../../infra/revise.js';
import type { CreateListingParams, ListingDto, ListingStatus, UpdateListingParams } from '../listings.contract.js';
import { toListingDto } from '../listings.mappers.js';
import { expiredFilter, type ListingDoc } from '../listings.model.js';
import { editProblem, listingFieldsProblem, transitionProblem } from '../listings.rules.js';
import type { ListingDeps } from './deps.js';
import { announce } from './index-sync.js';
import { organizationOr404 } from './organizations.js';
import { notifySubscribers } from './subscriptions.js';

const fen = (v: string | null | undefined, field: string): number | null => (v === undefined || v === null || v === '' ? null : parseMoney(v, { field }));

function region(code: string): string {
  const r = canonicalRegion(code);
  if (isRegionProblem(r)) throw problemError(r);
  return r.code;
}

/**
 * Creates a listing for `organizationId` (its admins; FORBIDDEN otherwise), DRAFT or — by default — OPEN at once.
 * Checks: organization exists (NOT_FOUND), region is a current GB/T 2260 code (BAD_USER_INPUT rule REGION_*), the
 * listing's fields (rules `listingFieldsProblem`: VALIDITY, UNKNOWN_INDUSTRY, PAY_RANGE, PERIOD). A published
 * listing is indexed here at once, broadcast to the other replicas, and checked against saved searches.
 */
export async function createListing(d: ListingDeps, ctx: Context<CreateListingParams, CallMeta>): Promise<ListingDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  if (!adminOf(actor, p.organizationId)) throw forbidden("Only the organization's admins may publish its listings.");
  const today = d.today();
  const fields = {
    title: p.title,
    description: p.description,
    regionCode: region(p.regionCode),
    industries: [...new Set(p.industries ?? [])],
    majors: (p.majors ?? []).map((m) => ({ code: m.code ?? null, name: m.name })),
    headcount: p.headcount ?? null,
    periodFrom: p.periodFrom ?? null,
    periodTo: p.periodTo ?? null,
    payMinFen: fen(p.payMin, 'payMin'),
    payMaxFen: fen(p.payMax, 'payMax'),
    budgetFen: fen(p.budget, 'budget'),
    place: p.place ?? null,
    openToNonMembers: p.openToNonMembers ?? true,
    validFrom: p.validFrom ?? today,
    validTo: p.validTo,
  };
  raise(listingFieldsProblem(fields, today));
  const org = await organizationOr404(ctx, p.organizationId);
  const publish = p.publish ?? true;
  const doc = await d.models.Listing.create({
    ...fields,
    kind: p.kind,
    organizationId: org.id,
    organizationName: org.name,
    organizationKind: org.kind,
    status: publish ? 'OPEN' : 'DRAFT',
    publishedAt: publish ? new Date() : null,
    matchedInterestId: null,
    rev: 1,
    createdBy: actor.id,
  });
  const dto = toListingDto(doc.toObject() as ListingDoc, today);
  if (publish) await published(d, ctx, dto);
  return dto;
}

async function published(d: ListingDeps, ctx: Context<unknown, CallMeta>, dto: ListingDto): Promise<void> {
  announce(d, dto);
  await notifySubscribers(d, ctx, dto);
}

/** Loads a listing and checks the caller administers its organization (NOT_FOUND, FORBIDDEN). */
async function ownListing(d: ListingDeps, ctx: Context<unknown, CallMeta>, id: string): Promise<ListingDoc> {
  const doc = await d.models.Listing.findById(id).lean<ListingDoc>();
  if (!doc) throw notFound('Listing', id);
  if (!adminOf(actorOf(ctx), doc.organizationId)) throw forbidden("Only the organization's admins may change its listings.");
  return doc;
}

/** One revision of a listing (infra/revise.ts: a claim per revision, then compare-and-set on `rev`). */
export async function reviseListing(d: ListingDeps, id: string, compute: (doc: ListingDoc) => Record<string, unknown>): Promise<ListingDto> {
  const { doc } = await revise<ListingDoc>({
    model: d.models.Listing,
    claims: d.models.Claim,
    kind: 'listing',
    load: async () => {
      const x = await d.models.Listing.findById(id).lean<ListingDoc>();
      if (!x) throw notFound('Listing', id);
      return x;
    },
    compute: (x) => ({ set: compute(x) }),
  });
  return toListingDto(doc, d.today());
}

/** Changes a DRAFT or OPEN listing's fields (owner). Re-checks the fields as a whole. */
export async function updateListing(d: ListingDeps, ctx: Context<UpdateListingParams, CallMeta>): Promise<ListingDto> {
  const { listingId, ...p } = ctx.params;
  await ownListing(d, ctx, listingId);
  const today = d.today();
  const set: Record<string, unknown> = {};
  for (const k of ['title', 'description', 'headcount', 'periodFrom', 'periodTo', 'place', 'openToNonMembers', 'validFrom', 'validTo'] as const) if (p[k] !== undefined) set[k] = p[k];
  if (p.regionCode !== undefined) set.regionCode = region(p.regionCode);
  if (p.industries !== undefined) set.industries = [...new Set(p.industries ?? [])];
  if (p.majors !== undefined) set.majors = (p.majors ?? []).map((m) => ({ code: m.code ?? null, name: m.name }));
  if (p.payMin !== undefined) set.payMinFen = fen(p.payMin, 'payMin');
  if (p.payMax !== undefined) set.payMaxFen = fen(p.payMax, 'payMax');
  if (p.budget !== undefined) set.budgetFen = fen(p.budget, 'budget');
  const dto = await reviseListing(d, listingId, (doc) => {
    raise(editProblem(toListingDto(doc, today).status));
    const merged = { ...doc, ...set } as ListingDoc;
    raise(listingFieldsProblem({ industries: merged.industries, validFrom: merged.validFrom, validTo: merged.validTo, payMinFen: merged.payMinFen, payMaxFen: merged.payMaxFen, periodFrom: merged.periodFrom, periodTo: merged.periodTo }, today));
    return set;
  });
  if (dto.status === 'OPEN') announce(d, dto);
  return dto;
}

/** Moves a listing to `to` (the life cycle of listings.rules.ts `transitionProblem`; owner). */
export async function setListingStatus(d: ListingDeps, ctx: Context<{ listingId: string }, CallMeta>, to: ListingStatus): Promise<ListingDto> {
  await ownListing(d, ctx, ctx.params.listingId);
  const today = d.today();
  const dto = await reviseListing(d, ctx.params.listingId, (doc) => {
    raise(transitionProblem(toListingDto(doc, today).status, to));
    if (to === 'OPEN') raise(listingFieldsProblem({ ...doc }, today));
    return { status: to, ...(to === 'OPEN' ? { publishedAt: new Date() } : {}) };
  });
  if (to === 'OPEN') await published(d, ctx, dto);
  else announce(d, dto);
  return dto;
}

/**
 * Stores EXPIRED on OPEN listings past `validTo` (reads already say EXPIRED; this makes it durable and removes them
 * from every replica's index). Each listing through `reviseListing`, so a concurrent match or close wins cleanly.
 */
export async function sweepExpired(d: ListingDeps): Promise<number> {
  const today = d.today();
  const ids = await d.models.Listing.find(expiredFilter(today)).select({ _id: 1 }).limit(5_000).lean<{ _id: Types.ObjectId }[]>();
  let n = 0;
  for (const { _id } of ids) {
    try {
      const dto = await reviseListing(d, String(_id), (doc) => {
        if (doc.status !== 'OPEN' || doc.validTo >= today) throw new Error('no longer expiring');
        return { status: 'EXPIRED' };
      });
      announce(d, dto);
      n++;
    } catch {
      // changed meanwhile (matched, closed, extended): nothing to expire
    }
  }
  return n;
}
