import { describe, expect, it } from 'vitest';
import { HENAN_PILOT_TARGETS } from './evaluation.contract.js';
import { defaultAsOf, isOverdue, paymentProblem, progress, scoreAndRank, spendingProblem, weightsProblem } from './evaluation.rules.js';

const indicators = [
  { key: 'members', name: '成员数', weight: 60, source: 'MEMBERS' as const },
  { key: 'bases', name: '实训基地', weight: 40, source: 'TRAINING_BASES' as const },
];

describe('indicator systems and ranking', () => {
  it('needs positive weights summing to 100', () => {
    expect(weightsProblem(indicators)).toBeNull();
    expect(weightsProblem([{ ...indicators[0], weight: 50 }, indicators[1]])?.data).toMatchObject({ rule: 'WEIGHTS_SUM', sum: 90 });
    expect(weightsProblem([indicators[0], { ...indicators[1], key: 'members' }])?.data?.rule).toBe('WEIGHTS_SUM');
  });
  it('scores relative to the best alliance, ranks ties together, and is deterministic', () => {
    const rows = [
      { allianceId: 'b', values: { members: 10, bases: 2 } },
      { allianceId: 'a', values: { members: 20, bases: 1 } },
      { allianceId: 'c', values: { members: 20, bases: 1 } },
      { allianceId: 'd', values: { members: null, bases: null } },
    ];
    const r = scoreAndRank(indicators, rows);
    expect(r.map((x) => [x.allianceId, x.total, x.rank])).toEqual([
      ['a', 80, 1],
      ['c', 80, 1],
      ['b', 70, 3],
      ['d', 0, 4],
    ]);
    expect(scoreAndRank(indicators, [...rows].reverse())).toEqual(r);
    expect(scoreAndRank(indicators, [{ allianceId: 'x', values: { members: 0, bases: 0 } }])[0].total).toBe(0);
  });
  it('evaluates a year as of its last day, or today while it runs', () => {
    expect(defaultAsOf(2025, '2026-11-30')).toBe('2025-12-31');
    expect(defaultAsOf(2026, '2026-11-30')).toBe('2026-11-30');
  });
});

describe('pilot cities (001 二)', () => {
  it('measures against 2 industries / 20 enterprises / 3 bases / 1 school or 2 majors', () => {
    const p = progress(HENAN_PILOT_TARGETS, { INDUSTRIES: 2, PROVINCIAL_ENTERPRISES: 19, HIGH_LEVEL_BASES: 3, LEADING_SCHOOLS: 0, LEADING_MAJORS: 2 });
    expect(p.map((x) => [x.kind, x.target, x.actual, x.met])).toEqual([
      ['INDUSTRIES', 2, 2, true],
      ['PROVINCIAL_ENTERPRISES', 20, 19, false],
      ['HIGH_LEVEL_BASES', 3, 3, true],
      ['LEADING_SCHOOLS', 1, 0, true],
      ['LEADING_MAJORS', 2, 2, true],
    ]);
    expect(progress(HENAN_PILOT_TARGETS, { INDUSTRIES: 0, PROVINCIAL_ENTERPRISES: 0, HIGH_LEVEL_BASES: 0, LEADING_SCHOOLS: 0, LEADING_MAJORS: 1 }).filter((x) => x.met)).toEqual([]);
  });
  it('flags an item overdue when not done after its deadline', () => {
    expect(isOverdue('OPEN', '2026-11-29', '2026-11-30')).toBe(true);
    expect(isOverdue('IN_PROGRESS', '2026-11-30', '2026-11-30')).toBe(false);
    expect(isOverdue('DONE', '2020-01-01', '2026-11-30')).toBe(false);
  });
});

describe('payments', () => {
  it('never pays more than the award nor reports more than was paid', () => {
    expect(paymentProblem(10_000_000, 6_000_000, 4_000_000)).toBeNull();
    expect(paymentProblem(10_000_000, 6_000_000, 4_000_001)?.data).toMatchObject({ reason: 'OVERPAID' });
    expect(spendingProblem(10_000_000, [6_000_000, 4_000_000])).toBeNull();
    expect(spendingProblem(10_000_000, [6_000_000, 4_000_001])?.data).toMatchObject({ reason: 'OVERSPENT' });
  });
});
