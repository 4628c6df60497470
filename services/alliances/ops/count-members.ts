import type { Context } from 'moleculer';
import type { PipelineStage } from 'mongoose';
import type { CallMeta } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { oid } from '../../../infra/entity.js';
import { ORGANIZATION_KINDS, SCHOOL_TYPES } from '../../organizations/organizations.contract.js';
import type { CountMembersParams, MemberCounts } from '../alliances.contract.js';
import { activeOnFilter, type AllianceModels, type MembershipDoc } from '../alliances.model.js';
import { foldCounts, reclassifyCounts, type Classification } from '../alliances.rules.js';
import { disqualifiedAndReclassifiedOn } from './classifications.js';

type Row = { _id: unknown; n: number };

/**
 * Active members on `asOf` (default today) of each alliance, by kind and school type, without organizations
 * disqualified on that date, each organization counted by its kind and school type ON THAT DATE: one `MemberCounts`
 * per id, in order (zeros for an unknown id). A fixed amount of work per call whatever the number and size of the
 * alliances: two calls to organizations (disqualified on the date; the organizations ever reclassified, with their
 * classification on the date) and one aggregation (see `countRows`).
 */
export async function countMembers(models: AllianceModels, ctx: Context<CountMembersParams, CallMeta>): Promise<MemberCounts[]> {
  const asOf = ctx.params.asOf ?? today();
  const { disqualified, classificationOn } = await disqualifiedAndReclassifiedOn(ctx, asOf);
  return countRows(models, ctx.params.allianceIds, asOf, disqualified, classificationOn);
}

/**
 * The counting itself, one aggregation: one `$match` (allianceId `$in`, `activeOnFilter`, not `excluded`) and a
 * `$facet` that groups by allianceId once per kind and once per school type as copied onto the memberships (the
 * emulator groups by plain paths only; kinds and school types are closed enums), plus — when some organizations were
 * reclassified — one facet listing the matched memberships of those organizations, whose copied classification
 * `reclassifyCounts` replaces by the one in force on `asOf`. The result equals counting every active membership by
 * its organization's classification on `asOf` (property-tested in alliances.model.spec.ts).
 */
export async function countRows(
  models: AllianceModels,
  ids: readonly string[],
  asOf: string,
  excluded: readonly string[],
  classificationOn: ReadonlyMap<string, Classification>,
): Promise<MemberCounts[]> {
  const match: Record<string, unknown> = { allianceId: { $in: [...new Set(ids)].map(oid) }, ...activeOnFilter(asOf) };
  if (excluded.length) match.organizationId = { $nin: excluded.map(oid) };
  const byAlliance: PipelineStage.FacetPipelineStage = { $group: { _id: '$allianceId', n: { $sum: 1 } } };
  const facets: Record<string, PipelineStage.FacetPipelineStage[]> = {};
  for (const kind of ORGANIZATION_KINDS) facets[`k_${kind}`] = [{ $match: { orgKind: kind } }, byAlliance];
  for (const type of SCHOOL_TYPES) facets[`t_${type}`] = [{ $match: { orgKind: 'SCHOOL', schoolType: type } }, byAlliance];
  if (classificationOn.size) facets.reclassified = [{ $match: { organizationId: { $in: [...classificationOn.keys()].map(oid) } } }];
  const [res] = await models.Membership.aggregate<Record<string, unknown[]>>([{ $match: match }, { $facet: facets }]);
  const counts = new Map(ids.map((id) => [id, { byKind: {} as Record<string, number>, bySchoolType: {} as Record<string, number> }]));
  for (const [facet, rows] of Object.entries(res ?? {})) {
    if (facet === 'reclassified') continue;
    const [which, key] = [facet.slice(0, 1), facet.slice(2)];
    for (const r of rows as Row[]) {
      const c = counts.get(String(r._id));
      if (c && r.n > 0) (which === 'k' ? c.byKind : c.bySchoolType)[key] = r.n;
    }
  }
  const moved = ((res?.reclassified ?? []) as MembershipDoc[]).map((m) => ({ allianceId: String(m.allianceId), organizationId: String(m.organizationId), orgKind: m.orgKind, schoolType: m.schoolType ?? null }));
  return ids.map((id) => {
    const c = counts.get(id)!;
    const own = moved.filter((m) => m.allianceId === id);
    const fixed = own.length ? reclassifyCounts(c.byKind, c.bySchoolType, own, classificationOn) : c;
    return foldCounts(asOf, fixed.byKind, fixed.bySchoolType);
  });
}
