/** The grants service's documents (programs, applications, decisions, awards, audit entries) and named query builders. */
import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { oid } from '../../infra/entity.js';
import { escapeRegex } from '../../infra/params.js';
import { regionPrefix } from '../../infra/auth.js';
import { claimModel } from '../../infra/claims.js';
import { APPLICATION_STATUSES, AUDIT_ACTIONS, CRITERION_KINDS, type ApplicationStatus, type AuditAction, type Criterion, type EligibilityReport, type ProgramChange } from './grants.contract.js';
import { coveringRegions, DQ_ACTIONS, type ApplicationScope } from './grants.rules.js';

export interface GrantProgramDoc {
  _id: Types.ObjectId;
  code: string;
  /** Upper-cased code: one program per code per funder, even under concurrent creation. */
  codeKey: string;
  name: string;
  funderOrganizationId: Types.ObjectId;
  regionCode: string;
  opensOn: string | null;
  closesOn: string | null;
  /** Integer fen, never a float. */
  awardAmountFen: number;
  currency: string;
  criteria: Criterion[];
  createdBy: string;
  createdAt: Date;
  /** Compare-and-set revision (infra/revise.ts): every edit or close is one step. Absent until the first. */
  rev?: number;
  /** Set once closed: no application is accepted afterwards. */
  closedAt?: Date | null;
  closeReason?: string | null;
  /** Edits and the close, in the order recorded. */
  history?: ProgramChange[];
}

const programChangeSchema = new Schema<ProgramChange>(
  {
    action: { type: String, enum: ['UPDATED', 'CLOSED'], required: true },
    at: { type: String, required: true },
    by: { type: String, required: true },
    byOrganizationId: { type: String, default: null },
    reason: { type: String, required: true },
    old: { type: Schema.Types.Mixed, default: {} },
    new: { type: Schema.Types.Mixed, default: {} },
  },
  { _id: false, minimize: false },
);

const criterionSchema = new Schema<Criterion>({ kind: { type: String, enum: CRITERION_KINDS, required: true }, threshold: { type: Number, default: null } }, { _id: false });

const programSchema = new Schema<GrantProgramDoc>(
  {
    code: { type: String, required: true },
    codeKey: { type: String, required: true },
    name: { type: String, required: true },
    funderOrganizationId: { type: Schema.Types.ObjectId, required: true },
    regionCode: { type: String, required: true },
    opensOn: { type: String, default: null },
    closesOn: { type: String, default: null },
    awardAmountFen: { type: Number, required: true, validate: { validator: Number.isSafeInteger, message: 'awardAmountFen must be an integer' } },
    currency: { type: String, required: true },
    criteria: { type: [criterionSchema], required: true },
    createdBy: { type: String, required: true },
    rev: { type: Number, default: 0 },
    closedAt: { type: Date, default: null },
    closeReason: { type: String, default: null },
    history: { type: [programChangeSchema], default: [] },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'programs', strict: 'throw' },
);
programSchema.index({ funderOrganizationId: 1, codeKey: 1 }, { unique: true });
programSchema.index({ regionCode: 1 });

export interface GrantApplicationDoc {
  _id: Types.ObjectId;
  allianceId: Types.ObjectId;
  programId: Types.ObjectId;
  /** Copied at submission so visibility filters need no other service: the program's funder, the alliance's lead. */
  funderOrganizationId: Types.ObjectId;
  leadOrganizationId: Types.ObjectId;
  status: ApplicationStatus;
  submittedAt: Date;
  submittedBy: string;
  /** The evaluation frozen at submission (the evidence), with member names. Never changed. */
  evaluation: EligibilityReport;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionNote: string | null;
  /** For an approval: the re-evaluation as of the decision date. */
  decisionEvaluation: EligibilityReport | null;
  /**
   * `${allianceId}:${programId}` while SUBMITTED or APPROVED, `closed:${_id}` once REJECTED: a plain unique index
   * then allows one open or approved application per alliance and program, even under concurrent submissions.
   */
  openKey: string;
}

const applicationSchema = new Schema<GrantApplicationDoc>(
  {
    allianceId: { type: Schema.Types.ObjectId, required: true },
    programId: { type: Schema.Types.ObjectId, required: true },
    funderOrganizationId: { type: Schema.Types.ObjectId, required: true },
    leadOrganizationId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: APPLICATION_STATUSES, required: true },
    submittedAt: { type: Date, required: true },
    submittedBy: { type: String, required: true },
    evaluation: { type: Schema.Types.Mixed, required: true },
    decidedAt: { type: Date, default: null },
    decidedBy: { type: String, default: null },
    decisionNote: { type: String, default: null },
    decisionEvaluation: { type: Schema.Types.Mixed, default: null },
    openKey: { type: String, required: true },
  },
  { collection: 'applications', strict: 'throw', minimize: false },
);
applicationSchema.index({ openKey: 1 }, { unique: true });
applicationSchema.index({ funderOrganizationId: 1, _id: 1 });
applicationSchema.index({ leadOrganizationId: 1, _id: 1 });
applicationSchema.index({ programId: 1, _id: 1 });

/**
 * The decision on an application, written once: the unique index on `applicationId` is what makes exactly one
 * of several concurrent decisions win (a unique index holds under concurrency on MongoDB and on the emulator,
 * where a conditional update alone was measured to let two racing writers both succeed).
 */
export interface DecisionDoc {
  _id: Types.ObjectId;
  applicationId: Types.ObjectId;
  allianceId: Types.ObjectId;
  programId: Types.ObjectId;
  decision: 'APPROVE' | 'REJECT';
  decidedBy: string;
  decidedByOrganizationId: Types.ObjectId | null;
  decidedAt: Date;
  decidedOn: string;
  note: string | null;
  /** For an approval: the re-evaluation as of the decision date. */
  evaluation: EligibilityReport | null;
}

const decisionSchema = new Schema<DecisionDoc>(
  {
    applicationId: { type: Schema.Types.ObjectId, required: true },
    allianceId: { type: Schema.Types.ObjectId, required: true },
    programId: { type: Schema.Types.ObjectId, required: true },
    decision: { type: String, enum: ['APPROVE', 'REJECT'], required: true },
    decidedBy: { type: String, required: true },
    decidedByOrganizationId: { type: Schema.Types.ObjectId, default: null },
    decidedAt: { type: Date, required: true },
    decidedOn: { type: String, required: true },
    note: { type: String, default: null },
    evaluation: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'decisions', strict: 'throw', minimize: false },
);
decisionSchema.index({ applicationId: 1 }, { unique: true });

/** The money a program pays an alliance: at most one per alliance and program, guaranteed by the unique index. */
export interface AwardDoc {
  _id: Types.ObjectId;
  allianceId: Types.ObjectId;
  programId: Types.ObjectId;
  applicationId: Types.ObjectId;
  recipientOrganizationId: Types.ObjectId;
  amountFen: number;
  currency: string;
  awardedOn: string;
  approvedBy: string;
  decisionNote: string | null;
  createdAt: Date;
}

const awardSchema = new Schema<AwardDoc>(
  {
    allianceId: { type: Schema.Types.ObjectId, required: true },
    programId: { type: Schema.Types.ObjectId, required: true },
    applicationId: { type: Schema.Types.ObjectId, required: true },
    recipientOrganizationId: { type: Schema.Types.ObjectId, required: true },
    amountFen: { type: Number, required: true },
    currency: { type: String, required: true },
    awardedOn: { type: String, required: true },
    approvedBy: { type: String, required: true },
    decisionNote: { type: String, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'awards', strict: 'throw' },
);
awardSchema.index({ allianceId: 1, programId: 1 }, { unique: true });
awardSchema.index({ applicationId: 1 });

/** One line of the append-only audit trail: inserted once (unique `key`), never updated or deleted. */
export interface AuditEntryDoc {
  _id: Types.ObjectId;
  /** What makes the entry unique, e.g. `submitted:<applicationId>`: a retry or a replayed event never duplicates it. */
  key: string;
  action: AuditAction;
  at: Date;
  /** Token subject of whoever did it. */
  by: string;
  byOrganizationId: Types.ObjectId | null;
  /** Which funder may read it: the program's funder, or the funder that imposed/lifted a disqualification. */
  funderOrganizationId: Types.ObjectId | null;
  /** Region of the alliance or organization concerned (funders of covering regions read disqualification entries). */
  regionCode: string | null;
  programId: Types.ObjectId | null;
  allianceId: Types.ObjectId | null;
  applicationId: Types.ObjectId | null;
  organizationId: Types.ObjectId | null;
  disqualificationId: Types.ObjectId | null;
  note: string | null;
  /** What was decided on: the evaluation, the program, the disqualification. */
  snapshot: Record<string, unknown>;
}

const auditSchema = new Schema<AuditEntryDoc>(
  {
    key: { type: String, required: true },
    action: { type: String, enum: AUDIT_ACTIONS, required: true },
    at: { type: Date, required: true },
    by: { type: String, required: true },
    byOrganizationId: { type: Schema.Types.ObjectId, default: null },
    funderOrganizationId: { type: Schema.Types.ObjectId, default: null },
    regionCode: { type: String, default: null },
    programId: { type: Schema.Types.ObjectId, default: null },
    allianceId: { type: Schema.Types.ObjectId, default: null },
    applicationId: { type: Schema.Types.ObjectId, default: null },
    organizationId: { type: Schema.Types.ObjectId, default: null },
    disqualificationId: { type: Schema.Types.ObjectId, default: null },
    note: { type: String, default: null },
    snapshot: { type: Schema.Types.Mixed, default: {} },
  },
  { collection: 'auditEntries', strict: 'throw', minimize: false },
);
auditSchema.index({ key: 1 }, { unique: true });
auditSchema.index({ funderOrganizationId: 1, _id: 1 });
auditSchema.index({ programId: 1, _id: 1 });
auditSchema.index({ allianceId: 1, _id: 1 });

/** The models on the service's own connection (see infra/mongo.mixin.ts). */
export function grantModels(conn: Connection) {
  return {
    Program: conn.model<GrantProgramDoc>('GrantProgram', programSchema) as Model<GrantProgramDoc>,
    Application: conn.model<GrantApplicationDoc>('GrantApplication', applicationSchema) as Model<GrantApplicationDoc>,
    Decision: conn.model<DecisionDoc>('GrantDecision', decisionSchema) as Model<DecisionDoc>,
    Award: conn.model<AwardDoc>('Award', awardSchema) as Model<AwardDoc>,
    AuditEntry: conn.model<AuditEntryDoc>('AuditEntry', auditSchema) as Model<AuditEntryDoc>,
    Claim: claimModel(conn),
  };
}
export type GrantModels = ReturnType<typeof grantModels>;

// ---------------------------------------------------------------- named query builders (each tested against its rule)

type Filter = Record<string, unknown>;

/** Programs covering a region (rule: `programCovers(program.regionCode, region)`, for 6-digit GB/T 2260 codes). */
export const programsCoveringFilter = (regionCode: string): Filter => ({ regionCode: { $in: coveringRegions(regionCode) } });

/** Applications within the caller's scopes (rule: `seesApplication`; scopes from `applicationScopes`, null = all). */
export function applicationsVisibleFilter(scopes: readonly ApplicationScope[] | null): Filter {
  if (!scopes) return {};
  return { $or: scopes.map((s) => ('funderOrganizationId' in s ? { funderOrganizationId: oid(s.funderOrganizationId) } : { leadOrganizationId: oid(s.leadOrganizationId) })) };
}

/** Audit entries a funder reads (rule: `funderSeesAuditEntry`): its programs' entries and disqualifications in its region. */
export function auditVisibleToFunderFilter(funder: { organizationId: string; regionCode: string }): Filter {
  return { $or: [{ funderOrganizationId: oid(funder.organizationId) }, { action: { $in: [...DQ_ACTIONS] }, regionCode: { $regex: `^${escapeRegex(regionPrefix(funder.regionCode))}` } }] };
}

/** How long a decision may be in flight before `repairDecisions` completes it (its writer is presumed dead). */
export const DECISION_REPAIR_AFTER_MS = 60_000;

/** Decisions written more than DECISION_REPAIR_AFTER_MS before `now`. */
export const staleDecisionsFilter = (now: number): Filter => ({ decidedAt: { $lt: new Date(now - DECISION_REPAIR_AFTER_MS) } });
