import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { callerFunderCovers } from '../../../infra/authz.js';
import { asUser } from '../../../infra/caller.js';
import { findInIdOrder, findPage } from '../../../infra/entity.js';
import { forbidden, notFound } from '../../../infra/errors.js';
import { settleEach, type BatchEntry } from '../../../infra/batch.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../../infra/pagination.js';
import { AllianceAction, type AllianceDto } from '../../alliances/alliances.contract.js';
import type { ListByAllianceParams, ListByAlliancesParams, ProjectDto } from '../projects.contract.js';
import { toProjectDto } from '../projects.mappers.js';
import { allianceProjectsFilter, type ProjectDoc, type ProjectModels } from '../projects.model.js';
import { readsProjectDirectly, seesAllOfAlliance } from '../projects.rules.js';
import { allianceOr404 } from './read-alliance.js';
import { msg } from '../../../infra/message-registry.js';

const SERVICE = 'projects';

/** Whether the caller may read the project: `readsProjectDirectly`, or a FUNDER over its region (one memoized lookup per request). */
async function mayRead(ctx: Context<unknown, CallMeta>, d: ProjectDoc): Promise<boolean> {
  if (readsProjectDirectly(actorOf(ctx), { ...d, participantOrganizationIds: d.participantOrganizationIds ?? [] })) return true;
  return callerFunderCovers(ctx, SERVICE, d.regionCode);
}

/** One project, or null if it does not exist; FORBIDDEN for callers who may not read it. */
export async function getProject(models: ProjectModels, ctx: Context<{ id: string }, CallMeta>): Promise<ProjectDto | null> {
  actorOf(ctx);
  const [d] = await findInIdOrder<ProjectDoc, ProjectDoc>(models.Project, [ctx.params.id], (x) => x);
  if (!d) return null;
  if (!(await mayRead(ctx, d))) throw forbidden(msg('projects.whoReads'));
  return toProjectDto(d);
}

/** The `getMany` contract: same order as `ids`; null where missing or not readable by the caller. */
export async function getProjects(models: ProjectModels, ctx: Context<{ ids: string[] }, CallMeta>): Promise<(ProjectDto | null)[]> {
  actorOf(ctx);
  const docs = await findInIdOrder<ProjectDoc, ProjectDoc>(models.Project, ctx.params.ids, (x) => x);
  const readable = new Map<string, ProjectDto | null>();
  for (const d of docs) {
    if (d && !readable.has(String(d._id))) readable.set(String(d._id), (await mayRead(ctx, d)) ? toProjectDto(d) : null);
  }
  return docs.map((d) => (d ? (readable.get(String(d._id)) ?? null) : null));
}

/**
 * One page of an alliance's projects in id order. The alliance lead's admins, funders over its region and
 * platform admins see all of them; anyone else only those their organization takes part in (none without one).
 */
async function pageOfAlliance(models: ProjectModels, ctx: Context<unknown, CallMeta>, alliance: AllianceDto, q: Omit<ListByAllianceParams, 'allianceId'>): Promise<Page<ProjectDto>> {
  const actor = actorOf(ctx);
  const seesAll = seesAllOfAlliance(actor, alliance.leadOrganizationId) || (await callerFunderCovers(ctx, SERVICE, alliance.regionCode));
  if (!seesAll && !actor.org) return toPage([], pageSize(q.first), (x: ProjectDto) => x.id);
  const filter = allianceProjectsFilter({ allianceId: alliance.id, status: q.status, participantOrganizationId: seesAll ? null : actor.org });
  return findPage<ProjectDoc, ProjectDto>(models.Project, filter, q, toProjectDto);
}

/** `projects.listByAlliance`: paging arguments are checked first (BAD_USER_INPUT), then the alliance (NOT_FOUND). */
export async function listByAlliance(models: ProjectModels, ctx: Context<ListByAllianceParams, CallMeta>): Promise<Page<ProjectDto>> {
  actorOf(ctx);
  pageSize(ctx.params.first);
  decodeCursor(ctx.params.after);
  return pageOfAlliance(models, ctx, await allianceOr404(ctx, ctx.params.allianceId), ctx.params);
}

/**
 * `projects.listByAlliances` (the gateway's batched Alliance.projects): the same page for each alliance, one
 * entry per id in order; an unknown alliance is that entry's NOT_FOUND failure. Alliances are read in one call.
 */
export async function listByAlliances(models: ProjectModels, ctx: Context<ListByAlliancesParams, CallMeta>): Promise<BatchEntry<Page<ProjectDto>>[]> {
  actorOf(ctx);
  const { allianceIds, ...q } = ctx.params;
  pageSize(q.first);
  decodeCursor(q.after);
  const alliances = await ctx.call<(AllianceDto | null)[], { ids: string[] }>(AllianceAction.getMany, { ids: allianceIds }, asUser(ctx));
  const byId = new Map(alliances.flatMap((a) => (a ? [[a.id, a] as const] : [])));
  return settleEach(allianceIds, async (id) => {
    const alliance = byId.get(id);
    if (!alliance) throw notFound('Alliance', id);
    return pageOfAlliance(models, ctx, alliance, q);
  });
}
