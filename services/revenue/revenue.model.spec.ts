/**
 * The model's named query builders select exactly what the pure rules they encode select: generated documents go
 * into a real database (the run's MongoDB: the emulator or a real server), and the filter's result is compared
 * with the rule's verdict on the same documents. Collections stay small (the emulator slows with size).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import fc from 'fast-check';
import mongoose, { Types, type Connection, type Model } from 'mongoose';
import { afterKeyFilter, agreementEventsFilter, involvesOrganizationFilter, organizationEventsFilter, policiesCoveringFilter, revenueModels, type RevenueModels } from './revenue.model.js';
import { regionCovers } from '../../infra/auth.js';
import { currentRegionCodes } from '../../infra/regions.js';
import { afterKey, agreementInvolves, onAgreementStatement, onOrganizationStatement } from './revenue.rules.js';

let conn: Connection;
let models: RevenueModels;

beforeAll(async () => {
  conn = mongoose.createConnection(inject('mongoUrl'), { dbName: `t${randomBytes(4).toString('hex')}_revenue_model`, autoCreate: false, autoIndex: false });
  await conn.asPromise();
  models = revenueModels(conn);
});
afterAll(async () => conn?.close());

const ORGS = ['p', 'q', 'r'];
const AGREEMENTS = ['a', 'b', 'c'];
const DAYS = ['2025-01-01', '2025-01-02', '2025-01-03', '2025-02-01'];
const hexId = fc.stringMatching(/^[0-9a-f]{24}$/);
const day = fc.constantFrom(...DAYS);
const orgs = fc.subarray(ORGS);

const eventDoc = fc.record({ id: hexId, agreementId: fc.constantFrom(...AGREEMENTS), receivedOn: day, organizationIds: orgs });
const events = fc.uniqueArray(eventDoc, { maxLength: 10, selector: (e) => e.id });

/** Replaces the events collection's content with `docs` (raw documents: only the fields the filters read matter). */
async function putEvents(docs: { id: string; agreementId: string; receivedOn: string; organizationIds: string[] }[]): Promise<void> {
  await models.Event.deleteMany({});
  if (!docs.length) return;
  await models.Event.collection.insertMany(
    docs.map((d) => ({
      _id: new Types.ObjectId(d.id),
      agreementId: d.agreementId,
      receivedOn: d.receivedOn,
      organizationIds: d.organizationIds,
      externalReference: d.id,
      reversalKey: `event:${d.id}`,
    })),
  );
}

const selected = async (filter: Record<string, unknown>, model: 'Event' | 'Agreement' = 'Event'): Promise<string[]> =>
  ((await (models[model] as unknown as Model<{ _id: Types.ObjectId }>).find(filter).lean()) as { _id: Types.ObjectId }[]).map((d) => String(d._id)).sort();

describe('revenue model query builders = the rules they encode (property tests on a real database)', () => {
  it('organizationEventsFilter = onOrganizationStatement', async () => {
    await fc.assert(
      fc.asyncProperty(events, fc.constantFrom(...ORGS), day, day, async (docs, org, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        await putEvents(docs);
        const expected = docs.filter((d) => onOrganizationStatement(d, org, from, to)).map((d) => d.id).sort();
        expect(await selected(organizationEventsFilter(org, from, to))).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('agreementEventsFilter = onAgreementStatement, for one agreement and for several', async () => {
    await fc.assert(
      fc.asyncProperty(events, fc.subarray(AGREEMENTS, { minLength: 1 }), day, day, async (docs, ids, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        await putEvents(docs);
        const expected = docs.filter((d) => onAgreementStatement(d, ids, from, to)).map((d) => d.id).sort();
        expect(await selected(agreementEventsFilter(ids, from, to))).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('afterKeyFilter = afterKey in (receivedOn, _id) order', async () => {
    await fc.assert(
      // The key is often a listed event's own (a page ends on one), else an arbitrary (date, id).
      fc.asyncProperty(events, day, hexId, fc.option(fc.nat()), async (docs, receivedOn, id, pick) => {
        await putEvents(docs);
        const own = pick !== null && docs.length ? docs[pick % docs.length] : null;
        const key = own ? { receivedOn: own.receivedOn, id: own.id } : { receivedOn, id };
        const expected = docs.filter((d) => afterKey(d, key)).map((d) => d.id).sort();
        expect(await selected(afterKeyFilter(key))).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });

  it('involvesOrganizationFilter = agreementInvolves', async () => {
    const agreement = fc.record({ id: hexId, ownerOrganizationId: fc.constantFrom(...ORGS), partyOrganizationIds: orgs });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(agreement, { maxLength: 8, selector: (a) => a.id }), fc.constantFrom(...ORGS, 'x'), async (docs, org) => {
        await models.Agreement.deleteMany({});
        if (docs.length) {
          await models.Agreement.collection.insertMany(
            docs.map((d) => ({ _id: new Types.ObjectId(d.id), ownerOrganizationId: d.ownerOrganizationId, partyOrganizationIds: d.partyOrganizationIds })),
          );
        }
        const expected = docs.filter((d) => agreementInvolves(d, org)).map((d) => d.id).sort();
        expect(await selected(involvesOrganizationFilter(org), 'Agreement')).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });
});

describe('policiesCoveringFilter ≡ regionCovers (over real GB/T 2260 codes)', () => {
  const codes = currentRegionCodes();
  it('property: selects exactly the policies whose region covers the alliance region', async () => {
    // A few real codes around Liuzhou (so covering pairs occur) and a few anywhere.
    const near = codes.filter((c) => c.startsWith('45'));
    const region = fc.oneof(fc.constantFrom(...near), fc.constantFrom(...codes));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(region, { minLength: 1, maxLength: 6 }), region, async (policyRegions, alliance) => {
        await models.Policy.deleteMany({});
        await models.Policy.collection.insertMany(policyRegions.map((r) => ({ code: `P${r}`, name: r, regionCode: r, versions: [], changes: [], rev: 0, createdBy: 't' })));
        const got = (await models.Policy.find(policiesCoveringFilter(alliance)).lean()).map((p) => p.regionCode).sort();
        expect(got).toEqual(policyRegions.filter((r) => regionCovers(r, alliance)).sort());
      }),
      { numRuns: 20 },
    );
  });
});
