/**
 * The named query builders against the pure rules they encode: generated documents go into a real (test) database,
 * and what the filter finds must be exactly what the rule accepts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import mongoose, { Types, type Connection } from 'mongoose';
import type { Actor } from '../../infra/auth.js';
import { config } from '../../infra/env.js';
import { databaseName } from '../../infra/mongo.mixin.js';
import { isolateEnv } from '../../test/helpers/platform.js';
import { AUDIT_ACTIONS } from './grants.contract.js';
import { applicationsVisibleFilter, auditVisibleToFunderFilter, grantModels, programsCoveringFilter, staleDecisionsFilter, DECISION_REPAIR_AFTER_MS, type GrantModels } from './grants.model.js';
import { applicationScopes, funderSeesAuditEntry, programCovers, seesApplication } from './grants.rules.js';

let conn: Connection;
let models: GrantModels;

beforeAll(async () => {
  isolateEnv();
  conn = mongoose.createConnection(config().mongoUrl!, { dbName: databaseName('grantsModelSpec'), autoCreate: false, autoIndex: false });
  await conn.asPromise();
  models = grantModels(conn);
});
afterAll(async () => {
  await conn?.close();
});

// Few distinct values, so generated documents and callers collide often.
const ORGS = ['aaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccccccc'];
const org = fc.constantFrom(...ORGS);
const region = fc.constantFrom('450000', '450200', '450203', '450100', '450102', '110000', '110101');
const RUNS = { numRuns: 15 };

/** Ids (as strings) of the documents a filter finds. */
const idsFound = async (model: mongoose.Model<any>, filter: Record<string, unknown>) =>
  ((await model.find(filter, { _id: 1 }).lean()) as { _id: Types.ObjectId }[]).map((d) => String(d._id)).sort();

describe('programsCoveringFilter ≡ programCovers', () => {
  it('property: finds exactly the programs whose region covers the alliance region', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(region, { minLength: 1, maxLength: 8 }), region, async (regions, allianceRegion) => {
        await models.Program.deleteMany({});
        const docs = regions.map((regionCode, i) => ({ _id: new Types.ObjectId(), regionCode, codeKey: `P${i}` }));
        await models.Program.collection.insertMany(docs);
        const expected = docs.filter((d) => programCovers(d.regionCode, allianceRegion)).map((d) => String(d._id)).sort();
        expect(await idsFound(models.Program, programsCoveringFilter(allianceRegion))).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('applicationsVisibleFilter(applicationScopes) ≡ seesApplication', () => {
  const actor = fc.record({
    id: fc.constant('u'),
    org: fc.option(org, { nil: undefined }),
    roles: fc.subarray(['FUNDER', 'ORG_ADMIN', 'ORG_MEMBER', 'PLATFORM_ADMIN'] as const),
  });
  it('property: a caller lists exactly the applications it may read (callers without a scope are FORBIDDEN by the rule)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ funder: org, lead: org }), { minLength: 1, maxLength: 8 }), actor, async (apps, a) => {
        const caller = a as Actor;
        let scopes: ReturnType<typeof applicationScopes>;
        try {
          scopes = applicationScopes(caller);
        } catch (err) {
          expect((err as { type?: string }).type).toBe('FORBIDDEN');
          return;
        }
        await models.Application.deleteMany({});
        const docs = apps.map((x, i) => ({ _id: new Types.ObjectId(), openKey: `k${i}`, funderOrganizationId: new Types.ObjectId(x.funder), leadOrganizationId: new Types.ObjectId(x.lead) }));
        await models.Application.collection.insertMany(docs);
        const expected = docs
          .filter((d) => seesApplication(caller, { funderOrganizationId: String(d.funderOrganizationId), leadOrganizationId: String(d.leadOrganizationId) }))
          .map((d) => String(d._id))
          .sort();
        expect(await idsFound(models.Application, applicationsVisibleFilter(scopes))).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('auditVisibleToFunderFilter ≡ funderSeesAuditEntry', () => {
  it('property: a funder reads exactly its programs’ entries and the disqualifications in its region', async () => {
    const entry = fc.record({ action: fc.constantFrom(...AUDIT_ACTIONS), funder: fc.option(org, { nil: null }), regionCode: fc.option(region, { nil: null }) });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 8 }), org, region, async (entries, funderOrg, funderRegion) => {
        await models.AuditEntry.deleteMany({});
        const docs = entries.map((e, i) => ({ _id: new Types.ObjectId(), key: `k${i}`, action: e.action, funderOrganizationId: e.funder ? new Types.ObjectId(e.funder) : null, regionCode: e.regionCode }));
        await models.AuditEntry.collection.insertMany(docs);
        const me = { organizationId: funderOrg, regionCode: funderRegion };
        const expected = docs
          .filter((d) => funderSeesAuditEntry(me, { action: d.action, funderOrganizationId: d.funderOrganizationId ? String(d.funderOrganizationId) : null, regionCode: d.regionCode }))
          .map((d) => String(d._id))
          .sort();
        expect(await idsFound(models.AuditEntry, auditVisibleToFunderFilter(me))).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('staleDecisionsFilter', () => {
  it('property: finds exactly the decisions written more than a minute before now', async () => {
    const now = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 3 * DECISION_REPAIR_AFTER_MS }), { minLength: 1, maxLength: 8 }), async (ages) => {
        await models.Decision.deleteMany({});
        const docs = ages.map((age) => ({ _id: new Types.ObjectId(), applicationId: new Types.ObjectId(), decidedAt: new Date(now - age) }));
        await models.Decision.collection.insertMany(docs);
        const expected = docs.filter((d) => now - d.decidedAt.getTime() > DECISION_REPAIR_AFTER_MS).map((d) => String(d._id)).sort();
        expect(await idsFound(models.Decision, staleDecisionsFilter(now))).toEqual(expected);
      }),
      RUNS,
    );
  });
});
