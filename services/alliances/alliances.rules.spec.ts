import { describe, expect, it } from 'vitest';
import { activeOn, administersAlliance, canTransition, foldCounts, statusOn, type StatusChange } from './alliances.rules.js';

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
