/** Applications the caller may see, a page at a time, with their awards. */
import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { forbidden } from '../../../infra/errors.js';
import { oid } from '../../../infra/entity.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../../infra/pagination.js';
import type { GrantApplicationDto, ListApplicationsParams } from '../grants.contract.js';
import { applicationsVisibleFilter, type AwardDoc, type GrantApplicationDoc, type GrantModels } from '../grants.model.js';
import { toApplicationDto } from '../grants.mappers.js';
import { applicationScopes, listsOnlyOwnPrograms } from '../grants.rules.js';
import { loadProgram } from './decide-application.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * A funder sees those of its own programs (naming another funder's program is FORBIDDEN, NOT_FOUND for an unknown
 * one), a lead unit's admin those of its alliances (other organization admins get an empty list), platform admins
 * all. Callers with neither role are FORBIDDEN. Keyset pages in id order.
 */
export async function listApplications(models: GrantModels, ctx: Context<ListApplicationsParams, CallMeta>): Promise<Page<GrantApplicationDto>> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const limit = pageSize(p.first);
  const afterId = decodeCursor(p.after);
  const q: Record<string, unknown> = applicationsVisibleFilter(applicationScopes(actor));
  if (p.programId && listsOnlyOwnPrograms(actor)) {
    const program = await loadProgram(models, p.programId);
    if (String(program.funderOrganizationId) !== actor.org) throw forbidden(msg('grants.funderSeesOwnApplications'));
  }
  if (p.programId) q.programId = oid(p.programId);
  if (p.allianceId) q.allianceId = oid(p.allianceId);
  if (p.status) q.status = p.status;
  if (afterId) q._id = { $gt: oid(afterId) };
  const docs = await models.Application.find(q).sort({ _id: 1 }).limit(limit + 1).lean<GrantApplicationDoc[]>();
  const awards = await models.Award.find({ applicationId: { $in: docs.map((d) => d._id) } }).lean<AwardDoc[]>();
  const byApp = new Map(awards.map((a) => [String(a.applicationId), a]));
  return toPage(docs.map((d) => toApplicationDto(d, byApp.get(String(d._id)) ?? null)), limit, (a) => a.id);
}
