/** Stored documents → DTOs on the bus (listings.contract.ts). */
import type { InterestDto, ListingDto, SubscriptionDto } from './listings.contract.js';
import type { InterestDoc, ListingDoc, SubscriptionDoc } from './listings.model.js';
import { effectiveStatus } from './listings.rules.js';

const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

/** A listing as read on `today`: an OPEN listing past its validity reads EXPIRED. */
export const toListingDto = (d: ListingDoc, today: string): ListingDto => ({
  id: String(d._id),
  kind: d.kind,
  organizationId: d.organizationId,
  organizationName: d.organizationName,
  organizationKind: d.organizationKind,
  title: d.title,
  description: d.description,
  regionCode: d.regionCode,
  industries: d.industries ?? [],
  majors: (d.majors ?? []).map((m) => ({ code: m.code ?? null, name: m.name })),
  headcount: d.headcount ?? null,
  periodFrom: d.periodFrom ?? null,
  periodTo: d.periodTo ?? null,
  payMinFen: d.payMinFen ?? null,
  payMaxFen: d.payMaxFen ?? null,
  budgetFen: d.budgetFen ?? null,
  place: d.place ?? null,
  openToNonMembers: d.openToNonMembers ?? true,
  validFrom: d.validFrom,
  validTo: d.validTo,
  status: effectiveStatus(d.status, d.validTo, today),
  matchedInterestId: d.matchedInterestId ?? null,
  rev: d.rev ?? 0,
  publishedAt: iso(d.publishedAt),
  createdAt: iso(d.createdAt)!,
  updatedAt: iso(d.updatedAt)!,
});

export const toInterestDto = (d: InterestDoc): InterestDto => ({
  id: String(d._id),
  listingId: d.listingId,
  listingOwnerOrganizationId: d.listingOwnerOrganizationId,
  organizationId: d.organizationId,
  organizationName: d.organizationName,
  message: d.message,
  ownListingId: d.ownListingId ?? null,
  status: d.status,
  decidedAt: d.decidedAt ?? null,
  decidedBy: d.decidedBy ?? null,
  decisionNote: d.decisionNote ?? null,
  conversion: d.conversion ? { kind: d.conversion.kind, id: d.conversion.id, at: d.conversion.at, by: d.conversion.by } : null,
  createdAt: iso(d.createdAt)!,
});

export const toSubscriptionDto = (d: SubscriptionDoc): SubscriptionDto => ({
  id: String(d._id),
  organizationId: d.organizationId,
  name: d.name,
  filter: d.filter,
  active: d.active,
  createdAt: iso(d.createdAt)!,
});
