/**
 * The named query builder against the pure rule it encodes: generated disqualifications go into a real test
 * database (a fresh database for this file) and the filter must select exactly the ones the rule accepts.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import mongoose, { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '../../infra/dates.js';
import { disqualifiedOnFilter, inForceDuringFilter, organizationModels, type DisqualificationDoc, type OrganizationModels } from './organizations.model.js';
import { disqualifiedOn, inForceDuring } from './organizations.rules.js';

let conn: Connection;
let models: OrganizationModels;

beforeAll(async () => {
  conn = await mongoose.createConnection(inject('mongoUrl'), { dbName: `prop_organizations_${randomBytes(4).toString('hex')}`, autoCreate: false, autoIndex: false }).asPromise();
  models = organizationModels(conn);
  await models.Disqualification.createIndexes();
});
afterAll(async () => conn?.close());

// A short span of days, so generated dates often coincide with each other and with asOf (the boundaries).
const day = fc.integer({ min: 0, max: 12 }).map((n) => addDays('2024-01-01', n));
const record = fc.record({ from: day, until: day, liftedOn: fc.option(day, { nil: null }) });

describe('disqualifiedOnFilter', () => {
  it('selects exactly the disqualifications disqualifiedOn accepts (property, real database)', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 6 }), day, async (records, asOf) => {
        const batch = randomBytes(6).toString('hex');
        const docs = records.map((r) => ({ _id: new Types.ObjectId(), organizationId: new Types.ObjectId(), reason: batch, imposedBy: 'prop', ...r }));
        await models.Disqualification.insertMany(docs);
        try {
          const found = await models.Disqualification.find({ reason: batch, ...disqualifiedOnFilter(asOf) }).lean<DisqualificationDoc[]>();
          const expected = docs.filter((d) => disqualifiedOn(d, asOf)).map((d) => String(d._id)).sort();
          expect(found.map((d) => String(d._id)).sort()).toEqual(expected);
          checked++;
        } finally {
          await models.Disqualification.deleteMany({ reason: batch });
        }
      }),
      { numRuns: 60 },
    );
    expect(checked).toBe(60);
  });
});

describe('inForceDuringFilter', () => {
  it('selects every disqualification inForceDuring accepts, so that the rule applied after it is exact (property, real database)', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 6 }), day, day, async (records, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const batch = randomBytes(6).toString('hex');
        const docs = records.map((r) => ({ _id: new Types.ObjectId(), organizationId: new Types.ObjectId(), reason: batch, imposedBy: 'prop', ...r }));
        await models.Disqualification.insertMany(docs);
        try {
          const found = await models.Disqualification.find({ reason: batch, ...inForceDuringFilter(from, to) }).lean<DisqualificationDoc[]>();
          const expected = docs.filter((d) => inForceDuring(d, from, to)).map((d) => String(d._id)).sort();
          expect(found.filter((d) => inForceDuring(d, from, to)).map((d) => String(d._id)).sort()).toEqual(expected);
          checked++;
        } finally {
          await models.Disqualification.deleteMany({ reason: batch });
        }
      }),
      { numRuns: 40 },
    );
    expect(checked).toBe(40);
  });
});
