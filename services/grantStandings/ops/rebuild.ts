/** Rebuilds every row from the source services (events over NATS are not durable). */
import type { Caller } from '../../../infra/caller.js';
import type { Page } from '../../../infra/pagination.js';
import { AllianceAction, type AllianceDto } from '../../alliances/alliances.contract.js';
import { GrantAction } from '../../grants/grants.contract.js';
import type { StandingsRebuild } from '../grantStandings.contract.js';
import type { StandingModels } from '../grantStandings.model.js';
import { recomputeAlliance } from './recompute.js';

/** The ids of the alliances of a region (and the regions below it), paging through `alliances.list`; stops early when `stopping()`. */
export async function allianceIdsInRegion(call: Caller, regionCode: string, stopping: () => boolean): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<AllianceDto> = await call(AllianceAction.list, { filter: { regionCode }, first: 100, after: cursor });
    ids.push(...page.edges.map((e) => e.node.id));
    cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (cursor && !stopping());
  return ids;
}

/**
 * Every alliance of a region some program covers, recomputed one by one. First asks the grants service to finish
 * decisions interrupted half-way (`grants.repairDecisions`), so their awards show in the rows.
 */
export async function rebuildAll(models: StandingModels, call: Caller, stopping: () => boolean): Promise<StandingsRebuild> {
  await call(GrantAction.repairDecisions, {});
  const regions = await call<string[]>(GrantAction.programRegions, {});
  const ids = new Set<string>();
  for (const region of regions) {
    for (const id of await allianceIdsInRegion(call, region, stopping)) ids.add(id);
  }
  let standings = 0;
  for (const id of ids) {
    if (stopping()) break;
    standings += await recomputeAlliance(models, call, id);
  }
  return { alliances: ids.size, standings };
}
