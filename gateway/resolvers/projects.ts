import type {
  AllianceProjectsArgs,
  MutationAddMilestoneArgs,
  MutationAddProjectParticipantArgs,
  MutationCompleteMilestoneArgs,
  MutationCreateProjectArgs,
  MutationRecordProjectOutputArgs,
  MutationSetProjectStatusArgs,
  QueryProjectArgs,
} from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type { AllianceDto } from '../../services/alliances/alliances.contract.js';
import { ProjectAction, type OutputDto, type ParticipantDto, type ProjectDto } from '../../services/projects/projects.contract.js';
import type { Page } from '../../infra/pagination.js';
import { toMoney } from '../../infra/money.js';

export const projectResolvers: GatewayResolvers = {
  Query: {
    project: (_: unknown, { id }: QueryProjectArgs, ctx: GatewayContext) => ctx.call<ProjectDto | null>(ProjectAction.get, { id }),
  },
  Mutation: {
    createProject: (_: unknown, { input }: MutationCreateProjectArgs, ctx: GatewayContext) => ctx.call<ProjectDto>(ProjectAction.create, input),
    addProjectParticipant: (_: unknown, args: MutationAddProjectParticipantArgs, ctx: GatewayContext) => ctx.call<ProjectDto>(ProjectAction.addParticipant, args),
    addMilestone: (_: unknown, args: MutationAddMilestoneArgs, ctx: GatewayContext) => ctx.call<ProjectDto>(ProjectAction.addMilestone, args),
    completeMilestone: (_: unknown, args: MutationCompleteMilestoneArgs, ctx: GatewayContext) => ctx.call<ProjectDto>(ProjectAction.completeMilestone, args),
    recordProjectOutput: (_: unknown, args: MutationRecordProjectOutputArgs, ctx: GatewayContext) => ctx.call<ProjectDto>(ProjectAction.recordOutput, args),
    setProjectStatus: (_: unknown, args: MutationSetProjectStatusArgs, ctx: GatewayContext) => ctx.call<ProjectDto>(ProjectAction.setStatus, args),
  },
  Alliance: {
    /** Batched per request: one `projects.listByAlliances` call per argument set, whatever the number of alliances. */
    projects: (a: AllianceDto, args: AllianceProjectsArgs, ctx: GatewayContext) => ctx.batch<Page<ProjectDto>>(ProjectAction.listByAlliances, 'allianceIds', a.id, args),
  },
  Project: {
    alliance: (p: ProjectDto, _: unknown, ctx: GatewayContext) => ctx.loaders.alliance.load(p.allianceId),
    leadOrganization: (p: ProjectDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(p.leadOrganizationId),
    totalCommittedFunding: (p: ProjectDto) => toMoney(p.totalCommittedFundingFen),
  },
  ProjectParticipant: {
    organization: (x: ParticipantDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(x.organizationId),
    committedFunding: (x: ParticipantDto) => (x.committedFundingFen === null ? null : toMoney(x.committedFundingFen)),
  },
  ProjectOutput: {
    owners: (o: OutputDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.loadMany(o.ownerOrganizationIds),
  },
};
