/** Stored documents → the DTOs on the bus (cooperation.contract.ts). */
import type { AgreementDto, AssessmentDto, AttendanceDto, ClaimDto, CohortDto, GraduateDto, PlacementDto, SubsidyPolicyDto } from './cooperation.contract.js';
import type { AgreementDoc, AssessmentDoc, AttendanceDoc, ClaimDoc, CohortDoc, ConfirmationDoc, GraduateDoc, PlacementDoc, PolicyDoc } from './cooperation.model.js';
import { agreementStatusOn, maskName, maskNumber } from './cooperation.rules.js';

/** The text's revision of an agreement, and the revision a confirmation is of (0 when stored before they were kept). */
export const textRevision = (d: { revision?: number | null }): number => d.revision ?? 0;

/** The DTO as of `day`; of `confirmations`, only those of the agreement's current text revision are listed. */
export const toAgreementDto = (d: AgreementDoc, confirmations: ConfirmationDoc[], day: string): AgreementDto => ({
  id: String(d._id),
  type: d.type,
  title: d.title,
  parties: [d.parties[0], d.parties[1]],
  partyRegionCodes: [d.partyRegionCodes[0], d.partyRegionCodes[1]],
  majors: (d.majors ?? []).map((m) => ({ code: m.code ?? null, name: m.name })),
  startOn: d.startOn ?? null,
  endOn: d.endOn ?? null,
  obligations: d.obligations ?? [],
  status: agreementStatusOn(d, day),
  revision: textRevision(d),
  confirmedBy: confirmations.filter((c) => textRevision(c) === textRevision(d)).map((c) => ({ organizationId: c.organizationId, at: c.at, by: c.by })),
  signedCopy: d.signedCopy ?? null,
  terminationReason: d.terminationReason ?? null,
  renewalOf: d.renewalOf ?? null,
  origin: d.origin ?? null,
  history: d.history ?? [],
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

export const toPlacementDto = (d: PlacementDoc, unmasked: boolean): PlacementDto => ({
  id: String(d._id),
  agreementId: d.agreementId,
  schoolOrganizationId: d.schoolOrganizationId,
  hostOrganizationId: d.hostOrganizationId,
  regionCode: d.regionCode,
  startOn: d.startOn,
  endOn: d.endOn,
  headcount: d.students.length,
  students: d.students.map((s) => (unmasked ? { ...s } : { ...s, name: maskName(s.name), studentNumber: maskNumber(s.studentNumber) })),
  monthlyPayFen: d.monthlyPayFen,
  insurance: d.insurance,
  mentor: d.mentor,
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

export const toAttendanceDto = (d: AttendanceDoc): AttendanceDto => ({
  id: String(d._id),
  placementId: d.placementId,
  month: d.month,
  attendedCount: d.attendedCount,
  confirmedAt: d.confirmedAt,
  confirmedBy: d.confirmedBy,
});

export const toCohortDto = (d: CohortDoc, unmasked: boolean): CohortDto => ({
  id: String(d._id),
  agreementId: d.agreementId,
  kind: d.kind,
  name: d.name,
  major: d.major,
  schoolOrganizationId: d.schoolOrganizationId,
  enterpriseOrganizationId: d.enterpriseOrganizationId,
  regionCode: d.regionCode,
  startOn: d.startOn,
  endOn: d.endOn,
  trainingHours: d.trainingHours,
  headcount: d.students.length,
  students: d.students.map((s) => (unmasked ? { ...s } : { ...s, name: maskName(s.name), studentNumber: maskNumber(s.studentNumber) })),
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

export const toGraduateDto = (d: GraduateDoc, unmasked: boolean): GraduateDto => ({
  id: String(d._id),
  schoolOrganizationId: d.schoolOrganizationId,
  employerOrganizationId: d.employerOrganizationId,
  studentNumber: unmasked ? d.studentNumber : maskNumber(d.studentNumber),
  name: unmasked ? d.name : maskName(d.name),
  major: d.major,
  graduationYear: d.graduationYear,
  startOn: d.startOn,
  pillarIndustry: d.pillarIndustry,
  local: d.local,
  retained: d.retained ?? null,
  retentionConfirmedAt: d.retentionConfirmedAt ?? null,
  regionCode: d.regionCode,
});

export const toPolicyDto = (d: PolicyDoc): SubsidyPolicyDto => ({
  id: String(d._id),
  regionCode: d.regionCode,
  kind: d.kind,
  name: d.name,
  validFrom: d.validFrom,
  validTo: d.validTo ?? null,
  parameters: d.parameters ?? {},
  source: d.source,
  funderOrganizationId: d.funderOrganizationId ?? null,
});

export const toAssessmentDto = (d: AssessmentDoc): AssessmentDto => ({
  id: String(d._id),
  organizationId: d.organizationId,
  policyKind: d.policyKind,
  regionCode: d.regionCode,
  qualified: d.qualified,
  note: d.note ?? null,
  assessedOn: d.assessedOn,
  assessedBy: d.assessedBy,
});

export const toClaimDto = (d: ClaimDoc): ClaimDto => ({
  id: String(d._id),
  policyId: d.policyId,
  policyKind: d.policyKind,
  regionCode: d.regionCode,
  claimantOrganizationId: d.claimantOrganizationId,
  periodFrom: d.periodFrom,
  periodTo: d.periodTo,
  status: d.status,
  requestedFen: d.requestedFen,
  awardedFen: d.awardedFen ?? null,
  evidence: d.evidence,
  submittedAt: d.submittedAt,
  submittedBy: d.submittedBy,
  decidedAt: d.decidedAt ?? null,
  decidedBy: d.decidedBy ?? null,
  decisionNote: d.decisionNote ?? null,
  purpose: d.purpose ?? null,
});
