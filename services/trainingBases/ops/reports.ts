/** Utilization and the internship service record: read by the base's host and lead, platform admins and funders of its region. */
import { actorOf } from '../../../infra/auth.js';
import { callerFunderCovers } from '../../../infra/authz.js';
import { settleEach, type BatchEntry } from '../../../infra/batch.js';
import { forbidden } from '../../../infra/errors.js';
import type { BaseIdParams, BasesParams, BasesWindowParams, BaseWindowParams, InternshipRecord, UtilizationDto } from '../trainingBases.contract.js';
import { utilizationDto } from '../trainingBases.mappers.js';
import { bookingWindowFilter, visibleStatusFilter, type BaseModels, type BookingDoc, type TrainingBaseDoc } from '../trainingBases.model.js';
import { BOOKED, MAX_UTILIZATION_MS, readsReports, windowProblem } from '../trainingBases.rules.js';
import { internshipRecord, utilization } from '../trainingBases.slots.js';
import { monthsOf } from '../trainingBases.time.js';
import { basesById, check, loadBase, SERVICE, type Ctx } from './common.js';
import { msg } from '../../../infra/message-registry.js';
import type { Msg } from '../../../infra/messages.js';

const UTILIZATION_READERS = msg('trainingBases.utilizationReaders');
const RECORD_READERS = msg('trainingBases.recordReaders');

/** FORBIDDEN (`message`) unless the caller reads the base's reports (the funder check looks up the caller's organization once per request). */
async function requireReader(ctx: Ctx, base: TrainingBaseDoc, message: Msg): Promise<void> {
  if (readsReports(actorOf(ctx), base) || (await callerFunderCovers(ctx, SERVICE, base.regionCode))) return;
  throw forbidden(message);
}

/** [from, to) in ms, or BAD_USER_INPUT when empty or longer than 400 days. */
function reportWindow(p: { from: string; to: string }): [number, number] {
  const [from, to] = [Date.parse(p.from), Date.parse(p.to)];
  check(windowProblem(from, to, MAX_UTILIZATION_MS));
  return [from, to];
}

async function utilizationOf(models: BaseModels, base: TrainingBaseDoc, from: number, to: number): Promise<UtilizationDto> {
  const docs = await models.Booking.find({ baseId: base._id, ...bookingWindowFilter(new Date(from), new Date(to)), status: { $in: [...BOOKED] } })
    .select({ start: 1, end: 1, headcount: 1 })
    .lean<Pick<BookingDoc, 'start' | 'end' | 'headcount'>[]>();
  return utilizationDto(utilization(base, from, to, docs.map((d) => ({ start: d.start.getTime(), end: d.end.getTime(), headcount: d.headcount }))));
}

/** Months (base time zone) with a completed INTERNSHIP booking by a school member, the longest run, subsidy eligibility (24 months). */
async function internshipOf(models: BaseModels, base: TrainingBaseDoc): Promise<InternshipRecord> {
  const docs = await models.Booking.find({ baseId: base._id, purpose: 'INTERNSHIP', orgKind: 'SCHOOL', ...visibleStatusFilter('COMPLETED', new Date()) })
    .select({ start: 1, end: 1 })
    .lean<Pick<BookingDoc, 'start' | 'end'>[]>();
  return internshipRecord(docs.flatMap((d) => monthsOf(d.start.getTime(), d.end.getTime(), base.timeZone)));
}

/** Booked (CONFIRMED, COMPLETED) station-hours over open station-hours of one base in a window. */
export async function baseUtilization(models: BaseModels, ctx: Ctx<BaseWindowParams>): Promise<UtilizationDto> {
  const base = await loadBase(models, ctx.params.baseId);
  await requireReader(ctx, base, UTILIZATION_READERS);
  return utilizationOf(models, base, ...reportWindow(ctx.params));
}

/** Utilization of several bases over one window, one entry per base id (FORBIDDEN / NOT_FOUND per entry). */
export async function basesUtilization(models: BaseModels, ctx: Ctx<BasesWindowParams>): Promise<BatchEntry<UtilizationDto>[]> {
  actorOf(ctx);
  const [from, to] = reportWindow(ctx.params);
  const bases = await basesById(models, ctx.params.baseIds);
  return settleEach(ctx.params.baseIds, async (id) => {
    const base = bases.get(id);
    await requireReader(ctx, base, UTILIZATION_READERS);
    return utilizationOf(models, base, from, to);
  });
}

/** One base's internship service record. */
export async function baseInternshipService(models: BaseModels, ctx: Ctx<BaseIdParams>): Promise<InternshipRecord> {
  const base = await loadBase(models, ctx.params.baseId);
  await requireReader(ctx, base, RECORD_READERS);
  return internshipOf(models, base);
}

/** Several bases' internship records, one entry per base id (FORBIDDEN / NOT_FOUND per entry). */
export async function basesInternshipServices(models: BaseModels, ctx: Ctx<BasesParams>): Promise<BatchEntry<InternshipRecord>[]> {
  actorOf(ctx);
  const bases = await basesById(models, ctx.params.baseIds);
  return settleEach(ctx.params.baseIds, async (id) => {
    const base = bases.get(id);
    await requireReader(ctx, base, RECORD_READERS);
    return internshipOf(models, base);
  });
}
