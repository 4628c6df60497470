import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actor } from '../../infra/auth.js';
import type { AllianceAssessment } from '../grants/grants.contract.js';
import { isStale, requireOwnProgram, standingFields, standingListed, standingsScope, supersedes } from './grantStandings.rules.js';
import { thrownType } from '../../test/helpers/outcomes.js';

const GOV = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER = 'cccccccccccccccccccccccc';

describe('standingsScope', () => {
  it('everything for the system and platform admins, its own programs for a funder', () => {
    expect(standingsScope({ id: 's', roles: [], system: true })).toBeNull();
    expect(standingsScope({ id: 'a', roles: ['PLATFORM_ADMIN'] })).toBeNull();
    expect(standingsScope({ id: 'f', org: GOV, roles: ['FUNDER'] })).toEqual({ funderOrganizationId: GOV });
  });
  it('FORBIDDEN for anyone else (an org admin, a funder without an organization)', () => {
    const others: Actor[] = [
      { id: 'l', org: GOV, roles: ['ORG_ADMIN'] },
      { id: 'm', org: GOV, roles: ['ORG_MEMBER'] },
      { id: 'f', roles: ['FUNDER'] },
    ];
    for (const a of others) expect(thrownType(() => standingsScope(a))).toBe('FORBIDDEN');
  });
  it("a funder naming another funder's program is FORBIDDEN", () => {
    expect(thrownType(() => requireOwnProgram({ funderOrganizationId: GOV }, GOV))).toBe('OK');
    expect(thrownType(() => requireOwnProgram({ funderOrganizationId: GOV }, OTHER))).toBe('FORBIDDEN');
  });
});

describe('standingListed', () => {
  const row = { funderOrganizationId: GOV, programId: 'p1', eligible: true };
  it('filters by scope, program and verdict; absent filters do not filter', () => {
    expect(standingListed(null, {}, row)).toBe(true);
    expect(standingListed({ funderOrganizationId: OTHER }, {}, row)).toBe(false);
    expect(standingListed({ funderOrganizationId: GOV }, { programId: 'p1', eligible: true }, row)).toBe(true);
    expect(standingListed(null, { programId: 'p2' }, row)).toBe(false);
    expect(standingListed(null, { eligible: false }, row)).toBe(false);
    expect(standingListed(null, { programId: null, eligible: null }, row)).toBe(true);
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
