import { findPage, oid } from '../../../infra/entity.js';
import type { MemberPage, MemberQuery } from '../alliances.contract.js';
import { toMembershipDto } from '../alliances.mappers.js';
import { activeOnFilter, kindOnFilter, type AllianceModels, type MembershipDoc } from '../alliances.model.js';
import type { Classification } from '../alliances.rules.js';

/**
 * A page of an alliance's memberships in id order, with the number of all that match; with `asOf`, only those
 * active on that date (`activeOnFilter`); with `kind`, only those whose organization is of that kind on `asOf`
 * (`kindOnFilter` over `classificationOn`, the reclassified organizations; absent = the copied kind).
 * Errors: BAD_USER_INPUT (page size, cursor).
 */
export async function memberPage(models: AllianceModels, allianceId: string, q: MemberQuery, classificationOn: ReadonlyMap<string, Classification> = new Map()): Promise<MemberPage> {
  const filter: Record<string, unknown> = { allianceId: oid(allianceId) };
  if (q.status) filter.status = q.status;
  if (q.kind) Object.assign(filter, kindOnFilter(q.kind, classificationOn));
  if (q.asOf) Object.assign(filter, activeOnFilter(q.asOf));
  const [totalCount, page] = await Promise.all([
    models.Membership.countDocuments(filter),
    findPage<MembershipDoc, ReturnType<typeof toMembershipDto>>(models.Membership, filter, q, toMembershipDto),
  ]);
  return { ...page, totalCount };
}
