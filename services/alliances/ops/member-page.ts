import { oid } from '../../../infra/entity.js';
import { decodeCursor, pageSize, toPage } from '../../../infra/pagination.js';
import type { MemberPage, MemberQuery } from '../alliances.contract.js';
import { toMembershipDto } from '../alliances.mappers.js';
import { activeOnFilter, kindOnFilter, type AllianceModels, type MembershipDoc } from '../alliances.model.js';
import type { Classification } from '../alliances.rules.js';

/**
 * A page of an alliance's memberships in id order, with the number of all that match; with `asOf`, only those
 * active on that date (`activeOnFilter`); with `kind`, only those whose organization is of that kind on `asOf`
 * (`kindOnFilter` over `classificationOn`, the reclassified organizations; absent = the copied kind).
 * One database command: a `$facet` over the filter counts all matches and takes the keyset page (`_id` after the
 * cursor, `first + 1` in id order) together (it was a count and a find). Errors: BAD_USER_INPUT (page size, cursor).
 */
export async function memberPage(models: AllianceModels, allianceId: string, q: MemberQuery, classificationOn: ReadonlyMap<string, Classification> = new Map()): Promise<MemberPage> {
  const filter: Record<string, unknown> = { allianceId: oid(allianceId) };
  if (q.status) filter.status = q.status;
  if (q.kind) Object.assign(filter, kindOnFilter(q.kind, classificationOn));
  if (q.asOf) Object.assign(filter, activeOnFilter(q.asOf));
  const limit = pageSize(q.first);
  const afterId = decodeCursor(q.after);
  const pageStages = [...(afterId ? [{ $match: { _id: { $gt: oid(afterId) } } }] : []), { $sort: { _id: 1 as const } }, { $limit: limit + 1 }];
  const [res] = await models.Membership.aggregate<{ total: { n: number }[]; page: MembershipDoc[] }>([
    { $match: filter },
    { $facet: { total: [{ $group: { _id: 1, n: { $sum: 1 } } }], page: pageStages } },
  ]);
  const page = toPage((res?.page ?? []).map(toMembershipDto), limit, (t) => t.id);
  return { ...page, totalCount: res?.total[0]?.n ?? 0 };
}
