/**
 * The model's named query builders against the pure rules they encode (property tests): generated bookings are
 * stored in a real test database (the run's MongoDB, a fresh database), and what each filter finds must be
 * exactly what the rule accepts.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import fc from 'fast-check';
import mongoose, { Types } from 'mongoose';
import { BOOKING_STATUSES, type BookingStatus } from './trainingBases.contract.js';
import { baseModels, bookingWindowFilter, notHiddenFilter, visibleStatusFilter, type BaseModels } from './trainingBases.model.js';
import { isListed, MAX_BOOKING_MS, overlapsWindow, visibleStatus, type StoredBookingStatus } from './trainingBases.rules.js';

let conn: mongoose.Connection;
let models: BaseModels;

beforeAll(async () => {
  conn = await mongoose.createConnection(inject('mongoUrl'), { dbName: `tb_model_${randomBytes(4).toString('hex')}`, autoCreate: false, autoIndex: false }).asPromise();
  models = baseModels(conn);
  await models.Booking.createIndexes();
});
afterAll(async () => {
  await conn?.close();
});

const STORED: StoredBookingStatus[] = [...BOOKING_STATUSES, 'RESERVING', 'FAILED'];
const T0 = Date.parse('2026-03-02T00:00:00Z');
const SLOT = 15 * 60_000;
const baseId = new Types.ObjectId();

/** A few bookings over three days: any stored status, 15 minutes to a whole day long. */
const bookings = fc.array(
  fc.record({ startSlot: fc.integer({ min: 0, max: 3 * 96 }), slots: fc.integer({ min: 1, max: MAX_BOOKING_MS / SLOT }), status: fc.constantFrom(...STORED) }),
  { maxLength: 8 },
);
/** A window bound anywhere around them, or open. */
const bound = fc.option(fc.integer({ min: -96, max: 5 * 96 }).map((s) => T0 + s * SLOT), { nil: null });
const instant = fc.integer({ min: 0, max: 5 * 96 }).map((s) => T0 + s * SLOT + 7 * 60_000);

interface Gen {
  startSlot: number;
  slots: number;
  status: StoredBookingStatus;
}

/** Stores the generated bookings (replacing the previous run's) and returns them with their ids. */
async function store(gen: Gen[]) {
  await models.Booking.deleteMany({});
  const docs = gen.map((g) => ({ _id: new Types.ObjectId(), baseId, start: new Date(T0 + g.startSlot * SLOT), end: new Date(T0 + (g.startSlot + g.slots) * SLOT), status: g.status }));
  if (docs.length) await models.Booking.collection.insertMany(docs);
  return docs;
}
const ids = (docs: { _id: Types.ObjectId }[]) => docs.map((d) => String(d._id)).sort();
async function found(filter: Record<string, unknown>) {
  return ids(await models.Booking.find({ baseId, ...filter }).select({ _id: 1 }).lean<{ _id: Types.ObjectId }[]>());
}

describe('named query builders = the rules they encode', () => {
  it('bookingWindowFilter(from, to) finds exactly the bookings that overlapsWindow', async () => {
    await fc.assert(
      fc.asyncProperty(bookings, bound, bound, async (gen, from, to) => {
        const docs = await store(gen);
        const expected = ids(docs.filter((d) => overlapsWindow({ start: d.start.getTime(), end: d.end.getTime() }, from, to)));
        expect(await found(bookingWindowFilter(from === null ? null : new Date(from), to === null ? null : new Date(to)))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('notHiddenFilter finds exactly the listed bookings (isListed)', async () => {
    await fc.assert(
      fc.asyncProperty(bookings, async (gen) => {
        const docs = await store(gen);
        expect(await found(notHiddenFilter())).toEqual(ids(docs.filter((d) => isListed(d.status))));
      }),
      { numRuns: 25 },
    );
  });

  it('visibleStatusFilter(status, now) finds exactly the listed bookings whose visibleStatus at now is that status', async () => {
    await fc.assert(
      fc.asyncProperty(bookings, fc.option(fc.constantFrom<BookingStatus>(...BOOKING_STATUSES), { nil: null }), instant, async (gen, status, now) => {
        const docs = await store(gen);
        const expected = ids(docs.filter((d) => isListed(d.status) && (status === null || visibleStatus(d.status, d.end.getTime(), now) === status)));
        expect(await found(visibleStatusFilter(status, new Date(now)))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('the window and the status filter combined (a base\'s bookings) = both rules', async () => {
    await fc.assert(
      fc.asyncProperty(bookings, fc.option(fc.constantFrom<BookingStatus>(...BOOKING_STATUSES), { nil: null }), bound, bound, instant, async (gen, status, from, to, now) => {
        const docs = await store(gen);
        const expected = ids(
          docs.filter(
            (d) => overlapsWindow({ start: d.start.getTime(), end: d.end.getTime() }, from, to) && isListed(d.status) && (status === null || visibleStatus(d.status, d.end.getTime(), now) === status),
          ),
        );
        const q = { ...bookingWindowFilter(from === null ? null : new Date(from), to === null ? null : new Date(to)), $and: [visibleStatusFilter(status, new Date(now))] };
        expect(await found(q)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
