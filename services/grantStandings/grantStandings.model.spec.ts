/** The standings query builders against the rules they encode, on a real (test) database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import mongoose, { Types, type Connection } from 'mongoose';
import { config } from '../../infra/env.js';
import { databaseName } from '../../infra/mongo.mixin.js';
import { isolateEnv } from '../../test/helpers/platform.js';
import { staleFilter, standingModels, standingsFilter, type StandingModels } from './grantStandings.model.js';
import { isStale, standingListed, supersedes } from './grantStandings.rules.js';
import { currentRegionCodes } from '../../infra/regions.js';
import { writeStanding } from './ops/recompute.js';

let conn: Connection;
let models: StandingModels;

beforeAll(async () => {
  isolateEnv();
  conn = mongoose.createConnection(config().mongoUrl!, { dbName: databaseName('grantStandingsModelSpec'), autoCreate: false, autoIndex: false });
  await conn.asPromise();
  models = standingModels(conn);
  await models.Standing.createIndexes(); // the unique (alliance, program) index is part of the write rule
});
afterAll(async () => {
  await conn?.close();
});

const ORGS = ['aaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbb'];
const PROGRAMS = ['dddddddddddddddddddddddd', 'eeeeeeeeeeeeeeeeeeeeeeee'];
const RUNS = { numRuns: 15 };
const row = (i: number, r: { funder: string; program: string; eligible: boolean; evaluatedOn: string; region?: string }) => ({
  _id: new Types.ObjectId(),
  allianceId: new Types.ObjectId(),
  programId: new Types.ObjectId(r.program),
  programCode: 'P',
  programName: '计划',
  programRegionCode: '450200',
  funderOrganizationId: new Types.ObjectId(r.funder),
  regionCode: r.region ?? '450200',
  allianceName: `联盟 ${i}`,
  eligible: r.eligible,
  shortfall: [],
  counts: { total: 0, schools: 0, enterprises: 0, distinctSchoolTypes: 0 },
  evaluatedOn: r.evaluatedOn,
  evaluatedAt: new Date(),
  readAt: i,
  applicationStatus: null,
  awarded: false,
});
/** Real GB/T 2260 codes: Guangxi's (so covering pairs are common) and a few elsewhere. */
const REGIONS = currentRegionCodes().filter((c) => c.startsWith('4502') || c.startsWith('4501') || c === '450000' || c.startsWith('6101') || c === '610000');
const rowArb = fc.record({ funder: fc.constantFrom(...ORGS), program: fc.constantFrom(...PROGRAMS), eligible: fc.boolean(), evaluatedOn: fc.constantFrom('2025-01-14', '2025-01-15', '2025-01-16'), region: fc.constantFrom(...REGIONS) });
const ids = (docs: { _id: Types.ObjectId }[]) => docs.map((d) => String(d._id)).sort();

describe('standingsFilter ≡ standingListed', () => {
  it('property: lists exactly the rows the rule lists, for every scope and filter', async () => {
    const args = fc.record({ programId: fc.option(fc.constantFrom(...PROGRAMS), { nil: null }), eligible: fc.option(fc.boolean(), { nil: null }) });
    const scope = fc.option(fc.record({ regionCode: fc.constantFrom(...REGIONS.filter((c) => c.endsWith('00')), ...REGIONS.slice(0, 5)) }), { nil: null });
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 8 }), scope, args, async (rows, s, a) => {
        await models.Standing.deleteMany({});
        const docs = rows.map((r, i) => row(i, r));
        await models.Standing.collection.insertMany(docs);
        const expected = docs.filter((d) => standingListed(s, a, { regionCode: d.regionCode, programId: String(d.programId), eligible: d.eligible }));
        expect(ids(await models.Standing.find(standingsFilter(s, a)).lean())).toEqual(ids(expected));
      }),
      RUNS,
    );
  });
});

describe('staleFilter ≡ isStale', () => {
  it('property: finds exactly the rows evaluated before today', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 8 }), async (rows) => {
        await models.Standing.deleteMany({});
        const docs = rows.map((r, i) => row(i, r));
        await models.Standing.collection.insertMany(docs);
        expect(ids(await models.Standing.find(staleFilter('2025-01-15')).lean())).toEqual(ids(docs.filter((d) => isStale(d.evaluatedOn, '2025-01-15'))));
      }),
      RUNS,
    );
  });
});

describe('writeStanding (olderReadingFilter + the unique index) ≡ supersedes', () => {
  it('property: after readings arriving in any order, the stored row is the one the rule keeps', async () => {
    const allianceId = String(new Types.ObjectId());
    const programId = PROGRAMS[0];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 6 }), async (readings) => {
        await models.Standing.deleteMany({});
        let kept: number | null = null;
        for (const readAt of readings) {
          const written = await writeStanding(models, allianceId, programId, {
            programCode: 'P',
            programName: '计划',
            programRegionCode: '450200',
            funderOrganizationId: ORGS[0],
            regionCode: '450200',
            allianceName: `reading ${readAt}`,
            eligible: readAt % 2 === 0,
            shortfall: [],
            counts: { total: readAt, schools: 0, enterprises: 0, distinctSchoolTypes: 0 },
            evaluatedOn: '2025-01-15',
            evaluatedAt: new Date(),
            readAt,
            applicationStatus: null,
            awarded: false,
          });
          const applies = supersedes(kept, readAt);
          expect(written).toBe(applies);
          if (applies) kept = readAt;
        }
        const stored = await models.Standing.find({ allianceId: new Types.ObjectId(allianceId) }).lean();
        expect(stored).toHaveLength(1);
        expect(stored[0]).toMatchObject({ readAt: kept, allianceName: `reading ${kept}`, counts: { total: kept } });
      }),
      RUNS,
    );
  });
});
