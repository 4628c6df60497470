/** Stored documents → the contract's DTOs. */
import type { DisqualificationDto, OrganizationDto } from './organizations.contract.js';
import type { DisqualificationDoc, OrganizationDoc } from './organizations.model.js';

/** An organization document as its DTO (ids as strings, `createdAt` as an ISO timestamp). */
export const toOrganizationDto = (doc: OrganizationDoc): OrganizationDto => ({
  id: String(doc._id),
  name: doc.name,
  kind: doc.kind,
  schoolType: doc.schoolType ?? null,
  creditCode: doc.creditCode,
  regionCode: doc.regionCode,
  aboveDesignatedSize: doc.aboveDesignatedSize ?? null,
  scale: doc.scale ?? null,
  createdAt: (doc.createdAt ?? new Date()).toISOString(),
});

/** A disqualification document as its DTO. */
export const toDisqualificationDto = (d: DisqualificationDoc): DisqualificationDto => ({
  id: String(d._id),
  organizationId: String(d.organizationId),
  reason: d.reason,
  from: d.from,
  until: d.until,
  imposedByOrganizationId: d.imposedByOrganizationId ? String(d.imposedByOrganizationId) : null,
  imposedBy: d.imposedBy,
  liftedAt: d.liftedAt ? d.liftedAt.toISOString() : null,
  liftedOn: d.liftedOn ?? null,
  liftedBy: d.liftedBy ?? null,
  liftReason: d.liftReason ?? null,
  futureBookings: d.futureBookings ?? 'KEEP',
  cancelledBookingCount: d.cancelledBookingCount ?? null,
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});
