/**
 * Taking and giving back stations on slot counters: every step is ONE single-document conditional update,
 * which real MongoDB (and our emulator) applies atomically. No transaction, no lock, any number of replicas.
 *
 * - take:    { baseId, slotStart, capacityVersion: v, free >= h, holders != id }  →  $inc free -h, $addToSet holders id
 * - give:    { baseId, slotStart, holders == id, released != id }                 →  $inc free +h, $addToSet released id
 * - upgrade: { _id, capacityVersion: old, free >= oldCap - newCap }               →  $inc free (newCap - oldCap), $set capacity/version
 *
 * `free` never goes below 0, so the stations held on a slot never exceed the counter's capacity; a counter is
 * always brought to the base's current capacity version before stations are taken from it, so a capacity
 * decrease takes effect on every slot that is booked afterwards. Take and give are idempotent per booking id.
 */
import type { Types } from 'mongoose';
import { isDuplicateKey } from '../../infra/errors.js';
import type { BaseModels, SlotCounterDoc } from './trainingBases.model.js';

/** The capacity (stations) and its version a counter is brought to before stations are taken. */
export interface CapacityTarget {
  capacity: number;
  capacityVersion: number;
}

/** Taking stations on one slot: done, FULL, or STALE (the counter is at a newer capacity version). */
export type TakeResult = { ok: true } | { ok: false; reason: 'FULL' } | { ok: false; reason: 'STALE'; counter: SlotCounterDoc };

const held = (c: SlotCounterDoc, id: string) => c.holders.includes(id) && !c.released.includes(id);

/** The counter of a slot, created (at the target capacity) if missing. Concurrent creators: one inserts, the other retries and reads it. */
export async function ensureCounter(models: BaseModels, baseId: Types.ObjectId, slotStart: Date, target: CapacityTarget): Promise<SlotCounterDoc> {
  for (let attempt = 0; ; attempt++) {
    try {
      const c = await models.SlotCounter.findOneAndUpdate(
        { baseId, slotStart },
        { $setOnInsert: { capacity: target.capacity, capacityVersion: target.capacityVersion, free: target.capacity, holders: [], released: [] } },
        { upsert: true, returnDocument: 'after' },
      ).lean<SlotCounterDoc>();
      if (c) return c;
    } catch (err) {
      if (!isDuplicateKey(err) || attempt >= 2) throw err;
    }
  }
}

/**
 * Brings a counter to the target capacity version. False when the stations already held there exceed the
 * target capacity (only possible while a capacity decrease that is about to be refused is in flight).
 */
export async function upgradeCounter(models: BaseModels, counter: SlotCounterDoc, target: CapacityTarget): Promise<boolean> {
  let c: SlotCounterDoc | null = counter;
  for (let attempt = 0; attempt < 20 && c; attempt++) {
    if (c.capacityVersion >= target.capacityVersion) return true;
    const delta = target.capacity - c.capacity;
    const updated = await models.SlotCounter.findOneAndUpdate(
      { _id: c._id, capacityVersion: c.capacityVersion, free: { $gte: -delta } },
      { $inc: { free: delta }, $set: { capacity: target.capacity, capacityVersion: target.capacityVersion } },
      { returnDocument: 'after' },
    ).lean<SlotCounterDoc>();
    if (updated) return true;
    const tried = c.capacityVersion;
    c = await models.SlotCounter.findById(c._id).lean<SlotCounterDoc>();
    if (c && c.capacityVersion === tried && c.free < -delta) return false;
  }
  return true;
}

/** Takes `headcount` stations on one slot for a booking. STALE: the counter is at a newer capacity version than the target (re-read the base). */
export async function takeSlot(models: BaseModels, baseId: Types.ObjectId, slotStart: Date, bookingId: string, headcount: number, target: CapacityTarget): Promise<TakeResult> {
  const filter = { baseId, slotStart, capacityVersion: target.capacityVersion, free: { $gte: headcount }, holders: { $ne: bookingId } };
  const update = { $inc: { free: -headcount }, $addToSet: { holders: bookingId } };
  // Fast path: an existing counter at the current version with room.
  if (await models.SlotCounter.findOneAndUpdate(filter, update, { returnDocument: 'after' }).lean()) return { ok: true };
  // Each lost race means another booking took or gave back stations here; the loop ends as soon as the slot is
  // full. The bound only guards against a livelock of give-backs and answers FULL (a retry may then succeed).
  for (let attempt = 0; attempt < 100; attempt++) {
    const c = await ensureCounter(models, baseId, slotStart, target);
    if (held(c, bookingId)) return { ok: true };
    if (c.capacityVersion > target.capacityVersion) return { ok: false, reason: 'STALE', counter: c };
    if (c.capacityVersion < target.capacityVersion) {
      if (!(await upgradeCounter(models, c, target))) return { ok: false, reason: 'FULL' };
      continue;
    }
    if (c.free < headcount) return { ok: false, reason: 'FULL' };
    if (await models.SlotCounter.findOneAndUpdate(filter, update, { returnDocument: 'after' }).lean()) return { ok: true };
  }
  return { ok: false, reason: 'FULL' };
}

/** Gives a booking's stations back on slots (idempotent: a slot it never took, or already gave back, is untouched). */
export async function giveSlots(models: BaseModels, baseId: Types.ObjectId, slotStarts: Date[], bookingId: string, headcount: number): Promise<void> {
  if (!slotStarts.length) return;
  await models.SlotCounter.bulkWrite(
    slotStarts.map((slotStart) => ({
      updateOne: {
        filter: { baseId, slotStart, holders: bookingId, released: { $ne: bookingId } },
        update: { $inc: { free: headcount }, $addToSet: { released: bookingId } },
      },
    })),
    { ordered: false },
  );
}

/** Takes station-minutes of an organization's monthly cap (same idempotent conditional update). */
export async function takeQuota(models: BaseModels, baseId: Types.ObjectId, organizationId: Types.ObjectId, month: string, bookingId: string, minutes: number, capMinutes: number): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await models.Quota.updateOne({ baseId, organizationId, month }, { $setOnInsert: { usedMinutes: 0, holders: [], released: [] } }, { upsert: true });
      break;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  const r = await models.Quota.findOneAndUpdate(
    { baseId, organizationId, month, usedMinutes: { $lte: capMinutes - minutes }, holders: { $ne: bookingId } },
    { $inc: { usedMinutes: minutes }, $addToSet: { holders: bookingId } },
    { returnDocument: 'after' },
  ).lean();
  if (r) return true;
  const q = await models.Quota.findOne({ baseId, organizationId, month }).lean<{ holders: string[]; released: string[] }>();
  return !!q && q.holders.includes(bookingId) && !q.released.includes(bookingId);
}

/** Gives back a booking's station-minutes of the monthly cap (idempotent per booking). */
export async function giveQuota(models: BaseModels, baseId: Types.ObjectId, organizationId: Types.ObjectId, month: string, bookingId: string, minutes: number): Promise<void> {
  await models.Quota.updateOne(
    { baseId, organizationId, month, holders: bookingId, released: { $ne: bookingId } },
    { $inc: { usedMinutes: -minutes }, $addToSet: { released: bookingId } },
  );
}
