import type { Context } from 'moleculer';
import type { PipelineStage } from 'mongoose';
import type { CallMeta } from '../../../infra/auth.js';
import { asUser } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { oid } from '../../../infra/entity.js';
import { ORGANIZATION_KINDS, OrganizationAction, SCHOOL_TYPES } from '../../organizations/organizations.contract.js';
import type { CountMembersParams, MemberCounts } from '../alliances.contract.js';
import { activeOnFilter, type AllianceModels } from '../alliances.model.js';
import { foldCounts } from '../alliances.rules.js';

type Row = { _id: unknown; n: number };

/**
 * Active members on `asOf` (default today) of each alliance, by kind and school type, without organizations
 * disqualified on that date: one `MemberCounts` per id, in order (zeros for an unknown id). A fixed amount of work
 * per call whatever the number and size of the alliances: one call for disqualifications and one aggregation —
 * one `$match` (allianceId `$in`, `activeOnFilter`) and a `$facet` that groups by allianceId once per kind and once
 * per school type (the emulator groups by plain paths only; kinds and school types are closed enums).
 */
export async function countMembers(models: AllianceModels, ctx: Context<CountMembersParams, CallMeta>): Promise<MemberCounts[]> {
  const asOf = ctx.params.asOf ?? today();
  const ids = ctx.params.allianceIds;
  const excluded = await ctx.call<string[], { asOf: string }>(OrganizationAction.disqualifiedOn, { asOf }, asUser(ctx));
  const match: Record<string, unknown> = { allianceId: { $in: [...new Set(ids)].map(oid) }, ...activeOnFilter(asOf) };
  if (excluded.length) match.organizationId = { $nin: excluded.map(oid) };
  const byAlliance: PipelineStage.FacetPipelineStage = { $group: { _id: '$allianceId', n: { $sum: 1 } } };
  const facets: Record<string, PipelineStage.FacetPipelineStage[]> = {};
  for (const kind of ORGANIZATION_KINDS) facets[`k_${kind}`] = [{ $match: { orgKind: kind } }, byAlliance];
  for (const type of SCHOOL_TYPES) facets[`t_${type}`] = [{ $match: { orgKind: 'SCHOOL', schoolType: type } }, byAlliance];
  const [res] = await models.Membership.aggregate<Record<string, Row[]>>([{ $match: match }, { $facet: facets }]);
  const counts = new Map(ids.map((id) => [id, { byKind: {} as Record<string, number>, bySchoolType: {} as Record<string, number> }]));
  for (const [facet, rows] of Object.entries(res ?? {})) {
    const [which, key] = [facet.slice(0, 1), facet.slice(2)];
    for (const r of rows) {
      const c = counts.get(String(r._id));
      if (c && r.n > 0) (which === 'k' ? c.byKind : c.bySchoolType)[key] = r.n;
    }
  }
  return ids.map((id) => {
    const c = counts.get(id)!;
    return foldCounts(asOf, c.byKind, c.bySchoolType);
  });
}
