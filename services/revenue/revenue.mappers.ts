/** Stored documents → bus DTOs and event payloads (pure). */
import type { AgreementDoc, EventDoc } from './revenue.model.js';
import type {
  AgreementEventPayload,
  AgreementVersion,
  AgreementVersionDto,
  LedgerEventPayload,
  RevenueAgreementDto,
  RevenueEventDto,
  RevenuePolicy,
} from './revenue.contract.js';

/** A ledger event as the bus returns it (amounts in fen). */
export const toEventDto = (d: EventDoc): RevenueEventDto => ({
  id: String(d._id),
  agreementId: d.agreementId,
  agreementVersion: d.agreementVersion,
  allianceId: d.allianceId,
  kind: d.kind,
  receivedOn: d.receivedOn,
  externalReference: d.externalReference,
  grossFen: d.grossFen,
  deductions: (d.deductions ?? []).map((x) => ({ kind: x.kind, amountFen: x.amountFen, remainingFen: x.remainingFen })),
  netFen: d.netFen,
  allocations: (d.allocations ?? []).map((a) => ({
    organizationId: a.organizationId,
    beneficiary: a.beneficiary,
    amountFen: a.amountFen,
    inventors: (a.inventors ?? []).map((v) => ({ name: v.name, personId: v.personId ?? null, amountFen: v.amountFen })),
  })),
  reversesEventId: d.reversesEventId ?? null,
  reason: d.reason ?? null,
  recordedAt: (d.createdAt ?? new Date()).toISOString(),
  recordedBy: d.recordedBy,
});

/** A stored version as a plain object (no mongoose extras), ready to be written back whole. */
export const cleanVersion = (v: AgreementVersion): AgreementVersion => ({
  version: v.version,
  effectiveFrom: v.effectiveFrom,
  title: v.title,
  policyCode: v.policyCode,
  parties: v.parties.map((p) => ({
    organizationId: p.organizationId,
    orgKind: p.orgKind,
    shareBp: p.shareBp,
    teacherShareBp: p.teacherShareBp ?? null,
    inventors: (p.inventors ?? []).map((i) => ({ name: i.name, personId: i.personId ?? null, shareBp: i.shareBp })),
  })),
  deductionKinds: [...(v.deductionKinds ?? [])],
  recordedAt: v.recordedAt,
  recordedBy: v.recordedBy,
  note: v.note ?? null,
});

/** A policy code no longer in `policies` still shows as a policy (named by its code, no bounds). */
const unknownPolicy = (code: string): RevenuePolicy => ({ code, name: code, regionCode: '', minTeacherShareBp: 0, maxTeacherShareBp: 10_000 });

/** An agreement as of its latest version, every version with its policy resolved from `policies`. */
export function toAgreementDto(d: AgreementDoc, policies: ReadonlyMap<string, RevenuePolicy>): RevenueAgreementDto {
  const versions = (d.versions ?? []).map((raw) => {
    const { policyCode, ...rest } = cleanVersion(raw);
    return { ...rest, policy: policies.get(policyCode) ?? unknownPolicy(policyCode) } satisfies AgreementVersionDto;
  });
  const latest = versions[versions.length - 1];
  return {
    ...latest,
    id: String(d._id),
    allianceId: d.allianceId,
    projectId: d.projectId ?? null,
    outputIds: d.outputIds ?? [],
    ownerOrganizationId: d.ownerOrganizationId,
    ownerKind: d.ownerKind,
    versions,
    createdAt: (d.createdAt ?? new Date()).toISOString(),
  };
}

/** Payload of `revenue.agreementCreated` / `revenue.agreementAmended`. */
export const agreementPayload = (dto: RevenueAgreementDto, partyOrganizationIds: string[]): AgreementEventPayload => ({
  agreementId: dto.id,
  allianceId: dto.allianceId,
  version: dto.version,
  effectiveFrom: dto.effectiveFrom,
  partyOrganizationIds,
});

/** Payload of `revenue.recorded` / `revenue.reversed`. */
export const ledgerPayload = (e: RevenueEventDto): LedgerEventPayload => ({
  eventId: e.id,
  agreementId: e.agreementId,
  allianceId: e.allianceId,
  kind: e.kind,
  receivedOn: e.receivedOn,
  netFen: e.netFen,
  reversesEventId: e.reversesEventId,
  allocations: e.allocations.map((a) => ({ organizationId: a.organizationId, beneficiary: a.beneficiary, amountFen: a.amountFen })),
});
