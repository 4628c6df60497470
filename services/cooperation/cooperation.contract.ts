/**
 * The cooperation service's bus contract: school–enterprise cooperation (校企合作) — agreements, internship
 * placements (实习) with their liability insurance and monthly attendance, order classes and apprenticeship cohorts
 * (订单班 / 现代学徒制 / 企业新型学徒制), graduates and their one-year retention — and the subsidy claims the city
 * plans pay on these records (policies as dated data per region, claims frozen at submission, one decision).
 * The only file of services/cooperation that the gateway, other services, seeds, bench and tests import: the
 * types of each sub-domain are in contract/ (agreements, figures, students, placements and attendance, cohorts and
 * graduates, subsidies and claims) and re-exported here; the action and event names and reason codes are here.
 * Money is integer fen; dates YYYY-MM-DD (Asia/Shanghai); months YYYY-MM; instants ISO-8601 UTC.
 */
import type { BusContract } from '../../infra/bus-identity.js';

export * from './contract/agreements.js';
export * from './contract/figures.js';
export * from './contract/students.js';
export * from './contract/placements.js';
export * from './contract/cohorts.js';
export * from './contract/subsidies.js';

/** Domain reason codes (`data.reason`) clients branch on; stable. */
export const CooperationReason = {
  SAME_PARTY: 'SAME_PARTY',
  NOT_A_PARTY: 'NOT_A_PARTY',
  AGREEMENT_STATUS: 'AGREEMENT_STATUS',
  ALREADY_CONFIRMED: 'ALREADY_CONFIRMED',
  /** A confirmation of a revision of the text that is no longer the current one (data.currentRevision). */
  TEXT_CHANGED: 'TEXT_CHANGED',
  TERM_MISSING: 'TERM_MISSING',
  PERIOD_ORDER: 'PERIOD_ORDER',
  OUTSIDE_AGREEMENT_TERM: 'OUTSIDE_AGREEMENT_TERM',
  INSURANCE_GAP: 'INSURANCE_GAP',
  PREMIUM_ON_STUDENT: 'PREMIUM_ON_STUDENT',
  STUDENT_OVERLAP: 'STUDENT_OVERLAP',
  STUDENT_BUSY: 'STUDENT_BUSY',
  DUPLICATE_STUDENT: 'DUPLICATE_STUDENT',
  NATIONAL_ID: 'NATIONAL_ID',
  MONTH_OUTSIDE_PLACEMENT: 'MONTH_OUTSIDE_PLACEMENT',
  MONTH_IN_FUTURE: 'MONTH_IN_FUTURE',
  NOT_IN_PLACEMENT: 'NOT_IN_PLACEMENT',
  ATTENDANCE_CONFIRMED: 'ATTENDANCE_CONFIRMED',
  APPRENTICESHIP_LENGTH: 'APPRENTICESHIP_LENGTH',
  RETENTION_TOO_EARLY: 'RETENTION_TOO_EARLY',
  RETENTION_CONFIRMED: 'RETENTION_CONFIRMED',
  ATTACHMENT_TOO_LARGE: 'ATTACHMENT_TOO_LARGE',
  ATTACHMENT_TYPE: 'ATTACHMENT_TYPE',
  ATTACHMENT_EMPTY: 'ATTACHMENT_EMPTY',
  POLICY_NOT_IN_FORCE: 'POLICY_NOT_IN_FORCE',
  POLICY_REGION: 'POLICY_REGION',
  POLICY_PARAMETER: 'POLICY_PARAMETER',
  CLAIMANT_KIND: 'CLAIMANT_KIND',
  NOT_ASSESSED: 'NOT_ASSESSED',
  NOT_CONTINUOUS: 'NOT_CONTINUOUS',
  NOTHING_TO_CLAIM: 'NOTHING_TO_CLAIM',
  CLAIM_OPEN: 'CLAIM_OPEN',
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  OVER_BUDGET: 'OVER_BUDGET',
  PURPOSE_REQUIRED: 'PURPOSE_REQUIRED',
} as const;
export type CooperationReason = (typeof CooperationReason)[keyof typeof CooperationReason];

/** Full action names. */
export const CooperationAction = {
  /** CreateAgreementDraftParams → AgreementDto (DRAFT). Called as the user of the initiating organization. */
  createAgreementDraft: 'cooperation.createAgreementDraft',
  /** UpdateAgreementDraftParams → AgreementDto: term, majors, obligations, title while DRAFT and unconfirmed. */
  updateAgreementDraft: 'cooperation.updateAgreementDraft',
  /** ConfirmAgreementParams → AgreementDto: the caller's party confirms a revision of the text; the second confirmation of that revision signs it (IN_FORCE from its start). CONFLICT TEXT_CHANGED when the text changed. */
  confirmAgreement: 'cooperation.confirmAgreement',
  /** UploadSignedCopyParams → AgreementDto: the signed copy (PDF/PNG/JPEG by magic bytes, ≤ MAX_ATTACHMENT_BYTES) into GridFS. */
  uploadSignedCopy: 'cooperation.uploadSignedCopy',
  /** { agreementId } → SignedCopyDto (base64 content) | null. */
  signedCopy: 'cooperation.signedCopy',
  /** { agreementId, reason } → AgreementDto TERMINATED (by either party, while SIGNED/IN_FORCE). */
  terminateAgreement: 'cooperation.terminateAgreement',
  /** { agreementId, endOn } → AgreementDto: a new DRAFT continuing the agreement from the day after its end. */
  renewAgreement: 'cooperation.renewAgreement',
  /** { id } → AgreementDto | null (FORBIDDEN for anyone but the parties, their region's funders, platform admins). */
  getAgreement: 'cooperation.getAgreement',
  /** ListAgreementsParams → Page<AgreementDto>. */
  listAgreements: 'cooperation.listAgreements',
  /** { organizationId, asOf? } → CooperationFigures. */
  organizationHistory: 'cooperation.organizationHistory',
  /** { allianceId, asOf? } → CooperationFigures summed over the alliance's active members on asOf. */
  allianceFigures: 'cooperation.allianceFigures',

  /** CreatePlacementParams → PlacementDto. */
  createPlacement: 'cooperation.createPlacement',
  /** { id } → PlacementDto | null (students unmasked for the placing school's admins only). */
  getPlacement: 'cooperation.getPlacement',
  /** ListPlacementsParams → Page<PlacementDto> (students masked). */
  listPlacements: 'cooperation.listPlacements',
  /** ConfirmAttendanceParams → AttendanceDto: the host confirms one month, once. */
  confirmAttendance: 'cooperation.confirmAttendance',
  /** { placementId } → AttendanceDto[] by month. */
  attendanceOf: 'cooperation.attendanceOf',
  /** { placementIds } → BatchEntry<AttendanceDto[]>[] in id order (the gateway's InternshipPlacement.attendance, one call per list). */
  attendanceOfMany: 'cooperation.attendanceOfMany',

  /** CreateCohortParams → CohortDto. */
  createCohort: 'cooperation.createCohort',
  /** RecordCompletionParams → CohortDto. */
  recordCompletion: 'cooperation.recordCompletion',
  /** ListCohortsParams → Page<CohortDto>. */
  listCohorts: 'cooperation.listCohorts',

  /** RecordGraduateParams → GraduateDto (by the school). */
  recordGraduate: 'cooperation.recordGraduate',
  /** { graduateId, retained } → GraduateDto (by the employer, once, from one year after the start). */
  confirmRetention: 'cooperation.confirmRetention',
  /** ListGraduatesParams → Page<GraduateDto>. */
  listGraduates: 'cooperation.listGraduates',
  /** RetentionRatesParams → RetentionRatesDto (basis points). */
  retentionRates: 'cooperation.retentionRates',

  /** CreatePolicyParams → SubsidyPolicyDto (a funder of the region, or a platform admin). */
  createPolicy: 'cooperation.createPolicy',
  /** { regionCode?, asOf? } → SubsidyPolicyDto[] in force (covering the region). */
  listPolicies: 'cooperation.listPolicies',
  /** AssessOrganizationParams → AssessmentDto: a funder's 考核认定 of a host / base. */
  assessOrganization: 'cooperation.assessOrganization',
  /** ClaimParams → ClaimComputationDto (nothing stored). */
  previewClaim: 'cooperation.previewClaim',
  /** ClaimParams → ClaimDto SUBMITTED with the computation frozen as evidence. */
  submitClaim: 'cooperation.submitClaim',
  /** DecideClaimParams → ClaimDto APPROVED | REJECTED: once, by a funder covering the policy's region. */
  decideClaim: 'cooperation.decideClaim',
  /** ListClaimsParams → Page<ClaimDto>. */
  listClaims: 'cooperation.listClaims',
  /** { organizationId, year, employees } → InternQuotaDto: records the firm's workforce for the year. */
  recordWorkforce: 'cooperation.recordWorkforce',
  /** { organizationId, year } → InternQuotaDto: Xi'an's 2 % intern target as progress (never enforced). */
  internQuota: 'cooperation.internQuota',
} as const;
export type CooperationAction = (typeof CooperationAction)[keyof typeof CooperationAction];

/** Events. */
export const CooperationEvent = {
  /** AgreementInForcePayload: both parties confirmed and its term has begun. */
  agreementInForce: 'cooperation.agreementInForce',
  agreementTerminated: 'cooperation.agreementTerminated',
  placementCreated: 'cooperation.placementCreated',
  attendanceConfirmed: 'cooperation.attendanceConfirmed',
  claimSubmitted: 'cooperation.claimSubmitted',
  claimDecided: 'cooperation.claimDecided',
} as const;
export type CooperationEvent = (typeof CooperationEvent)[keyof typeof CooperationEvent];

export interface CooperationEventPayload {
  id: string;
  organizationIds: string[];
  at: string;
}

export const CooperationBus: BusContract = {
  service: 'cooperation',
  actions: Object.values(CooperationAction),
  events: Object.values(CooperationEvent),
  calls: ['organizations', 'alliances'],
};
