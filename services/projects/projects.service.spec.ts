/**
 * The projects actions at the broker level (`new ServiceBroker({ logger: false })`, no transporter): the real
 * service over the run's test database, with stand-ins for the alliances and organizations services it asks.
 */
import { ServiceBroker, type Context, type ServiceSchema } from 'moleculer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standingOfStandIn, unitBroker } from '../../test/helpers/unit-broker.js';
import { mintToken, systemToken, type Role } from '../../infra/auth.js';
import type { BatchEntry } from '../../infra/batch.js';
import type { Page } from '../../infra/pagination.js';
import { outcome } from '../../test/helpers/outcomes.js';
import type { ClaimDoc } from '../../infra/claims.js';
import { ProjectAction, ProjectEvent, type ProjectDto, type ProjectEventPayload } from './projects.contract.js';
import type { ProjectModels } from './projects.model.js';
import ProjectsService from './projects.service.js';

const ALLIANCE = 'a00000000000000000000001';
const OTHER_ALLIANCE = 'a00000000000000000000002';
const MISSING = 'ffffffffffffffffffffffff';
const ALLIANCE_LEAD = 'c00000000000000000000001';
const SCHOOL = '500000000000000000000001';
const FIRM = 'e00000000000000000000001';
const FIRM2 = 'e00000000000000000000002';
const OUTSIDER = 'e00000000000000000000009';
const FUNDER_ORG = '600000000000000000000001';
const FAR_FUNDER_ORG = '600000000000000000000002';

const alliances = {
  [ALLIANCE]: { id: ALLIANCE, leadOrganizationId: ALLIANCE_LEAD, regionCode: '450203', status: 'ACTIVE' },
  [OTHER_ALLIANCE]: { id: OTHER_ALLIANCE, leadOrganizationId: ALLIANCE_LEAD, regionCode: '450203', status: 'ACTIVE' },
};
const members = [
  { organizationId: SCHOOL, orgKind: 'SCHOOL' },
  { organizationId: FIRM, orgKind: 'ENTERPRISE' },
  { organizationId: FIRM2, orgKind: 'ENTERPRISE' },
];
const orgs: Record<string, { id: string; kind: string; regionCode: string }> = {
  [FUNDER_ORG]: { id: FUNDER_ORG, kind: 'GOVERNMENT', regionCode: '450000' },
  [FAR_FUNDER_ORG]: { id: FAR_FUNDER_ORG, kind: 'GOVERNMENT', regionCode: '610100' },
};

const calls: Record<string, number> = {};
const count = (action: string) => void (calls[action] = (calls[action] ?? 0) + 1);
const events: { name: string; payload: ProjectEventPayload }[] = [];

const AlliancesStandIn: ServiceSchema = {
  name: 'alliances',
  actions: {
    get: (ctx: Context<{ id: string }>) => (count('alliances.get'), alliances[ctx.params.id as keyof typeof alliances] ?? null),
    getMany: (ctx: Context<{ ids: string[] }>) => (count('alliances.getMany'), ctx.params.ids.map((id) => alliances[id as keyof typeof alliances] ?? null)),
    activeMembersOn: () => (count('alliances.activeMembersOn'), members),
  },
};
const OrganizationsStandIn: ServiceSchema = {
  name: 'organizations',
  actions: { getMany: (ctx: Context<{ ids: string[] }>) => (count('organizations.getMany'), ctx.params.ids.map((id) => orgs[id] ?? null)), standingOf: standingOfStandIn() },
};
const Listener: ServiceSchema = {
  name: 'listener',
  events: {
    'projects.*'(ctx: Context<ProjectEventPayload>) {
      events.push({ name: ctx.eventName!, payload: ctx.params });
    },
  },
};

let broker: ServiceBroker;
let models: ProjectModels;
const tokens: Record<string, string> = {};
const token = (roles: Role[], org?: string) => mintToken({ sub: `u-${roles.join('-')}-${org ?? 'none'}`, roles, org, expiresIn: '1h' });
const call = <T>(action: string, params: Record<string, unknown>, as: string) => broker.call(action, params, { meta: { token: as } }) as Promise<T>;

beforeAll(async () => {
  broker = unitBroker();
  broker.createService(AlliancesStandIn);
  broker.createService(OrganizationsStandIn);
  broker.createService(Listener);
  const svc = broker.createService(ProjectsService);
  await broker.start();
  models = (svc as unknown as { models: ProjectModels }).models;
  Object.assign(tokens, {
    schoolAdmin: await token(['ORG_ADMIN'], SCHOOL),
    firmMember: await token(['ORG_MEMBER'], FIRM),
    firm2Member: await token(['ORG_MEMBER'], FIRM2),
    outsider: await token(['ORG_ADMIN'], OUTSIDER),
    allianceLeadAdmin: await token(['ORG_ADMIN'], ALLIANCE_LEAD),
    funder: await token(['FUNDER'], FUNDER_ORG),
    farFunder: await token(['FUNDER'], FAR_FUNDER_ORG),
    system: await systemToken('test', 'projects'),
  });
});
afterAll(async () => {
  await models?.Project.deleteMany({});
  await models?.Claim.deleteMany({});
  await broker?.stop();
});

const create = (allianceId = ALLIANCE) =>
  call<ProjectDto>(ProjectAction.create, { allianceId, title: '电驱系统联合研发', participants: [{ organizationId: SCHOOL, role: 'LEAD' }, { organizationId: FIRM, role: 'PARTNER' }] }, tokens.schoolAdmin);

describe('projects actions on a broker', () => {
  it('create stores a PROPOSED project with the alliance snapshot and emits projects.created', async () => {
    const proj = await create();
    expect(proj).toMatchObject({ allianceId: ALLIANCE, allianceLeadOrganizationId: ALLIANCE_LEAD, regionCode: '450203', status: 'PROPOSED', rev: 0 });
    const stored = await models.Project.findById(proj.id).lean();
    expect(stored?.participantOrganizationIds).toEqual([SCHOOL, FIRM]);
    await expect.poll(() => events.filter((e) => e.payload.projectId === proj.id).map((e) => e.name)).toEqual([ProjectEvent.created]);
    expect(events.find((e) => e.payload.projectId === proj.id)?.payload).toEqual({ projectId: proj.id, allianceId: ALLIANCE, status: 'PROPOSED' });
  });

  it('a change claims `project:<id>:rev:<r>`, bumps rev and emits its event with the subject', async () => {
    const proj = await create();
    const changed = await call<ProjectDto>(ProjectAction.addMilestone, { projectId: proj.id, title: '样机', dueOn: '2026-06-30' }, tokens.schoolAdmin);
    expect(changed.rev).toBe(1);
    const claims = await models.Claim.find({ _id: { $regex: `^project:${proj.id}:` } }).lean<ClaimDoc[]>();
    expect(claims.map((c) => c._id)).toEqual([`project:${proj.id}:rev:0`]);
    const milestoneId = changed.milestones[0].id;
    await expect.poll(() => events.filter((e) => e.payload.projectId === proj.id).map((e) => e.name)).toEqual([ProjectEvent.created, ProjectEvent.milestoneAdded]);
    expect(events.find((e) => e.name === ProjectEvent.milestoneAdded && e.payload.projectId === proj.id)?.payload.subjectId).toBe(milestoneId);
  });

  it('a refused change writes nothing and claims nothing', async () => {
    const proj = await create();
    expect(await outcome(call(ProjectAction.setStatus, { projectId: proj.id, status: 'COMPLETED' }, tokens.schoolAdmin))).toMatchObject({ type: 'CONFLICT', data: { from: 'PROPOSED', to: 'COMPLETED' } });
    expect(await outcome(call(ProjectAction.setStatus, { projectId: proj.id, status: 'ACTIVE' }, tokens.firmMember))).toMatchObject({ type: 'FORBIDDEN' });
    expect((await models.Project.findById(proj.id).lean())?.rev).toBe(0);
    expect(await models.Claim.countDocuments({ _id: `project:${proj.id}:rev:0` })).toBe(0);
  });

  it('NOT_FOUND names the project or the milestone', async () => {
    expect(await outcome(call(ProjectAction.addMilestone, { projectId: MISSING, title: 'x', dueOn: '2026-06-30' }, tokens.schoolAdmin))).toEqual({ type: 'NOT_FOUND', data: { id: MISSING } });
    expect(await outcome(call(ProjectAction.completeMilestone, { milestoneId: MISSING }, tokens.schoolAdmin))).toEqual({ type: 'NOT_FOUND', data: { id: MISSING } });
  });

  it('getMany answers in id order with null for missing and unreadable; a funder is looked up once per request', async () => {
    const proj = await create();
    const ids = [MISSING, proj.id, proj.id];
    expect((await call<(ProjectDto | null)[]>(ProjectAction.getMany, { ids }, tokens.firmMember)).map((x) => x?.id ?? null)).toEqual([null, proj.id, proj.id]);
    expect(await call(ProjectAction.getMany, { ids }, tokens.outsider)).toEqual([null, null, null]);
    expect(await call(ProjectAction.getMany, { ids }, tokens.farFunder)).toEqual([null, null, null]);
    const before = calls['organizations.getMany'] ?? 0;
    expect((await call<(ProjectDto | null)[]>(ProjectAction.getMany, { ids }, tokens.funder)).map((x) => x?.id ?? null)).toEqual([null, proj.id, proj.id]);
    expect(calls['organizations.getMany']).toBe(before + 1);
    expect(await outcome(call(ProjectAction.get, { id: proj.id }, tokens.outsider))).toMatchObject({ type: 'FORBIDDEN' });
    expect(await call(ProjectAction.get, { id: MISSING }, tokens.schoolAdmin)).toBeNull();
  });

  it('listByAlliances answers one page per alliance id in order, NOT_FOUND as that entry’s failure, with one alliances lookup', async () => {
    const other = await create(OTHER_ALLIANCE);
    const before = { many: calls['alliances.getMany'] ?? 0, one: calls['alliances.get'] ?? 0 };
    const entries = await call<BatchEntry<Page<ProjectDto>>[]>(ProjectAction.listByAlliances, { allianceIds: [OTHER_ALLIANCE, MISSING, OTHER_ALLIANCE], first: 10 }, tokens.allianceLeadAdmin);
    expect(calls['alliances.getMany']).toBe(before.many + 1);
    expect(calls['alliances.get'] ?? 0).toBe(before.one);
    expect(entries).toHaveLength(3);
    const [first, missing, again] = entries as [Page<ProjectDto>, { __error: { type: string; data: unknown } }, Page<ProjectDto>];
    expect(first.edges.map((e) => e.node.id)).toEqual([other.id]);
    expect(again).toEqual(first);
    expect(missing.__error).toMatchObject({ type: 'NOT_FOUND', data: { id: MISSING } });
    // The same answer as listByAlliance, entry by entry, for a participant (own projects only) and a stranger (none).
    for (const as of [tokens.firmMember, tokens.firm2Member, tokens.funder]) {
      const [batched] = await call<Page<ProjectDto>[]>(ProjectAction.listByAlliances, { allianceIds: [ALLIANCE], first: 100 }, as);
      const single = await call<Page<ProjectDto>>(ProjectAction.listByAlliance, { allianceId: ALLIANCE, first: 100 }, as);
      expect(batched).toEqual(single);
    }
    const [mine] = await call<Page<ProjectDto>[]>(ProjectAction.listByAlliances, { allianceIds: [ALLIANCE], first: 100 }, tokens.firmMember);
    expect(mine.edges.length).toBeGreaterThan(0);
    const [none] = await call<Page<ProjectDto>[]>(ProjectAction.listByAlliances, { allianceIds: [ALLIANCE], first: 100 }, tokens.firm2Member);
    expect(none.edges).toEqual([]);
    expect(await outcome(call(ProjectAction.listByAlliances, { allianceIds: [ALLIANCE], first: 101 }, tokens.firmMember))).toMatchObject({ type: 'VALIDATION_ERROR' });
    expect(await outcome(call(ProjectAction.listByAlliances, { allianceIds: [ALLIANCE], after: 'nonsense' }, tokens.firmMember))).toMatchObject({ type: 'BAD_USER_INPUT', data: { field: 'after' } });
  });
});
