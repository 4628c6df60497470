import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actor } from '../../infra/auth.js';
import type { AllianceAssessment } from '../grants/grants.contract.js';
import { isStale, requireProgramApplies, standingFields, standingListed, standingsScope, supersedes } from './grantStandings.rules.js';
import { coveringRegionCodes, currentRegionCodes } from '../../infra/regions.js';
import { thrownType } from '../../test/helpers/outcomes.js';

const GOV = 'aaaaaaaaaaaaaaaaaaaaaaaa';

describe('standingsScope', () => {
  it("everything for the system and platform admins, its region's rows for a funder of a government", () => {
    expect(standingsScope({ id: 's', roles: [], system: true }, null)).toBeNull();
    expect(standingsScope({ id: 'a', roles: ['PLATFORM_ADMIN'] }, null)).toBeNull();
    expect(standingsScope({ id: 'f', org: GOV, roles: ['FUNDER'] }, '450000')).toEqual({ regionCode: '450000' });
  });
  it('FORBIDDEN for anyone else (an org admin, a funder without an organization, a funder whose organization is no government)', () => {
    const others: [Actor, string | null][] = [
      [{ id: 'l', org: GOV, roles: ['ORG_ADMIN'] }, null],
      [{ id: 'm', org: GOV, roles: ['ORG_MEMBER'] }, '450200'],
      [{ id: 'f', roles: ['FUNDER'] }, '450200'],
      [{ id: 'f', org: GOV, roles: ['FUNDER'] }, null],
    ];
    for (const [a, region] of others) expect(thrownType(() => standingsScope(a, region))).toBe('FORBIDDEN');
  });
  it('a funder may name a program that applies in its region: its own, one above it, one below it; not elsewhere', () => {
    expect(thrownType(() => requireProgramApplies({ regionCode: '450000' }, '450200'))).toBe('OK');
    expect(thrownType(() => requireProgramApplies({ regionCode: '450200' }, '450000'))).toBe('OK');
    expect(thrownType(() => requireProgramApplies({ regionCode: '450200' }, '450200'))).toBe('OK');
    expect(thrownType(() => requireProgramApplies({ regionCode: '450200' }, '610100'))).toBe('FORBIDDEN');
    expect(thrownType(() => requireProgramApplies({ regionCode: '450200' }, '450300'))).toBe('FORBIDDEN');
  });
});

describe('standingListed', () => {
  const row = { regionCode: '450200', programId: 'p1', eligible: true };
  it("handed case: a provincial funder (450000) with no program of its own lists its cities' alliances", () => {
    expect(standingListed({ regionCode: '450000' }, {}, row)).toBe(true);
    expect(standingListed({ regionCode: '450000' }, { programId: 'p1' }, row)).toBe(true);
  });
  it('filters by region, program and verdict; absent filters do not filter', () => {
    expect(standingListed(null, {}, row)).toBe(true);
    expect(standingListed({ regionCode: '610100' }, {}, row)).toBe(false);
    expect(standingListed({ regionCode: '450203' }, {}, row)).toBe(false);
    expect(standingListed({ regionCode: '450200' }, { programId: 'p1', eligible: true }, row)).toBe(true);
    expect(standingListed(null, { programId: 'p2' }, row)).toBe(false);
    expect(standingListed(null, { eligible: false }, row)).toBe(false);
    expect(standingListed(null, { programId: null, eligible: null }, row)).toBe(true);
  });
  it("property: over real region pairs, a funder lists a row exactly when its region covers the alliance's", () => {
    const codes = currentRegionCodes();
    const pair = fc.constantFrom(...codes).chain((alliance) => fc.tuple(fc.oneof(fc.constantFrom(...coveringRegionCodes(alliance)), fc.constantFrom(...codes)), fc.constant(alliance)));
    fc.assert(
      fc.property(pair, ([funder, alliance]) => {
        expect(standingListed({ regionCode: funder }, {}, { regionCode: alliance, programId: 'p', eligible: true })).toBe(coveringRegionCodes(alliance).includes(funder));
      }),
      { numRuns: 400 },
    );
  });
});

describe('supersedes and isStale', () => {
  it('a newer reading replaces an older row (or none); an equal or older one does not', () => {
    expect(supersedes(null, 5)).toBe(true);
    expect(supersedes(4, 5)).toBe(true);
    expect(supersedes(5, 5)).toBe(false);
    expect(supersedes(6, 5)).toBe(false);
  });
  it('property: of two readings exactly one supersedes the other unless they are equal', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (a, b) => {
        expect(supersedes(a, b) !== supersedes(b, a)).toBe(a !== b);
      }),
    );
  });
  it('a row evaluated before today is stale', () => {
    expect(isStale('2025-01-14', '2025-01-15')).toBe(true);
    expect(isStale('2025-01-15', '2025-01-15')).toBe(false);
  });
});

describe('standingFields', () => {
  it('stores the verdict, the counts (without bySchoolType), the application state and the reading time', () => {
    const a: AllianceAssessment = {
      allianceId: 'x',
      allianceName: '联盟',
      regionCode: '450200',
      evaluatedOn: '2025-01-15',
      programs: [
        {
          programId: 'p1',
          programCode: 'LZ',
          programName: '柳州市产教融合联盟奖补',
          programRegionCode: '450200',
          funderOrganizationId: GOV,
          eligible: false,
          shortfall: ['1 more school'],
          counts: { total: 19, schools: 9, enterprises: 10, distinctSchoolTypes: 2, bySchoolType: { X: 9 } } as AllianceAssessment['programs'][number]['counts'],
          applicationStatus: 'REJECTED',
          awarded: false,
        },
      ],
    };
    const now = new Date('2025-01-15T08:00:00Z');
    expect(standingFields(a, a.programs[0], 42, now)).toEqual({
      programCode: 'LZ',
      programName: '柳州市产教融合联盟奖补',
      programRegionCode: '450200',
      funderOrganizationId: GOV,
      regionCode: '450200',
      allianceName: '联盟',
      eligible: false,
      shortfall: ['1 more school'],
      counts: { total: 19, schools: 9, enterprises: 10, distinctSchoolTypes: 2 },
      evaluatedOn: '2025-01-15',
      evaluatedAt: now,
      readAt: 42,
      applicationStatus: 'REJECTED',
      awarded: false,
    });
  });
});
