/** Stored documents → the contract's DTOs and event payloads. */
import type { AllianceDto, LeadChange, MembershipDto, MembershipEventPayload } from './alliances.contract.js';
import type { AllianceDoc, MembershipDoc } from './alliances.model.js';

/** An alliance document as its DTO (ids as strings, `createdAt` as an ISO timestamp). */
export const toAllianceDto = (d: AllianceDoc): AllianceDto => ({
  id: String(d._id),
  name: d.name,
  regionCode: d.regionCode,
  industries: d.industries ?? [],
  status: d.status,
  leadOrganizationId: String(d.leadOrganizationId),
  foundedOn: d.foundedOn,
  statusHistory: (d.statusHistory ?? []).map((s) => ({ status: s.status, from: s.from, recordedAt: s.recordedAt, by: s.by })),
  createdAt: (d.createdAt ?? new Date()).toISOString(),
  leadHistory: leadHistoryOf(d),
});

/** The stored lead history, or for an alliance whose founding lead still leads, that one entry (from `foundedOn`). */
export const leadHistoryOf = (d: AllianceDoc): LeadChange[] =>
  d.leadHistory?.length
    ? d.leadHistory.map((h) => ({ organizationId: h.organizationId, from: h.from, recordedAt: h.recordedAt, by: h.by, reason: h.reason ?? null }))
    : [{ organizationId: String(d.leadOrganizationId), from: d.foundedOn, recordedAt: (d.createdAt ?? new Date()).toISOString(), by: d.createdBy, reason: null }];

/** A membership document as its DTO. */
export const toMembershipDto = (d: MembershipDoc): MembershipDto => ({
  id: String(d._id),
  allianceId: String(d.allianceId),
  organizationId: String(d.organizationId),
  orgKind: d.orgKind,
  schoolType: d.schoolType ?? null,
  role: d.role,
  status: d.status,
  initiatedBy: d.initiatedBy,
  joinedAt: d.joinedAt ?? null,
  endedAt: d.endedAt ?? null,
  history: (d.history ?? []).map((h) => ({ at: h.at, by: h.by, action: h.action, effectiveDate: h.effectiveDate ?? null, reason: h.reason ?? null })),
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

/** The payload of every membership event. */
export const toMembershipEvent = (m: MembershipDoc): MembershipEventPayload => ({
  membershipId: String(m._id),
  allianceId: String(m.allianceId),
  organizationId: String(m.organizationId),
  orgKind: m.orgKind,
  schoolType: m.schoolType ?? null,
  status: m.status,
  joinedAt: m.joinedAt ?? null,
  endedAt: m.endedAt ?? null,
});
