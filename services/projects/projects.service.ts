import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { Types } from 'mongoose';
import { actorOf, hasRole, type Actor, type CallMeta } from '../../infra/auth.js';
import { badInput, conflict, failedPrecondition, forbidden, notFound } from '../../infra/errors.js';
import { claim } from '../../infra/claims.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { after, date, enumOf, first, idList, objectId, optionalDate, optionalText, text } from '../../infra/params.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../infra/pagination.js';
import { assertDate, today } from '../../infra/dates.js';
import { optionalMoneyInputRule, parseMoney, type MoneyInput } from '../../infra/money.js';
import type { OrganizationDto } from '../organizations/organizations.contract.js';
import type { AllianceDto, MembershipDto } from '../alliances/alliances.contract.js';
import { projectModels, type MilestoneEntry, type OutputEntry, type ParticipantEntry, type ProjectDoc, type ProjectModels, type StatusEntry } from './projects.model.js';
import { ProjectEvent, type ProjectEventPayload } from './projects.events.js';
import {
  CompositionRule,
  OUTPUT_KINDS,
  PARTICIPANT_ROLES,
  PROJECT_STATUSES,
  administersProject,
  allowedTransitions,
  canTransition,
  compositionProblem,
  funderCovers,
  readsProjectDirectly,
  resolveOwners,
  totalCommittedFen,
  type OutputKind,
  type ParticipantRole,
  type ProjectStatus,
} from './projects.rules.js';

export interface ParticipantDto {
  organizationId: string;
  orgKind: string;
  role: ParticipantRole;
  /** Integer fen (the gateway formats it as Money), or null. */
  committedFundingFen: number | null;
  committedStaff: number | null;
  addedAt: string;
}
export interface MilestoneDto {
  id: string;
  title: string;
  dueOn: string;
  createdAt: string;
  completedAt: string | null;
  completedBy: string | null;
  evidenceNote: string | null;
}
export interface OutputDto {
  id: string;
  kind: OutputKind;
  title: string;
  reference: string | null;
  ownerOrganizationIds: string[];
  recordedAt: string;
  recordedBy: string;
}
export interface StatusChangeDto {
  status: ProjectStatus;
  at: string;
  by: string;
  reason: string | null;
}

/** A project as other services (revenue) and the gateway see it. */
export interface ProjectDto {
  id: string;
  allianceId: string;
  allianceLeadOrganizationId: string;
  regionCode: string;
  title: string;
  leadOrganizationId: string;
  status: ProjectStatus;
  statusHistory: StatusChangeDto[];
  startOn: string | null;
  endOn: string | null;
  participants: ParticipantDto[];
  totalCommittedFundingFen: number;
  milestones: MilestoneDto[];
  outputs: OutputDto[];
  rev: number;
  createdAt: string;
  updatedAt: string;
}

export const toProjectDto = (d: ProjectDoc): ProjectDto => ({
  id: String(d._id),
  allianceId: String(d.allianceId),
  allianceLeadOrganizationId: d.allianceLeadOrganizationId,
  regionCode: d.regionCode,
  title: d.title,
  leadOrganizationId: d.leadOrganizationId,
  status: d.status,
  statusHistory: (d.statusHistory ?? []).map((s) => ({ status: s.status, at: s.at, by: s.by, reason: s.reason ?? null })),
  startOn: d.startOn ?? null,
  endOn: d.endOn ?? null,
  participants: (d.participants ?? []).map((p) => ({
    organizationId: p.organizationId,
    orgKind: p.orgKind,
    role: p.role,
    committedFundingFen: p.committedFundingFen ?? null,
    committedStaff: p.committedStaff ?? null,
    addedAt: p.addedAt,
  })),
  totalCommittedFundingFen: totalCommittedFen(d.participants ?? []),
  milestones: (d.milestones ?? []).map((m) => ({
    id: m.milestoneId,
    title: m.title,
    dueOn: m.dueOn,
    createdAt: m.createdAt,
    completedAt: m.completedAt ?? null,
    completedBy: m.completedBy ?? null,
    evidenceNote: m.evidenceNote ?? null,
  })),
  outputs: (d.outputs ?? []).map((o) => ({
    id: o.outputId,
    kind: o.kind,
    title: o.title,
    reference: o.reference ?? null,
    ownerOrganizationIds: o.ownerOrganizationIds ?? [],
    recordedAt: o.recordedAt,
    recordedBy: o.recordedBy,
  })),
  rev: d.rev,
  createdAt: (d.createdAt ?? new Date()).toISOString(),
  updatedAt: (d.updatedAt ?? d.createdAt ?? new Date()).toISOString(),
});

export interface ParticipantInput {
  organizationId: string;
  role: ParticipantRole;
  committedFunding?: MoneyInput | null;
  committedStaff?: number | null;
}
export interface CreateProjectParams {
  allianceId: string;
  title: string;
  participants: ParticipantInput[];
  startOn?: string | null;
  endOn?: string | null;
}
export interface ListByAllianceParams {
  allianceId: string;
  status?: ProjectStatus | null;
  first?: number | null;
  after?: string | null;
}

/** Limits that keep one project document small (it is rewritten whole on every change). */
export const MAX_PARTICIPANTS = 100;
export const MAX_MILESTONES = 200;
export const MAX_OUTPUTS = 500;
/** Compare-and-set attempts before giving up with CONFLICT: enough for dozens of simultaneous writers to one project. */
const CAS_ATTEMPTS = 40;

const participantRule = {
  type: 'object',
  strict: 'remove',
  props: {
    organizationId: objectId,
    role: enumOf(PARTICIPANT_ROLES),
    committedFunding: optionalMoneyInputRule,
    committedStaff: { type: 'number', integer: true, min: 0, max: 1_000_000, optional: true, nullable: true, convert: false },
  },
} as const;

const oid = (id: string) => new Types.ObjectId(id);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a change computes from the current project: the fields to `$set` (arrays whole) and the event to emit. */
interface Change {
  set: Partial<ProjectDoc>;
  event: string;
  subjectId?: string;
}

interface Methods {
  loadProject(id: string): Promise<ProjectDoc>;
  /**
   * Applies `compute` to the current project and writes the result only if nobody changed it meanwhile
   * (`rev` compare-and-set); on a lost race re-reads and re-computes, so concurrent changes are all kept.
   * Only the lead's admins may change a project.
   */
  changeProject(ctx: Context, filter: { _id: Types.ObjectId } | { milestoneIds: string }, compute: (p: ProjectDoc, actor: Actor) => Change): Promise<ProjectDto>;
  assertCanRead(ctx: Context, p: ProjectDoc): Promise<void>;
  funderOrg(ctx: Context, actor: Actor): Promise<OrganizationDto | null>;
  activeMemberKinds(ctx: Context, allianceId: string, organizationIds: string[]): Promise<Map<string, string>>;
  parseParticipant(input: ParticipantInput, actor: Actor, orgKind: string, now: string): ParticipantEntry;
}

type This = MongoVars<ProjectModels> & Methods & Pick<Service, 'broker' | 'logger'>;

const ProjectsService: ServiceSchema<ServiceSettingSchema, Methods & Record<string, never>, This> = {
  name: 'projects',
  dependencies: ['alliances', 'organizations'],
  mixins: [mongoMixin('projects', projectModels)],

  actions: {
    /**
     * Creates a PROPOSED project. Exactly one LEAD participant (the project's lead organization, whose admins
     * may create it); at least one SCHOOL and one ENTERPRISE; every participant an active alliance member today.
     */
    create: {
      params: {
        allianceId: objectId,
        title: text(200, 2),
        participants: { type: 'array', items: participantRule, min: 1, max: MAX_PARTICIPANTS },
        startOn: optionalDate,
        endOn: optionalDate,
      },
      async handler(this: This, ctx: Context<CreateProjectParams, CallMeta>): Promise<ProjectDto> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        const leads = p.participants.filter((x) => x.role === 'LEAD');
        if (leads.length !== 1) {
          throw badInput(`A project has exactly one LEAD participant (its lead organization); got ${leads.length}.`, { rule: CompositionRule.EXACTLY_ONE_LEAD, field: 'participants' });
        }
        const leadId = leads[0].organizationId;
        if (!administersProject(actor, leadId)) throw forbidden("Only the lead organization's admins (or a platform admin) may create a project it leads.");
        if (p.startOn) assertDate(p.startOn, 'startOn');
        if (p.endOn) assertDate(p.endOn, 'endOn');
        if (p.startOn && p.endOn && p.endOn < p.startOn) throw badInput(`endOn ${p.endOn} is before startOn ${p.startOn}.`, { field: 'endOn' });

        const alliance = await ctx.call<AllianceDto | null, { id: string }>('alliances.get', { id: p.allianceId });
        if (!alliance) throw notFound('Alliance', p.allianceId);
        if (alliance.status !== 'FORMING' && alliance.status !== 'ACTIVE') {
          throw failedPrecondition(`The alliance is ${alliance.status}; projects are started only in a forming or active alliance.`, { allianceStatus: alliance.status });
        }
        const kinds = await this.activeMemberKinds(ctx, p.allianceId, p.participants.map((x) => x.organizationId));
        const now = new Date().toISOString();
        const participants = p.participants.map((x) => this.parseParticipant(x, actor, kinds.get(x.organizationId)!, now));
        const problem = compositionProblem(participants);
        if (problem) throw badInput(problem.message, { rule: problem.rule, field: 'participants' });

        const doc = await this.models.Project.create({
          allianceId: oid(alliance.id),
          allianceLeadOrganizationId: alliance.leadOrganizationId,
          regionCode: alliance.regionCode,
          title: p.title,
          leadOrganizationId: leadId,
          status: 'PROPOSED',
          statusHistory: [{ status: 'PROPOSED', at: now, by: actor.id, reason: null }],
          startOn: p.startOn ?? null,
          endOn: p.endOn ?? null,
          participants,
          participantOrganizationIds: participants.map((x) => x.organizationId),
          milestones: [],
          milestoneIds: [],
          outputs: [],
          rev: 0,
          createdBy: actor.id,
        });
        const dto = toProjectDto(doc.toObject() as ProjectDoc);
        this.logger.info({ projectId: dto.id, allianceId: dto.allianceId }, 'project created');
        ctx.emit(ProjectEvent.created, { projectId: dto.id, allianceId: dto.allianceId, status: dto.status } satisfies ProjectEventPayload);
        return dto;
      },
    },

    /** Adds a PARTNER (the lead is fixed at creation). The organization must be an active alliance member today. */
    addParticipant: {
      params: { projectId: objectId, participant: participantRule },
      async handler(this: This, ctx: Context<{ projectId: string; participant: ParticipantInput }, CallMeta>): Promise<ProjectDto> {
        const actor = actorOf(ctx);
        const input = ctx.params.participant;
        const first = await this.loadProject(ctx.params.projectId);
        if (!administersProject(actor, first.leadOrganizationId)) throw forbidden("Only the project lead's admins may change the project.");
        if (input.role !== 'PARTNER') throw badInput('A project has exactly one LEAD, fixed at creation; add participants as PARTNER.', { rule: CompositionRule.EXACTLY_ONE_LEAD, field: 'role' });
        const kinds = await this.activeMemberKinds(ctx, String(first.allianceId), [input.organizationId]);
        const entry = this.parseParticipant(input, actor, kinds.get(input.organizationId)!, new Date().toISOString());
        return this.changeProject(ctx, { _id: first._id }, (p) => {
          if (p.status === 'COMPLETED' || p.status === 'TERMINATED') throw failedPrecondition(`The project is ${p.status}; its participants no longer change.`, { status: p.status });
          if (p.participants.some((x) => x.organizationId === entry.organizationId)) {
            throw conflict('This organization already takes part in the project.', { organizationId: entry.organizationId });
          }
          if (p.participants.length >= MAX_PARTICIPANTS) throw failedPrecondition(`A project has at most ${MAX_PARTICIPANTS} participants.`);
          const participants = [...p.participants, entry];
          const problem = compositionProblem(participants);
          if (problem) throw badInput(problem.message, { rule: problem.rule, field: 'participant' });
          return { set: { participants, participantOrganizationIds: participants.map((x) => x.organizationId) }, event: ProjectEvent.participantAdded, subjectId: entry.organizationId };
        });
      },
    },

    addMilestone: {
      params: { projectId: objectId, title: text(200, 1), dueOn: date },
      async handler(this: This, ctx: Context<{ projectId: string; title: string; dueOn: string }, CallMeta>): Promise<ProjectDto> {
        const dueOn = assertDate(ctx.params.dueOn, 'dueOn');
        const milestoneId = new Types.ObjectId().toHexString();
        return this.changeProject(ctx, { _id: oid(ctx.params.projectId) }, (p) => {
          if (p.status !== 'PROPOSED' && p.status !== 'ACTIVE') throw failedPrecondition(`The project is ${p.status}; milestones are planned only while it is proposed or active.`, { status: p.status });
          if (p.startOn && dueOn < p.startOn) throw badInput(`dueOn ${dueOn} is before the project starts (${p.startOn}).`, { field: 'dueOn' });
          if (p.milestones.length >= MAX_MILESTONES) throw failedPrecondition(`A project has at most ${MAX_MILESTONES} milestones.`);
          const m: MilestoneEntry = { milestoneId, title: ctx.params.title, dueOn, createdAt: new Date().toISOString(), completedAt: null, completedBy: null, evidenceNote: null };
          return { set: { milestones: [...p.milestones, m], milestoneIds: [...p.milestoneIds, milestoneId] }, event: ProjectEvent.milestoneAdded, subjectId: milestoneId };
        });
      },
    },

    /** Marks a milestone done now (UTC), with an optional evidence note (e.g. acceptance report number). Only while ACTIVE. */
    completeMilestone: {
      params: { milestoneId: objectId, evidenceNote: optionalText(2000) },
      async handler(this: This, ctx: Context<{ milestoneId: string; evidenceNote?: string | null }, CallMeta>): Promise<ProjectDto> {
        const { milestoneId } = ctx.params;
        return this.changeProject(ctx, { milestoneIds: milestoneId }, (p, actor) => {
          if (p.status !== 'ACTIVE') throw failedPrecondition(`The project is ${p.status}; milestones are completed only while it is active.`, { status: p.status });
          const m = p.milestones.find((x) => x.milestoneId === milestoneId)!;
          if (m.completedAt) throw conflict(`The milestone was already completed at ${m.completedAt}.`, { completedAt: m.completedAt });
          const done: MilestoneEntry = { ...m, completedAt: new Date().toISOString(), completedBy: actor.id, evidenceNote: ctx.params.evidenceNote || null };
          return { set: { milestones: p.milestones.map((x) => (x.milestoneId === milestoneId ? done : x)) }, event: ProjectEvent.milestoneCompleted, subjectId: milestoneId };
        });
      },
    },

    /** Records a result (patent, software copyright, …). Owners must be participants; by default the lead. */
    recordOutput: {
      params: {
        projectId: objectId,
        kind: enumOf(OUTPUT_KINDS),
        title: text(300, 1),
        reference: optionalText(100),
        ownerOrganizationIds: { type: 'array', items: objectId, max: MAX_PARTICIPANTS, optional: true, nullable: true },
      },
      async handler(
        this: This,
        ctx: Context<{ projectId: string; kind: OutputKind; title: string; reference?: string | null; ownerOrganizationIds?: string[] | null }, CallMeta>,
      ): Promise<ProjectDto> {
        const { kind, title } = ctx.params;
        const reference = ctx.params.reference || null;
        const outputId = new Types.ObjectId().toHexString();
        return this.changeProject(ctx, { _id: oid(ctx.params.projectId) }, (p, actor) => {
          // Results often arrive after the work ends (a patent is granted years later): COMPLETED projects still record them.
          if (p.status !== 'ACTIVE' && p.status !== 'COMPLETED') throw failedPrecondition(`The project is ${p.status}; outputs are recorded for active or completed projects.`, { status: p.status });
          const owners = resolveOwners(ctx.params.ownerOrganizationIds, p.participantOrganizationIds, p.leadOrganizationId);
          if ('notParticipants' in owners) throw badInput('Output owners must be participants of the project.', { field: 'ownerOrganizationIds', organizationIds: owners.notParticipants });
          if (reference && p.outputs.some((o) => o.kind === kind && o.reference === reference)) {
            throw conflict(`A ${kind} with reference ${reference} is already recorded for this project.`, { kind, reference });
          }
          if (p.outputs.length >= MAX_OUTPUTS) throw failedPrecondition(`A project has at most ${MAX_OUTPUTS} outputs.`);
          const o: OutputEntry = { outputId, kind, title, reference, ownerOrganizationIds: owners.owners, recordedAt: new Date().toISOString(), recordedBy: actor.id };
          return { set: { outputs: [...p.outputs, o] }, event: ProjectEvent.outputRecorded, subjectId: outputId };
        });
      },
    },

    /**
     * PROPOSED → ACTIVE | TERMINATED; ACTIVE → COMPLETED | TERMINATED; COMPLETED and TERMINATED are final
     * (anything else is CONFLICT). COMPLETED needs every milestone done. History is kept.
     */
    setStatus: {
      params: { projectId: objectId, status: enumOf(PROJECT_STATUSES), reason: optionalText(1000) },
      async handler(this: This, ctx: Context<{ projectId: string; status: ProjectStatus; reason?: string | null }, CallMeta>): Promise<ProjectDto> {
        const { status } = ctx.params;
        return this.changeProject(ctx, { _id: oid(ctx.params.projectId) }, (p, actor) => {
          if (!canTransition(p.status, status)) {
            const allowed = allowedTransitions(p.status);
            throw conflict(`The project is ${p.status}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (it is closed)'}, not ${status}.`, { from: p.status, to: status });
          }
          if (status === 'COMPLETED') {
            const open = p.milestones.filter((m) => !m.completedAt);
            if (open.length) throw failedPrecondition(`${open.length} milestone(s) are not completed yet; complete them or terminate the project.`, { openMilestoneIds: open.map((m) => m.milestoneId) });
          }
          const entry: StatusEntry = { status, at: new Date().toISOString(), by: actor.id, reason: ctx.params.reason || null };
          const day = today();
          const set: Partial<ProjectDoc> = { status, statusHistory: [...p.statusHistory, entry] };
          if (status === 'ACTIVE' && !p.startOn) set.startOn = day;
          if ((status === 'COMPLETED' || status === 'TERMINATED') && !p.endOn) set.endOn = day;
          return { set, event: ProjectEvent.statusChanged };
        });
      },
    },

    /** One project, or null if it does not exist; FORBIDDEN for callers who may not read it. */
    get: {
      params: { id: objectId },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ id: string }, CallMeta>): Promise<ProjectDto | null> {
        actorOf(ctx);
        const d = await this.models.Project.findById(ctx.params.id).lean<ProjectDoc>();
        if (!d) return null;
        await this.assertCanRead(ctx, d);
        return toProjectDto(d);
      },
    },

    /** Batch lookup for DataLoader and other services: same order as `ids`; null where missing or not readable by the caller. */
    getMany: {
      params: { ids: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ ids: string[] }, CallMeta>): Promise<(ProjectDto | null)[]> {
        const actor = actorOf(ctx);
        const docs = await this.models.Project.find({ _id: { $in: [...new Set(ctx.params.ids)].map(oid) } }).lean<ProjectDoc[]>();
        let funder: OrganizationDto | null | undefined;
        const readable = new Map<string, ProjectDto>();
        for (const d of docs) {
          const scope = { ...d, participantOrganizationIds: d.participantOrganizationIds ?? [] };
          let ok = readsProjectDirectly(actor, scope);
          if (!ok && hasRole(actor, 'FUNDER')) {
            funder = funder === undefined ? await this.funderOrg(ctx, actor) : funder;
            ok = funderCovers(actor, funder, d.regionCode);
          }
          if (ok) readable.set(String(d._id), toProjectDto(d));
        }
        return ctx.params.ids.map((id) => readable.get(id) ?? null);
      },
    },

    /**
     * An alliance's projects (Alliance.projects). The alliance lead's admins, funders over its region and platform
     * admins see all of them; anyone else sees the projects their organization takes part in.
     */
    listByAlliance: {
      params: { allianceId: objectId, status: { ...enumOf(PROJECT_STATUSES), optional: true, nullable: true }, first, after },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<ListByAllianceParams, CallMeta>): Promise<Page<ProjectDto>> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        const limit = pageSize(p.first);
        const afterId = decodeCursor(p.after);
        const alliance = await ctx.call<AllianceDto | null, { id: string }>('alliances.get', { id: p.allianceId });
        if (!alliance) throw notFound('Alliance', p.allianceId);
        const q: Record<string, unknown> = { allianceId: oid(p.allianceId) };
        const seesAll =
          readsProjectDirectly(actor, { leadOrganizationId: '', participantOrganizationIds: [], allianceLeadOrganizationId: alliance.leadOrganizationId, regionCode: alliance.regionCode }) ||
          (hasRole(actor, 'FUNDER') && funderCovers(actor, await this.funderOrg(ctx, actor), alliance.regionCode));
        if (!seesAll) {
          if (!actor.org) return toPage([], limit, (x: ProjectDto) => x.id);
          q.participantOrganizationIds = actor.org;
        }
        if (p.status) q.status = p.status;
        if (afterId) q._id = { $gt: oid(afterId) };
        const docs = await this.models.Project.find(q).sort({ _id: 1 }).limit(limit + 1).lean<ProjectDoc[]>();
        return toPage(docs.map(toProjectDto), limit, (x) => x.id);
      },
    },
  },

  methods: {
    async loadProject(this: This, id: string): Promise<ProjectDoc> {
      const p = await this.models.Project.findById(id).lean<ProjectDoc>();
      if (!p) throw notFound('Project', id);
      return p;
    },

    async changeProject(this: This, ctx: Context, filter, compute): Promise<ProjectDto> {
      const actor = actorOf(ctx);
      for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
        const p = await this.models.Project.findOne(filter).lean<ProjectDoc>();
        if (!p) throw notFound('milestoneIds' in filter ? 'Milestone' : 'Project', 'milestoneIds' in filter ? filter.milestoneIds : String(filter._id));
        if (!administersProject(actor, p.leadOrganizationId)) throw forbidden("Only the project lead's admins may change the project.");
        const change = compute(p, actor);
        // One writer per revision (see infra/claims.ts); a loser re-reads and re-applies like a lost compare-and-set.
        const won = await claim(this.models.Claim, `project:${p._id}:rev:${p.rev}`, {
          stillPending: async () => (await this.models.Project.countDocuments({ _id: p._id, rev: p.rev })) === 1,
        });
        const updated = !won
          ? null
          : await this.models.Project.findOneAndUpdate(
          { _id: p._id, rev: p.rev },
          { $set: { ...change.set, rev: p.rev + 1 } },
          { returnDocument: 'after' },
        ).lean<ProjectDoc>();
        if (updated) {
          const dto = toProjectDto(updated);
          ctx.emit(change.event, { projectId: dto.id, allianceId: dto.allianceId, status: dto.status, ...(change.subjectId ? { subjectId: change.subjectId } : {}) } satisfies ProjectEventPayload);
          return dto;
        }
        // Someone else changed the project first: back off a little (jittered, growing) and re-apply on the new state.
        await sleep(Math.random() * Math.min(2 + attempt * 2, 25));
      }
      this.logger.warn({ filter }, 'project change gave up after repeated compare-and-set conflicts');
      throw conflict('The project was changed by others at the same time too often; try again.');
    },

    async assertCanRead(this: This, ctx: Context, p: ProjectDoc): Promise<void> {
      const actor = actorOf(ctx);
      if (readsProjectDirectly(actor, { ...p, participantOrganizationIds: p.participantOrganizationIds ?? [] })) return;
      if (hasRole(actor, 'FUNDER') && funderCovers(actor, await this.funderOrg(ctx, actor), p.regionCode)) return;
      throw forbidden("Only the project's participants, the alliance lead's admins and funders in its region may read it.");
    },

    async funderOrg(this: This, ctx: Context, actor: Actor): Promise<OrganizationDto | null> {
      if (!actor.org) return null;
      return ctx.call<OrganizationDto | null, { id: string }>('organizations.get', { id: actor.org });
    },

    /** Kinds of the given organizations, after checking each is an active member of the alliance today (FAILED_PRECONDITION otherwise). */
    async activeMemberKinds(this: This, ctx: Context, allianceId: string, organizationIds: string[]): Promise<Map<string, string>> {
      const members = await ctx.call<MembershipDto[], { allianceId: string; asOf: string }>('alliances.activeMembersOn', { allianceId, asOf: today() });
      const kinds = new Map(members.map((m) => [m.organizationId, m.orgKind]));
      const missing = [...new Set(organizationIds)].filter((id) => !kinds.has(id));
      if (missing.length) {
        throw failedPrecondition(`${missing.length === 1 ? 'An organization is' : `${missing.length} organizations are`} not an active member of the alliance today; only active members take part in its projects.`, {
          rule: 'ACTIVE_MEMBER',
          organizationIds: missing,
        });
      }
      return kinds;
    },

    parseParticipant(this: This, input: ParticipantInput, actor: Actor, orgKind: string, now: string): ParticipantEntry {
      return {
        organizationId: input.organizationId,
        orgKind,
        role: input.role,
        committedFundingFen: input.committedFunding ? parseMoney(input.committedFunding, { field: 'committedFunding' }) : null,
        committedStaff: input.committedStaff ?? null,
        addedAt: now,
        addedBy: actor.id,
      };
    },
  },
};

export default ProjectsService;
