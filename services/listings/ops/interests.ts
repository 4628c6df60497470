/**
 * Expressions of interest: an organization answers a listing, the owner accepts or declines (one decision, even
 * under concurrency), and an accepted match becomes an agreement draft, a project or a booking request in one step.
 */
import type { Context } from 'moleculer';
import { actorOf, isPlatformAdmin, type CallMeta } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { userCaller } from '../../../infra/caller.js';
import { claim } from '../../../infra/claims.js';
import { conflict, forbidden, isDuplicateKey, notFound, raise, unauthenticated } from '../../../infra/errors.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../../infra/pagination.js';
import {
  ListingEvent,
  ListingReason,
  type AgreementType,
  type ConvertMatchParams,
  type DecideInterestParams,
  type ExpressInterestParams,
  type InterestDto,
  type InterestEventPayload,
  type InterestsParams,
  type ListingDto,
  type ListingKind,
} from '../listings.contract.js';
import { toInterestDto, toListingDto } from '../listings.mappers.js';
import { interestOpenKey, type InterestDoc, type ListingDoc } from '../listings.model.js';
import { conversionProblem, decisionProblem, interestProblem, missingConversionInput, transitionProblem } from '../listings.rules.js';
import type { ListingDeps } from './deps.js';
import { announce, } from './index-sync.js';
import { organizationOr404 } from './organizations.js';
import { reviseListing } from './write-listings.js';

const emit = (ctx: Context<unknown, CallMeta>, event: string, i: InterestDto) =>
  ctx.emit(event, { interestId: i.id, listingId: i.listingId, organizationId: i.organizationId, listingOwnerOrganizationId: i.listingOwnerOrganizationId, status: i.status, conversion: i.conversion } satisfies InterestEventPayload);

async function listingOr404(d: ListingDeps, id: string): Promise<ListingDoc> {
  const doc = await d.models.Listing.findById(id).lean<ListingDoc>();
  if (!doc) throw notFound('Listing', id);
  return doc;
}
async function interestOr404(d: ListingDeps, id: string): Promise<InterestDoc> {
  const doc = await d.models.Interest.findById(id).lean<InterestDoc>();
  if (!doc) throw notFound('Interest', id);
  return doc;
}

/**
 * `organizationId` (its admins) answers an OPEN listing of another organization. One live interest per organization
 * and listing (a unique key; CONFLICT ALREADY_INTERESTED with `interestId`). Errors: FORBIDDEN, NOT_FOUND,
 * FAILED_PRECONDITION NOT_OPEN, BAD_USER_INPUT OWN_LISTING.
 */
export async function expressInterest(d: ListingDeps, ctx: Context<ExpressInterestParams, CallMeta>): Promise<InterestDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  if (!adminOf(actor, p.organizationId)) throw forbidden("Only the organization's admins may express its interest.");
  const listing = toListingDto(await listingOr404(d, p.listingId), d.today());
  raise(interestProblem(listing, p.organizationId));
  const org = await organizationOr404(ctx, p.organizationId);
  try {
    const doc = await d.models.Interest.create({
      listingId: listing.id,
      listingOwnerOrganizationId: listing.organizationId,
      organizationId: org.id,
      organizationName: org.name,
      message: p.message,
      ownListingId: p.ownListingId ?? null,
      status: 'PENDING',
      openKey: interestOpenKey(listing.id, org.id),
      decidedAt: null,
      decidedBy: null,
      decisionNote: null,
      conversion: null,
      createdBy: actor.id,
    });
    const dto = toInterestDto(doc.toObject() as InterestDoc);
    emit(ctx, ListingEvent.interestExpressed, dto);
    return dto;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const held = await d.models.Interest.findOne({ openKey: interestOpenKey(listing.id, org.id) }).lean<InterestDoc>();
    throw conflict('Your organization already expressed interest in this listing.', { reason: ListingReason.ALREADY_INTERESTED, interestId: held ? String(held._id) : null, i18n: { key: 'listings.alreadyInterested', params: {} } });
  }
}

/**
 * The listing's owner (its admins) accepts or declines a PENDING interest. Exactly one decision wins, whichever
 * replica serves it: the decision claims `interest:<id>:decided`; the loser gets CONFLICT ALREADY_DECIDED. Accepting
 * moves the listing OPEN → MATCHED in the same step (a listing is matched once: a second acceptance on another
 * interest finds it MATCHED, FAILED_PRECONDITION NOT_OPEN, and its claim is given back).
 */
export async function decideInterest(d: ListingDeps, ctx: Context<DecideInterestParams, CallMeta>): Promise<InterestDto> {
  const actor = actorOf(ctx);
  const { interestId, accept, note } = ctx.params;
  const interest = await interestOr404(d, interestId);
  if (!adminOf(actor, interest.listingOwnerOrganizationId)) throw forbidden("Only the listing owner's admins decide on interests.");
  const listing = toListingDto(await listingOr404(d, interest.listingId), d.today());
  raise(decisionProblem(interest.status, listing.status, accept));
  const key = `interest:${interestId}:decided`;
  const won = await claim(d.models.Claim, key, { stillPending: async () => (await d.models.Interest.countDocuments({ _id: interest._id, status: 'PENDING' })) === 1 });
  if (!won) {
    const now = await interestOr404(d, interestId);
    raise(decisionProblem(now.status === 'PENDING' ? 'ACCEPTED' : now.status, listing.status, accept));
  }
  let matched: ListingDto | null = null;
  if (accept) {
    try {
      matched = await reviseListing(d, interest.listingId, (doc) => {
        raise(transitionProblem(toListingDto(doc, d.today()).status, 'MATCHED'));
        return { status: 'MATCHED', matchedInterestId: interestId };
      });
    } catch (err) {
      await d.models.Claim.deleteOne({ _id: key });
      throw err;
    }
  }
  const status = accept ? 'ACCEPTED' : 'DECLINED';
  const after = await d.models.Interest.findOneAndUpdate(
    { _id: interest._id, status: 'PENDING' },
    { $set: { status, decidedAt: new Date().toISOString(), decidedBy: actor.id, decisionNote: note ?? null, ...(accept ? {} : { openKey: `closed:${interestId}` }) } },
    { returnDocument: 'after' },
  ).lean<InterestDoc>();
  if (!after) throw conflict('The interest was decided meanwhile.', { reason: ListingReason.ALREADY_DECIDED });
  if (matched) announce(d, matched);
  const dto = toInterestDto(after);
  emit(ctx, ListingEvent.interestDecided, dto);
  return dto;
}

/** The interested organization (its admins) withdraws a PENDING interest (CONFLICT ALREADY_DECIDED otherwise). */
export async function withdrawInterest(d: ListingDeps, ctx: Context<{ interestId: string }, CallMeta>): Promise<InterestDto> {
  const interest = await interestOr404(d, ctx.params.interestId);
  if (!adminOf(actorOf(ctx), interest.organizationId)) throw forbidden("Only the interested organization's admins may withdraw it.");
  const key = `interest:${ctx.params.interestId}:decided`;
  const won = interest.status === 'PENDING' && (await claim(d.models.Claim, key, { stillPending: async () => false }));
  if (!won) raise(decisionProblem(interest.status === 'PENDING' ? 'ACCEPTED' : interest.status, 'OPEN', false));
  const after = await d.models.Interest.findOneAndUpdate({ _id: interest._id, status: 'PENDING' }, { $set: { status: 'WITHDRAWN', openKey: `closed:${ctx.params.interestId}` } }, { returnDocument: 'after' }).lean<InterestDoc>();
  return toInterestDto(after!);
}

/** The agreement type a match suggests by the listing's kind (the caller may name another). */
export function defaultAgreementType(kind: ListingKind): AgreementType {
  if (kind === 'TALENT_DEMAND' || kind === 'TALENT_SUPPLY') return 'INTERNSHIP_BASE';
  if (kind === 'TECH_NEED' || kind === 'TECH_OFFER') return 'TECHNICAL_SERVICE';
  return 'OTHER';
}

/**
 * Converts an ACCEPTED match, once (claim `interest:<id>:converted`; CONFLICT ALREADY_CONVERTED), as the user of one
 * of the two parties (their admins), into:
 * - AGREEMENT: `cooperation.createAgreementDraft` { counterpartOrganizationId: the other party, type, title, majors,
 *   origin: { kind: 'LISTING_MATCH', id: interestId } } — the agreement points back at the match;
 * - PROJECT: `projects.create` in `allianceId`, the caller's organization LEAD and the other PARTNER;
 * - BOOKING: `trainingBases.book` of `baseId` from `start` to `end` for `headcount` (purpose TRAINING).
 * The id is kept on the interest (`conversion`), the interest on the listing (`matchedInterestId`): both ways.
 * A refusal of the called service is passed through unchanged and nothing is recorded (the claim is given back).
 */
export async function convertMatch(d: ListingDeps, ctx: Context<ConvertMatchParams, CallMeta>): Promise<InterestDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const interest = await interestOr404(d, p.interestId);
  const parties = [interest.listingOwnerOrganizationId, interest.organizationId];
  const mine = parties.find((o) => adminOf(actor, o) && (actor.org === o || actor.system || isPlatformAdmin(actor)));
  if (!mine) throw forbidden("Only the admins of the match's two organizations may convert it.");
  const other = mine === parties[0] ? parties[1] : parties[0];
  raise(conversionProblem(interest.status, interest.conversion ?? null));
  const listing = toListingDto(await listingOr404(d, interest.listingId), d.today());
  const title = p.title ?? listing.title;
  const call = userCaller(ctx);
  const key = `interest:${p.interestId}:converted`;
  if (p.kind === 'PROJECT' && !p.allianceId) raise(missingConversionInput('allianceId'));
  if (p.kind === 'BOOKING') for (const f of ['baseId', 'start', 'end', 'headcount'] as const) if (!p[f]) raise(missingConversionInput(f));
  const won = await claim(d.models.Claim, key, { stillPending: async () => (await d.models.Interest.countDocuments({ _id: interest._id, conversion: null })) === 1 });
  if (!won) {
    const now = await interestOr404(d, p.interestId);
    raise(conversionProblem('ACCEPTED', now.conversion ?? { kind: p.kind, id: 'pending', at: '', by: '' }));
  }
  let id: string;
  try {
    if (p.kind === 'AGREEMENT') {
      const agreement = await call<{ id: string }>('cooperation.createAgreementDraft', {
        counterpartOrganizationId: other,
        type: p.agreementType ?? defaultAgreementType(listing.kind),
        title,
        majors: listing.majors.map((m) => (m.code ? { code: m.code, name: m.name } : { name: m.name })),
        origin: { kind: 'LISTING_MATCH', id: p.interestId },
      });
      id = agreement.id;
    } else if (p.kind === 'PROJECT') {
      const project = await call<{ id: string }>('projects.create', {
        allianceId: p.allianceId,
        title,
        participants: [
          { organizationId: mine, role: 'LEAD' },
          { organizationId: other, role: 'PARTNER' },
        ],
      });
      id = project.id;
    } else {
      const booking = await call<{ id: string } | { id: string }[]>('trainingBases.book', {
        baseId: p.baseId,
        organizationId: mine,
        start: p.start,
        end: p.end,
        headcount: p.headcount,
        purpose: 'TRAINING',
        idempotencyKey: `listing-match-${p.interestId}`,
      });
      id = Array.isArray(booking) ? booking[0].id : booking.id;
    }
  } catch (err) {
    await d.models.Claim.deleteOne({ _id: key });
    throw err;
  }
  const conversion = { kind: p.kind, id, at: new Date().toISOString(), by: actor.id };
  const after = await d.models.Interest.findOneAndUpdate({ _id: interest._id }, { $set: { conversion } }, { returnDocument: 'after' }).lean<InterestDoc>();
  const dto = toInterestDto(after!);
  emit(ctx, ListingEvent.matchConverted, dto);
  return dto;
}

/** Interests in a listing (its owner's members) or, without `listingId`, those the caller's organization made; in id order. */
export async function listInterests(d: ListingDeps, ctx: Context<InterestsParams, CallMeta>): Promise<Page<InterestDto>> {
  const a = actorOf(ctx);
  const limit = pageSize(ctx.params.first);
  const after = decodeCursor(ctx.params.after);
  let filter: Record<string, unknown>;
  if (ctx.params.listingId) {
    const listing = await listingOr404(d, ctx.params.listingId);
    if (a.org !== listing.organizationId && !a.system && !isPlatformAdmin(a)) throw forbidden("Only the listing's organization sees the interests in it.");
    filter = { listingId: ctx.params.listingId };
  } else {
    if (!a.org) throw unauthenticated('Sign in as an organization.');
    filter = { organizationId: a.org };
  }
  const rows = await d.models.Interest.find({ ...filter, ...(after ? { _id: { $gt: after } } : {}) })
    .sort({ _id: 1 })
    .limit(limit + 1)
    .lean<InterestDoc[]>();
  return toPage(rows.map(toInterestDto), limit, (i) => i.id);
}
