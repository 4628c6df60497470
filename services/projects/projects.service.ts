/**
 * The projects service: joint R&D projects (校企联合研发) of an alliance — participants, milestones, outputs and
 * a status life cycle. Handlers delegate: decisions are the rules of projects.rules.ts, flows are in ops/,
 * every change goes through `changeProject` (infra/revise.ts). Contract: projects.contract.ts.
 */
import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { Types } from 'mongoose';
import type { CallMeta } from '../../infra/auth.js';
import type { BatchEntry } from '../../infra/batch.js';
import { assertDate, today } from '../../infra/dates.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import type { Page } from '../../infra/pagination.js';
import type {
  AddMilestoneParams,
  AddParticipantParams,
  CompleteMilestoneParams,
  CreateProjectParams,
  ListByAllianceParams,
  ListByAlliancesParams,
  ProjectDto,
  RecordOutputParams,
  SetProjectStatusParams,
} from './projects.contract.js';
import { projectModels, type ProjectModels } from './projects.model.js';
import {
  addMilestoneParams,
  addParticipantParams,
  completeMilestoneParams,
  createParams,
  getManyParams,
  getParams,
  listByAllianceParams,
  listByAlliancesParams,
  recordOutputParams,
  setStatusParams,
} from './projects.params.js';
import { addMilestone, completeMilestone, recordOutput, setStatus } from './projects.rules.js';
import { addParticipant } from './ops/add-participant.js';
import { changeProject } from './ops/change-project.js';
import { createProject } from './ops/create-project.js';
import { getProject, getProjects, listByAlliance, listByAlliances } from './ops/read-projects.js';

type This = MongoVars<ProjectModels> & Pick<Service, 'logger'>;

const newId = () => new Types.ObjectId().toHexString();
const now = () => new Date().toISOString();

const ProjectsService: ServiceSchema<ServiceSettingSchema, Record<string, never>, This> = {
  name: 'projects',
  dependencies: ['alliances', 'organizations'],
  mixins: [mongoMixin('projects', projectModels)],

  actions: {
    /**
     * Creates a PROPOSED project. Exactly one LEAD participant (the project's lead organization, whose admins
     * may create it); at least one SCHOOL and one ENTERPRISE; every participant an active alliance member today.
     */
    create: {
      params: createParams,
      async handler(this: This, ctx: Context<CreateProjectParams, CallMeta>): Promise<ProjectDto> {
        const dto = await createProject(this.models, ctx);
        this.logger.info({ projectId: dto.id, allianceId: dto.allianceId }, 'project created');
        return dto;
      },
    },

    /** Adds a PARTNER (the lead is fixed at creation). The organization must be an active alliance member today. */
    addParticipant: {
      params: addParticipantParams,
      handler(this: This, ctx: Context<AddParticipantParams, CallMeta>): Promise<ProjectDto> {
        return addParticipant(this.models, ctx);
      },
    },

    /** Plans a milestone (`dueOn` YYYY-MM-DD, not before the project's start) while the project is PROPOSED or ACTIVE. */
    addMilestone: {
      params: addMilestoneParams,
      handler(this: This, ctx: Context<AddMilestoneParams, CallMeta>): Promise<ProjectDto> {
        const m = { milestoneId: newId(), title: ctx.params.title, dueOn: assertDate(ctx.params.dueOn, 'dueOn'), at: now() };
        return changeProject(this.models, ctx, { projectId: ctx.params.projectId }, (p) => addMilestone(p, m));
      },
    },

    /** Marks a milestone done now (UTC), with an optional evidence note (e.g. acceptance report number). Only while ACTIVE. */
    completeMilestone: {
      params: completeMilestoneParams,
      handler(this: This, ctx: Context<CompleteMilestoneParams, CallMeta>): Promise<ProjectDto> {
        const { milestoneId, evidenceNote } = ctx.params;
        const at = now();
        return changeProject(this.models, ctx, { milestoneId }, (p, actor) => completeMilestone(p, { milestoneId, evidenceNote, by: actor.id, at }));
      },
    },

    /** Records a result (patent, software copyright, …). Owners must be participants; by default the lead. */
    recordOutput: {
      params: recordOutputParams,
      handler(this: This, ctx: Context<RecordOutputParams, CallMeta>): Promise<ProjectDto> {
        const { projectId, ...output } = ctx.params;
        const [outputId, at] = [newId(), now()];
        return changeProject(this.models, ctx, { projectId }, (p, actor) => recordOutput(p, { ...output, outputId, by: actor.id, at }));
      },
    },

    /**
     * PROPOSED → ACTIVE | TERMINATED; ACTIVE → COMPLETED | TERMINATED; COMPLETED and TERMINATED are final
     * (anything else is CONFLICT). COMPLETED needs every milestone done. History is kept.
     */
    setStatus: {
      params: setStatusParams,
      handler(this: This, ctx: Context<SetProjectStatusParams, CallMeta>): Promise<ProjectDto> {
        const { projectId, status, reason } = ctx.params;
        const [at, day] = [now(), today()];
        return changeProject(this.models, ctx, { projectId }, (p, actor) => setStatus(p, { status, reason, by: actor.id, at, day }));
      },
    },

    /** One project, or null if it does not exist; FORBIDDEN for callers who may not read it. */
    get: {
      params: getParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Context<{ id: string }, CallMeta>): Promise<ProjectDto | null> {
        return getProject(this.models, ctx);
      },
    },

    /** Batch lookup for DataLoader and other services: same order as `ids`; null where missing or not readable by the caller. */
    getMany: {
      params: getManyParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Context<{ ids: string[] }, CallMeta>): Promise<(ProjectDto | null)[]> {
        return getProjects(this.models, ctx);
      },
    },

    /**
     * An alliance's projects. The alliance lead's admins, funders over its region and platform admins see all of
     * them; anyone else sees the projects their organization takes part in.
     */
    listByAlliance: {
      params: listByAllianceParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Context<ListByAllianceParams, CallMeta>): Promise<Page<ProjectDto>> {
        return listByAlliance(this.models, ctx);
      },
    },

    /** `listByAlliance` for many alliances at once (Alliance.projects in the gateway): one entry per id, in order. */
    listByAlliances: {
      params: listByAlliancesParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Context<ListByAlliancesParams, CallMeta>): Promise<BatchEntry<Page<ProjectDto>>[]> {
        return listByAlliances(this.models, ctx);
      },
    },
  },
};

export default ProjectsService;
