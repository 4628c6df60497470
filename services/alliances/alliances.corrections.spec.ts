/**
 * Corrections seen from alliances (issue 14, fault 6): member counts and lists read each organization's kind and
 * school type ON THE DATE asked (an organization reclassified later keeps its old classification on earlier dates),
 * and the lead unit is a dated history. Pure rules, and the database side (one aggregation, the kind filter) against
 * them on the run's real test database.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import mongoose, { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Actor } from '../../infra/auth.js';
import { addDays } from '../../infra/dates.js';
import { allianceModels, kindOnFilter, type AllianceModels, type MembershipDoc } from './alliances.model.js';
import { activeOn, asClassifiedOn, foldCounts, leadChangeProblem, leadOn, ofKindOn, reclassifyCounts, type Classification, type LeadChangeState } from './alliances.rules.js';
import { countRows } from './ops/count-members.js';

const TODAY = '2026-05-20';
const KINDS = ['SCHOOL', 'ENTERPRISE', 'RESEARCH_INSTITUTE'];
const TYPES = ['SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL', 'UNIVERSITY'];
const ORGS = Array.from({ length: 6 }, () => new Types.ObjectId().toHexString());

const classification = fc.constantFrom(...KINDS).chain((kind) => (kind === 'SCHOOL' ? fc.constantFrom(...TYPES).map((t): Classification => ({ kind, schoolType: t })) : fc.constant<Classification>({ kind, schoolType: null })));
const copied = fc.record({ organizationId: fc.constantFrom(...ORGS), c: classification }).map(({ organizationId, c }) => ({ organizationId, orgKind: c.kind, schoolType: c.schoolType }));
/** Some organizations reclassified, each with its classification on the date counted. */
const reclassified = fc.subarray(ORGS).chain((ids) => fc.tuple(...ids.map(() => classification)).map((cs) => new Map(ids.map((id, i) => [id, cs[i]]))));

/** Counting every membership by its organization's classification on the date: what countMembers promises. */
function naiveCounts(rows: readonly { organizationId: string; orgKind: string; schoolType: string | null }[], on: ReadonlyMap<string, Classification>) {
  const byKind: Record<string, number> = {};
  const bySchoolType: Record<string, number> = {};
  for (const r of rows.map((m) => asClassifiedOn(m, on))) {
    byKind[r.orgKind] = (byKind[r.orgKind] ?? 0) + 1;
    if (r.orgKind === 'SCHOOL' && r.schoolType) bySchoolType[r.schoolType] = (bySchoolType[r.schoolType] ?? 0) + 1;
  }
  return { byKind, bySchoolType };
}

describe('reclassifyCounts: counts by copied kind, corrected for reclassified organizations', () => {
  it('the handed case: a school copied as 中职 counts as 高职 from the correction on', () => {
    const row = { organizationId: ORGS[0], orgKind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' };
    const on = new Map([[ORGS[0], { kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL' }]]);
    expect(reclassifyCounts({ SCHOOL: 2 }, { SECONDARY_VOCATIONAL: 2 }, [row], on)).toEqual({ byKind: { SCHOOL: 2 }, bySchoolType: { SECONDARY_VOCATIONAL: 1, HIGHER_VOCATIONAL: 1 } });
    // An enterprise that was really a research institute leaves the enterprise count.
    const firm = { organizationId: ORGS[1], orgKind: 'ENTERPRISE', schoolType: null };
    expect(reclassifyCounts({ ENTERPRISE: 1 }, {}, [firm], new Map([[ORGS[1], { kind: 'RESEARCH_INSTITUTE', schoolType: null }]]))).toEqual({ byKind: { RESEARCH_INSTITUTE: 1 }, bySchoolType: {} });
  });

  it('equals counting every membership by its classification on the date (property)', () => {
    fc.assert(
      fc.property(fc.array(copied, { maxLength: 12 }), reclassified, (rows, on) => {
        const asCopied = naiveCounts(rows, new Map());
        const moved = rows.filter((r) => on.has(r.organizationId));
        expect(reclassifyCounts(asCopied.byKind, asCopied.bySchoolType, moved, on)).toEqual(naiveCounts(rows, on));
      }),
      { numRuns: 500 },
    );
  });
});

describe('leadOn and leadChangeProblem', () => {
  const A = 'aaaaaaaaaaaaaaaaaaaaaaaa';
  const B = 'bbbbbbbbbbbbbbbbbbbbbbbb';
  const C = 'cccccccccccccccccccccccc';
  const history = [
    { organizationId: A, from: '2024-01-01' },
    { organizationId: B, from: '2025-06-01' },
    { organizationId: C, from: '2026-01-01' },
  ];
  it('answers the lead in force on a date (the founding lead before the first change)', () => {
    expect(leadOn(history, C, '2023-01-01')).toBe(A);
    expect(leadOn(history, C, '2025-05-31')).toBe(A);
    expect(leadOn(history, C, '2025-06-01')).toBe(B);
    expect(leadOn(history, C, '2026-05-01')).toBe(C);
    expect(leadOn([], A, '2026-05-01')).toBe(A);
  });

  it('equals the last entry effective on or before the date (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: -3, max: 33 }), (offsets, at) => {
        const h = [...offsets].sort((x, y) => x - y).map((o, i) => ({ organizationId: ORGS[i], from: addDays('2025-01-01', o) }));
        const date = addDays('2025-01-01', at);
        expect(leadOn(h, h.at(-1)!.organizationId, date)).toBe((h.filter((e) => e.from <= date).at(-1) ?? h[0]).organizationId);
      }),
    );
  });

  const state: LeadChangeState = { leadOrganizationId: A, status: 'ACTIVE', foundedOn: '2024-01-01', leadHistory: [{ organizationId: A, from: '2024-01-01' }] };
  const leadAdmin: Actor = { id: 'l', org: A, roles: ['ORG_ADMIN'] };
  it('lets the lead hand over to an active member from a past-or-today date, in order', () => {
    expect(leadChangeProblem(leadAdmin, state, B, '2026-01-01', TODAY, true)).toBeNull();
    expect(leadChangeProblem({ id: 'p', roles: ['PLATFORM_ADMIN'] }, state, B, TODAY, TODAY, true)).toBeNull();
    expect(leadChangeProblem({ id: 'b', org: B, roles: ['ORG_ADMIN'] }, state, B, TODAY, TODAY, true)?.code).toBe('FORBIDDEN');
    expect(leadChangeProblem(leadAdmin, { ...state, status: 'DISSOLVED' }, B, TODAY, TODAY, true)?.code).toBe('FAILED_PRECONDITION');
    expect(leadChangeProblem(leadAdmin, state, B, addDays(TODAY, 1), TODAY, true)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(leadChangeProblem(leadAdmin, state, B, '2023-12-31', TODAY, true)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    const changed = { ...state, leadOrganizationId: B, leadHistory: [...state.leadHistory, { organizationId: B, from: '2025-06-01' }] };
    expect(leadChangeProblem({ id: 'b', org: B, roles: ['ORG_ADMIN'] }, changed, C, '2025-05-31', TODAY, true)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(leadChangeProblem(leadAdmin, state, A, TODAY, TODAY, true)).toMatchObject({ code: 'CONFLICT', data: { reason: 'ALREADY_LEAD' } });
    expect(leadChangeProblem(leadAdmin, state, B, TODAY, TODAY, false)).toMatchObject({ code: 'FAILED_PRECONDITION', data: { reason: 'NOT_AN_ACTIVE_MEMBER' } });
  });
});

// ---------------------------------------------------------------- the database side, on the run's test database

let conn: Connection;
let models: AllianceModels;
beforeAll(async () => {
  conn = await mongoose.createConnection(inject('mongoUrl'), { dbName: `prop_alliances_corr_${randomBytes(4).toString('hex')}`, autoCreate: false, autoIndex: false }).asPromise();
  models = allianceModels(conn);
  await models.Membership.createIndexes();
});
afterAll(async () => conn?.close());

const day = fc.integer({ min: 0, max: 8 }).map((n) => addDays('2024-01-01', n));
const membership = fc.record({ m: copied, joinedAt: fc.option(day, { nil: null }), endedAt: fc.option(day, { nil: null }) });

async function withMemberships<T>(generated: { m: { organizationId: string; orgKind: string; schoolType: string | null }; joinedAt: string | null; endedAt: string | null }[], run: (allianceId: Types.ObjectId, docs: MembershipDoc[]) => Promise<T>): Promise<T> {
  const allianceId = new Types.ObjectId();
  const docs = generated.map((g) => ({
    _id: new Types.ObjectId(),
    allianceId,
    organizationId: new Types.ObjectId(g.m.organizationId),
    orgKind: g.m.orgKind,
    schoolType: g.m.schoolType,
    role: 'MEMBER',
    status: g.endedAt ? 'ENDED' : 'ACTIVE',
    initiatedBy: 'APPLICATION',
    openKey: `prop:${randomBytes(6).toString('hex')}`,
    joinedAt: g.joinedAt,
    endedAt: g.endedAt,
  }));
  await models.Membership.insertMany(docs);
  try {
    return await run(allianceId, docs as unknown as MembershipDoc[]);
  } finally {
    await models.Membership.deleteMany({ allianceId });
  }
}

describe('kindOnFilter (members with a kind, as of a date)', () => {
  it('selects exactly the memberships ofKindOn accepts (property, real database)', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(membership, { minLength: 1, maxLength: 6 }), reclassified, fc.constantFrom(...KINDS), async (generated, on, kind) => {
        await withMemberships(generated, async (allianceId, docs) => {
          const found = await models.Membership.find({ allianceId, ...kindOnFilter(kind, on) }).lean<MembershipDoc[]>();
          const expected = docs.filter((d) => ofKindOn({ organizationId: String(d.organizationId), orgKind: d.orgKind, schoolType: d.schoolType }, kind, on));
          expect(found.map((d) => String(d._id)).sort()).toEqual(expected.map((d) => String(d._id)).sort());
          checked++;
        });
      }),
      { numRuns: 40 },
    );
    expect(checked).toBe(40);
  });
});

describe('countRows (alliances.countMembers: one aggregation)', () => {
  it('counts active members by their classification on the date, disqualified ones left out (property, real database)', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(membership, { minLength: 1, maxLength: 8 }), reclassified, fc.subarray(ORGS, { maxLength: 2 }), day, async (generated, on, excluded, asOf) => {
        await withMemberships(generated, async (allianceId, docs) => {
          const [counts] = await countRows(models, [String(allianceId)], asOf, excluded, on);
          const counted = docs
            .filter((d) => activeOn(d, asOf) && !excluded.includes(String(d.organizationId)))
            .map((d) => ({ organizationId: String(d.organizationId), orgKind: d.orgKind, schoolType: d.schoolType }));
          const naive = naiveCounts(counted, on);
          expect(counts).toEqual(foldCounts(asOf, naive.byKind, naive.bySchoolType));
          checked++;
        });
      }),
      { numRuns: 40 },
    );
    expect(checked).toBe(40);
  });
});
