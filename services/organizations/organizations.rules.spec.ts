import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currentRegionCodes, retiredRegionCodes } from '../../infra/regions.js';
import { creditCodeDefect, creditCodeProblem, disqualifiedOn, regionCodeDefect, regionCodeProblem, registrationProblems, storedRegionCode, withCheckCharacter } from './organizations.rules.js';

describe('GB 32100 unified social credit code', () => {
  it('accepts the standard\'s worked example and real-shaped codes', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem(withCheckCharacter('12450200MA5L01001'))).toBeNull();
    expect(creditCodeDefect('91350100M000100Y43')).toBeNull();
  });

  it('rejects a wrong check character, naming the expected one', () => {
    expect(creditCodeDefect('91350100M000100Y44')).toEqual({ defect: 'CHECK_CHARACTER', expected: '3', got: '4' });
  });

  it('rejects every single-character typo of a valid code', () => {
    const valid = '91350100M000100Y43';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 17; i++) {
      for (const c of alphabet) {
        if (c === valid[i]) continue;
        const typo = valid.slice(0, i) + c + valid.slice(i + 1);
        if (!/^\d{6}$/.test(typo.slice(2, 8))) continue;
        expect(creditCodeProblem(typo), typo).not.toBeNull();
        expect(creditCodeDefect(typo)?.defect, typo).toBe('CHECK_CHARACTER');
      }
    }
  });

  it('rejects wrong lengths and the letters I, O, Z, S, V', () => {
    expect(creditCodeDefect('91350100M000100Y4')).toEqual({ defect: 'LENGTH', length: 17 });
    expect(creditCodeDefect('91350100M000100I43')).toEqual({ defect: 'CHARACTER', position: 16, character: 'I' });
    expect(creditCodeDefect('9135010OM000100Y43')).toEqual({ defect: 'CHARACTER', position: 8, character: 'O' });
    expect(creditCodeDefect('91ABCDEFM000100Y43')).toEqual({ defect: 'REGION' });
  });

  it('says every defect in words (the registration error lists them by field)', () => {
    for (const code of ['91350100M000100Y4', '91350100M000100I43', '91ABCDEFM000100Y43', '91350100M000100Y44']) {
      expect(creditCodeDefect(code), code).not.toBeNull();
      expect(typeof creditCodeProblem(code), code).toBe('string');
    }
    expect(typeof regionCodeProblem('45020')).toBe('string');
    expect(typeof regionCodeProblem('990000')).toBe('string');
  });
});

describe('region codes (GB/T 2260)', () => {
  it('accepts 6-digit codes with a real province prefix', () => {
    expect(regionCodeProblem('450200')).toBeNull();
    expect(regionCodeProblem('610100')).toBeNull();
  });
  it('checks the whole code against GB/T 2260, not only its province prefix', () => {
    // 45 is Guangxi, but 459900 and 450299 were never divisions.
    expect(regionCodeDefect('459900')).toEqual({ defect: 'UNKNOWN' });
    expect(regionCodeDefect('450299')).toEqual({ defect: 'UNKNOWN' });
    expect(regionCodeProblem('450299')).not.toBeNull();
  });
  it('knows history: a renamed code is stored as its successor, a merged one without successor is refused', () => {
    expect(regionCodeDefect('450221')).toBeNull();
    expect(storedRegionCode('450221')).toBe('450206');
    expect(storedRegionCode('450200')).toBe('450200');
    expect(regionCodeDefect('110103')).toEqual({ defect: 'RETIRED', name: '崇文区', lastListed: '2009-12', successors: [] });
  });
  it('property: a real prefix with made-up digits is refused unless GB/T 2260 lists the code', () => {
    const known = new Set([...currentRegionCodes(), ...retiredRegionCodes()]);
    fc.assert(
      fc.property(fc.constantFrom('11', '45', '61', '82'), fc.integer({ min: 0, max: 9999 }), (province, rest) => {
        const code = `${province}${String(rest).padStart(4, '0')}`;
        expect(regionCodeDefect(code) === null || regionCodeDefect(code)?.defect === 'RETIRED').toBe(known.has(code));
      }),
    );
  });
  it('rejects other shapes', () => {
    expect(regionCodeProblem('45020')).not.toBeNull();
    expect(regionCodeProblem('990000')).not.toBeNull();
    expect(regionCodeProblem('4502OO')).not.toBeNull();
    expect(regionCodeDefect('45020')).toEqual({ defect: 'SHAPE' });
    expect(regionCodeDefect('990000')).toEqual({ defect: 'PROVINCE', province: '99' });
    expect(regionCodeDefect('4502OO')).toEqual({ defect: 'SHAPE' });
    expect(regionCodeDefect('450200')).toBeNull();
  });
});

describe('registration', () => {
  const base = { name: 'x', creditCode: '91350100M000100Y43', regionCode: '450200' };
  it('requires a school type for schools and forbids it for others', () => {
    expect(registrationProblems({ ...base, kind: 'SCHOOL' })).toHaveProperty('schoolType');
    expect(registrationProblems({ ...base, kind: 'ENTERPRISE', schoolType: 'UNIVERSITY' })).toHaveProperty('schoolType');
    expect(registrationProblems({ ...base, kind: 'SCHOOL', schoolType: 'UNIVERSITY' })).toEqual({});
  });
  it('keeps enterprise-only fields on enterprises', () => {
    expect(registrationProblems({ ...base, kind: 'SCHOOL', schoolType: 'UNIVERSITY', aboveDesignatedSize: true })).toHaveProperty('aboveDesignatedSize');
    expect(registrationProblems({ ...base, kind: 'ENTERPRISE', aboveDesignatedSize: true, scale: 'LARGE' })).toEqual({});
  });
  it('reports every problem at once', () => {
    const p = registrationProblems({ name: 'x', kind: 'SCHOOL', creditCode: 'bad', regionCode: '1' });
    expect(Object.keys(p).sort()).toEqual(['creditCode', 'regionCode', 'schoolType']);
  });
});

describe('disqualified on a date', () => {
  const d = { from: '2024-03-01', until: '2029-02-28', liftedOn: null };
  it('holds from `from` through `until`, both inclusive', () => {
    expect(disqualifiedOn(d, '2024-02-29')).toBe(false);
    expect(disqualifiedOn(d, '2024-03-01')).toBe(true);
    expect(disqualifiedOn(d, '2029-02-28')).toBe(true);
    expect(disqualifiedOn(d, '2029-03-01')).toBe(false);
  });
  it('no longer holds from the day it was lifted on', () => {
    const lifted = { ...d, liftedOn: '2025-01-10' };
    expect(disqualifiedOn(lifted, '2025-01-09')).toBe(true);
    expect(disqualifiedOn(lifted, '2025-01-10')).toBe(false);
    expect(disqualifiedOn(lifted, '2024-03-01')).toBe(true);
  });
});
