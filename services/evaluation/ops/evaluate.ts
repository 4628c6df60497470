/**
 * Yearly performance evaluation (效能评价, 003 篇3 二(四)、五(三); 000: 考核成绩作为公开排名和实施奖惩的依据): a funder's
 * indicator system (data), a run over every alliance of its region computed from the platform as of the evaluation
 * date (the sources answer "as of", so a rerun on the same date gives the same values; the values are also frozen
 * in the run), entered indicators with evidence, publication of the ranking, and rewards/penalties.
 */
import type { Context, ServiceBroker } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { systemCaller, type Caller } from '../../../infra/caller.js';
import { assertNotFuture, today } from '../../../infra/dates.js';
import { isBatchFailure, type BatchEntry } from '../../../infra/batch.js';
import { oid } from '../../../infra/entity.js';
import { conflict, ErrorCode, failedPrecondition, forbidden, isDuplicateKey, notFound, problemError, raise } from '../../../infra/errors.js';
import type { Page } from '../../../infra/pagination.js';
import { revise } from '../../../infra/revise.js';
import { AllianceAction, type AllianceDto, type MemberCounts } from '../../alliances/alliances.contract.js';
import { ProjectAction } from '../../projects/projects.contract.js';
import { TrainingBaseAction } from '../../trainingBases/trainingBases.contract.js';
import { EvalRule, type CreateIndicatorSystemParams, type EnterValueParams, type EvaluationRunDto, type IndicatorSystemDto, type PublicRankingDto, type RecordOutcomeParams, type RunParams, type RunRow } from '../evaluation.contract.js';
import { toRunDto, toSystemDto } from '../evaluation.mappers.js';
import type { EvaluationModels, RunDoc, SystemDoc } from '../evaluation.model.js';
import { defaultAsOf, scoreAndRank, weightsProblem } from '../evaluation.rules.js';
import { covers, regionOfCaller, requireFunderOver, SERVICE } from './authority.js';

type Ctx<P> = Context<P, CallMeta>;
/** `cooperation.allianceFigures` as agreed across helpers (issue 15). */
export const ALLIANCE_FIGURES = 'cooperation.allianceFigures';

export async function createSystem(models: EvaluationModels, ctx: Ctx<CreateIndicatorSystemParams>): Promise<IndicatorSystemDto> {
  const actor = actorOf(ctx);
  const { org } = await requireFunderOver(ctx, ctx.params.regionCode);
  if (!org) throw forbidden('An indicator system belongs to a funder (a government organization).');
  raise(weightsProblem(ctx.params.indicators));
  try {
    const d = await models.System.create({ ...ctx.params, codeKey: ctx.params.code.toUpperCase(), funderOrganizationId: oid(org.id), createdBy: actor.id, createdAt: new Date() });
    return toSystemDto(d.toObject() as SystemDoc);
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict(`The funder already has an indicator system ${ctx.params.code}.`, { field: 'code' });
    throw err;
  }
}

async function alliancesOf(call: Caller, regionCode: string): Promise<AllianceDto[]> {
  const out: AllianceDto[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page: Page<AllianceDto> = await call<Page<AllianceDto>>(AllianceAction.list, { filter: { regionCode }, first: 100, after });
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return out.filter((a) => covers(regionCode, a.regionCode));
}

/** Raw values per alliance as of `asOf`; a source that does not answer leaves its values null and is named. */
async function computeValues(call: Caller, system: SystemDoc, alliances: AllianceDto[], asOf: string): Promise<{ values: Map<string, Record<string, number | null>>; unavailable: string[] }> {
  const ids = alliances.map((a) => a.id);
  const need = new Set(system.indicators.map((i) => i.source));
  const unavailable: string[] = [];
  const counts = need.has('MEMBERS') || need.has('SCHOOLS') || need.has('ENTERPRISES') ? await call<MemberCounts[]>(AllianceAction.countMembers, { allianceIds: ids, asOf }) : [];
  const coopNeeded = ['AGREEMENTS_IN_FORCE', 'PLACEMENTS', 'APPRENTICES', 'GRADUATES_RETAINED'].some((k) => need.has(k as never));
  const figures = new Map<string, Record<string, number>>();
  if (coopNeeded) {
    try {
      for (const id of ids) figures.set(id, await call<Record<string, number>>(ALLIANCE_FIGURES, { allianceId: id, asOf }));
    } catch {
      unavailable.push('cooperation');
      figures.clear();
    }
  }
  const countPages = async (action: string, name: string): Promise<Map<string, number> | null> => {
    if (!ids.length) return new Map();
    try {
      const entries = await call<BatchEntry<Page<{ createdAt?: string }>>[]>(action, { allianceIds: ids, first: 100 });
      // Only what existed on the evaluation date counts (created on or before it).
      return new Map(entries.map((e, i) => [ids[i], isBatchFailure(e) ? 0 : e.edges.filter((x) => !x.node.createdAt || x.node.createdAt.slice(0, 10) <= asOf).length]));
    } catch {
      unavailable.push(name);
      return null;
    }
  };
  const bases = need.has('TRAINING_BASES') ? await countPages(TrainingBaseAction.listByAlliances, 'trainingBases') : null;
  const projects = need.has('PROJECTS') ? await countPages(ProjectAction.listByAlliances, 'projects') : null;
  const values = new Map<string, Record<string, number | null>>();
  ids.forEach((id, idx) => {
    const c = counts[idx];
    const f = figures.get(id);
    const v: Record<string, number | null> = {};
    for (const ind of system.indicators) {
      switch (ind.source) {
        case 'MEMBERS': v[ind.key] = c?.total ?? null; break;
        case 'SCHOOLS': v[ind.key] = c?.schools ?? null; break;
        case 'ENTERPRISES': v[ind.key] = c?.enterprises ?? null; break;
        case 'AGREEMENTS_IN_FORCE': v[ind.key] = f?.agreementsInForce ?? null; break;
        case 'PLACEMENTS': v[ind.key] = f?.placements ?? null; break;
        case 'APPRENTICES': v[ind.key] = f?.apprentices ?? null; break;
        case 'GRADUATES_RETAINED': v[ind.key] = f?.graduatesRetained ?? null; break;
        case 'TRAINING_BASES': v[ind.key] = bases?.get(id) ?? null; break;
        case 'PROJECTS': v[ind.key] = projects?.get(id) ?? null; break;
        case 'ENTERED': v[ind.key] = null; break;
      }
    }
    values.set(id, v);
  });
  return { values, unavailable };
}

/** Rows from values (and evidence), scored and ranked; outcomes kept. */
function rowsFrom(system: Pick<SystemDoc, 'indicators'>, base: Map<string, { name: string; regionCode: string; outcomes: RunRow['outcomes']; values: Record<string, number | null>; evidence: Record<string, string | null> }>): RunRow[] {
  const scored = scoreAndRank(system.indicators, [...base].map(([allianceId, r]) => ({ allianceId, values: r.values })));
  return scored.map((s) => {
    const r = base.get(s.allianceId)!;
    return { allianceId: s.allianceId, allianceName: r.name, regionCode: r.regionCode, values: system.indicators.map((i) => ({ key: i.key, value: r.values[i.key] ?? null, points: s.points[i.key], evidence: r.evidence[i.key] ?? null })), total: s.total, rank: s.rank, outcomes: r.outcomes };
  });
}
const baseOf = (rows: RunRow[]) => new Map(rows.map((r) => [r.allianceId, { name: r.allianceName, regionCode: r.regionCode, outcomes: r.outcomes, values: Object.fromEntries(r.values.map((v) => [v.key, v.value])), evidence: Object.fromEntries(r.values.map((v) => [v.key, v.evidence])) }]));

/** The system's funder (or a platform admin) runs the year's evaluation once (CONFLICT reason RUN_EXISTS). */
export async function runEvaluation(models: EvaluationModels, broker: ServiceBroker, ctx: Ctx<RunParams>): Promise<EvaluationRunDto> {
  const actor = actorOf(ctx);
  const system = await models.System.findById(ctx.params.systemId).lean<SystemDoc>();
  if (!system) throw notFound('Indicator system', ctx.params.systemId);
  const { org } = await requireFunderOver(ctx, system.regionCode);
  if (org && org.id !== String(system.funderOrganizationId)) throw forbidden("Only the indicator system's funder runs it.");
  const asOf = ctx.params.asOf ? assertNotFuture(ctx.params.asOf, 'asOf') : defaultAsOf(ctx.params.year, today());
  const call = systemCaller(broker, SERVICE, ctx);
  const alliances = await alliancesOf(call, system.regionCode);
  const { values, unavailable } = await computeValues(call, system, alliances, asOf);
  const base = new Map(alliances.map((a) => [a.id, { name: a.name, regionCode: a.regionCode, outcomes: [], values: values.get(a.id)!, evidence: {} }]));
  try {
    const d = await models.Run.create({ systemId: system._id, systemName: system.name, funderOrganizationId: system.funderOrganizationId, regionCode: system.regionCode, year: ctx.params.year, asOf, status: 'DRAFT', publishedOn: null, unavailable, indicators: system.indicators, rows: rowsFrom(system, base), rev: 0, createdBy: actor.id, createdAt: new Date() });
    return toRunDto(d.toObject() as RunDoc);
  } catch (err) {
    if (isDuplicateKey(err)) throw problemError({ code: ErrorCode.CONFLICT, message: `The ${ctx.params.year} evaluation exists already.`, key: 'evaluation.runExists', params: { year: ctx.params.year }, data: { reason: EvalRule.RUN_EXISTS, year: ctx.params.year } });
    throw err;
  }
}

async function changeRun(models: EvaluationModels, ctx: Ctx<{ runId: string }>, change: (d: RunDoc) => Record<string, unknown>): Promise<EvaluationRunDto> {
  const d0 = await models.Run.findById(ctx.params.runId).lean<RunDoc>();
  if (!d0) throw notFound('Evaluation run', ctx.params.runId);
  const { org } = await requireFunderOver(ctx, d0.regionCode);
  if (org && org.id !== String(d0.funderOrganizationId)) throw forbidden("Only the evaluation's funder changes it.");
  const { doc } = await revise<RunDoc>({ model: models.Run, claims: models.Claim, kind: 'run', load: async () => (await models.Run.findById(ctx.params.runId).lean<RunDoc>())!, compute: (d) => ({ set: change(d) }) });
  return toRunDto(doc);
}
const published = () => problemError({ code: ErrorCode.FAILED_PRECONDITION, message: 'The evaluation is published.', key: 'evaluation.published', params: {}, data: { reason: EvalRule.PUBLISHED } });

/** An ENTERED indicator's value with its evidence, while DRAFT; the ranking is recomputed. */
export function enterValue(models: EvaluationModels, ctx: Ctx<EnterValueParams>): Promise<EvaluationRunDto> {
  const p = ctx.params;
  return changeRun(models, ctx, (d) => {
    if (d.status === 'PUBLISHED') throw published();
    const ind = d.indicators.find((i) => i.key === p.key);
    if (!ind || ind.source !== 'ENTERED') throw failedPrecondition(`${p.key} is not an entered indicator of this system.`, { reason: EvalRule.NOT_ENTERED, key: p.key });
    const base = baseOf(d.rows);
    const row = base.get(p.allianceId);
    if (!row) throw notFound('Alliance in this evaluation', p.allianceId);
    row.values[p.key] = p.value;
    row.evidence[p.key] = p.evidence;
    return { rows: rowsFrom(d, base) };
  });
}

export function publish(models: EvaluationModels, ctx: Ctx<{ runId: string }>): Promise<EvaluationRunDto> {
  return changeRun(models, ctx, (d) => {
    if (d.status === 'PUBLISHED') throw published();
    return { status: 'PUBLISHED', publishedOn: today() };
  });
}

/** A reward or penalty (奖惩, 000: 奖优罚劣) recorded on an alliance's row, dated. */
export function recordOutcome(models: EvaluationModels, ctx: Ctx<RecordOutcomeParams>): Promise<EvaluationRunDto> {
  const p = ctx.params;
  const by = actorOf(ctx).id;
  return changeRun(models, ctx, (d) => {
    if (!d.rows.some((r) => r.allianceId === p.allianceId)) throw notFound('Alliance in this evaluation', p.allianceId);
    return { rows: d.rows.map((r) => (r.allianceId === p.allianceId ? { ...r, outcomes: [...r.outcomes, { kind: p.kind, description: p.description, on: today(), by }] } : r)) };
  });
}

export async function getRun(models: EvaluationModels, ctx: Ctx<{ runId: string }>): Promise<EvaluationRunDto | null> {
  const d = await models.Run.findById(ctx.params.runId).lean<RunDoc>();
  if (!d) return null;
  const { region } = await regionOfCaller(ctx);
  if (d.status !== 'PUBLISHED' && !covers(region, d.regionCode)) throw forbidden('Only funders covering the region read an unpublished evaluation.');
  return toRunDto(d);
}

export async function listRuns(models: EvaluationModels, ctx: Ctx<{ regionCode?: string | null }>): Promise<EvaluationRunDto[]> {
  const { region } = await regionOfCaller(ctx);
  const all = await models.Run.find({}).sort({ year: -1, createdAt: -1 }).limit(500).lean<RunDoc[]>();
  return all.filter((d) => (d.status === 'PUBLISHED' || covers(region, d.regionCode)) && (!ctx.params.regionCode || covers(ctx.params.regionCode, d.regionCode) || covers(d.regionCode, ctx.params.regionCode))).map(toRunDto);
}

/** Published rankings only (names, totals and ranks: what the funder publishes). */
export async function publicRankings(models: EvaluationModels, ctx: Ctx<{ regionCode?: string | null }>): Promise<PublicRankingDto[]> {
  actorOf(ctx);
  const all = await models.Run.find({ status: 'PUBLISHED' }).sort({ year: -1 }).limit(200).lean<RunDoc[]>();
  return all
    .filter((d) => !ctx.params.regionCode || covers(ctx.params.regionCode, d.regionCode) || covers(d.regionCode, ctx.params.regionCode))
    .map((d) => ({ runId: String(d._id), systemName: d.systemName, regionCode: d.regionCode, year: d.year, asOf: d.asOf, publishedOn: d.publishedOn!, rows: d.rows.map((r) => ({ rank: r.rank, allianceName: r.allianceName, total: r.total })) }));
}
