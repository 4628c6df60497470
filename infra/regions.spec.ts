/** GB/T 2260 region codes against the data packages: current codes, history (renamed / merged), unknown codes. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalRegion, coveringRegionCodes, currentRegion, currentRegionCodes, isRegionProblem, lookupRegion, retiredRegionCodes } from './regions.js';
import { regionCovers } from './auth.js';

const CURRENT = currentRegionCodes();
const RETIRED = retiredRegionCodes();

describe('the data', () => {
  it('knows the current divisions and the retired ones', () => {
    expect(CURRENT.length).toBeGreaterThan(3_000);
    expect(RETIRED.length).toBeGreaterThan(100);
    expect(currentRegion('450200')).toEqual({ code: '450200', name: '柳州市', level: 'PREFECTURE' });
    expect(currentRegion('450000')).toMatchObject({ name: '广西壮族自治区', level: 'PROVINCE' });
    expect(currentRegion('610100')).toMatchObject({ name: '西安市' });
    expect(currentRegion('450203')).toMatchObject({ name: '鱼峰区', level: 'COUNTY' });
  });
  it('every current code nests under a current province (a prefecture too, where it has one)', () => {
    const orphans = CURRENT.filter((c) => !currentRegion(`${c.slice(0, 2)}0000`));
    expect(orphans).toEqual([]);
  });
});

describe('canonicalRegion', () => {
  it('handed case: 990000 is no GB/T 2260 code', () => {
    expect(canonicalRegion('990000')).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'regionCode', rule: 'REGION_UNKNOWN', regionCode: '990000' } });
  });
  it('refuses other shapes', () => {
    for (const c of ['45020', '4502000', '4502OO', '']) expect(canonicalRegion(c), c).toMatchObject({ data: { rule: 'REGION_FORMAT' } });
  });
  it('maps renamed and merged codes to their one successor', () => {
    // 柳江县 became 柳江区 (2016); 巢湖 prefecture became a county-level city of Hefei (2011); 莱芜 prefecture merged into Jinan as 莱芜区 (2019).
    expect(canonicalRegion('450221')).toMatchObject({ code: '450206', mappedFrom: '450221', region: { name: '柳江区' } });
    expect(canonicalRegion('341400')).toMatchObject({ code: '340181', mappedFrom: '341400' });
    expect(canonicalRegion('371200')).toMatchObject({ code: '370116', mappedFrom: '371200' });
    // A municipality's 市辖区 grouping, dropped from the current list, is the municipality.
    expect(canonicalRegion('110100')).toMatchObject({ code: '110000', mappedFrom: '110100' });
  });
  it('refuses a retired code without a single successor, saying when it was last listed', () => {
    // 崇文区 was merged into 东城区 in 2010: no successor by name.
    expect(canonicalRegion('110103')).toMatchObject({ code: 'BAD_USER_INPUT', data: { rule: 'REGION_RETIRED', regionCode: '110103', name: '崇文区', lastListed: '2009-12', successors: [] } });
  });

  it('property: every current code is kept as it is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENT), (code) => {
        expect(canonicalRegion(code)).toMatchObject({ code, mappedFrom: null });
      }),
      { numRuns: 500 },
    );
  });
  it('property: a retired code maps to a current code of its province, or is refused as RETIRED (never as unknown)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RETIRED), (code) => {
        const r = canonicalRegion(code);
        if (isRegionProblem(r)) {
          expect(r.data).toMatchObject({ rule: 'REGION_RETIRED', regionCode: code });
        } else {
          expect(r.mappedFrom).toBe(code);
          expect(currentRegion(r.code)).not.toBeNull();
          expect(r.code.slice(0, 2)).toBe(code.slice(0, 2));
        }
      }),
      { numRuns: 300 },
    );
  });
  it('property: a 6-digit string in neither list is REGION_UNKNOWN', () => {
    const known = new Set([...CURRENT, ...RETIRED]);
    const code = fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')).filter((c) => !known.has(c));
    fc.assert(
      fc.property(code, (c) => {
        expect(lookupRegion(c)).toEqual({ status: 'UNKNOWN', code: c });
        expect(canonicalRegion(c)).toMatchObject({ code: 'BAD_USER_INPUT', data: { rule: 'REGION_UNKNOWN' } });
      }),
    );
  });
});

describe('coveringRegionCodes', () => {
  it('nearest first: the code, its prefecture, its province', () => {
    expect(coveringRegionCodes('450203')).toEqual(['450203', '450200', '450000']);
    expect(coveringRegionCodes('450200')).toEqual(['450200', '450000']);
    expect(coveringRegionCodes('450000')).toEqual(['450000']);
  });
  it('property: over real codes, exactly these cover the code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENT), fc.constantFrom(...CURRENT), (code, other) => {
        const covering = coveringRegionCodes(code);
        expect(covering[0]).toBe(code);
        for (const c of covering) expect(regionCovers(c, code)).toBe(true);
        expect(regionCovers(other, code)).toBe(covering.includes(other));
      }),
      { numRuns: 300 },
    );
  });
});
