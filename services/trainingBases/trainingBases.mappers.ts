/** Stored documents → the contract's DTOs and event payloads. */
import type { BookingDto, BookingEventPayload, BookingSummary, CalendarFeedEvent, TrainingBaseDto, TrainingBaseEventPayload, UtilizationDto } from './trainingBases.contract.js';
import type { BookingDoc, TrainingBaseDoc } from './trainingBases.model.js';
import { visibleStatus } from './trainingBases.rules.js';
import type { Utilization } from './trainingBases.slots.js';

export { slotDto } from './trainingBases.slots.js';

/** A base as clients see it (closed dates sorted). */
export const toBaseDto = (d: TrainingBaseDoc): TrainingBaseDto => ({
  id: String(d._id),
  allianceId: String(d.allianceId),
  hostOrganizationId: String(d.hostOrganizationId),
  leadOrganizationId: String(d.leadOrganizationId),
  regionCode: d.regionCode,
  name: d.name,
  address: d.address ?? null,
  disciplines: d.disciplines ?? [],
  timeZone: d.timeZone,
  capacity: d.capacity,
  requiresApproval: d.requiresApproval,
  openingHours: (d.openingHours ?? []).map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes })),
  closedDates: [...(d.closedDates ?? [])].sort(),
  rules: { minMinutes: d.rules.minMinutes, maxMinutes: d.rules.maxMinutes, maxDaysAhead: d.rules.maxDaysAhead, monthlyStationHoursCap: d.rules.monthlyStationHoursCap ?? null },
  status: d.status,
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

/** A booking as clients see it at `now` (its status derived by `visibleStatus`). */
export const toBookingDto = (d: BookingDoc, now = Date.now()): BookingDto => ({
  id: String(d._id),
  baseId: String(d.baseId),
  allianceId: String(d.allianceId),
  organizationId: String(d.organizationId),
  start: d.start.toISOString(),
  end: d.end.toISOString(),
  headcount: d.headcount,
  purpose: d.purpose,
  status: visibleStatus(d.status, d.end.getTime(), now),
  seriesId: d.seriesId ?? null,
  requestedBy: d.requestedBy,
  decidedBy: d.decidedBy ?? null,
  decidedAt: d.decidedAt ?? null,
  reason: d.reason ?? null,
  imported: !!d.imported,
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

/** A utilization result with ISO bounds. */
export const utilizationDto = (u: Utilization): UtilizationDto => ({ ...u, from: new Date(u.from).toISOString(), to: new Date(u.to).toISOString() });

/** A booking in the way of a change (CONFLICT data.bookings). */
export const bookingSummary = (b: BookingDoc): BookingSummary => ({
  id: String(b._id),
  organizationId: String(b.organizationId),
  start: b.start.toISOString(),
  end: b.end.toISOString(),
  headcount: b.headcount,
  status: visibleStatus(b.status, b.end.getTime()),
});

/** A booking as a calendar feed event (`names`: organization id → name; the id when unknown). */
export const feedEvent = (d: BookingDoc, names: Map<string, string>, now: number): CalendarFeedEvent => ({
  id: String(d._id),
  start: d.start.toISOString(),
  end: d.end.toISOString(),
  status: visibleStatus(d.status, d.end.getTime(), now),
  purpose: d.purpose,
  headcount: d.headcount,
  organizationName: names.get(String(d.organizationId)) ?? String(d.organizationId),
  updatedAt: (d.updatedAt ?? d.createdAt ?? new Date(now)).toISOString(),
});

/** The payload of trainingBases.created / updated. */
export const baseEventPayload = (b: TrainingBaseDto): TrainingBaseEventPayload => ({ baseId: b.id, allianceId: b.allianceId, hostOrganizationId: b.hostOrganizationId });

/** The payload of the trainingBases.booking* events. */
export const bookingEventPayload = (b: BookingDoc): BookingEventPayload => ({
  bookingId: String(b._id),
  baseId: String(b.baseId),
  allianceId: String(b.allianceId),
  organizationId: String(b.organizationId),
  seriesId: b.seriesId ?? null,
  start: b.start.toISOString(),
  end: b.end.toISOString(),
  headcount: b.headcount,
  purpose: b.purpose,
  status: visibleStatus(b.status, b.end.getTime()),
  reason: b.reason ?? null,
});
