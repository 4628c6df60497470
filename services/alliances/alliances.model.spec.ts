/**
 * The named query builders against the pure rules they encode: generated memberships go into a real test database
 * (the run's MongoDB or emulator, a fresh database for this file) and the filter must select exactly the documents
 * the rule accepts.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import mongoose, { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '../../infra/dates.js';
import { activeOnFilter, allianceModels, type AllianceModels, type MembershipDoc } from './alliances.model.js';
import { activeOn } from './alliances.rules.js';

let conn: Connection;
let models: AllianceModels;

beforeAll(async () => {
  conn = await mongoose.createConnection(inject('mongoUrl'), { dbName: `prop_alliances_${randomBytes(4).toString('hex')}`, autoCreate: false, autoIndex: false }).asPromise();
  models = allianceModels(conn);
  await models.Membership.createIndexes();
});
afterAll(async () => conn?.close());

// A short span of days, so generated dates often coincide with each other and with asOf (the boundaries).
const day = fc.integer({ min: 0, max: 12 }).map((n) => addDays('2024-01-01', n));
const period = fc.record({ joinedAt: fc.option(day, { nil: null }), endedAt: fc.option(day, { nil: null }) });

describe('activeOnFilter', () => {
  it('selects exactly the memberships activeOn accepts (property, real database)', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(period, { minLength: 1, maxLength: 6 }), day, async (periods, asOf) => {
        const allianceId = new Types.ObjectId();
        const docs = periods.map((p) => ({
          _id: new Types.ObjectId(),
          allianceId,
          organizationId: new Types.ObjectId(),
          orgKind: 'ENTERPRISE',
          role: 'MEMBER',
          status: p.endedAt ? 'ENDED' : 'ACTIVE',
          initiatedBy: 'APPLICATION',
          openKey: `prop:${randomBytes(6).toString('hex')}`,
          ...p,
        }));
        await models.Membership.insertMany(docs);
        try {
          const found = await models.Membership.find({ allianceId, ...activeOnFilter(asOf) }).lean<MembershipDoc[]>();
          const expected = docs.filter((d) => activeOn(d, asOf)).map((d) => String(d._id)).sort();
          expect(found.map((d) => String(d._id)).sort()).toEqual(expected);
          checked++;
        } finally {
          await models.Membership.deleteMany({ allianceId });
        }
      }),
      { numRuns: 60 },
    );
    expect(checked).toBe(60);
  });
});
