/** Stored documents → bus DTOs and event payloads (pure). */
import type { AgreementDoc, EventDoc } from './revenue.model.js';
import type {
  AgreementEventPayload,
  AgreementVersion,
  AgreementVersionDto,
  LedgerEventPayload,
  PolicyVersion,
  RevenueAgreementDto,
  RevenueEventDto,
  RevenuePolicy,
} from './revenue.contract.js';
import type { StoredPolicy } from './policies.js';
import { policyVersionOn } from './revenue.rules.js';

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
  policyVersion: v.policyVersion ?? null,
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

/** Stands in for a date a policy without versions does not have (never expected: versions are never removed). */
const NO_DATE = '1970-01-01';

const cleanPolicyVersion = (v: PolicyVersion): PolicyVersion => ({
  version: v.version,
  validFrom: v.validFrom,
  validUntil: v.validUntil ?? null,
  minTeacherShareBp: v.minTeacherShareBp,
  maxTeacherShareBp: v.maxTeacherShareBp,
  source: v.source ?? null,
  note: v.note ?? null,
  recordedAt: v.recordedAt,
  recordedBy: v.recordedBy,
});

/** A policy as the bus returns it, showing `shown` (default: its latest version). */
export function toPolicyDto(p: StoredPolicy, shown?: PolicyVersion | null): RevenuePolicy {
  const versions = p.versions.map(cleanPolicyVersion);
  const v = shown ? cleanPolicyVersion(shown) : versions[versions.length - 1];
  return {
    code: p.code,
    name: p.name,
    regionCode: p.regionCode,
    version: v?.version ?? 0,
    validFrom: v?.validFrom ?? NO_DATE,
    validUntil: v?.validUntil ?? null,
    minTeacherShareBp: v?.minTeacherShareBp ?? 0,
    maxTeacherShareBp: v?.maxTeacherShareBp ?? 10_000,
    source: v?.source ?? null,
    versions,
    changes: p.changes.map((c) => ({ action: c.action, version: c.version, at: c.at, by: c.by, byOrganizationId: c.byOrganizationId ?? null, note: c.note ?? null })),
  };
}

/** A policy code no longer in `policies` still shows as a policy (named by its code, no bounds). */
const unknownPolicy = (code: string): RevenuePolicy => ({ code, name: code, regionCode: '', version: 0, validFrom: NO_DATE, validUntil: null, minTeacherShareBp: 0, maxTeacherShareBp: 10_000, source: null, versions: [], changes: [] });

/**
 * The policy an agreement version was checked against, at that policy version: the stored `policyVersion`, or for
 * versions stored before policies had versions the one in force on the agreement version's date.
 */
function appliedPolicy(all: ReadonlyMap<string, StoredPolicy>, v: AgreementVersion): RevenuePolicy {
  const p = all.get(v.policyCode);
  if (!p) return unknownPolicy(v.policyCode);
  const shown = (v.policyVersion ? p.versions.find((x) => x.version === v.policyVersion) : null) ?? policyVersionOn(p.versions, v.effectiveFrom);
  return toPolicyDto(p, shown);
}

/** An agreement as of its latest version, every version with the policy version it was checked against. */
export function toAgreementDto(d: AgreementDoc, policies: ReadonlyMap<string, StoredPolicy>): RevenueAgreementDto {
  const versions = (d.versions ?? []).map((raw) => {
    const clean = cleanVersion(raw);
    const { policyCode: _code, policyVersion: _version, ...rest } = clean;
    return { ...rest, policy: appliedPolicy(policies, clean) } satisfies AgreementVersionDto;
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
