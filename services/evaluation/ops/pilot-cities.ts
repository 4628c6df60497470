/**
 * Pilot cities (001 二: 试点城市 targets by 2025; 附件1 问题清单, 附件2 政策清单 with 责任部门 and 时限): a provincial
 * funder records its cities and targets; progress is computed — certified 产教融合型企业 from the certification
 * service — or counted from achievements entered with evidence (industries, high-level bases, leading schools or
 * majors: designations the platform does not hold). Problem and policy items carry owner, deadline, status; an item
 * past its deadline and not done is overdue. A provincial funder sees its cities; a city funder its own.
 */
import type { Context, ServiceBroker } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { systemCaller } from '../../../infra/caller.js';
import { assertNotFuture, today } from '../../../infra/dates.js';
import { oid } from '../../../infra/entity.js';
import { ErrorCode, forbidden, isDuplicateKey, notFound, problemError } from '../../../infra/errors.js';
import { revise } from '../../../infra/revise.js';
import { CertificationAction, type CertifiedEnterpriseDto } from '../../certification/certification.contract.js';
import { EvalRule, HENAN_PILOT_TARGETS, type AddListItemParams, type ListItemDto, type PilotCityDto, type PilotCityProgressDto, type RecordAchievementParams, type RecordPilotCityParams, type TargetKind, type UpdateListItemParams } from '../evaluation.contract.js';
import { toCityDto, toItemDto } from '../evaluation.mappers.js';
import type { EvaluationModels, ListItemDoc, PilotCityDoc } from '../evaluation.model.js';
import { progress } from '../evaluation.rules.js';
import { covers, regionOfCaller, requireFunderOver, SERVICE } from './authority.js';

type Ctx<P> = Context<P, CallMeta>;

/** A provincial funder (region strictly above the city) records a pilot city, once per city. */
export async function recordPilotCity(models: EvaluationModels, ctx: Ctx<RecordPilotCityParams>): Promise<PilotCityDto> {
  const p = ctx.params;
  const { region, org } = await requireFunderOver(ctx, p.regionCode);
  if (region === p.regionCode || !org) throw forbidden('Pilot cities are recorded by the province above them.');
  try {
    const d = await models.PilotCity.create({ regionCode: p.regionCode, name: p.name, provinceFunderOrganizationId: oid(org.id), targets: p.targets?.length ? p.targets : HENAN_PILOT_TARGETS, deadline: p.deadline ?? '2025-12-31', achievements: [], rev: 0, createdAt: new Date() });
    return toCityDto(d.toObject() as PilotCityDoc);
  } catch (err) {
    if (isDuplicateKey(err)) throw problemError({ code: ErrorCode.CONFLICT, message: 'The city is already a pilot city.', key: 'evaluation.pilotCityExists', params: {}, data: { reason: EvalRule.PILOT_CITY_EXISTS } });
    throw err;
  }
}

async function loadCity(models: EvaluationModels, id: string): Promise<PilotCityDoc> {
  const c = await models.PilotCity.findById(id).lean<PilotCityDoc>();
  if (!c) throw notFound('Pilot city', id);
  return c;
}

async function withProgress(models: EvaluationModels, broker: ServiceBroker, ctx: Ctx<unknown>, cities: PilotCityDoc[]): Promise<PilotCityProgressDto[]> {
  const call = systemCaller(broker, SERVICE, ctx);
  const on = today();
  const items = await models.ListItem.find({ pilotCityId: { $in: cities.map((c) => c._id) } }).sort({ deadline: 1 }).lean<ListItemDoc[]>();
  return Promise.all(
    cities.map(async (c) => {
      const certified = await call<CertifiedEnterpriseDto[]>(CertificationAction.certifiedList, { regionCode: c.regionCode, asOf: on }).catch(() => null);
      const entered = (k: TargetKind) => (c.achievements ?? []).filter((a) => a.kind === k).length;
      const actual: Record<TargetKind, number> = { INDUSTRIES: entered('INDUSTRIES'), PROVINCIAL_ENTERPRISES: certified?.length ?? 0, HIGH_LEVEL_BASES: entered('HIGH_LEVEL_BASES'), LEADING_SCHOOLS: entered('LEADING_SCHOOLS'), LEADING_MAJORS: entered('LEADING_MAJORS') };
      const mine = items.filter((i) => String(i.pilotCityId) === String(c._id)).map((i) => toItemDto(i, on));
      return {
        ...toCityDto(c),
        progress: progress(c.targets, actual).map((x) => ({ ...x, source: x.kind === 'PROVINCIAL_ENTERPRISES' ? ('PLATFORM' as const) : ('ENTERED' as const) })),
        items: mine,
        overdueItems: mine.filter((i) => i.overdue).length,
      };
    }),
  );
}

/** The cities the caller may see, with progress and lists. */
export async function pilotCities(models: EvaluationModels, broker: ServiceBroker, ctx: Ctx<{ regionCode?: string | null }>): Promise<PilotCityProgressDto[]> {
  const { region } = await regionOfCaller(ctx);
  if (region === null) throw forbidden('Only funders see pilot cities.');
  const all = await models.PilotCity.find({}).sort({ regionCode: 1 }).lean<PilotCityDoc[]>();
  const seen = all.filter((c) => covers(region, c.regionCode) && (!ctx.params.regionCode || c.regionCode.startsWith(ctx.params.regionCode.replace(/(00)+$/, ''))));
  return withProgress(models, broker, ctx, seen);
}

/** An achievement entered with evidence by the city's funder or the province's. */
export async function recordAchievement(models: EvaluationModels, broker: ServiceBroker, ctx: Ctx<RecordAchievementParams>): Promise<PilotCityProgressDto> {
  const p = ctx.params;
  const c0 = await loadCity(models, p.pilotCityId);
  await requireFunderOver(ctx, c0.regionCode);
  const on = p.on ? assertNotFuture(p.on, 'on') : today();
  const by = actorOf(ctx).id;
  const { doc } = await revise<PilotCityDoc>({ model: models.PilotCity, claims: models.Claim, kind: 'pilotCity', load: () => loadCity(models, p.pilotCityId), compute: (c) => ({ set: { achievements: [...(c.achievements ?? []), { kind: p.kind, label: p.label, evidence: p.evidence, on, by }] } }) });
  return (await withProgress(models, broker, ctx, [doc]))[0];
}

export async function addListItem(models: EvaluationModels, ctx: Ctx<AddListItemParams>): Promise<ListItemDto> {
  const p = ctx.params;
  const c = await loadCity(models, p.pilotCityId);
  await requireFunderOver(ctx, c.regionCode);
  const by = actorOf(ctx).id;
  const d = await models.ListItem.create({ pilotCityId: c._id, regionCode: c.regionCode, list: p.list, title: p.title, content: p.content, owner: p.owner, deadline: p.deadline, status: 'OPEN', history: [{ status: 'OPEN', on: today(), by, note: null }], rev: 0, createdAt: new Date() });
  return toItemDto(d.toObject() as ListItemDoc, today());
}

export async function updateListItem(models: EvaluationModels, ctx: Ctx<UpdateListItemParams>): Promise<ListItemDto> {
  const p = ctx.params;
  const load = async () => {
    const i = await models.ListItem.findById(p.itemId).lean<ListItemDoc>();
    if (!i) throw notFound('List item', p.itemId);
    return i;
  };
  await requireFunderOver(ctx, (await load()).regionCode);
  const by = actorOf(ctx).id;
  const { doc } = await revise<ListItemDoc>({ model: models.ListItem, claims: models.Claim, kind: 'listItem', load, compute: (i) => ({ set: { status: p.status, history: [...(i.history ?? []), { status: p.status, on: today(), by, note: p.note ?? null }] } }) });
  return toItemDto(doc, today());
}
