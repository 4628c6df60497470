import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate } from './allocation.js';
import { eventReconciles, foldLedger, missingOriginals, negate, reversalNegates, type LedgerAmounts } from './ledger.js';
import type { RevenueEventDto } from './revenue.contract.js';

describe('ledger checks', () => {
  const e: LedgerAmounts = {
    grossFen: 10_000,
    deductions: [{ kind: 'TAX', amountFen: 600, remainingFen: 9_400 }],
    netFen: 9_400,
    allocations: allocate(9_400, [{ organizationId: 's', shareBp: 5000, teacherShareBp: 7000, inventors: [{ name: 'a', personId: null, shareBp: 10000 }] }, { organizationId: 'f', shareBp: 5000, teacherShareBp: null, inventors: [] }]),
  };
  it('an event reconciles when gross − deductions = net = Σ allocations; any fen off breaks it', () => {
    expect(eventReconciles(e)).toBe(true);
    expect(eventReconciles({ ...e, netFen: 9_401 })).toBe(false);
    expect(eventReconciles({ ...e, allocations: e.allocations.map((a, i) => (i === 0 ? { ...a, amountFen: a.amountFen + 1 } : a)) })).toBe(false);
    expect(eventReconciles({ ...e, deductions: [{ kind: 'TAX', amountFen: 600, remainingFen: 9_000 }] })).toBe(false);
  });
  it('a reversal negates every figure; original + reversal net to zero', () => {
    const r = negate(e);
    expect(eventReconciles(r)).toBe(true);
    expect(reversalNegates(r, e)).toBe(true);
    expect(r.allocations.map((a, i) => a.amountFen + e.allocations[i].amountFen)).toEqual(e.allocations.map(() => 0));
    expect(reversalNegates({ ...r, grossFen: r.grossFen + 1 }, e)).toBe(false);
  });
});

describe('foldLedger', () => {
  const parties = [
    { organizationId: 's', shareBp: 6000, teacherShareBp: 7000, inventors: [] },
    { organizationId: 'f', shareBp: 4000, teacherShareBp: null, inventors: [] },
  ];
  const event = (id: string, receivedOn: string, grossFen: number, taxFen = 0): RevenueEventDto => {
    const net = grossFen - taxFen;
    return {
      id,
      agreementId: 'a',
      agreementVersion: 1,
      allianceId: 'al',
      kind: 'REVENUE',
      receivedOn,
      externalReference: id,
      grossFen,
      deductions: taxFen ? [{ kind: 'TAX', amountFen: taxFen, remainingFen: net }] : [],
      netFen: net,
      allocations: allocate(net, parties),
      reversesEventId: null,
      reason: null,
      recordedAt: '2025-01-01T00:00:00.000Z',
      recordedBy: 'u',
    };
  };
  const reversal = (id: string, of: RevenueEventDto, receivedOn: string): RevenueEventDto => ({ ...of, ...negate(of), id, kind: 'REVERSAL', receivedOn, externalReference: `REVERSAL:${of.id}`, reversesEventId: of.id });
  const e1 = event('e1', '2025-01-10', 10_001, 1);
  const e2 = event('e2', '2025-02-10', 333);
  const r1 = reversal('r1', e1, '2025-03-01');

  it('folds an agreement statement: running net, totals per beneficiary, a check', () => {
    const f = foldLedger([e1, e2, r1], new Map(), { organizationId: null });
    expect(f.lines.map((l) => [l.event.id, l.amountFen, l.runningFen, l.reconciled])).toEqual([['e1', 10_000, 10_000n, true], ['e2', 333, 10_333n, true], ['r1', -10_000, 333n, true]]);
    expect([f.grossFen, f.deductionsFen, f.netFen, f.totalFen]).toEqual([333n, 0n, 333n, 333n]);
    expect(f.byBeneficiary).toEqual([
      { organizationId: 's', beneficiary: 'TEACHERS', amountFen: '140' },
      { organizationId: 's', beneficiary: 'SCHOOL_FUNDS', amountFen: '60' },
      { organizationId: 'f', beneficiary: 'ORGANIZATION', amountFen: '133' },
    ]);
    expect(f.reconciled).toBe(true);
  });

  it('folds an organization statement: its amounts, running from an opening total', () => {
    const f = foldLedger([e1, e2, r1], new Map(), { organizationId: 'f', openingFen: 5n });
    expect(f.lines.map((l) => [l.amountFen, l.runningFen])).toEqual([[4_000, 4_005n], [133, 4_138n], [-4_000, 138n]]);
    expect(f.totalFen).toBe(133n);
    expect(f.reconciled).toBe(true);
  });

  it('checks a reversal against its original, listed or given; a missing or altered original breaks only that line', () => {
    expect(missingOriginals([e2, r1])).toEqual(['e1']);
    expect(missingOriginals([e1, e2, r1])).toEqual([]);
    const given = foldLedger([e2, r1], new Map([['e1', e1]]), { organizationId: null });
    expect(given.reconciled).toBe(true);
    const missing = foldLedger([e2, r1], new Map(), { organizationId: null });
    expect(missing.lines.map((l) => l.reconciled)).toEqual([true, false]);
    expect(missing.reconciled).toBe(false);
    const altered = foldLedger([e2, r1], new Map([['e1', { ...e1, grossFen: e1.grossFen + 1 }]]), { organizationId: null });
    expect(altered.reconciled).toBe(false);
  });

  it('an event whose figures do not add up is not reconciled, and neither is the statement', () => {
    const bad = { ...e2, netFen: e2.netFen + 1 };
    const f = foldLedger([e1, bad], new Map(), { organizationId: null });
    expect(f.lines.map((l) => l.reconciled)).toEqual([true, false]);
    expect(f.reconciled).toBe(false);
  });

  it('folds nothing into zero totals that reconcile', () => {
    const f = foldLedger([], new Map(), { organizationId: 'f', openingFen: 7n });
    expect(f).toEqual({ lines: [], grossFen: 0n, deductionsFen: 0n, netFen: 0n, byBeneficiary: [], totalFen: 0n, reconciled: true });
  });

  // Issue 14 fault 2: two receipts of the largest amount the API accepts to one party (2 × (2^53 − 1) fen).
  const MAX = Number.MAX_SAFE_INTEGER;
  const solo = [{ organizationId: 'f', shareBp: 10_000, teacherShareBp: null, inventors: [] }];
  const receipt = (id: string, receivedOn: string, grossFen: number): RevenueEventDto => ({ ...event(id, receivedOn, 1), grossFen, netFen: grossFen, allocations: allocate(grossFen, solo) });

  it('folds two receipts of the largest amount exactly: 18014398509481982 fen, reconciled (the handed case)', () => {
    const f = foldLedger([receipt('m1', '2025-01-01', MAX), receipt('m2', '2025-01-02', MAX)], new Map(), { organizationId: 'f' });
    expect(f.lines.map((l) => l.runningFen)).toEqual([9_007_199_254_740_991n, 18_014_398_509_481_982n]);
    expect([f.grossFen, f.netFen, f.totalFen]).toEqual([18_014_398_509_481_982n, 18_014_398_509_481_982n, 18_014_398_509_481_982n]);
    expect(f.byBeneficiary).toEqual([{ organizationId: 'f', beneficiary: 'ORGANIZATION', amountFen: '18014398509481982' }]);
    expect(f.reconciled).toBe(true);
  });

  it('folds any run of accepted amounts, with reversals, to the exact bigint sums (generated)', () => {
    const amount = fc.oneof(fc.integer({ min: 1, max: MAX }), fc.constant(MAX), fc.integer({ min: MAX - 1_000, max: MAX }));
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, fc.boolean()), { minLength: 1, maxLength: 12 }), fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }), (specs, opening) => {
        const events: RevenueEventDto[] = [];
        specs.forEach(([fen, reversed], i) => {
          const e = receipt(`x${i}`, '2025-01-01', fen);
          events.push(e);
          if (reversed) events.push(reversal(`y${i}`, e, '2025-01-02'));
        });
        const exact = specs.reduce((s, [fen, reversed]) => s + (reversed ? 0n : BigInt(fen)), 0n);
        const f = foldLedger(events, new Map(), { organizationId: 'f', openingFen: opening });
        expect(f.totalFen).toBe(exact);
        expect(f.netFen).toBe(exact);
        expect(f.lines[f.lines.length - 1].runningFen).toBe(opening + exact);
        expect(f.reconciled).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
