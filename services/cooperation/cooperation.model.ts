/**
 * Mongoose models of the cooperation service (its own database). Documents are written whole or changed with
 * `$set`/`$inc` only (the emulator's portable subset, ../shared/NOTES.md); every single-winner step inserts into a
 * unique index first (a confirmation, an attendance month, a claimed month, a decision).
 */
import { Schema, Types, type Connection, type Model } from 'mongoose';
import { claimModel } from '../../infra/claims.js';
import type { AgreementDto, AgreementStatus, AssessmentDto, AttachmentDto, AttendanceDto, ClaimDto, CohortDto, GraduateDto, PlacementDto, SubsidyPolicyDto } from './cooperation.contract.js';

const mixed = Schema.Types.Mixed;

/** A signed copy as stored: the DTO's shape. */
export type AttachmentEntry = AttachmentDto;
/**
 * A stored agreement: the DTO without the confirmations (their own collection), with `_id`, the parties' kinds,
 * majors' codes always set, the termination date, its revisions and who created it. Two counters: `rev` steps on
 * every change of the document (infra/revise.ts, compare-and-set), `revision` only when the text is edited (what a
 * confirmation names).
 */
export interface AgreementDoc extends Omit<AgreementDto, 'id' | 'majors' | 'confirmedBy' | 'createdAt' | 'revision'> {
  _id: Types.ObjectId;
  partyKinds: [string, string];
  majors: { code: string | null; name: string }[];
  /** Stored status: DRAFT, SIGNED, IN_FORCE, TERMINATED (EXPIRED is read from the date). */
  status: AgreementStatus;
  terminatedOn: string | null;
  rev: number;
  /** The text's revision (AgreementDto.revision); absent on agreements stored before it was kept: 0. */
  revision?: number;
  createdBy: string;
  createdAt: Date;
}
const agreementSchema = new Schema<AgreementDoc>(
  {
    type: { type: String, required: true },
    title: { type: String, required: true },
    parties: { type: [String], required: true },
    partyKinds: { type: [String], required: true },
    partyRegionCodes: { type: [String], required: true },
    majors: { type: mixed, default: [] },
    startOn: { type: String, default: null },
    endOn: { type: String, default: null },
    obligations: { type: mixed, default: [] },
    status: { type: String, required: true },
    signedCopy: { type: mixed, default: null },
    terminationReason: { type: String, default: null },
    terminatedOn: { type: String, default: null },
    renewalOf: { type: String, default: null },
    origin: { type: mixed, default: null },
    history: { type: mixed, default: [] },
    rev: { type: Number, default: 0 },
    revision: { type: Number, default: 0 },
    createdBy: { type: String, required: true },
  },
  { collection: 'agreements', timestamps: { createdAt: true, updatedAt: false }, minimize: false },
);
agreementSchema.index({ parties: 1, _id: 1 });
agreementSchema.index({ partyRegionCodes: 1 });

/**
 * One party's confirmation of one revision of the text: unique per (agreement, organization), so a double confirm
 * is one confirmation. Absent `revision` (rows stored before it was kept): 0.
 */
export interface ConfirmationDoc {
  _id: Types.ObjectId;
  agreementId: string;
  organizationId: string;
  revision?: number;
  at: string;
  by: string;
}
const confirmationSchema = new Schema<ConfirmationDoc>({ agreementId: String, organizationId: String, revision: Number, at: String, by: String }, { collection: 'confirmations', versionKey: false });
confirmationSchema.index({ agreementId: 1, organizationId: 1 }, { unique: true });

/** A stored placement: the DTO (students unmasked, no headcount) with `_id`, the school's and host's kinds and the school's region, and who created it. */
export interface PlacementDoc extends Omit<PlacementDto, 'id' | 'headcount' | 'createdAt'> {
  _id: Types.ObjectId;
  schoolType: string | null;
  schoolRegionCode: string;
  hostKind: string;
  createdBy: string;
  createdAt: Date;
}
const placementSchema = new Schema<PlacementDoc>(
  {
    agreementId: String,
    schoolOrganizationId: String,
    schoolType: { type: String, default: null },
    schoolRegionCode: String,
    hostOrganizationId: String,
    hostKind: String,
    regionCode: String,
    startOn: String,
    endOn: String,
    students: { type: mixed, default: [] },
    monthlyPayFen: Number,
    insurance: { type: mixed },
    mentor: { type: mixed },
    createdBy: String,
  },
  { collection: 'placements', timestamps: { createdAt: true, updatedAt: false }, minimize: false },
);
placementSchema.index({ hostOrganizationId: 1, startOn: 1 });
placementSchema.index({ schoolOrganizationId: 1, _id: 1 });
placementSchema.index({ agreementId: 1 });

/** A student's stay in a placement: the overlap check reads these (per school and student number). */
export interface StintDoc {
  _id: Types.ObjectId;
  schoolOrganizationId: string;
  studentNumber: string;
  placementId: string;
  startOn: string;
  endOn: string;
}
const stintSchema = new Schema<StintDoc>({ schoolOrganizationId: String, studentNumber: String, placementId: String, startOn: String, endOn: String }, { collection: 'stints', versionKey: false });
stintSchema.index({ schoolOrganizationId: 1, studentNumber: 1 });

/** One confirmed month of a placement: unique per (placement, month). */
export interface AttendanceDoc extends Omit<AttendanceDto, 'id'> {
  _id: Types.ObjectId;
  hostOrganizationId: string;
  schoolOrganizationId: string;
  studentNumbers: string[];
}
const attendanceSchema = new Schema<AttendanceDoc>(
  { placementId: String, hostOrganizationId: String, schoolOrganizationId: String, month: String, studentNumbers: [String], attendedCount: Number, confirmedAt: String, confirmedBy: String },
  { collection: 'attendance', versionKey: false },
);
attendanceSchema.index({ placementId: 1, month: 1 }, { unique: true });
attendanceSchema.index({ hostOrganizationId: 1, month: 1 });
attendanceSchema.index({ schoolOrganizationId: 1, month: 1 });

/** A stored cohort: the DTO (students unmasked, no headcount) with `_id`, its revision and who created it. */
export interface CohortDoc extends Omit<CohortDto, 'id' | 'headcount' | 'createdAt'> {
  _id: Types.ObjectId;
  rev: number;
  createdBy: string;
  createdAt: Date;
}
const cohortSchema = new Schema<CohortDoc>(
  {
    agreementId: String,
    kind: String,
    name: String,
    major: String,
    schoolOrganizationId: String,
    enterpriseOrganizationId: String,
    regionCode: String,
    startOn: String,
    endOn: String,
    trainingHours: Number,
    students: { type: mixed, default: [] },
    rev: { type: Number, default: 0 },
    createdBy: String,
  },
  { collection: 'cohorts', timestamps: { createdAt: true, updatedAt: false }, minimize: false },
);
cohortSchema.index({ enterpriseOrganizationId: 1, startOn: 1 });
cohortSchema.index({ schoolOrganizationId: 1 });

export interface GraduateDoc extends Omit<GraduateDto, 'id'> {
  _id: Types.ObjectId;
  employerRegionCode: string;
  retentionConfirmedBy: string | null;
}
const graduateSchema = new Schema<GraduateDoc>(
  {
    schoolOrganizationId: String,
    employerOrganizationId: String,
    regionCode: String,
    employerRegionCode: String,
    studentNumber: String,
    name: String,
    major: String,
    graduationYear: Number,
    startOn: String,
    pillarIndustry: Boolean,
    local: Boolean,
    retained: { type: Boolean, default: null },
    retentionConfirmedAt: { type: String, default: null },
    retentionConfirmedBy: { type: String, default: null },
  },
  { collection: 'graduates', versionKey: false },
);
graduateSchema.index({ schoolOrganizationId: 1, studentNumber: 1 }, { unique: true });
graduateSchema.index({ employerOrganizationId: 1 });

export interface PolicyDoc extends Omit<SubsidyPolicyDto, 'id'> {
  _id: Types.ObjectId;
  createdBy: string;
}
const policySchema = new Schema<PolicyDoc>(
  { regionCode: String, kind: String, name: String, validFrom: String, validTo: { type: String, default: null }, parameters: { type: mixed }, source: String, funderOrganizationId: { type: String, default: null }, createdBy: String },
  { collection: 'policies', versionKey: false, minimize: false },
);

export interface AssessmentDoc extends Omit<AssessmentDto, 'id'> {
  _id: Types.ObjectId;
}
const assessmentSchema = new Schema<AssessmentDoc>(
  { organizationId: String, policyKind: String, regionCode: String, qualified: Boolean, note: { type: String, default: null }, assessedOn: String, assessedBy: String },
  { collection: 'assessments', versionKey: false },
);
assessmentSchema.index({ organizationId: 1, policyKind: 1, assessedOn: -1 });

export interface ClaimDoc extends Omit<ClaimDto, 'id'> {
  _id: Types.ObjectId;
}
const claimSchema = new Schema<ClaimDoc>(
  {
    policyId: String,
    policyKind: String,
    regionCode: String,
    claimantOrganizationId: String,
    periodFrom: String,
    periodTo: String,
    status: String,
    requestedFen: Number,
    awardedFen: { type: Number, default: null },
    evidence: { type: mixed },
    submittedAt: String,
    submittedBy: String,
    decidedAt: { type: String, default: null },
    decidedBy: { type: String, default: null },
    decisionNote: { type: String, default: null },
    purpose: { type: String, default: null },
  },
  { collection: 'subsidyClaims', versionKey: false, minimize: false },
);
claimSchema.index({ claimantOrganizationId: 1, _id: 1 });
claimSchema.index({ regionCode: 1, status: 1 });

/**
 * A month a claim covers, unique per (policy, claimant, month): the same records are never claimed twice, and of two
 * concurrent claims for overlapping periods exactly one is stored. A rejected claim frees its months.
 */
export interface ClaimedMonthDoc {
  _id: string;
  claimId: string;
}
const claimedMonthSchema = new Schema<ClaimedMonthDoc>({ _id: String, claimId: String }, { collection: 'claimedMonths', versionKey: false });

/** The one decision of a claim (unique per claim). */
export interface DecisionDoc {
  _id: Types.ObjectId;
  claimId: string;
  decision: 'APPROVE' | 'REJECT';
  by: string;
  at: string;
}
const decisionSchema = new Schema<DecisionDoc>({ claimId: String, decision: String, by: String, at: String }, { collection: 'decisions', versionKey: false });
decisionSchema.index({ claimId: 1 }, { unique: true });

/** Spent budget per policy and year: approvals `$inc` it under a cap (a conditional `$inc`, see NOTES.md). */
export interface BudgetDoc {
  _id: string;
  spentFen: number;
}
const budgetSchema = new Schema<BudgetDoc>({ _id: String, spentFen: Number }, { collection: 'budgets', versionKey: false });

export interface AuditDoc {
  _id: string;
  action: string;
  by: string;
  byOrganizationId: string | null;
  regionCode: string;
  subjectId: string;
  snapshot: unknown;
  at: string;
}
const auditSchema = new Schema<AuditDoc>({ _id: String, action: String, by: String, byOrganizationId: { type: String, default: null }, regionCode: String, subjectId: String, snapshot: mixed, at: String }, { collection: 'audit', versionKey: false });

export interface WorkforceDoc {
  _id: string;
  organizationId: string;
  year: number;
  employees: number;
}
const workforceSchema = new Schema<WorkforceDoc>({ _id: String, organizationId: String, year: Number, employees: Number }, { collection: 'workforce', versionKey: false });

/** Placements where `org` takes part (school or host): served by the two indexes. */
export const placementsOfFilter = (org: string): Record<string, unknown> => ({ $or: [{ schoolOrganizationId: org }, { hostOrganizationId: org }] });
/** A host's placements overlapping a period (for a claim): served by `{ hostOrganizationId, startOn }`. */
export const hostPlacementsOverlapping = (host: string, from: string, to: string): Record<string, unknown> => ({ hostOrganizationId: host, startOn: { $lte: to }, endOn: { $gte: from } });
/** Agreements where `org` is a party. */
export const agreementsOfFilter = (org: string): Record<string, unknown> => ({ parties: org });

export function cooperationModels(conn: Connection) {
  return {
    Agreement: conn.model<AgreementDoc>('Agreement', agreementSchema) as Model<AgreementDoc>,
    Confirmation: conn.model<ConfirmationDoc>('Confirmation', confirmationSchema) as Model<ConfirmationDoc>,
    Placement: conn.model<PlacementDoc>('Placement', placementSchema) as Model<PlacementDoc>,
    Stint: conn.model<StintDoc>('Stint', stintSchema) as Model<StintDoc>,
    Attendance: conn.model<AttendanceDoc>('Attendance', attendanceSchema) as Model<AttendanceDoc>,
    Cohort: conn.model<CohortDoc>('Cohort', cohortSchema) as Model<CohortDoc>,
    Graduate: conn.model<GraduateDoc>('Graduate', graduateSchema) as Model<GraduateDoc>,
    Policy: conn.model<PolicyDoc>('Policy', policySchema) as Model<PolicyDoc>,
    Assessment: conn.model<AssessmentDoc>('Assessment', assessmentSchema) as Model<AssessmentDoc>,
    SubsidyClaim: conn.model<ClaimDoc>('SubsidyClaim', claimSchema) as Model<ClaimDoc>,
    ClaimedMonth: conn.model<ClaimedMonthDoc>('ClaimedMonth', claimedMonthSchema) as Model<ClaimedMonthDoc>,
    Decision: conn.model<DecisionDoc>('Decision', decisionSchema) as Model<DecisionDoc>,
    Budget: conn.model<BudgetDoc>('Budget', budgetSchema) as Model<BudgetDoc>,
    Audit: conn.model<AuditDoc>('Audit', auditSchema) as Model<AuditDoc>,
    Workforce: conn.model<WorkforceDoc>('Workforce', workforceSchema) as Model<WorkforceDoc>,
    Claim: claimModel(conn),
  };
}
export type CooperationModels = ReturnType<typeof cooperationModels>;
