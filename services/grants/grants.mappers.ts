/** Documents → contract DTOs, and the one projection of a program the eligibility rules read. */
import type { DisqualificationDto } from '../organizations/organizations.contract.js';
import type { AuditEntryDto, AwardDto, EligibilityReport, EvidencePageDto, GrantApplicationDto, GrantProgramDto, ProgramTerms } from './grants.contract.js';
import type { AuditEntryDoc, AwardDoc, GrantApplicationDoc, GrantProgramDoc } from './grants.model.js';
import { describeCriterion, type DisqualificationRecord, type ProgramForEvaluation } from './grants.rules.js';

/** A program as the gateway and other services see it (criteria described in words). */
export const toProgramDto = (d: GrantProgramDoc): GrantProgramDto => ({
  id: String(d._id),
  code: d.code,
  name: d.name,
  funderOrganizationId: String(d.funderOrganizationId),
  regionCode: d.regionCode,
  opensOn: d.opensOn ?? null,
  closesOn: d.closesOn ?? null,
  awardAmountFen: d.awardAmountFen,
  currency: d.currency,
  criteria: d.criteria.map((c) => ({ kind: c.kind, threshold: c.threshold ?? null, description: describeCriterion(c) })),
  createdAt: (d.createdAt ?? new Date()).toISOString(),
  closedAt: d.closedAt ? d.closedAt.toISOString() : null,
  closeReason: d.closeReason ?? null,
  history: (d.history ?? []).map((h) => ({ action: h.action, at: h.at, by: h.by, byOrganizationId: h.byOrganizationId ?? null, reason: h.reason, old: described(h.old), new: described(h.new) })),
});

/** Changed terms with each criterion described in words, as the program's own criteria are. */
const described = (t: ProgramTerms | undefined): ProgramTerms =>
  t?.criteria ? { ...t, criteria: t.criteria.map((c) => ({ kind: c.kind, threshold: c.threshold ?? null, description: describeCriterion(c) })) } : (t ?? {});

/** What the eligibility rules read of a program (the same projection wherever a program is evaluated). */
export const programForEvaluation = (d: GrantProgramDoc): ProgramForEvaluation => ({ id: String(d._id), criteria: d.criteria, awardAmountFen: d.awardAmountFen, currency: d.currency });

export const toAwardDto = (a: AwardDoc): AwardDto => ({ amountFen: a.amountFen, currency: a.currency, recipientOrganizationId: String(a.recipientOrganizationId), awardedOn: a.awardedOn });

/** An application with its award (shown only while the application is APPROVED). */
export const toApplicationDto = (d: GrantApplicationDoc, award: AwardDoc | null): GrantApplicationDto => ({
  id: String(d._id),
  allianceId: String(d.allianceId),
  programId: String(d.programId),
  funderOrganizationId: String(d.funderOrganizationId),
  leadOrganizationId: String(d.leadOrganizationId),
  status: d.status,
  submittedAt: d.submittedAt.toISOString(),
  submittedBy: d.submittedBy,
  evaluation: d.evaluation,
  decidedAt: d.decidedAt ? d.decidedAt.toISOString() : null,
  decidedBy: d.decidedBy ?? null,
  decisionNote: d.decisionNote ?? null,
  decisionEvaluation: d.decisionEvaluation ?? null,
  // An award row for a rejected application can exist only for a moment (a lost approval race compensates it).
  award: award && d.status === 'APPROVED' ? toAwardDto(award) : null,
});

export const toAuditDto = (d: AuditEntryDoc): AuditEntryDto => ({
  id: String(d._id),
  action: d.action,
  at: d.at.toISOString(),
  by: d.by,
  byOrganizationId: d.byOrganizationId ? String(d.byOrganizationId) : null,
  programId: d.programId ? String(d.programId) : null,
  allianceId: d.allianceId ? String(d.allianceId) : null,
  applicationId: d.applicationId ? String(d.applicationId) : null,
  organizationId: d.organizationId ? String(d.organizationId) : null,
  disqualificationId: d.disqualificationId ? String(d.disqualificationId) : null,
  note: d.note ?? null,
  snapshot: d.snapshot ?? {},
});

/** What the eligibility rules need of a disqualification. */
export const toDisqualificationRecord = (d: DisqualificationDto): DisqualificationRecord => ({
  id: d.id,
  organizationId: d.organizationId,
  reason: d.reason,
  from: d.from,
  until: d.until,
  liftedOn: d.liftedOn ?? null,
});

/** A report without its member lists, marked so readers page them (`applicationEvidencePage`). */
const omitEvidence = (r: EligibilityReport): EligibilityReport => ({ ...r, countedMembers: [], excludedMembers: [], evidenceOmitted: true });

/** The application as sent when `evidence: false`: frozen evaluations without their member lists. */
export const withoutEvidence = (a: GrantApplicationDto): GrantApplicationDto => ({
  ...a,
  evaluation: omitEvidence(a.evaluation),
  decisionEvaluation: a.decisionEvaluation ? omitEvidence(a.decisionEvaluation) : null,
});

/** One page of a frozen report's lists: counted members first, then excluded ones, `first` lines after offset `after`. */
export function evidenceSlice(r: EligibilityReport, after: string | null | undefined, first: number): EvidencePageDto {
  const from = Number(after ?? 0);
  const counted = r.countedMembers.slice(from, from + first);
  const excludedFrom = Math.max(0, from - r.countedMembers.length);
  const excluded = r.excludedMembers.slice(excludedFrom, excludedFrom + first - counted.length);
  const to = from + counted.length + excluded.length;
  return { countedMembers: counted, excludedMembers: excluded, hasNextPage: to < r.countedMembers.length + r.excludedMembers.length, endCursor: String(to) };
}
