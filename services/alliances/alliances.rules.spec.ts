import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actor } from '../../infra/auth.js';
import { addDays } from '../../infra/dates.js';
import { regionCovers } from '../../infra/auth.js';
import { coveringRegionCodes, currentRegionCodes } from '../../infra/regions.js';
import {
  activeOn,
  administersAlliance,
  allianceRegion,
  approvalProblem,
  canTransition,
  coversRange,
  foldCounts,
  membershipTransitionProblem,
  statusChangeProblem,
  statusOn,
  type AllianceRef,
  type MembershipState,
  type StatusChange,
} from './alliances.rules.js';

const h = (status: StatusChange['status'], from: string): StatusChange => ({ status, from, recordedAt: '2026-01-01T00:00:00Z', by: 'u' });

describe('alliance status history', () => {
  const history = [h('FORMING', '2024-03-01'), h('ACTIVE', '2024-04-01'), h('SUSPENDED', '2025-01-10'), h('ACTIVE', '2025-02-01')];
  it('answers the status on any date', () => {
    expect(statusOn(history, '2024-02-28')).toBeNull();
    expect(statusOn(history, '2024-03-01')).toBe('FORMING');
    expect(statusOn(history, '2024-03-31')).toBe('FORMING');
    expect(statusOn(history, '2024-04-01')).toBe('ACTIVE');
    expect(statusOn(history, '2025-01-31')).toBe('SUSPENDED');
    expect(statusOn(history, '2030-01-01')).toBe('ACTIVE');
  });
  it('allows only sensible transitions; dissolved is final', () => {
    expect(canTransition('FORMING', 'ACTIVE')).toBe(true);
    expect(canTransition('ACTIVE', 'SUSPENDED')).toBe(true);
    expect(canTransition('SUSPENDED', 'ACTIVE')).toBe(true);
    expect(canTransition('FORMING', 'SUSPENDED')).toBe(false);
    expect(canTransition('ACTIVE', 'ACTIVE')).toBe(false);
    for (const s of ['FORMING', 'ACTIVE', 'SUSPENDED', 'DISSOLVED'] as const) expect(canTransition('DISSOLVED', s)).toBe(false);
  });
});

describe('membership periods', () => {
  it('is active from joinedAt up to the day before endedAt', () => {
    const m = { joinedAt: '2024-05-01', endedAt: '2025-01-01' };
    expect(activeOn(m, '2024-04-30')).toBe(false);
    expect(activeOn(m, '2024-05-01')).toBe(true);
    expect(activeOn(m, '2024-12-31')).toBe(true);
    expect(activeOn(m, '2025-01-01')).toBe(false);
    expect(activeOn({ joinedAt: null, endedAt: null }, '2025-01-01')).toBe(false);
  });
});

describe('member counts', () => {
  it('folds grouped counts into totals and distinct school types', () => {
    const c = foldCounts('2025-01-01', { SCHOOL: 10, ENTERPRISE: 10, OTHER: 1 }, { HIGHER_VOCATIONAL: 6, SECONDARY_VOCATIONAL: 4 });
    expect(c).toMatchObject({ total: 21, schools: 10, enterprises: 10, distinctSchoolTypes: 2 });
    expect(foldCounts('2025-01-01', {}, {})).toMatchObject({ total: 0, schools: 0, enterprises: 0, distinctSchoolTypes: 0 });
  });
});

describe('who administers an alliance', () => {
  const lead = '0123456789abcdef01234567';
  it('is the lead organization\'s ORG_ADMIN, a platform admin or a service', () => {
    expect(administersAlliance({ id: 'a', org: lead, roles: ['ORG_ADMIN'] }, lead)).toBe(true);
    expect(administersAlliance({ id: 'a', org: lead, roles: ['ORG_MEMBER'] }, lead)).toBe(false);
    expect(administersAlliance({ id: 'a', org: 'ffffffffffffffffffffffff', roles: ['ORG_ADMIN'] }, lead)).toBe(false);
    expect(administersAlliance({ id: 'a', roles: ['PLATFORM_ADMIN'] }, lead)).toBe(true);
    expect(administersAlliance({ id: 's', roles: [], system: true }, lead)).toBe(true);
  });
});

const LEAD = '0123456789abcdef01234567';
const ORG = '89abcdef0123456789abcdef';
const leadAdmin: Actor = { id: 'l', org: LEAD, roles: ['ORG_ADMIN'] };
const orgAdmin: Actor = { id: 'o', org: ORG, roles: ['ORG_ADMIN'] };
const stranger: Actor = { id: 's', org: 'ffffffffffffffffffffffff', roles: ['ORG_ADMIN'] };
const TODAY = '2025-06-15';

describe('statusChangeProblem (the checks of setStatus)', () => {
  const alliance = { status: 'ACTIVE' as const, foundedOn: '2024-03-01', statusHistory: [h('FORMING', '2024-03-01'), h('ACTIVE', '2024-04-01')] };
  it('allows an allowed transition on or after the last change, up to today', () => {
    expect(statusChangeProblem(alliance, 'SUSPENDED', '2024-04-01', TODAY)).toBeNull();
    expect(statusChangeProblem(alliance, 'DISSOLVED', TODAY, TODAY)).toBeNull();
  });
  it('refuses a future or impossible date as BAD_USER_INPUT on effectiveDate', () => {
    expect(statusChangeProblem(alliance, 'SUSPENDED', addDays(TODAY, 1), TODAY)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(statusChangeProblem(alliance, 'SUSPENDED', '2025-02-30', TODAY)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
  });
  it('refuses a date before the founding or before the last recorded change', () => {
    expect(statusChangeProblem({ ...alliance, statusHistory: [] }, 'SUSPENDED', '2024-02-28', TODAY)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(statusChangeProblem(alliance, 'SUSPENDED', '2024-03-31', TODAY)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
  });
  it('refuses a transition the state machine does not allow as CONFLICT with from and to', () => {
    expect(statusChangeProblem(alliance, 'ACTIVE', TODAY, TODAY)).toEqual(expect.objectContaining({ code: 'CONFLICT', data: { from: 'ACTIVE', to: 'ACTIVE' } }));
    expect(statusChangeProblem({ ...alliance, status: 'DISSOLVED' }, 'ACTIVE', TODAY, TODAY)).toEqual(expect.objectContaining({ code: 'CONFLICT', data: { from: 'DISSOLVED', to: 'ACTIVE' } }));
  });
  it('checks the date before the transition', () => {
    expect(statusChangeProblem(alliance, 'ACTIVE', '2024-03-15', TODAY)?.code).toBe('BAD_USER_INPUT');
  });
});

describe('approvalProblem (the checks of approve)', () => {
  const a: AllianceRef = { leadOrganizationId: LEAD, status: 'ACTIVE', foundedOn: '2024-03-01' };
  const application: MembershipState = { organizationId: ORG, role: 'MEMBER', status: 'PENDING', initiatedBy: 'APPLICATION', joinedAt: null };
  const invitation: MembershipState = { ...application, initiatedBy: 'INVITATION' };
  it("lets the lead's admins approve applications and the invitee's admins accept invitations, nobody else", () => {
    expect(approvalProblem(leadAdmin, application, a, TODAY, TODAY, null)).toBeNull();
    expect(approvalProblem(orgAdmin, application, a, TODAY, TODAY, null)?.code).toBe('FORBIDDEN');
    expect(approvalProblem(orgAdmin, invitation, a, TODAY, TODAY, null)).toBeNull();
    expect(approvalProblem(leadAdmin, invitation, a, TODAY, TODAY, null)?.code).toBe('FORBIDDEN');
    expect(approvalProblem(stranger, application, a, TODAY, TODAY, null)?.code).toBe('FORBIDDEN');
    expect(approvalProblem({ id: 'p', roles: ['PLATFORM_ADMIN'] }, invitation, a, TODAY, TODAY, null)).toBeNull();
  });
  it('approves PENDING memberships of alliances that take members only', () => {
    expect(approvalProblem(leadAdmin, { ...application, status: 'ACTIVE' }, a, TODAY, TODAY, null)).toMatchObject({ code: 'CONFLICT', data: { status: 'ACTIVE' } });
    expect(approvalProblem(leadAdmin, application, { ...a, status: 'DISSOLVED' }, TODAY, TODAY, null)?.code).toBe('FAILED_PRECONDITION');
  });
  it('refuses future dates, dates before the founding and overlaps with an earlier period', () => {
    expect(approvalProblem(leadAdmin, application, a, addDays(TODAY, 1), TODAY, null)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(approvalProblem(leadAdmin, application, a, '2024-02-29', TODAY, null)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(approvalProblem(leadAdmin, application, a, '2024-06-01', TODAY, '2024-06-02')).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(approvalProblem(leadAdmin, application, a, '2024-06-02', TODAY, '2024-06-02')).toBeNull();
  });
});

describe('membershipTransitionProblem (the checks of reject and end)', () => {
  const a = { leadOrganizationId: LEAD };
  const pending: MembershipState = { organizationId: ORG, role: 'MEMBER', status: 'PENDING', initiatedBy: 'APPLICATION', joinedAt: null };
  const active: MembershipState = { ...pending, status: 'ACTIVE', joinedAt: '2024-05-01' };
  const end = (effective: string) => ({ to: 'ENDED' as const, effective, today: TODAY });
  it('lets the lead reject; the invited organization may decline its invitation but not reject its application', () => {
    expect(membershipTransitionProblem(leadAdmin, pending, a, { to: 'REJECTED' })).toBeNull();
    expect(membershipTransitionProblem(orgAdmin, pending, a, { to: 'REJECTED' })?.code).toBe('FORBIDDEN');
    expect(membershipTransitionProblem(orgAdmin, { ...pending, initiatedBy: 'INVITATION' }, a, { to: 'REJECTED' })).toBeNull();
    expect(membershipTransitionProblem(leadAdmin, active, a, { to: 'REJECTED' })).toMatchObject({ code: 'CONFLICT', data: { status: 'ACTIVE' } });
  });
  it('lets the lead or the member end an active membership after it began, never the LEAD itself', () => {
    expect(membershipTransitionProblem(orgAdmin, active, a, end('2024-06-01'))).toBeNull();
    expect(membershipTransitionProblem(leadAdmin, active, a, end('2024-06-01'))).toBeNull();
    expect(membershipTransitionProblem(stranger, active, a, end('2024-06-01'))?.code).toBe('FORBIDDEN');
    expect(membershipTransitionProblem(leadAdmin, { ...active, organizationId: LEAD, role: 'LEAD' }, a, end('2024-06-01'))?.code).toBe('FAILED_PRECONDITION');
    // After a lead change the alliance says who leads: the former lead may leave, the new one may not.
    expect(membershipTransitionProblem(leadAdmin, { ...active, role: 'LEAD' }, a, end('2024-06-01'))).toBeNull();
    expect(membershipTransitionProblem(leadAdmin, { ...active, organizationId: LEAD, role: 'MEMBER' }, a, end('2024-06-01'))?.code).toBe('FAILED_PRECONDITION');
    expect(membershipTransitionProblem(leadAdmin, pending, a, end('2024-06-01'))).toMatchObject({ code: 'CONFLICT', data: { status: 'PENDING' } });
    expect(membershipTransitionProblem(leadAdmin, active, a, end('2024-05-01'))).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
    expect(membershipTransitionProblem(leadAdmin, active, a, end(addDays(TODAY, 1)))).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'effectiveDate' } });
  });
});

describe('coversRange (isActiveMember)', () => {
  const p = (joinedAt: string | null, endedAt: string | null, tag = '') => ({ joinedAt, endedAt, tag });
  it('covers a range inside one period, open-ended or not', () => {
    expect(coversRange([p('2024-01-01', null)], '2024-02-01', '2030-01-01').active).toBe(true);
    expect(coversRange([p('2024-01-01', '2024-03-01')], '2024-02-01', '2024-02-29').active).toBe(true);
    expect(coversRange([p('2024-01-01', '2024-03-01')], '2024-02-01', '2024-03-01').active).toBe(false);
    expect(coversRange([], '2024-02-01', '2024-02-01')).toEqual({ active: false, period: null });
  });
  it('treats back-to-back periods as continuous, in any input order, and a one-day gap as a gap', () => {
    const a = p('2024-01-01', '2024-03-01', 'a');
    const b = p('2024-03-01', null, 'b');
    expect(coversRange([b, a], '2024-02-01', '2024-04-01')).toEqual({ active: true, period: b });
    expect(coversRange([a, p('2024-03-02', null)], '2024-02-01', '2024-04-01')).toEqual({ active: false, period: a });
  });
  it('does not cover a range that starts before the first period', () => {
    expect(coversRange([p('2024-01-01', null)], '2023-12-31', '2024-01-05')).toEqual({ active: false, period: null });
  });
  it('answers exactly "active on every day of [from, to]" (property)', () => {
    const day = fc.integer({ min: 0, max: 40 }).map((n) => addDays('2024-01-01', n));
    const period = fc.record({ joinedAt: fc.option(day, { nil: null }), endedAt: fc.option(day, { nil: null }) });
    fc.assert(
      fc.property(fc.array(period, { maxLength: 5 }), day, fc.integer({ min: 0, max: 10 }), (periods, from, len) => {
        const to = addDays(from, len);
        const days = Array.from({ length: len + 1 }, (_, i) => addDays(from, i));
        const expected = days.every((d) => periods.some((m) => activeOn(m, d)));
        expect(coversRange(periods, from, to).active).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('allianceRegion (GB/T 2260, covering the lead)', () => {
  it('handed case: region 990000 is refused as no GB/T 2260 code', () => {
    expect(allianceRegion('990000', '450200')).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'regionCode', rule: 'REGION_UNKNOWN' } });
  });
  it("handed case: a Xi'an (610100) lead cannot found a Liuzhou (450200) alliance", () => {
    expect(allianceRegion('450200', '610100')).toMatchObject({ code: 'FAILED_PRECONDITION', data: { rule: 'REGION_NOT_COVERING_LEAD', regionCode: '450200', leadRegionCode: '610100' } });
  });
  it("accepts the lead's own region or one above it; a retired code is stored as its successor", () => {
    expect(allianceRegion('450200', '450203')).toEqual({ regionCode: '450200' });
    expect(allianceRegion('450000', '450203')).toEqual({ regionCode: '450000' });
    expect(allianceRegion('450203', '450203')).toEqual({ regionCode: '450203' });
    expect(allianceRegion('450203', '450200')).toMatchObject({ code: 'FAILED_PRECONDITION' });
    expect(allianceRegion('450221', '450206')).toEqual({ regionCode: '450206' }); // 柳江县 → 柳江区
  });
  it('property: over real codes, accepted exactly when the region covers the lead region', () => {
    const codes = currentRegionCodes();
    // Half the pairs are a lead with one of its covering regions, half any two codes.
    const covering = fc.constantFrom(...codes).chain((lead) => fc.tuple(fc.constantFrom(...coveringRegionCodes(lead).filter((c) => codes.includes(c))), fc.constant(lead)));
    const any = fc.tuple(fc.constantFrom(...codes), fc.constantFrom(...codes));
    fc.assert(
      fc.property(fc.oneof(covering, any), ([region, lead]) => {
        const r = allianceRegion(region, lead);
        if (regionCovers(region, lead)) expect(r).toEqual({ regionCode: region });
        else expect(r).toMatchObject({ code: 'FAILED_PRECONDITION', data: { rule: 'REGION_NOT_COVERING_LEAD' } });
      }),
      { numRuns: 400 },
    );
  });
});
