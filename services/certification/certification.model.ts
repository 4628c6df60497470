/** The certification service's documents and named query builders. Arrays are written whole (the emulator has no $push). */
import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { claimModel } from '../../infra/claims.js';
import { regionPrefix } from '../../infra/auth.js';
import type { CertProgramDto, DeclarationDto, ObjectionDto, ReviewDto } from './certification.contract.js';

/** A stored program: the DTO with `_id`, the funder as an ObjectId, the code's unique key, a Date and who created it. */
export interface CertProgramDoc extends Omit<CertProgramDto, 'id' | 'funderOrganizationId' | 'createdAt'> {
  _id: Types.ObjectId;
  codeKey: string;
  funderOrganizationId: Types.ObjectId;
  createdBy: string;
  createdAt: Date;
}

/** A stored declaration: the DTO without its reviews (their own collection) and panel (its keys), with ObjectId references, the funder, the open key, the revision and a Date. */
export interface DeclarationDoc extends Omit<DeclarationDto, 'id' | 'programId' | 'organizationId' | 'reviews' | 'reviewerPanel' | 'createdAt'> {
  _id: Types.ObjectId;
  programId: Types.ObjectId;
  funderOrganizationId: Types.ObjectId;
  organizationId: Types.ObjectId;
  /** `program:org` while the declaration is open or certified; `closed:<id>` once rejected: one live declaration per enterprise and program. */
  openKey: string;
  /** The panel's seats, `<organizationId>:<userId>` (certification.rules.ts `reviewerKey`); absent on declarations assigned by `sub` alone. */
  reviewerKeys?: string[];
  /** Compare-and-set revision: every step is one claimed revision. */
  rev: number;
  createdAt: Date;
}

/** A stored review: the DTO with `_id`, its declaration and a Date. */
export interface ReviewDoc extends Omit<ReviewDto, 'submittedAt'> {
  _id: Types.ObjectId;
  declarationId: Types.ObjectId;
  submittedAt: Date;
}

/** A stored objection: the DTO with `_id`, its declaration as an ObjectId and a Date. */
export interface ObjectionDoc extends Omit<ObjectionDto, 'id' | 'declarationId'> {
  _id: Types.ObjectId;
  declarationId: Types.ObjectId;
  createdAt: Date;
}

/** One decision per declaration: the unique `_id` (the declaration's id) is the single-winner claim. */
export interface DecisionDoc {
  _id: string;
  decision: 'APPROVE' | 'REJECT';
  by: string;
  at: Date;
}

export interface CertAuditDoc {
  _id: string;
  action: string;
  declarationId: string | null;
  programId: string | null;
  /** The funder organization whose program it concerns (who may read it). */
  funderOrganizationId: string | null;
  regionCode: string | null;
  by: string;
  at: Date;
  details: Record<string, unknown>;
}

export interface LevyYearDoc {
  _id: Types.ObjectId;
  declarationId: Types.ObjectId;
  organizationId: Types.ObjectId;
  year: number;
  investmentFen: number;
  educationSurchargeFen: number;
  localEducationSurchargeFen: number;
  note: string | null;
  recordedBy: string;
  recordedAt: Date;
}

const mixed = { type: Schema.Types.Mixed, default: null } as const;
const fen = { type: Number, required: true, validate: { validator: Number.isSafeInteger, message: 'fen must be an integer' } } as const;

const programSchema = new Schema<CertProgramDoc>(
  {
    code: { type: String, required: true },
    codeKey: { type: String, required: true },
    name: { type: String, required: true },
    regionCode: { type: String, required: true },
    funderOrganizationId: { type: Schema.Types.ObjectId, required: true },
    conditions: { type: Schema.Types.Mixed, default: [] },
    reviewCriteria: { type: Schema.Types.Mixed, default: [] },
    quorum: { type: Number, required: true },
    passScore: { type: Number, required: true },
    noticeDays: { type: Number, required: true },
    validityYears: { type: Number, required: true },
    levyPolicies: { type: Schema.Types.Mixed, default: [] },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'programs', versionKey: false, minimize: false },
);
programSchema.index({ funderOrganizationId: 1, codeKey: 1 }, { unique: true });

const declarationSchema = new Schema<DeclarationDoc>(
  {
    programId: { type: Schema.Types.ObjectId, required: true },
    funderOrganizationId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    organizationName: { type: String, default: null },
    regionCode: { type: String, required: true },
    openKey: { type: String, required: true },
    industry: { type: String, required: true },
    scale: { type: String, required: true },
    employees: { type: Number, required: true },
    mainBusiness: { type: String, required: true },
    cooperationSummary: { type: String, required: true },
    contactName: { type: String, required: true },
    contactPhone: { type: String, required: true },
    cooperation: { type: Schema.Types.Mixed, required: true },
    attachments: { type: Schema.Types.Mixed, default: [] },
    precheck: mixed,
    status: { type: String, required: true },
    reviewers: { type: [String], default: [] },
    reviewerKeys: { type: [String], default: [] },
    decision: { type: String, default: null },
    decisionNote: { type: String, default: null },
    averageScore: { type: Number, default: null },
    noticeFrom: { type: String, default: null },
    noticeUntil: { type: String, default: null },
    validFrom: { type: String, default: null },
    validUntil: { type: String, default: null },
    rejectionReason: { type: String, default: null },
    yearlyReports: { type: Schema.Types.Mixed, default: [] },
    steps: { type: Schema.Types.Mixed, default: [] },
    rev: { type: Number, default: 0 },
    createdAt: { type: Date, required: true },
  },
  { collection: 'declarations', versionKey: false, minimize: false },
);
declarationSchema.index({ openKey: 1 }, { unique: true });
declarationSchema.index({ programId: 1, status: 1 });
declarationSchema.index({ organizationId: 1 });
declarationSchema.index({ status: 1, regionCode: 1 });

const reviewSchema = new Schema<ReviewDoc>(
  {
    declarationId: { type: Schema.Types.ObjectId, required: true },
    reviewerId: { type: String, required: true },
    reviewerOrganizationId: { type: String, default: null },
    conflictOfInterest: { type: Boolean, required: true },
    conflictNote: { type: String, default: null },
    scores: { type: Schema.Types.Mixed, default: [] },
    total: { type: Number, default: null },
    comment: { type: String, default: null },
    submittedAt: { type: Date, required: true },
  },
  { collection: 'reviews', versionKey: false, minimize: false },
);
// Once per reviewer, a reviewer being (user, organization). A database built before the pairing also holds the older
// unique index { declarationId, reviewerId }: drop it (`db.reviews.dropIndex('declarationId_1_reviewerId_1')`) so a
// reviewer whose old review no longer counts (no organization) can review again once assigned with the organization.
reviewSchema.index({ declarationId: 1, reviewerId: 1, reviewerOrganizationId: 1 }, { unique: true });

const objectionSchema = new Schema<ObjectionDoc>(
  {
    declarationId: { type: Schema.Types.ObjectId, required: true },
    text: { type: String, required: true },
    filedBy: { type: String, required: true },
    filedOn: { type: String, required: true },
    status: { type: String, required: true },
    resolution: { type: String, default: null },
    resolvedOn: { type: String, default: null },
    resolvedBy: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'objections', versionKey: false },
);
objectionSchema.index({ declarationId: 1, status: 1 });

const decisionSchema = new Schema<DecisionDoc>({ _id: { type: String, required: true }, decision: { type: String, required: true }, by: { type: String, required: true }, at: { type: Date, required: true } }, { collection: 'decisions', versionKey: false });

const auditSchema = new Schema<CertAuditDoc>(
  {
    _id: { type: String, required: true },
    action: { type: String, required: true },
    declarationId: { type: String, default: null },
    programId: { type: String, default: null },
    funderOrganizationId: { type: String, default: null },
    regionCode: { type: String, default: null },
    by: { type: String, required: true },
    at: { type: Date, required: true },
    details: { type: Schema.Types.Mixed, default: {} },
  },
  { collection: 'auditEntries', versionKey: false, minimize: false },
);
auditSchema.index({ declarationId: 1, at: 1 });
auditSchema.index({ programId: 1, at: 1 });

const levySchema = new Schema<LevyYearDoc>(
  {
    declarationId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    year: { type: Number, required: true },
    investmentFen: fen,
    educationSurchargeFen: fen,
    localEducationSurchargeFen: fen,
    note: { type: String, default: null },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'levyYears', versionKey: false },
);
levySchema.index({ declarationId: 1, year: 1 }, { unique: true });

export function certificationModels(conn: Connection) {
  return {
    Program: conn.model<CertProgramDoc>('CertProgram', programSchema) as Model<CertProgramDoc>,
    Declaration: conn.model<DeclarationDoc>('Declaration', declarationSchema) as Model<DeclarationDoc>,
    Review: conn.model<ReviewDoc>('Review', reviewSchema) as Model<ReviewDoc>,
    Objection: conn.model<ObjectionDoc>('Objection', objectionSchema) as Model<ObjectionDoc>,
    Decision: conn.model<DecisionDoc>('CertDecision', decisionSchema) as Model<DecisionDoc>,
    Audit: conn.model<CertAuditDoc>('CertAudit', auditSchema) as Model<CertAuditDoc>,
    LevyYear: conn.model<LevyYearDoc>('LevyYear', levySchema) as Model<LevyYearDoc>,
    Claim: claimModel(conn),
  };
}
export type CertificationModels = ReturnType<typeof certificationModels>;

/** Documents whose region lies under `regionCode` (GB/T 2260 prefix: 410000 covers 410100 covers 410102). */
export const underRegionFilter = (regionCode: string) => ({ regionCode: { $regex: `^${regionPrefix(regionCode)}` } });

/** Declarations on public notice on `date`: IN_NOTICE with noticeFrom ≤ date ≤ noticeUntil. */
export const inNoticeOnFilter = (date: string) => ({ status: 'IN_NOTICE' as const, noticeFrom: { $lte: date }, noticeUntil: { $gte: date } });

/** Certified declarations valid on `date`. */
export const certifiedOnFilter = (date: string) => ({ status: 'CERTIFIED' as const, validFrom: { $lte: date }, validUntil: { $gte: date } });
