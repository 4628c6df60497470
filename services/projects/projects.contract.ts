/**
 * The projects service's bus contract: joint R&D projects (校企联合研发) of an alliance. The only file of
 * services/projects that the gateway, other services, app/ (seeds), bench and tests may import. Types and
 * constants only. Money is integer fen (the gateway formats it as Money); instants are ISO-8601 UTC strings;
 * dates (`startOn`, `dueOn` …) are `YYYY-MM-DD` in the platform's time zone.
 */
import type { BusContract } from '../../infra/bus-identity.js';
import type { FenSum, MoneyInput } from '../../infra/money.js';
import type { PageArgs } from '../../infra/pagination.js';

export { ProjectRule } from '../../infra/reasons.js';

/** A project's life: PROPOSED → ACTIVE | TERMINATED; ACTIVE → COMPLETED | TERMINATED; COMPLETED and TERMINATED are final. */
export const PROJECT_STATUSES = ['PROPOSED', 'ACTIVE', 'COMPLETED', 'TERMINATED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
/** Exactly one LEAD (the project's lead organization, fixed at creation); everyone else is a PARTNER. */
export const PARTICIPANT_ROLES = ['LEAD', 'PARTNER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const OUTPUT_KINDS = ['PATENT', 'SOFTWARE_COPYRIGHT', 'STANDARD', 'PAPER', 'PRODUCT', 'PROCESS'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Limits that keep one project document small (it is rewritten whole on every change). */
export const MAX_PARTICIPANTS = 100;
export const MAX_MILESTONES = 200;
export const MAX_OUTPUTS = 500;

/** The actions of the projects service (full names). */
export const ProjectAction = {
  /** CreateProjectParams → ProjectDto. */
  create: 'projects.create',
  /** AddParticipantParams → ProjectDto. */
  addParticipant: 'projects.addParticipant',
  /** AddMilestoneParams → ProjectDto. */
  addMilestone: 'projects.addMilestone',
  /** CompleteMilestoneParams → ProjectDto. */
  completeMilestone: 'projects.completeMilestone',
  /** RecordOutputParams → ProjectDto. */
  recordOutput: 'projects.recordOutput',
  /** SetProjectStatusParams → ProjectDto. */
  setStatus: 'projects.setStatus',
  /** { id } → ProjectDto | null (FORBIDDEN for callers who may not read it). */
  get: 'projects.get',
  /** { ids } → (ProjectDto | null)[] in id order (null where missing or not readable). */
  getMany: 'projects.getMany',
  /** ListByAllianceParams → Page<ProjectDto>. */
  listByAlliance: 'projects.listByAlliance',
  /** ListByAlliancesParams → BatchEntry<Page<ProjectDto>>[], one per alliance id (gateway's Alliance.projects). */
  listByAlliances: 'projects.listByAlliances',
} as const;
export type ProjectAction = (typeof ProjectAction)[keyof typeof ProjectAction];

export interface ParticipantDto {
  organizationId: string;
  /** The organization's kind (SCHOOL, ENTERPRISE, …) as its alliance membership recorded it when added. */
  orgKind: string;
  role: ParticipantRole;
  /** Integer fen (an amount, at most MAX_AMOUNT_FEN), or null when nothing was committed. */
  committedFundingFen: number | null;
  committedStaff: number | null;
  /** ISO-8601 UTC instant. */
  addedAt: string;
}

export interface MilestoneDto {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  dueOn: string;
  /** ISO-8601 UTC instants; `completedAt`/`completedBy` are null while open. */
  createdAt: string;
  completedAt: string | null;
  completedBy: string | null;
  /** E.g. an acceptance report number. */
  evidenceNote: string | null;
}

export interface OutputDto {
  id: string;
  kind: OutputKind;
  title: string;
  /** External reference (patent number …), unique per kind within a project, or null. */
  reference: string | null;
  /** Participants owning the result (the lead by default). */
  ownerOrganizationIds: string[];
  recordedAt: string;
  recordedBy: string;
}

export interface StatusChangeDto {
  status: ProjectStatus;
  /** ISO-8601 UTC instant. */
  at: string;
  /** Actor id. */
  by: string;
  reason: string | null;
}

/** A project as other services (revenue) and the gateway see it. */
export interface ProjectDto {
  id: string;
  allianceId: string;
  /** Snapshot of the alliance's lead organization at creation (it never changes). */
  allianceLeadOrganizationId: string;
  /** The alliance's GB/T 2260 region code, snapshot at creation. */
  regionCode: string;
  title: string;
  leadOrganizationId: string;
  status: ProjectStatus;
  statusHistory: StatusChangeDto[];
  /** YYYY-MM-DD; set to the day the project became ACTIVE when not given. */
  startOn: string | null;
  /** YYYY-MM-DD; set to the day it closed when not given. */
  endOn: string | null;
  participants: ParticipantDto[];
  /** Sum of the participants' committed funding: integer fen as a decimal string (infra/money.ts `FenSum`, exact beyond 2^53). */
  totalCommittedFundingFen: FenSum;
  milestones: MilestoneDto[];
  outputs: OutputDto[];
  /** Revision: +1 on every change. */
  rev: number;
  createdAt: string;
  updatedAt: string;
}

/** One participant as a client names it; money is a decimal string in CNY (at most two decimals, ≥ 0). */
export interface ParticipantInput {
  organizationId: string;
  role: ParticipantRole;
  committedFunding?: MoneyInput | null;
  /** Whole people, 0 … 1,000,000. */
  committedStaff?: number | null;
}

/**
 * `projects.create`. Errors: BAD_USER_INPUT (`rule`: EXACTLY_ONE_LEAD, NEEDS_SCHOOL, NEEDS_ENTERPRISE,
 * DISTINCT_ORGANIZATIONS; or `field`), FORBIDDEN (not an admin of the LEAD), NOT_FOUND (alliance),
 * FAILED_PRECONDITION (`allianceStatus` not FORMING/ACTIVE; `rule` ACTIVE_MEMBER with `organizationIds`).
 */
export interface CreateProjectParams {
  allianceId: string;
  title: string;
  participants: ParticipantInput[];
  startOn?: string | null;
  endOn?: string | null;
}

/**
 * `projects.addParticipant`: a PARTNER only. Errors: BAD_USER_INPUT (`rule` EXACTLY_ONE_LEAD for a LEAD),
 * FORBIDDEN, NOT_FOUND, CONFLICT (already takes part, `organizationId`), FAILED_PRECONDITION (closed project,
 * `status`; `rule` ACTIVE_MEMBER; at most MAX_PARTICIPANTS).
 */
export interface AddParticipantParams {
  projectId: string;
  participant: ParticipantInput;
}

/** `projects.addMilestone`. Errors: FAILED_PRECONDITION (not PROPOSED/ACTIVE, `status`), BAD_USER_INPUT (`field` dueOn before startOn). */
export interface AddMilestoneParams {
  projectId: string;
  title: string;
  /** YYYY-MM-DD. */
  dueOn: string;
}

/** `projects.completeMilestone`: done now. Errors: NOT_FOUND (milestone), FAILED_PRECONDITION (not ACTIVE), CONFLICT (done, `completedAt`). */
export interface CompleteMilestoneParams {
  milestoneId: string;
  evidenceNote?: string | null;
}

/**
 * `projects.recordOutput`: while ACTIVE or COMPLETED. Errors: BAD_USER_INPUT (owners not participants,
 * `organizationIds`), CONFLICT (same kind and reference, `kind`, `reference`), FAILED_PRECONDITION (`status`).
 */
export interface RecordOutputParams {
  projectId: string;
  kind: OutputKind;
  title: string;
  reference?: string | null;
  /** Default: the lead organization. */
  ownerOrganizationIds?: string[] | null;
}

/**
 * `projects.setStatus`. Errors: CONFLICT (transition not allowed, `from`, `to`), FAILED_PRECONDITION
 * (COMPLETED with open milestones, `openMilestoneIds`).
 */
export interface SetProjectStatusParams {
  projectId: string;
  status: ProjectStatus;
  reason?: string | null;
}

/** `projects.listByAlliance`: one alliance's projects the caller may read, in id order. NOT_FOUND for an unknown alliance. */
export interface ListByAllianceParams extends PageArgs {
  allianceId: string;
  status?: ProjectStatus | null;
}

/** `projects.listByAlliances`: the same page for each alliance, one entry per id (a per-entry NOT_FOUND failure). */
export interface ListByAlliancesParams extends PageArgs {
  allianceIds: string[];
  status?: ProjectStatus | null;
}

/** Events the projects service publishes. Payloads carry ids; read the project with `projects.get`. */
export const ProjectEvent = {
  created: 'projects.created',
  participantAdded: 'projects.participantAdded',
  milestoneAdded: 'projects.milestoneAdded',
  milestoneCompleted: 'projects.milestoneCompleted',
  outputRecorded: 'projects.outputRecorded',
  statusChanged: 'projects.statusChanged',
} as const;
export type ProjectEvent = (typeof ProjectEvent)[keyof typeof ProjectEvent];

export interface ProjectEventPayload {
  projectId: string;
  allianceId: string;
  /** The project's status after the change. */
  status: ProjectStatus;
  /** Set for participantAdded (organizationId), milestoneAdded/Completed (milestoneId), outputRecorded (outputId). */
  subjectId?: string;
}

/**
 * The projects service on the bus: the actions and events it owns and the services it calls. The NATS permissions are
 * generated from it (npm run nats:config), so a change here is a change of who may talk to whom.
 */
export const ProjectsBus: BusContract = {
  service: 'projects',
  actions: Object.values(ProjectAction),
  events: [...Object.values(ProjectEvent)],
  calls: ['organizations', 'alliances'],
};
