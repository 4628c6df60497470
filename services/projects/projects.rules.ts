/**
 * Pure rules about joint R&D projects: no broker, no database. Each change rule takes the current project and
 * returns the `ProjectChange` to write (fields to `$set`, arrays whole, and the event to emit) or throws a coded
 * error (infra/errors.ts; `rule` from infra/reasons.ts `ProjectRule` where clients branch on it). Instants
 * (`at`) and days (`day`) are passed in, so every rule is deterministic.
 */
import type { Actor } from '../../infra/auth.js';
import { adminOf, requireAdminOf } from '../../infra/authz.js';
import { assertDate } from '../../infra/dates.js';
import { badInput, conflict, failedPrecondition } from '../../infra/errors.js';
import { parseMoney, sumFen } from '../../infra/money.js';
import { ProjectRule } from '../../infra/reasons.js';
import {
  MAX_MILESTONES,
  MAX_OUTPUTS,
  MAX_PARTICIPANTS,
  ProjectEvent,
  type OutputKind,
  type ParticipantInput,
  type ParticipantRole,
  type ProjectStatus,
} from './projects.contract.js';
import type { MilestoneEntry, OutputEntry, ParticipantEntry, ProjectDoc, StatusEntry } from './projects.model.js';
import { msg } from '../../infra/message-registry.js';
import { P, type Msg } from '../../infra/messages.js';

export { PROJECT_STATUSES, PARTICIPANT_ROLES, OUTPUT_KINDS } from './projects.contract.js';
export type { ProjectStatus, ParticipantRole, OutputKind } from './projects.contract.js';

/** The composition rules (a subset of `ProjectRule`): the `rule` in a refused participant list's error data. */
export const CompositionRule = {
  EXACTLY_ONE_LEAD: ProjectRule.EXACTLY_ONE_LEAD,
  NEEDS_SCHOOL: ProjectRule.NEEDS_SCHOOL,
  NEEDS_ENTERPRISE: ProjectRule.NEEDS_ENTERPRISE,
  DISTINCT_ORGANIZATIONS: ProjectRule.DISTINCT_ORGANIZATIONS,
} as const;
export type CompositionRule = (typeof CompositionRule)[keyof typeof CompositionRule];

const TRANSITIONS: Record<ProjectStatus, ProjectStatus[]> = {
  PROPOSED: ['ACTIVE', 'TERMINATED'],
  ACTIVE: ['COMPLETED', 'TERMINATED'],
  COMPLETED: [],
  TERMINATED: [],
};

/** Whether a project may move from `from` to `to` (see TRANSITIONS). */
export function canTransition(from: ProjectStatus, to: ProjectStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
/** The statuses a project in `from` may move to (none once closed). */
export function allowedTransitions(from: ProjectStatus): ProjectStatus[] {
  return TRANSITIONS[from];
}
/** COMPLETED and TERMINATED are final. */
export const isClosed = (s: ProjectStatus): boolean => s === 'COMPLETED' || s === 'TERMINATED';

export interface ComposedParticipant {
  organizationId: string;
  role: ParticipantRole;
  /** Organization kind (SCHOOL, ENTERPRISE, …) as the alliance's membership records it. */
  orgKind: string;
}

export interface CompositionProblem extends Msg {
  rule: CompositionRule;
}

/**
 * A joint project (校企联合研发) needs at least one school and one enterprise, exactly one LEAD, and each
 * organization once. Returns the first problem, or null when the list is acceptable.
 */
export function compositionProblem(participants: readonly ComposedParticipant[]): CompositionProblem | null {
  const ids = participants.map((p) => p.organizationId);
  if (new Set(ids).size !== ids.length) {
    return { rule: CompositionRule.DISTINCT_ORGANIZATIONS, ...msg('projects.distinctOrganizations') };
  }
  const leads = participants.filter((p) => p.role === 'LEAD');
  if (leads.length !== 1) {
    return { rule: CompositionRule.EXACTLY_ONE_LEAD, ...msg('projects.exactlyOneLead', { count: leads.length }) };
  }
  if (!participants.some((p) => p.orgKind === 'SCHOOL')) {
    return { rule: CompositionRule.NEEDS_SCHOOL, ...msg('projects.needsSchool') };
  }
  if (!participants.some((p) => p.orgKind === 'ENTERPRISE')) {
    return { rule: CompositionRule.NEEDS_ENTERPRISE, ...msg('projects.needsEnterprise') };
  }
  return null;
}

/** Throws BAD_USER_INPUT (data: `rule`, `field`) when `compositionProblem` finds one. */
function assertComposition(participants: readonly ComposedParticipant[], field: string): void {
  const problem = compositionProblem(participants);
  if (problem) throw badInput({ key: problem.key, params: problem.params, message: problem.message }, { rule: problem.rule, field });
}

// ---------------------------------------------------------------------------------------------------------
// Who may change and read a project

/** Changes a project: an ORG_ADMIN of its lead organization, a platform admin, or a service. */
export function administersProject(actor: Actor, leadOrganizationId: string): boolean {
  return adminOf(actor, leadOrganizationId);
}

/** Throws FORBIDDEN unless `administersProject`. */
export function assertAdministers(actor: Actor, leadOrganizationId: string): void {
  requireAdminOf(actor, [leadOrganizationId], msg('projects.leadChanges'));
}

/** Whether an organization takes part in a project (the rule `allianceProjectsFilter` encodes in Mongo). */
export function takesPart(organizationId: string, p: { participantOrganizationIds: readonly string[] }): boolean {
  return p.participantOrganizationIds.includes(organizationId);
}

/** Whether a project holds a milestone (the rule `holdingMilestoneFilter` encodes in Mongo). */
export function holdsMilestone(p: { milestones: readonly { milestoneId: string }[] }, milestoneId: string): boolean {
  return p.milestones.some((m) => m.milestoneId === milestoneId);
}

/** Sees every project of an alliance without asking anyone: the alliance lead's admins, platform admins, services. */
export function seesAllOfAlliance(actor: Actor, allianceLeadOrganizationId: string): boolean {
  return adminOf(actor, allianceLeadOrganizationId);
}

export interface ReadScope {
  leadOrganizationId: string;
  participantOrganizationIds: readonly string[];
  allianceLeadOrganizationId: string;
  regionCode: string;
}

/**
 * Reads a project without asking anyone else: participants' users (any role), the alliance lead's admins,
 * platform admins, services. (Funders over the region are the other readers: `funderCovers` in infra/authz.ts.)
 */
export function readsProjectDirectly(actor: Actor, p: ReadScope): boolean {
  return seesAllOfAlliance(actor, p.allianceLeadOrganizationId) || (!!actor.org && takesPart(actor.org, p));
}

// ---------------------------------------------------------------------------------------------------------
// Creating a project

/** The one LEAD's organization id; BAD_USER_INPUT (`rule` EXACTLY_ONE_LEAD, `field` participants) otherwise. */
export function leadOf(participants: readonly { organizationId: string; role: ParticipantRole }[]): string {
  const leads = participants.filter((x) => x.role === 'LEAD');
  if (leads.length !== 1) {
    throw badInput(msg('projects.exactlyOneLead', { count: leads.length }), { rule: CompositionRule.EXACTLY_ONE_LEAD, field: 'participants' });
  }
  return leads[0].organizationId;
}

/** Valid YYYY-MM-DD dates, `endOn` not before `startOn`; BAD_USER_INPUT (`field`) otherwise. */
export function assertPeriod(startOn: string | null | undefined, endOn: string | null | undefined): void {
  if (startOn) assertDate(startOn, 'startOn');
  if (endOn) assertDate(endOn, 'endOn');
  if (startOn && endOn && endOn < startOn) throw badInput(msg('projects.endBeforeStart', { endOn: P.date(endOn), startOn: P.date(startOn) }), { field: 'endOn' });
}

/** Projects start only in a FORMING or ACTIVE alliance; FAILED_PRECONDITION (`allianceStatus`) otherwise. */
export function assertAllianceTakesProjects(allianceStatus: string): void {
  if (allianceStatus !== 'FORMING' && allianceStatus !== 'ACTIVE') {
    throw failedPrecondition(msg('projects.allianceNotOpen', { status: P.key(`alliances.status.${allianceStatus as 'FORMING'}`) }), { allianceStatus });
  }
}

/**
 * The organization kind of each of `organizationIds`, from the alliance's active members today; FAILED_PRECONDITION
 * (`rule` ACTIVE_MEMBER, `organizationIds`: the missing ones, each once) when one is not an active member.
 */
export function activeMemberKinds(activeMembers: readonly { organizationId: string; orgKind: string }[], organizationIds: readonly string[]): Map<string, string> {
  const kinds = new Map(activeMembers.map((m) => [m.organizationId, m.orgKind]));
  const missing = [...new Set(organizationIds)].filter((id) => !kinds.has(id));
  if (missing.length) {
    throw failedPrecondition(
      msg('projects.notActiveMembers', { count: missing.length }),
      { rule: ProjectRule.ACTIVE_MEMBER, organizationIds: missing },
    );
  }
  return kinds;
}

/** The stored participant: money parsed to integer fen (BAD_USER_INPUT `field` committedFunding when malformed). */
export function newParticipant(input: ParticipantInput, orgKind: string, by: string, at: string): ParticipantEntry {
  return {
    organizationId: input.organizationId,
    orgKind,
    role: input.role,
    committedFundingFen: input.committedFunding ? parseMoney(input.committedFunding, { field: 'committedFunding' }) : null,
    committedStaff: input.committedStaff ?? null,
    addedAt: at,
    addedBy: by,
  };
}

/** What a new project is made of (besides the alliance snapshot). */
export interface Proposal {
  title: string;
  leadOrganizationId: string;
  participants: ParticipantEntry[];
  startOn?: string | null;
  endOn?: string | null;
  by: string;
  at: string;
}

/** The fields of a new PROPOSED project; BAD_USER_INPUT (`rule`, `field` participants) for a refused composition. */
export function proposeProject(p: Proposal): Omit<ProjectDoc, '_id' | 'allianceId' | 'allianceLeadOrganizationId' | 'regionCode' | 'createdAt' | 'updatedAt'> {
  assertComposition(p.participants, 'participants');
  return {
    title: p.title,
    leadOrganizationId: p.leadOrganizationId,
    status: 'PROPOSED',
    statusHistory: [{ status: 'PROPOSED', at: p.at, by: p.by, reason: null }],
    startOn: p.startOn ?? null,
    endOn: p.endOn ?? null,
    participants: p.participants,
    participantOrganizationIds: p.participants.map((x) => x.organizationId),
    milestones: [],
    milestoneIds: [],
    outputs: [],
    rev: 0,
    createdBy: p.by,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Changing a project: each rule decides from the current state (re-run on the new state after a lost race)

/** The project fields change rules read. */
export type ProjectState = Pick<ProjectDoc, 'status' | 'startOn' | 'endOn' | 'leadOrganizationId' | 'participants' | 'participantOrganizationIds' | 'milestones' | 'milestoneIds' | 'outputs' | 'statusHistory'>;

/** What a change computes from the current project: the fields to `$set` (arrays whole) and the event to emit. */
export interface ProjectChange {
  set: Partial<ProjectDoc>;
  event: ProjectEvent;
  /** The event payload's `subjectId` (organization, milestone or output id). */
  subjectId?: string;
}

/** Only a PARTNER is added later (the LEAD is fixed at creation); BAD_USER_INPUT (`rule` EXACTLY_ONE_LEAD, `field` role) otherwise. */
export function assertPartner(role: ParticipantRole): void {
  if (role !== 'PARTNER') throw badInput(msg('projects.leadFixed'), { rule: CompositionRule.EXACTLY_ONE_LEAD, field: 'role' });
}

/**
 * Adds a participant to an open project. FAILED_PRECONDITION (closed, `status`; more than MAX_PARTICIPANTS),
 * CONFLICT (already takes part, `organizationId`), BAD_USER_INPUT (composition, `rule`, `field` participant).
 */
export function addParticipant(p: ProjectState, entry: ParticipantEntry): ProjectChange {
  if (isClosed(p.status)) throw failedPrecondition(msg('projects.participantsFixed', { status: P.key(`projects.status.${p.status}`) }), { status: p.status });
  if (p.participants.some((x) => x.organizationId === entry.organizationId)) {
    throw conflict(msg('projects.alreadyParticipant'), { organizationId: entry.organizationId });
  }
  if (p.participants.length >= MAX_PARTICIPANTS) throw failedPrecondition(msg('projects.tooManyParticipants', { max: MAX_PARTICIPANTS }));
  const participants = [...p.participants, entry];
  assertComposition(participants, 'participant');
  return { set: { participants, participantOrganizationIds: participants.map((x) => x.organizationId) }, event: ProjectEvent.participantAdded, subjectId: entry.organizationId };
}

export interface NewMilestone {
  milestoneId: string;
  title: string;
  /** YYYY-MM-DD (already validated). */
  dueOn: string;
  at: string;
}

/**
 * Plans a milestone while PROPOSED or ACTIVE. FAILED_PRECONDITION (other status, `status`; more than
 * MAX_MILESTONES), BAD_USER_INPUT (`field` dueOn before the project's startOn).
 */
export function addMilestone(p: ProjectState, m: NewMilestone): ProjectChange {
  if (p.status !== 'PROPOSED' && p.status !== 'ACTIVE') throw failedPrecondition(msg('projects.milestonesPlannedWhenOpen', { status: P.key(`projects.status.${p.status}`) }), { status: p.status });
  if (p.startOn && m.dueOn < p.startOn) throw badInput(msg('projects.dueBeforeStart', { dueOn: P.date(m.dueOn), startOn: P.date(p.startOn) }), { field: 'dueOn' });
  if (p.milestones.length >= MAX_MILESTONES) throw failedPrecondition(msg('projects.tooManyMilestones', { max: MAX_MILESTONES }));
  const entry: MilestoneEntry = { milestoneId: m.milestoneId, title: m.title, dueOn: m.dueOn, createdAt: m.at, completedAt: null, completedBy: null, evidenceNote: null };
  return { set: { milestones: [...p.milestones, entry], milestoneIds: [...p.milestoneIds, m.milestoneId] }, event: ProjectEvent.milestoneAdded, subjectId: m.milestoneId };
}

export interface MilestoneCompletion {
  milestoneId: string;
  by: string;
  at: string;
  evidenceNote?: string | null;
}

/**
 * Marks a milestone of this project done, only while ACTIVE. FAILED_PRECONDITION (`status`), CONFLICT (already
 * done, `completedAt`). The project is found by the milestone, so it holds it.
 */
export function completeMilestone(p: ProjectState, c: MilestoneCompletion): ProjectChange {
  if (p.status !== 'ACTIVE') throw failedPrecondition(msg('projects.milestonesCompletedWhenActive', { status: P.key(`projects.status.${p.status}`) }), { status: p.status });
  const m = p.milestones.find((x) => x.milestoneId === c.milestoneId)!;
  if (m.completedAt) throw conflict(msg('projects.milestoneDone', { at: P.time(m.completedAt) }), { completedAt: m.completedAt });
  const done: MilestoneEntry = { ...m, completedAt: c.at, completedBy: c.by, evidenceNote: c.evidenceNote || null };
  return { set: { milestones: p.milestones.map((x) => (x.milestoneId === c.milestoneId ? done : x)) }, event: ProjectEvent.milestoneCompleted, subjectId: c.milestoneId };
}

/**
 * Output owners must be participants. Defaults to the lead organization when none are named.
 * Returns the owners to store, or the ids that are not participants.
 */
export function resolveOwners(requested: readonly string[] | null | undefined, participantIds: readonly string[], leadId: string): { owners: string[] } | { notParticipants: string[] } {
  const owners = requested && requested.length ? [...new Set(requested)] : [leadId];
  const notParticipants = owners.filter((o) => !participantIds.includes(o));
  return notParticipants.length ? { notParticipants } : { owners };
}

export interface NewOutput {
  outputId: string;
  kind: OutputKind;
  title: string;
  reference?: string | null;
  ownerOrganizationIds?: readonly string[] | null;
  by: string;
  at: string;
}

/**
 * Records a result while ACTIVE or COMPLETED (results often arrive after the work ends: a patent is granted
 * years later). FAILED_PRECONDITION (`status`; more than MAX_OUTPUTS), BAD_USER_INPUT (owners not participants:
 * `field`, `organizationIds`), CONFLICT (same kind and reference already recorded: `kind`, `reference`).
 */
export function recordOutput(p: ProjectState, o: NewOutput): ProjectChange {
  if (p.status !== 'ACTIVE' && p.status !== 'COMPLETED') throw failedPrecondition(msg('projects.outputsWhenActive', { status: P.key(`projects.status.${p.status}`) }), { status: p.status });
  const owners = resolveOwners(o.ownerOrganizationIds, p.participantOrganizationIds, p.leadOrganizationId);
  if ('notParticipants' in owners) throw badInput(msg('projects.ownersParticipants'), { field: 'ownerOrganizationIds', organizationIds: owners.notParticipants });
  const reference = o.reference || null;
  if (reference && p.outputs.some((x) => x.kind === o.kind && x.reference === reference)) {
    throw conflict(msg('projects.outputRecorded', { kind: P.key(`projects.outputKind.${o.kind}`), reference }), { kind: o.kind, reference });
  }
  if (p.outputs.length >= MAX_OUTPUTS) throw failedPrecondition(msg('projects.tooManyOutputs', { max: MAX_OUTPUTS }));
  const entry: OutputEntry = { outputId: o.outputId, kind: o.kind, title: o.title, reference, ownerOrganizationIds: owners.owners, recordedAt: o.at, recordedBy: o.by };
  return { set: { outputs: [...p.outputs, entry] }, event: ProjectEvent.outputRecorded, subjectId: o.outputId };
}

export interface StatusRequest {
  status: ProjectStatus;
  reason?: string | null;
  by: string;
  at: string;
  /** Today (YYYY-MM-DD): the default startOn on activation and endOn on closing. */
  day: string;
}

/**
 * Moves a project along TRANSITIONS, keeping the history. CONFLICT (not allowed from here: `from`, `to`),
 * FAILED_PRECONDITION (COMPLETED while milestones are open: `openMilestoneIds`).
 */
export function setStatus(p: ProjectState, r: StatusRequest): ProjectChange {
  if (!canTransition(p.status, r.status)) {
    const allowed = allowedTransitions(p.status);
    throw conflict(msg('projects.statusTransition', { from: P.key(`projects.status.${p.status}`), to: P.key(`projects.status.${r.status}`), allowed: P.list(allowed.map((s) => P.key(`projects.status.${s}`)), 'disjunction'), final: allowed.length ? 'no' : 'yes' }), { from: p.status, to: r.status });
  }
  if (r.status === 'COMPLETED') {
    const open = p.milestones.filter((m) => !m.completedAt);
    if (open.length) throw failedPrecondition(msg('projects.openMilestones', { count: open.length }), { openMilestoneIds: open.map((m) => m.milestoneId) });
  }
  const entry: StatusEntry = { status: r.status, at: r.at, by: r.by, reason: r.reason || null };
  const set: Partial<ProjectDoc> = { status: r.status, statusHistory: [...p.statusHistory, entry] };
  if (r.status === 'ACTIVE' && !p.startOn) set.startOn = r.day;
  if (isClosed(r.status) && !p.endOn) set.endOn = r.day;
  return { set, event: ProjectEvent.statusChanged };
}

/** Sum of committed funding in fen (participants without a commitment count 0), as a bigint: exact at any size. */
export function totalCommittedFen(participants: readonly { committedFundingFen: number | null }[]): bigint {
  return sumFen(participants.map((p) => p.committedFundingFen ?? 0));
}
