import type { EventDto, RegistrationDto } from './matchmaking.contract.js';
import type { EventDoc, RegistrationDoc } from './matchmaking.model.js';

export const toEventDto = (d: EventDoc, registered: number): EventDto => ({
  id: String(d._id),
  kind: d.kind,
  title: d.title,
  theme: d.theme,
  organizerOrganizationId: d.organizerOrganizationId,
  allianceId: d.allianceId ?? null,
  date: d.date,
  startTime: d.startTime ?? null,
  mode: d.mode,
  place: d.place,
  regionCode: d.regionCode,
  industries: d.industries ?? [],
  registrationMode: d.registrationMode,
  capacity: d.capacity,
  registered,
  registrationClosesOn: d.registrationClosesOn,
  status: d.status,
  outcomes: (d.outcomes ?? []).map((o) => ({ kind: o.kind, id: o.id, organizationIds: o.organizationIds ?? [], recordedAt: o.recordedAt })),
  rev: d.rev ?? 0,
  createdAt: new Date(d.createdAt).toISOString(),
});

export const toRegistrationDto = (d: RegistrationDoc): RegistrationDto => ({
  id: String(d._id),
  eventId: d.eventId,
  organizationId: d.organizationId,
  organizationName: d.organizationName,
  organizationKind: d.organizationKind,
  status: d.status,
  seatNo: d.seatNo ?? null,
  attended: d.attended ?? false,
  representatives: d.representatives ?? 0,
  registeredAt: d.registeredAt ? new Date(d.registeredAt).toISOString() : null,
});
