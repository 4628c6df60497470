import type { Context } from 'moleculer';
import { actorOf } from '../../../infra/auth.js';
import { callerFunderRegion } from '../../../infra/authz.js';
import { settleEach, type BatchEntry } from '../../../infra/batch.js';
import { asSystem, type CallMeta } from '../../../infra/caller.js';
import { oid } from '../../../infra/entity.js';
import { forbidden, notFound } from '../../../infra/errors.js';
import { parseFenSum, toFenSum } from '../../../infra/money.js';
import { OrganizationAction, type OrganizationDto } from '../../organizations/organizations.contract.js';
import {
  AGREEMENT_BATCH_EVENTS,
  REVENUE_SERVICE,
  type AgreementStatementDto,
  type AgreementStatementParams,
  type GetAgreementStatementsParams,
  type RevenueEventDto,
  type RevenueStatementDto,
  type StatementLine,
  type StatementPageDto,
  type StatementPageParams,
  type StatementParams,
} from '../revenue.contract.js';
import { LEDGER_ORDER, afterKeyFilter, agreementEventsFilter, organizationEventsFilter, type AgreementDoc, type EventDoc, type RevenueModels } from '../revenue.model.js';
import { toEventDto } from '../revenue.mappers.js';
import { checkPeriod, readsAgreement, readsStatement } from '../revenue.rules.js';
import { foldLedger, missingOriginals, type LedgerAmounts } from '../ledger.js';
import { STATEMENT_PAGE, decodeStatementCursor, encodeStatementCursor } from '../revenue.params.js';
import { AGREEMENT, loadAgreement } from './load.js';
import { msg } from '../../../infra/message-registry.js';
import type { Msg } from '../../../infra/messages.js';

// ---------------------------------------------------------------- who reads

/**
 * The caller may read the organization's statement and agreement list (`readsStatement`): its admins, a funder over
 * its region, a platform admin, a service. Errors: NOT_FOUND (organization), FORBIDDEN (`message`).
 */
export async function assertReadsStatement(
  ctx: Context<unknown, CallMeta>,
  organizationId: string,
  message: Msg = msg('revenue.whoReadsStatement'),
): Promise<void> {
  const actor = actorOf(ctx);
  const [org] = await ctx.call<(OrganizationDto | null)[], { ids: string[] }>(OrganizationAction.getMany, { ids: [organizationId] }, asSystem(REVENUE_SERVICE, ctx));
  if (!org) throw notFound('Organization', organizationId);
  if (!readsStatement(actor, organizationId, org.regionCode, await callerFunderRegion(ctx, REVENUE_SERVICE))) throw forbidden(message);
}

/** FORBIDDEN message for an agreement the caller may not read. */
export const MAY_READ_AGREEMENT = msg('revenue.whoReadsAgreement');

/** The caller may read the agreement (`readsAgreement`), else FORBIDDEN. */
export async function assertReadsAgreement(ctx: Context<unknown, CallMeta>, a: AgreementDoc): Promise<void> {
  if (!readsAgreement(actorOf(ctx), a, await callerFunderRegion(ctx, REVENUE_SERVICE))) throw forbidden(MAY_READ_AGREEMENT);
}

// ---------------------------------------------------------------- reading the ledger

/** Events matching `filter` in statement order, at most `limit` (Infinity: all), streamed through a cursor. */
async function readEvents(models: RevenueModels, filter: Record<string, unknown>, limit = Infinity): Promise<{ events: RevenueEventDto[]; more: boolean }> {
  let find = models.Event.find(filter).sort(LEDGER_ORDER);
  if (Number.isFinite(limit)) find = find.limit(limit + 1);
  const events: RevenueEventDto[] = [];
  for await (const doc of find.lean<EventDoc[]>().cursor()) {
    if (events.length === limit) return { events, more: true };
    events.push(toEventDto(doc as unknown as EventDoc));
  }
  return { events, more: false };
}

/** The reversed originals that a fold of `events` needs and that are not among them (one query). */
async function originalsOf(models: RevenueModels, events: readonly RevenueEventDto[]): Promise<Map<string, LedgerAmounts>> {
  const missing = missingOriginals(events);
  if (!missing.length) return new Map();
  const docs = await models.Event.find({ _id: { $in: missing.map(oid) } }).lean<EventDoc[]>();
  return new Map(docs.map((d) => [String(d._id), toEventDto(d)]));
}

// ---------------------------------------------------------------- an organization's statement

/**
 * One stretch of an organization's statement: the events after `afterKey` (at most `limit`), each with the
 * organization's amount, running totals from `opening`, the fold's check, and the agreements' titles.
 */
async function organizationLines(
  models: RevenueModels,
  p: StatementParams,
  opening: bigint,
  afterKey: { receivedOn: string; id: string } | null,
  limit: number,
): Promise<StatementPageDto> {
  const filter = { ...organizationEventsFilter(p.organizationId, p.from, p.to), ...(afterKey ? afterKeyFilter(afterKey) : {}) };
  const { events, more } = await readEvents(models, filter, limit);
  const fold = foldLedger(events, await originalsOf(models, events), { organizationId: p.organizationId, openingFen: opening });
  const agreementIds = [...new Set(events.map((e) => e.agreementId))];
  const agreements = await models.Agreement.find({ _id: { $in: agreementIds.map(oid) } }).lean<AgreementDoc[]>();
  const titles = new Map(agreements.map((a) => [String(a._id), a.versions[a.versions.length - 1]?.title ?? '']));
  const lines: StatementLine[] = fold.lines.map((l) => ({
    event: l.event,
    amountFen: l.amountFen,
    runningTotalFen: toFenSum(l.runningFen),
    reconciled: l.reconciled,
    agreementTitle: titles.get(l.event.agreementId) ?? '',
  }));
  const last = lines[lines.length - 1];
  return { lines, totalFen: toFenSum(fold.totalFen), reconciled: fold.reconciled, hasNextPage: more, endCursor: last ? encodeStatementCursor(last.event.receivedOn, last.event.id) : null };
}

/**
 * An organization's statement for [from, to]: every event with the organization's amount, running totals and a
 * computed check. Errors: UNAUTHENTICATED, BAD_USER_INPUT (period), NOT_FOUND, FORBIDDEN.
 */
export async function organizationStatement(ctx: Context<StatementParams, CallMeta>, models: RevenueModels): Promise<RevenueStatementDto> {
  actorOf(ctx);
  const { organizationId, from, to } = ctx.params;
  checkPeriod(from, to);
  await assertReadsStatement(ctx, organizationId);
  const r = await organizationLines(models, ctx.params, 0n, null, Infinity);
  return { organizationId, from, to, lines: r.lines, totalFen: r.totalFen, reconciled: r.reconciled };
}

/** A page of an organization's statement (exports stream these): running totals continue from `openingTotalFen`. */
export async function organizationStatementPage(ctx: Context<StatementPageParams, CallMeta>, models: RevenueModels): Promise<StatementPageDto> {
  actorOf(ctx);
  const p = ctx.params;
  checkPeriod(p.from, p.to);
  await assertReadsStatement(ctx, p.organizationId);
  return organizationLines(models, p, parseFenSum(p.openingTotalFen ?? '0', 'openingTotalFen'), decodeStatementCursor(p.after), p.first ?? STATEMENT_PAGE);
}

// ---------------------------------------------------------------- an agreement's statement

/** How to read agreement ledgers: all of it (default), or a page after a cursor and at most `limit` events in all. */
interface LedgerWindow {
  afterKey?: { receivedOn: string; id: string } | null;
  limit?: number;
  openingNetFen?: bigint;
  /** Page fields on every entry (a page was asked for), or only when the read was cut (a batch). */
  pageFields?: 'always' | 'whenCut';
}

/**
 * The statements of readable agreements over [from, to]: one ledger query, one originals query, one fold each. With a
 * `limit`, the query reads at most that many events in ledger order (a prefix of every agreement's own ledger); when
 * it was cut, every entry is marked `hasNextPage` with the cursor of its last line (or the one it started after).
 */
async function agreementLedgers(models: RevenueModels, agreementIds: readonly string[], from: string, to: string, w: LedgerWindow = {}): Promise<Map<string, AgreementStatementDto>> {
  const out = new Map<string, AgreementStatementDto>();
  if (!agreementIds.length) return out;
  const filter = { ...agreementEventsFilter(agreementIds, from, to), ...(w.afterKey ? afterKeyFilter(w.afterKey) : {}) };
  const { events, more } = await readEvents(models, filter, w.limit ?? Infinity);
  const originals = await originalsOf(models, events);
  const byAgreement = new Map<string, RevenueEventDto[]>(agreementIds.map((id) => [id, []]));
  for (const e of events) byAgreement.get(e.agreementId)?.push(e);
  const startCursor = w.afterKey ? encodeStatementCursor(w.afterKey.receivedOn, w.afterKey.id) : null;
  for (const [agreementId, own] of byAgreement) {
    const fold = foldLedger(own, originals, { organizationId: null, openingFen: w.openingNetFen ?? 0n });
    const last = own[own.length - 1];
    out.set(agreementId, {
      agreementId,
      from,
      to,
      lines: fold.lines.map((l) => ({ event: l.event, runningNetFen: toFenSum(l.runningFen), reconciled: l.reconciled })),
      grossFen: toFenSum(fold.grossFen),
      deductionsFen: toFenSum(fold.deductionsFen),
      netFen: toFenSum(fold.netFen),
      byOrganization: fold.byBeneficiary,
      reconciled: fold.reconciled,
      ...(w.limit !== undefined && (more || w.pageFields === 'always') ? { hasNextPage: more, endCursor: last ? encodeStatementCursor(last.receivedOn, last.id) : startCursor } : {}),
    });
  }
  return out;
}

/**
 * An agreement's ledger for [from, to]: every event with running net, totals per organization and beneficiary, a
 * computed check; with `first`, one page of it (the gateway assembles the pages). Errors: UNAUTHENTICATED, BAD_USER_INPUT (period), NOT_FOUND, FORBIDDEN.
 */
export async function agreementStatement(ctx: Context<AgreementStatementParams, CallMeta>, models: RevenueModels): Promise<AgreementStatementDto> {
  actorOf(ctx);
  const { agreementId, from, to, first, after, openingNetFen } = ctx.params;
  checkPeriod(from, to);
  const afterKey = decodeStatementCursor(after);
  const a = await loadAgreement(models, agreementId);
  await assertReadsAgreement(ctx, a);
  const window: LedgerWindow = first ? { afterKey, limit: first, openingNetFen: parseFenSum(openingNetFen ?? '0', 'openingNetFen'), pageFields: 'always' } : {};
  return (await agreementLedgers(models, [agreementId], from, to, window)).get(agreementId)!;
}

/**
 * Batch of `agreementStatement` (gateway `RevenueAgreement.statement(from, to)`): one entry per id in order; an
 * entry is a `BatchFailure` with BAD_USER_INPUT (period), NOT_FOUND or FORBIDDEN for that agreement alone.
 */
export async function agreementStatements(ctx: Context<GetAgreementStatementsParams, CallMeta>, models: RevenueModels): Promise<BatchEntry<AgreementStatementDto>[]> {
  const actor = actorOf(ctx);
  const { agreementIds, from, to } = ctx.params;
  const docs = await models.Agreement.find({ _id: { $in: [...new Set(agreementIds)].map(oid) } }).lean<AgreementDoc[]>();
  const byId = new Map(docs.map((d) => [String(d._id), d]));
  const region = await callerFunderRegion(ctx, REVENUE_SERVICE);
  const readable = await settleEach(agreementIds, async (id) => {
    checkPeriod(from, to);
    const a = byId.get(id);
    if (!a) throw notFound(AGREEMENT, id);
    if (!readsAgreement(actor, a, region)) throw forbidden(MAY_READ_AGREEMENT);
    return id;
  });
  const ids = [...new Set(readable.filter((e): e is string => typeof e === 'string'))];
  const ledgers = await agreementLedgers(models, ids, from, to, { limit: ctx.params.maxEvents ?? AGREEMENT_BATCH_EVENTS });
  return readable.map((e) => (typeof e === 'string' ? ledgers.get(e)! : e));
}
