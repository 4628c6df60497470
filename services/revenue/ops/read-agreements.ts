import type { Context } from 'moleculer';
import { actorOf } from '../../../infra/auth.js';
import { callerFunderRegion } from '../../../infra/authz.js';
import { inIdOrder, settleEach, type BatchEntry } from '../../../infra/batch.js';
import type { CallMeta } from '../../../infra/caller.js';
import { findPage, oid } from '../../../infra/entity.js';
import { forbidden, notFound } from '../../../infra/errors.js';
import type { Page } from '../../../infra/pagination.js';
import { REVENUE_SERVICE, type AgreementVersionDto, type GetVersionsOnParams, type ListAgreementsParams, type RevenueAgreementDto, type RevenueEventDto } from '../revenue.contract.js';
import { involvesOrganizationFilter, type AgreementDoc, type EventDoc, type RevenueModels } from '../revenue.model.js';
import { toAgreementDto, toEventDto } from '../revenue.mappers.js';
import { readsAgreement, versionOn } from '../revenue.rules.js';
import { policies } from '../policies.js';
import { AGREEMENT } from './load.js';
import { MAY_READ_AGREEMENT, assertReadsAgreement, assertReadsStatement } from './statements.js';
import { msg } from '../../../infra/message-registry.js';

const byIds = (ids: readonly string[]) => ({ _id: { $in: [...new Set(ids)].map(oid) } });

/** One agreement, null when missing; FORBIDDEN when the caller may not read it. */
export async function getAgreement(ctx: Context<{ id: string }, CallMeta>, models: RevenueModels): Promise<RevenueAgreementDto | null> {
  actorOf(ctx);
  const a = await models.Agreement.findById(ctx.params.id).lean<AgreementDoc>();
  if (!a) return null;
  await assertReadsAgreement(ctx, a);
  return toAgreementDto(a, await policies(models.Policy));
}

/** The agreements with these ids that the caller may read (the rest are absent), and the policies to show them with. */
async function readableAgreements(ctx: Context<unknown, CallMeta>, models: RevenueModels, ids: readonly string[]) {
  const actor = actorOf(ctx);
  const docs = await models.Agreement.find(byIds(ids)).lean<AgreementDoc[]>();
  const region = await callerFunderRegion(ctx, REVENUE_SERVICE);
  return { docs, readable: docs.filter((d) => readsAgreement(actor, d, region)) };
}

/** Batch lookup for DataLoader: same order as `ids`; null where missing or not readable by the caller. */
export async function getAgreements(ctx: Context<{ ids: string[] }, CallMeta>, models: RevenueModels): Promise<(RevenueAgreementDto | null)[]> {
  const { readable } = await readableAgreements(ctx, models, ctx.params.ids);
  const all = await policies(models.Policy);
  return inIdOrder(ctx.params.ids, readable.map((d) => [String(d._id), toAgreementDto(d, all)] as const));
}

/** Agreements an organization owns or is a party to, paged in id order (its admins, a funder over it, platform admins). */
export async function listAgreements(ctx: Context<ListAgreementsParams, CallMeta>, models: RevenueModels): Promise<Page<RevenueAgreementDto>> {
  actorOf(ctx);
  const { organizationId, first, after } = ctx.params;
  await assertReadsStatement(ctx, organizationId, msg('revenue.whoListsAgreements'));
  const all = await policies(models.Policy);
  return findPage<AgreementDoc, RevenueAgreementDto>(models.Agreement, involvesOrganizationFilter(organizationId), { first, after }, (d) => toAgreementDto(d, all));
}

/**
 * Batch (gateway `RevenueAgreement.versionOn(date)`): per agreement id, in order, the version in force on `date`
 * (null before version 1); a `BatchFailure` with NOT_FOUND or FORBIDDEN for that agreement alone.
 */
export async function versionsOn(ctx: Context<GetVersionsOnParams, CallMeta>, models: RevenueModels): Promise<BatchEntry<AgreementVersionDto | null>[]> {
  const { agreementIds, date } = ctx.params;
  const { docs, readable } = await readableAgreements(ctx, models, agreementIds);
  const all = await policies(models.Policy);
  const found = new Set(docs.map((d) => String(d._id)));
  const dtos = new Map(readable.map((d) => [String(d._id), toAgreementDto(d, all)]));
  return settleEach(agreementIds, async (id) => {
    const a = dtos.get(id);
    if (!a) throw found.has(id) ? forbidden(MAY_READ_AGREEMENT) : notFound(AGREEMENT, id);
    return versionOn(a.versions, date);
  });
}

/** Batch lookup for DataLoader: same order as `ids`; null where missing or in an agreement the caller may not read. */
export async function getEvents(ctx: Context<{ ids: string[] }, CallMeta>, models: RevenueModels): Promise<(RevenueEventDto | null)[]> {
  actorOf(ctx);
  const docs = await models.Event.find(byIds(ctx.params.ids)).lean<EventDoc[]>();
  const { readable: agreements } = await readableAgreements(ctx, models, docs.map((d) => d.agreementId));
  const readable = new Set(agreements.map((a) => String(a._id)));
  return inIdOrder(ctx.params.ids, docs.filter((d) => readable.has(d.agreementId)).map((d) => [String(d._id), toEventDto(d)] as const));
}
