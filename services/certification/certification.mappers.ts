/** Documents → DTOs of the certification service. */
import type { CertAuditEntryDto, CertProgramDto, DeclarationDto, ObjectionDto, ReviewDto } from './certification.contract.js';
import type { CertAuditDoc, CertProgramDoc, DeclarationDoc, ObjectionDoc, ReviewDoc } from './certification.model.js';
import { parseReviewerKey, tally } from './certification.rules.js';

export const toProgramDto = (d: CertProgramDoc): CertProgramDto => ({
  id: String(d._id),
  code: d.code,
  name: d.name,
  regionCode: d.regionCode,
  funderOrganizationId: String(d.funderOrganizationId),
  conditions: d.conditions,
  reviewCriteria: d.reviewCriteria,
  quorum: d.quorum,
  passScore: d.passScore,
  noticeDays: d.noticeDays,
  validityYears: d.validityYears,
  levyPolicies: d.levyPolicies,
  createdAt: d.createdAt.toISOString(),
});

export const toReviewDto = (r: ReviewDoc): ReviewDto => ({
  reviewerId: r.reviewerId,
  reviewerOrganizationId: r.reviewerOrganizationId ?? null,
  conflictOfInterest: r.conflictOfInterest,
  conflictNote: r.conflictNote,
  scores: r.scores,
  total: r.total,
  comment: r.comment,
  submittedAt: r.submittedAt.toISOString(),
});

export function toDeclarationDto(d: DeclarationDoc, reviews: ReviewDoc[]): DeclarationDto {
  const rs = reviews.map(toReviewDto);
  return {
    id: String(d._id),
    programId: String(d.programId),
    organizationId: String(d.organizationId),
    organizationName: d.organizationName,
    regionCode: d.regionCode,
    industry: d.industry,
    scale: d.scale,
    employees: d.employees,
    mainBusiness: d.mainBusiness,
    cooperationSummary: d.cooperationSummary,
    contactName: d.contactName,
    contactPhone: d.contactPhone,
    cooperation: d.cooperation,
    attachments: d.attachments ?? [],
    precheck: d.precheck ?? null,
    status: d.status,
    reviewers: d.reviewers ?? [],
    reviewerPanel: (d.reviewerKeys ?? []).flatMap((k) => parseReviewerKey(k) ?? []),
    reviews: rs,
    averageScore: d.averageScore ?? tally(rs, String(d.organizationId)).average,
    decision: d.decision,
    decisionNote: d.decisionNote,
    noticeFrom: d.noticeFrom,
    noticeUntil: d.noticeUntil,
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    rejectionReason: d.rejectionReason,
    yearlyReports: d.yearlyReports ?? [],
    steps: d.steps ?? [],
    createdAt: d.createdAt.toISOString(),
  };
}

export const toObjectionDto = (o: ObjectionDoc): ObjectionDto => ({
  id: String(o._id),
  declarationId: String(o.declarationId),
  text: o.text,
  filedBy: o.filedBy,
  filedOn: o.filedOn,
  status: o.status,
  resolution: o.resolution,
  resolvedOn: o.resolvedOn,
  resolvedBy: o.resolvedBy,
});

export const toAuditDto = (a: CertAuditDoc): CertAuditEntryDto => ({ key: a._id, action: a.action, declarationId: a.declarationId, programId: a.programId, by: a.by, at: a.at.toISOString(), details: a.details ?? {} });
