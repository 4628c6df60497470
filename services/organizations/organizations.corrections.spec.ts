/**
 * Corrections with history (issue 14, fault 6 "nothing can be corrected"): who may change what, the order of a
 * field's corrections, 规模以上 per year, and the kind / school type as of a date — pure rules.
 */
import fc from 'fast-check';
import type { ServiceBroker } from 'moleculer';
import mongoose, { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mintToken, type Actor } from '../../infra/auth.js';
import { databaseName } from '../../infra/mongo.mixin.js';
import { unitBroker } from '../../test/helpers/unit-broker.js';
import { creditCode } from '../../test/helpers/platform.js';
import { OrganizationAction, type OrganizationDto } from './organizations.contract.js';
import OrganizationsService from './organizations.service.js';
import { addDays } from '../../infra/dates.js';
import type { OrganizationChange, OrganizationKind } from './organizations.contract.js';
import { classificationOn, designatedSizePlan, designatedSizeYears, isProblem, updatePlan, type CorrectionPlan, type OrganizationState } from './organizations.rules.js';

const ORG = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const TODAY = '2026-05-20';
const AT = '2026-05-20T01:00:00.000Z';
const platform: Actor = { id: 'p', roles: ['PLATFORM_ADMIN'] };
const ownAdmin: Actor = { id: 'o', org: ORG, roles: ['ORG_ADMIN'] };
const ownMember: Actor = { id: 'm', org: ORG, roles: ['ORG_MEMBER'] };
const otherAdmin: Actor = { id: 'x', org: 'bbbbbbbbbbbbbbbbbbbbbbbb', roles: ['ORG_ADMIN'] };

const school = (over: Partial<OrganizationState> = {}): OrganizationState => ({
  id: ORG,
  name: '柳州市第一职业技术学校',
  kind: 'SCHOOL',
  schoolType: 'SECONDARY_VOCATIONAL',
  regionCode: '450200',
  aboveDesignatedSize: null,
  scale: null,
  history: [],
  designatedSizeByYear: [],
  ...over,
});
const firm = (over: Partial<OrganizationState> = {}): OrganizationState => school({ kind: 'ENTERPRISE', schoolType: null, name: '柳工', aboveDesignatedSize: true, scale: 'LARGE', ...over });
const plan = (r: ReturnType<typeof updatePlan>): CorrectionPlan => {
  if (isProblem(r)) throw new Error(`unexpected ${r.code}: ${r.message}`);
  return r;
};

describe('updatePlan: who may change what', () => {
  it("lets the organization's own admin rename it, never re-type it or move it", () => {
    const renamed = plan(updatePlan(ownAdmin, school(), { name: '柳州市职业技术学院', effectiveDate: '2026-03-01', reason: '更名' }, TODAY, AT));
    expect(renamed.set).toEqual({ name: '柳州市职业技术学院' });
    expect(renamed.changes).toEqual([
      { field: 'NAME', effectiveDate: '2026-03-01', year: null, old: { name: '柳州市第一职业技术学校' }, new: { name: '柳州市职业技术学院' }, reason: '更名', at: AT, by: 'o', byOrganizationId: ORG },
    ]);
    expect(updatePlan(ownAdmin, school(), { schoolType: 'HIGHER_VOCATIONAL', effectiveDate: TODAY, reason: '升格' }, TODAY, AT)).toMatchObject({ code: 'FORBIDDEN', data: { field: 'CLASSIFICATION' } });
    expect(updatePlan(ownAdmin, school(), { kind: 'RESEARCH_INSTITUTE', effectiveDate: TODAY, reason: 'x' }, TODAY, AT)).toMatchObject({ code: 'FORBIDDEN', data: { field: 'CLASSIFICATION' } });
    expect(updatePlan(ownAdmin, school(), { regionCode: '450100', effectiveDate: TODAY, reason: '搬迁' }, TODAY, AT)).toMatchObject({ code: 'FORBIDDEN', data: { field: 'REGION' } });
    expect(updatePlan(ownMember, school(), { name: 'New name', effectiveDate: TODAY, reason: 'x' }, TODAY, AT)).toMatchObject({ code: 'FORBIDDEN', data: { field: 'NAME' } });
    expect(updatePlan(otherAdmin, school(), { name: 'New name', effectiveDate: TODAY, reason: 'x' }, TODAY, AT)).toMatchObject({ code: 'FORBIDDEN', data: { field: 'NAME' } });
  });

  it('lets a platform admin correct kind, school type and region, each one history entry with old → new', () => {
    const p = plan(updatePlan(platform, school(), { schoolType: 'HIGHER_VOCATIONAL', regionCode: '450203', effectiveDate: '2025-09-01', reason: '录入错误' }, TODAY, AT));
    expect(p.set).toEqual({ regionCode: '450203', kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL', reclassified: true });
    expect(p.changes.map((c) => [c.field, c.old, c.new])).toEqual([
      ['REGION', { regionCode: '450200' }, { regionCode: '450203' }],
      ['CLASSIFICATION', { kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' }, { kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL' }],
    ]);
  });

  it('clears the enterprise-only facts when an enterprise turns out to be something else, keeping its yearly records', () => {
    const years = [{ year: 2024, aboveDesignatedSize: true }];
    const p = plan(updatePlan(platform, firm({ designatedSizeByYear: years }), { kind: 'RESEARCH_INSTITUTE', effectiveDate: TODAY, reason: '实为科研院所' }, TODAY, AT));
    expect(p.set).toEqual({ kind: 'RESEARCH_INSTITUTE', schoolType: null, reclassified: true, aboveDesignatedSize: null, scale: null, designatedSizeByYear: years });
    expect(p.changes[0]).toMatchObject({ old: { kind: 'ENTERPRISE', schoolType: null, aboveDesignatedSize: true }, new: { kind: 'RESEARCH_INSTITUTE', schoolType: null, aboveDesignatedSize: null } });
  });

  it('refuses what is not a correction: nothing asked, a future date, a school without a type, a type for a non-school, a bad region', () => {
    expect(updatePlan(platform, school(), { effectiveDate: TODAY, reason: 'x' }, TODAY, AT)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'input' } });
    expect(updatePlan(platform, school(), { name: 'Later', effectiveDate: addDays(TODAY, 1), reason: 'x' }, TODAY, AT)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(updatePlan(platform, school(), { name: 'Bad', effectiveDate: '2026-02-30', reason: 'x' }, TODAY, AT)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(updatePlan(platform, firm(), { kind: 'SCHOOL', effectiveDate: TODAY, reason: 'x' }, TODAY, AT)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'schoolType' } });
    expect(updatePlan(platform, firm(), { schoolType: 'UNIVERSITY', effectiveDate: TODAY, reason: 'x' }, TODAY, AT)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'schoolType' } });
    expect(updatePlan(platform, school(), { regionCode: '990000', effectiveDate: TODAY, reason: 'x' }, TODAY, AT)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'regionCode' } });
  });

  it('records a field\'s corrections in effective-date order, and treats the current values as no change', () => {
    const earlier: OrganizationChange = { field: 'CLASSIFICATION', effectiveDate: '2025-09-01', year: null, old: { kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' }, new: { kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL' }, reason: 'x', at: AT, by: 'p', byOrganizationId: null };
    const corrected = school({ schoolType: 'HIGHER_VOCATIONAL', history: [earlier] });
    expect(updatePlan(platform, corrected, { schoolType: 'UNIVERSITY', effectiveDate: '2025-08-31', reason: 'x' }, TODAY, AT)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(isProblem(updatePlan(platform, corrected, { schoolType: 'UNIVERSITY', effectiveDate: '2025-09-01', reason: 'x' }, TODAY, AT))).toBe(false);
    // Another field is not held back by it.
    expect(isProblem(updatePlan(platform, corrected, { name: '新名', effectiveDate: '2020-01-01', reason: 'x' }, TODAY, AT))).toBe(false);
    expect(updatePlan(ownAdmin, corrected, { name: corrected.name, schoolType: 'HIGHER_VOCATIONAL', effectiveDate: TODAY, reason: 'retry' }, TODAY, AT)).toEqual({ set: {}, changes: [] });
  });
});

describe('designatedSizePlan: 规模以上 per statistical year', () => {
  it('records a year, corrects a year, and follows the latest year', () => {
    const first = designatedSizePlan(ownAdmin, firm({ designatedSizeByYear: [{ year: 2024, aboveDesignatedSize: true }] }), { year: 2025, aboveDesignatedSize: false, reason: '营收下降' }, 2026, AT);
    expect(first).toEqual({
      set: { designatedSizeByYear: [{ year: 2024, aboveDesignatedSize: true }, { year: 2025, aboveDesignatedSize: false }], aboveDesignatedSize: false },
      changes: [{ field: 'DESIGNATED_SIZE', effectiveDate: '2025-01-01', year: 2025, old: { aboveDesignatedSize: null }, new: { aboveDesignatedSize: false }, reason: '营收下降', at: AT, by: 'o', byOrganizationId: ORG }],
    });
    // A past year corrected: the latest year still decides the current status.
    const past = designatedSizePlan(platform, firm({ designatedSizeByYear: [{ year: 2024, aboveDesignatedSize: true }, { year: 2025, aboveDesignatedSize: false }] }), { year: 2024, aboveDesignatedSize: false, reason: '更正' }, 2026, AT);
    expect(past).toMatchObject({ set: { aboveDesignatedSize: false }, changes: [{ year: 2024, old: { aboveDesignatedSize: true }, new: { aboveDesignatedSize: false } }] });
    expect(designatedSizePlan(ownAdmin, firm({ designatedSizeByYear: [{ year: 2024, aboveDesignatedSize: true }] }), { year: 2024, aboveDesignatedSize: true, reason: 'retry' }, 2026, AT)).toEqual({ set: {}, changes: [] });
  });

  it('refuses other organizations, non-enterprises and years outside 1949 … this year', () => {
    expect(designatedSizePlan(otherAdmin, firm(), { year: 2025, aboveDesignatedSize: true, reason: 'x' }, 2026, AT)).toMatchObject({ code: 'FORBIDDEN' });
    expect(designatedSizePlan(ownAdmin, school(), { year: 2025, aboveDesignatedSize: true, reason: 'x' }, 2026, AT)).toMatchObject({ code: 'FAILED_PRECONDITION', data: { field: 'kind' } });
    for (const year of [1948, 2027, 2025.5]) {
      expect(designatedSizePlan(ownAdmin, firm(), { year, aboveDesignatedSize: true, reason: 'x' }, 2026, AT)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'year' } });
    }
  });

  it("counts a record's registration-time status as its registration year's", () => {
    expect(designatedSizeYears(undefined, true, 2023)).toEqual([{ year: 2023, aboveDesignatedSize: true }]);
    expect(designatedSizeYears([], null, 2023)).toEqual([]);
    expect(designatedSizeYears([{ year: 2025, aboveDesignatedSize: false }, { year: 2024, aboveDesignatedSize: true }], true, 2023)).toEqual([
      { year: 2024, aboveDesignatedSize: true },
      { year: 2025, aboveDesignatedSize: false },
    ]);
  });
});

describe('generated: renames and yearly 规模以上 records (properties)', () => {
  it('any sequence of renames leaves the last name, one entry per actual change, each entry starting where the last ended', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('柳工', '柳工集团', '广西柳工', '柳工机械'), { maxLength: 8 }), (names) => {
        let org = firm();
        for (const name of names) {
          const r = plan(updatePlan(ownAdmin, org, { name, effectiveDate: TODAY, reason: '更名' }, TODAY, AT));
          org = { ...org, ...(r.set as Partial<OrganizationState>), history: [...org.history, ...r.changes] };
        }
        const changes = names.filter((n, i) => n !== (i === 0 ? '柳工' : names[i - 1]));
        expect(org.name).toBe(names.at(-1) ?? '柳工');
        expect(org.history.map((h) => h.new.name)).toEqual(changes);
        org.history.forEach((h, i) => expect(h.old.name).toBe(i === 0 ? '柳工' : org.history[i - 1].new.name));
      }),
      { numRuns: 300 },
    );
  });

  it('any sequence of yearly records keeps the last value per year, and the current status is the latest year\'s', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 2018, max: 2026 }), fc.boolean()), { minLength: 1, maxLength: 10 }), (records) => {
        let org = firm({ aboveDesignatedSize: null, designatedSizeByYear: [] });
        for (const [year, aboveDesignatedSize] of records) {
          const r = designatedSizePlan(ownAdmin, org, { year, aboveDesignatedSize, reason: '年报' }, 2026, AT);
          if (isProblem(r)) throw new Error(r.message);
          org = { ...org, ...(r.set as Partial<OrganizationState>), history: [...org.history, ...r.changes] };
        }
        const last = new Map<number, boolean>();
        for (const [year, v] of records) last.set(year, v);
        const expected = [...last].sort(([a], [b]) => a - b).map(([year, aboveDesignatedSize]) => ({ year, aboveDesignatedSize }));
        expect(org.designatedSizeByYear).toEqual(expected);
        expect(org.aboveDesignatedSize).toBe(expected.at(-1)!.aboveDesignatedSize);
        // Every entry is a real change of one year's value.
        for (const h of org.history) expect(h.old.aboveDesignatedSize).not.toBe(h.new.aboveDesignatedSize);
      }),
      { numRuns: 300 },
    );
  });
});

const KINDS: OrganizationKind[] = ['SCHOOL', 'ENTERPRISE', 'RESEARCH_INSTITUTE'];
const TYPES = ['SECONDARY_VOCATIONAL', 'TECHNICIAN_COLLEGE', 'HIGHER_VOCATIONAL', 'UNIVERSITY'];
type Classification = { kind: OrganizationKind; schoolType: string | null };
const classification: fc.Arbitrary<Classification> = fc
  .constantFrom(...KINDS)
  .chain((kind): fc.Arbitrary<Classification> => (kind === 'SCHOOL' ? fc.constantFrom(...TYPES).map((t) => ({ kind, schoolType: t })) : fc.constant({ kind, schoolType: null })));
const day = fc.integer({ min: 0, max: 20 }).map((n) => addDays('2025-01-01', n));

describe('classificationOn: the kind and school type on a date', () => {
  it('the handed case: a school registered as 中职, corrected to 高职 from 2025-03-01', () => {
    const correction: OrganizationChange = { field: 'CLASSIFICATION', effectiveDate: '2025-03-01', year: null, old: { kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' }, new: { kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL' }, reason: '录入错误', at: AT, by: 'p', byOrganizationId: null };
    const now = { kind: 'SCHOOL' as const, schoolType: 'HIGHER_VOCATIONAL' };
    expect(classificationOn(now, [correction], '2025-02-28')).toEqual({ kind: 'SCHOOL', schoolType: 'SECONDARY_VOCATIONAL' });
    expect(classificationOn(now, [correction], '2025-03-01')).toEqual({ kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL' });
    expect(classificationOn(now, [], '2020-01-01')).toEqual(now);
  });

  it('equals replaying the corrections accepted by updatePlan up to the date (property)', () => {
    fc.assert(
      fc.property(classification, fc.array(fc.tuple(classification, day), { maxLength: 6 }), day, (initial, steps, asOf) => {
        // Apply the generated corrections through the rule, as the service does (refused ones leave nothing).
        let org = school({ kind: initial.kind, schoolType: initial.schoolType, aboveDesignatedSize: null, scale: null });
        const accepted: { from: string; value: Classification }[] = [];
        for (const [target, effectiveDate] of steps) {
          const r = updatePlan(platform, org, { kind: target.kind, schoolType: target.schoolType, effectiveDate, reason: 'gen' }, TODAY, AT);
          if (isProblem(r) || !r.changes.length) continue;
          org = { ...org, ...(r.set as Partial<OrganizationState>), history: [...org.history, ...r.changes] };
          accepted.push({ from: effectiveDate, value: target });
        }
        // Brute force: the last accepted correction effective on or before the date, else the registration's value.
        const inForce = accepted.filter((a) => a.from <= asOf).at(-1)?.value ?? initial;
        expect(classificationOn(org, org.history, asOf)).toEqual(inForce);
        // And today's value is the current one.
        expect(classificationOn(org, org.history, TODAY)).toEqual({ kind: org.kind, schoolType: org.schoolType });
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------- the service, on the run's test database

describe('organizations.update on a record stored before corrections existed', () => {
  let broker: ServiceBroker;
  let conn: Connection;
  beforeAll(async () => {
    broker = unitBroker();
    broker.createService(OrganizationsService);
    await broker.start();
    conn = await mongoose.createConnection(inject('mongoUrl'), { dbName: databaseName('organizations'), autoCreate: false }).asPromise();
  });
  afterAll(async () => {
    await conn?.close();
    await broker?.stop();
  });

  it('gives it a first revision and keeps two concurrent corrections (no rev, no history, no yearly records stored)', async () => {
    const _id = new Types.ObjectId();
    const createdAt = new Date('2023-04-01T02:00:00Z');
    // As the service stored organizations before this change: none of rev, history, designatedSizeByYear, reclassified.
    await conn.collection('organizations').insertOne({ _id, name: '老记录企业', kind: 'ENTERPRISE', schoolType: null, creditCode: creditCode(), regionCode: '450200', aboveDesignatedSize: true, scale: null, createdBy: 'legacy', createdAt, updatedAt: createdAt });
    const admin = await mintToken({ sub: 'platform', roles: ['PLATFORM_ADMIN'], expiresIn: '1h' });
    const call = (action: string, params: Record<string, unknown>) => broker.call<OrganizationDto, Record<string, unknown>>(action, params, { meta: { token: admin } });
    expect((await call(OrganizationAction.get, { id: String(_id) })).designatedSizeByYear).toEqual([{ year: 2023, aboveDesignatedSize: true }]);
    const [renamed, sized] = await Promise.all([
      call(OrganizationAction.update, { organizationId: String(_id), name: '老记录企业（更名）', reason: '更名' }),
      call(OrganizationAction.recordDesignatedSize, { organizationId: String(_id), year: 2024, aboveDesignatedSize: false, reason: '年报' }),
    ]);
    expect([renamed.id, sized.id]).toEqual([String(_id), String(_id)]);
    const stored = await conn.collection('organizations').findOne({ _id });
    expect(stored).toMatchObject({ rev: 2, name: '老记录企业（更名）', aboveDesignatedSize: false });
    expect(stored?.history.map((h: { field: string }) => h.field).sort()).toEqual(['DESIGNATED_SIZE', 'NAME']);
    // The registration-time status stays as 2023's record next to 2024's.
    expect(stored?.designatedSizeByYear).toEqual([{ year: 2023, aboveDesignatedSize: true }, { year: 2024, aboveDesignatedSize: false }]);
  });
});
