/** Stored documents → the contract's DTOs. */
import type { DisqualificationDto, OrganizationDto } from './organizations.contract.js';
import type { DisqualificationDoc, OrganizationDoc } from './organizations.model.js';
import { today } from '../../infra/dates.js';
import { designatedSizeYears, type OrganizationState } from './organizations.rules.js';

/** The year (platform time zone) a record was registered: the year of a registration-time 规模以上 status. */
const registeredYear = (doc: OrganizationDoc): number => Number(today(undefined, doc.createdAt ?? new Date()).slice(0, 4));

/** What the correction rules read of a stored organization. */
export const toOrganizationState = (doc: OrganizationDoc): OrganizationState => ({
  id: String(doc._id),
  name: doc.name,
  kind: doc.kind,
  schoolType: doc.schoolType ?? null,
  regionCode: doc.regionCode,
  aboveDesignatedSize: doc.aboveDesignatedSize ?? null,
  scale: doc.scale ?? null,
  history: doc.history ?? [],
  designatedSizeByYear: designatedSizeYears(doc.designatedSizeByYear, doc.aboveDesignatedSize ?? null, registeredYear(doc)),
});

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
  designatedSizeByYear: designatedSizeYears(doc.designatedSizeByYear, doc.aboveDesignatedSize ?? null, registeredYear(doc)),
  history: (doc.history ?? []).map((h) => ({
    field: h.field,
    effectiveDate: h.effectiveDate,
    year: h.year ?? null,
    old: h.old ?? {},
    new: h.new ?? {},
    reason: h.reason,
    at: h.at,
    by: h.by,
    byOrganizationId: h.byOrganizationId ?? null,
  })),
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
  kind: d.kind ?? 'GENERAL',
  sourceRef: d.sourceRef ?? null,
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});
