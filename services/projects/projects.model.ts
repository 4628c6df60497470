import { Schema, Types, type Connection, type Model } from 'mongoose';
import { claimModel } from '../../infra/claims.js';
import { OUTPUT_KINDS, PARTICIPANT_ROLES, PROJECT_STATUSES, type OutputKind, type ParticipantRole, type ProjectStatus } from './projects.contract.js';

export interface ParticipantEntry {
  organizationId: string;
  /** Copied from the alliance membership when added (an organization's kind never changes). */
  orgKind: string;
  role: ParticipantRole;
  /** Integer fen, or null when nothing was committed. */
  committedFundingFen: number | null;
  committedStaff: number | null;
  addedAt: string;
  addedBy: string;
}

export interface MilestoneEntry {
  milestoneId: string;
  title: string;
  dueOn: string;
  createdAt: string;
  completedAt: string | null;
  completedBy: string | null;
  evidenceNote: string | null;
}

export interface OutputEntry {
  outputId: string;
  kind: OutputKind;
  title: string;
  reference: string | null;
  ownerOrganizationIds: string[];
  recordedAt: string;
  recordedBy: string;
}

export interface StatusEntry {
  status: ProjectStatus;
  at: string;
  by: string;
  reason: string | null;
}

export interface ProjectDoc {
  _id: Types.ObjectId;
  allianceId: Types.ObjectId;
  /** Snapshots of the alliance at creation (neither can change in the alliances service): read rules need no call. */
  allianceLeadOrganizationId: string;
  regionCode: string;
  title: string;
  leadOrganizationId: string;
  status: ProjectStatus;
  statusHistory: StatusEntry[];
  startOn: string | null;
  endOn: string | null;
  participants: ParticipantEntry[];
  /** Denormalized `participants[].organizationId` for an index and read filters. */
  participantOrganizationIds: string[];
  milestones: MilestoneEntry[];
  /** Denormalized `milestones[].milestoneId`: completeMilestone finds its project by milestone id alone. */
  milestoneIds: string[];
  outputs: OutputEntry[];
  /**
   * Compare-and-set revision. Every change reads the project, computes the new arrays in TypeScript and writes
   * them whole with `findOneAndUpdate({ _id, rev }, { $set: { …, rev: rev + 1 } })`; a writer that lost the race
   * re-reads and re-applies. The emulator has no `$push`, and this needs only single-document atomicity.
   */
  rev: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const participantSchema = new Schema<ParticipantEntry>(
  {
    organizationId: { type: String, required: true },
    orgKind: { type: String, required: true },
    role: { type: String, enum: PARTICIPANT_ROLES, required: true },
    committedFundingFen: { type: Number, default: null },
    committedStaff: { type: Number, default: null },
    addedAt: { type: String, required: true },
    addedBy: { type: String, required: true },
  },
  { _id: false },
);

const milestoneSchema = new Schema<MilestoneEntry>(
  {
    milestoneId: { type: String, required: true },
    title: { type: String, required: true },
    dueOn: { type: String, required: true },
    createdAt: { type: String, required: true },
    completedAt: { type: String, default: null },
    completedBy: { type: String, default: null },
    evidenceNote: { type: String, default: null },
  },
  { _id: false },
);

const outputSchema = new Schema<OutputEntry>(
  {
    outputId: { type: String, required: true },
    kind: { type: String, enum: OUTPUT_KINDS, required: true },
    title: { type: String, required: true },
    reference: { type: String, default: null },
    ownerOrganizationIds: { type: [String], default: [] },
    recordedAt: { type: String, required: true },
    recordedBy: { type: String, required: true },
  },
  { _id: false },
);

const statusSchema = new Schema<StatusEntry>(
  {
    status: { type: String, enum: PROJECT_STATUSES, required: true },
    at: { type: String, required: true },
    by: { type: String, required: true },
    reason: { type: String, default: null },
  },
  { _id: false },
);

const projectSchema = new Schema<ProjectDoc>(
  {
    allianceId: { type: Schema.Types.ObjectId, required: true },
    allianceLeadOrganizationId: { type: String, required: true },
    regionCode: { type: String, required: true },
    title: { type: String, required: true },
    leadOrganizationId: { type: String, required: true },
    status: { type: String, enum: PROJECT_STATUSES, required: true },
    statusHistory: { type: [statusSchema], default: [] },
    startOn: { type: String, default: null },
    endOn: { type: String, default: null },
    participants: { type: [participantSchema], default: [] },
    participantOrganizationIds: { type: [String], default: [] },
    milestones: { type: [milestoneSchema], default: [] },
    milestoneIds: { type: [String], default: [] },
    outputs: { type: [outputSchema], default: [] },
    rev: { type: Number, required: true, default: 0 },
    createdBy: { type: String, required: true },
  },
  { timestamps: true, collection: 'projects', strict: 'throw' },
);
projectSchema.index({ allianceId: 1, _id: 1 });
projectSchema.index({ participantOrganizationIds: 1 });
projectSchema.index({ milestoneIds: 1 });

/** What `allianceProjectsFilter` selects by (all optional but the alliance). */
export interface AllianceProjectsQuery {
  allianceId: string;
  status?: ProjectStatus | null;
  /** Only projects this organization takes part in (rule `takesPart` in projects.rules.ts). */
  participantOrganizationId?: string | null;
}

/**
 * An alliance's projects, optionally of one status and optionally only those `participantOrganizationId` takes
 * part in: the Mongo form of `takesPart(org, project)` (projects.rules.ts), served by `{ participantOrganizationIds: 1 }`.
 */
export function allianceProjectsFilter(q: AllianceProjectsQuery): Record<string, unknown> {
  return {
    allianceId: new Types.ObjectId(q.allianceId),
    ...(q.status ? { status: q.status } : {}),
    ...(q.participantOrganizationId ? { participantOrganizationIds: q.participantOrganizationId } : {}),
  };
}

/** The project holding a milestone: the Mongo form of `holdsMilestone(project, milestoneId)`, served by `{ milestoneIds: 1 }`. */
export function holdingMilestoneFilter(milestoneId: string): Record<string, unknown> {
  return { milestoneIds: milestoneId };
}

/** The service's models: projects, and the claims that give each revision one writer (infra/revise.ts). */
export function projectModels(conn: Connection) {
  return {
    Project: conn.model<ProjectDoc>('Project', projectSchema) as Model<ProjectDoc>,
    Claim: claimModel(conn),
  };
}
export type ProjectModels = ReturnType<typeof projectModels>;
