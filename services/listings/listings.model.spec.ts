/**
 * The model's named query builders select exactly what the pure rules they encode select (property tests on
 * generated listings in a real test database: the run's MongoDB or the emulator).
 */
import fc from 'fast-check';
import mongoose, { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LISTING_STATUSES, type ListingStatus } from './listings.contract.js';
import { changedSinceFilter, expiredFilter, listingModels, type ListingModels } from './listings.model.js';
import { effectiveStatus } from './listings.rules.js';

let conn: Connection;
let models: ListingModels;

beforeAll(async () => {
  conn = mongoose.createConnection(inject('mongoUrl'), { dbName: `t${new Types.ObjectId().toHexString().slice(-8)}_listings_model`, autoCreate: false, autoIndex: false });
  await conn.asPromise();
  models = listingModels(conn);
  await models.Listing.createIndexes();
});
afterAll(async () => {
  await models?.Listing.deleteMany({});
  await conn?.close();
});

const DAYS = ['2026-05-30', '2026-05-31', '2026-06-01', '2026-06-02', '2026-06-03'];
const generated = fc.array(fc.record({ status: fc.constantFrom(...LISTING_STATUSES), validTo: fc.constantFrom(...DAYS), updatedMinute: fc.integer({ min: 0, max: 9 }) }), { maxLength: 12 });

async function store(rows: { status: ListingStatus; validTo: string; updatedMinute: number }[]): Promise<string[]> {
  await models.Listing.deleteMany({});
  const ids: string[] = [];
  for (const r of rows) {
    const doc = await models.Listing.create({ kind: 'TALENT_DEMAND', organizationId: 'o', organizationName: '柳工', organizationKind: 'ENTERPRISE', title: '实习', description: '实习岗位', regionCode: '450203', validFrom: '2026-01-01', validTo: r.validTo, status: r.status, rev: 1, createdBy: 'u' });
    await models.Listing.collection.updateOne({ _id: doc._id }, { $set: { updatedAt: new Date(Date.UTC(2026, 5, 1, 0, r.updatedMinute)) } });
    ids.push(String(doc._id));
  }
  return ids;
}

describe('named filters agree with the rules', () => {
  it('expiredFilter(today) selects the stored OPEN listings that read EXPIRED', async () => {
    await fc.assert(
      fc.asyncProperty(generated, fc.constantFrom(...DAYS), async (rows, today) => {
        const ids = await store(rows);
        const got = (await models.Listing.find(expiredFilter(today)).select({ _id: 1 }).lean()).map((d) => String(d._id)).sort();
        const want = ids.filter((_, i) => rows[i].status === 'OPEN' && effectiveStatus(rows[i].status, rows[i].validTo, today) === 'EXPIRED').sort();
        expect(got).toEqual(want);
      }),
      { numRuns: 15 },
    );
  });

  it('changedSinceFilter(t) selects the listings updated at or after t (the catch-up watermark)', async () => {
    await fc.assert(
      fc.asyncProperty(generated, fc.integer({ min: 0, max: 9 }), async (rows, minute) => {
        const ids = await store(rows);
        const since = new Date(Date.UTC(2026, 5, 1, 0, minute));
        const got = (await models.Listing.find(changedSinceFilter(since)).select({ _id: 1 }).lean()).map((d) => String(d._id)).sort();
        expect(got).toEqual(ids.filter((_, i) => rows[i].updatedMinute >= minute).sort());
      }),
      { numRuns: 15 },
    );
  });
});
