/**
 * The model's named query builders select exactly what the pure rules they encode select (property tests on
 * generated projects, stored in a real test database: the run's MongoDB or the emulator).
 */
import fc from 'fast-check';
import mongoose, { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { PROJECT_STATUSES, type ProjectStatus } from './projects.contract.js';
import { allianceProjectsFilter, holdingMilestoneFilter, projectModels, type ProjectModels } from './projects.model.js';
import { holdsMilestone, takesPart } from './projects.rules.js';

let conn: Connection;
let models: ProjectModels;

beforeAll(async () => {
  conn = mongoose.createConnection(inject('mongoUrl'), { dbName: `t${new Types.ObjectId().toHexString().slice(-8)}_projects_model`, autoCreate: false, autoIndex: false });
  await conn.asPromise();
  models = projectModels(conn);
  await models.Project.createIndexes();
});
afterAll(async () => {
  await models?.Project.deleteMany({});
  await conn?.close();
});

// Small pools, so generated projects share alliances, organizations and milestones often.
const ALLIANCES = ['a00000000000000000000001', 'a00000000000000000000002'];
const ORGS = ['000000000000000000000001', '000000000000000000000002', '000000000000000000000003', '000000000000000000000004'];
const MILESTONES = ['m1', 'm2', 'm3', 'm4', 'm5'];

interface Generated {
  allianceId: string;
  status: ProjectStatus;
  participantOrganizationIds: string[];
  milestoneIds: string[];
}
const project: fc.Arbitrary<Generated> = fc.record({
  allianceId: fc.constantFrom(...ALLIANCES),
  status: fc.constantFrom(...PROJECT_STATUSES),
  participantOrganizationIds: fc.uniqueArray(fc.constantFrom(...ORGS), { maxLength: 4 }),
  milestoneIds: fc.uniqueArray(fc.constantFrom(...MILESTONES), { maxLength: 3 }),
});

/** Replaces the collection with the generated projects; resolves their ids in order. */
async function store(projects: Generated[]): Promise<string[]> {
  await models.Project.deleteMany({});
  const docs = projects.map((g) => ({
    _id: new Types.ObjectId(),
    ...g,
    allianceId: new Types.ObjectId(g.allianceId),
    milestones: g.milestoneIds.map((milestoneId) => ({ milestoneId })),
  }));
  if (docs.length) await models.Project.collection.insertMany(docs);
  return docs.map((d) => String(d._id));
}

async function selected(filter: Record<string, unknown>): Promise<string[]> {
  const docs = await models.Project.find(filter, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>();
  return docs.map((d) => String(d._id)).sort();
}

describe('projects query builders = the rules they encode', () => {
  it('allianceProjectsFilter selects the alliance’s projects of the status that the organization takes part in', async () => {
    const query = fc.record({
      allianceId: fc.constantFrom(...ALLIANCES),
      status: fc.option(fc.constantFrom(...PROJECT_STATUSES), { nil: null }),
      participantOrganizationId: fc.option(fc.constantFrom(...ORGS), { nil: null }),
    });
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(project, { maxLength: 8 }), fc.array(query, { minLength: 1, maxLength: 4 }), async (projects, queries) => {
        const ids = await store(projects);
        for (const q of queries) {
          const expected = ids.filter((_, i) => {
            const g = projects[i];
            return g.allianceId === q.allianceId && (!q.status || g.status === q.status) && (!q.participantOrganizationId || takesPart(q.participantOrganizationId, g));
          });
          if (expected.length) nonEmpty++;
          expect(await selected(allianceProjectsFilter(q))).toEqual(expected.sort());
        }
      }),
      { numRuns: 25 },
    );
    // The property was exercised on non-trivial answers, not only on empty ones.
    expect(nonEmpty).toBeGreaterThan(0);
  });

  it('holdingMilestoneFilter selects the projects holding the milestone', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(project, { maxLength: 8 }), fc.constantFrom(...MILESTONES), async (projects, milestoneId) => {
        const ids = await store(projects);
        const expected = ids.filter((_, i) => holdsMilestone({ milestones: projects[i].milestoneIds.map((id) => ({ milestoneId: id })) }, milestoneId));
        if (expected.length) nonEmpty++;
        expect(await selected(holdingMilestoneFilter(milestoneId))).toEqual(expected.sort());
      }),
      { numRuns: 25 },
    );
    expect(nonEmpty).toBeGreaterThan(0);
  });
});
