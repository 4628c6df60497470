/** Free stations of a base over a window, read from that window's slot counters only. */
import { actorOf } from '../../../infra/auth.js';
import { settleEach, type BatchEntry } from '../../../infra/batch.js';
import type { BaseWindowParams, BasesWindowParams, SlotDto } from '../trainingBases.contract.js';
import { slotDto } from '../trainingBases.mappers.js';
import type { BaseModels, SlotCounterDoc, TrainingBaseDoc } from '../trainingBases.model.js';
import { MAX_AVAILABILITY_MS, windowProblem } from '../trainingBases.rules.js';
import { availability, type SlotView } from '../trainingBases.slots.js';
import { SLOT_MS } from '../trainingBases.time.js';
import { basesById, check, loadBase, type Ctx } from './common.js';

/** Open time of a base in [from, to) (ms) split where the number of free stations changes. */
export async function availabilityOf(models: BaseModels, base: TrainingBaseDoc, from: number, to: number): Promise<SlotView[]> {
  const counters = await models.SlotCounter.find({ baseId: base._id, slotStart: { $gte: new Date(from - SLOT_MS), $lt: new Date(to) } })
    .select({ slotStart: 1, capacity: 1, free: 1 })
    .lean<Pick<SlotCounterDoc, 'slotStart' | 'capacity' | 'free'>[]>();
  return availability(
    base,
    from,
    to,
    counters.map((c) => ({ slotStart: c.slotStart.getTime(), used: c.capacity - c.free })),
  );
}

/** A counter as a refusal reads it: enough to decide FULL and to show the day's free time. */
export type CounterState = Pick<SlotCounterDoc, 'slotStart' | 'capacity' | 'capacityVersion' | 'free'>;

// The availability of a window, by slot state: base, revision, window and every counter's (slot, capacity, free).
// Requests refused under contention all see the same few states, so the day's free time is computed once per state.
const byState = new Map<string, SlotView[]>();
const BY_STATE_MAX = 2_000;
let windowStateComputations = 0;
/** How many times a window's availability was computed rather than reused (tests). */
export const windowComputations = (): number => windowStateComputations;

/**
 * The counters of [from, to) (one read) and the window's availability computed from them, memoized per slot state
 * (so N requests refused against the same full slots compute the free windows once, not N times).
 */
export async function windowState(models: BaseModels, base: TrainingBaseDoc, from: number, to: number): Promise<{ counters: CounterState[]; slots: SlotView[] }> {
  const counters = await models.SlotCounter.find({ baseId: base._id, slotStart: { $gte: new Date(from - SLOT_MS), $lt: new Date(to) } })
    .select({ slotStart: 1, capacity: 1, capacityVersion: 1, free: 1 })
    .lean<CounterState[]>();
  const key = `${String(base._id)}:${base.rev}:${from}:${to}:${counters.map((c) => `${c.slotStart.getTime()}/${c.capacity}/${c.free}`).join(',')}`;
  let slots = byState.get(key);
  if (!slots) {
    windowStateComputations++;
    slots = availability(base, from, to, counters.map((c) => ({ slotStart: c.slotStart.getTime(), used: c.capacity - c.free })));
    if (byState.size >= BY_STATE_MAX) byState.clear();
    byState.set(key, slots);
  }
  return { counters, slots };
}

/** [from, to) in ms, or BAD_USER_INPUT when empty or longer than 62 days. */
function availabilityWindow(p: { from: string; to: string }): [number, number] {
  const [from, to] = [Date.parse(p.from), Date.parse(p.to)];
  check(windowProblem(from, to, MAX_AVAILABILITY_MS));
  return [from, to];
}

/** One base's availability (any verified caller). */
export async function baseAvailability(models: BaseModels, ctx: Ctx<BaseWindowParams>): Promise<SlotDto[]> {
  actorOf(ctx);
  const base = await loadBase(models, ctx.params.baseId);
  const [from, to] = availabilityWindow(ctx.params);
  return (await availabilityOf(models, base, from, to)).map(slotDto);
}

/** Many bases' availability over one window, one entry per base id in order (NOT_FOUND per entry). */
export async function basesAvailability(models: BaseModels, ctx: Ctx<BasesWindowParams>): Promise<BatchEntry<SlotDto[]>[]> {
  actorOf(ctx);
  const [from, to] = availabilityWindow(ctx.params);
  const bases = await basesById(models, ctx.params.baseIds);
  return settleEach(ctx.params.baseIds, async (id) => (await availabilityOf(models, bases.get(id), from, to)).map(slotDto));
}
