import { describe, expect, it } from 'vitest';
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
    expect(f.lines.map((l) => [l.event.id, l.amountFen, l.runningFen, l.reconciled])).toEqual([['e1', 10_000, 10_000, true], ['e2', 333, 10_333, true], ['r1', -10_000, 333, true]]);
    expect([f.grossFen, f.deductionsFen, f.netFen, f.totalFen]).toEqual([333, 0, 333, 333]);
    expect(f.byBeneficiary).toEqual([
      { organizationId: 's', beneficiary: 'TEACHERS', amountFen: 140 },
      { organizationId: 's', beneficiary: 'SCHOOL_FUNDS', amountFen: 60 },
      { organizationId: 'f', beneficiary: 'ORGANIZATION', amountFen: 133 },
    ]);
    expect(f.reconciled).toBe(true);
  });

  it('folds an organization statement: its amounts, running from an opening total', () => {
    const f = foldLedger([e1, e2, r1], new Map(), { organizationId: 'f', openingFen: 5 });
    expect(f.lines.map((l) => [l.amountFen, l.runningFen])).toEqual([[4_000, 4_005], [133, 4_138], [-4_000, 138]]);
    expect(f.totalFen).toBe(133);
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
    const f = foldLedger([], new Map(), { organizationId: 'f', openingFen: 7 });
    expect(f).toEqual({ lines: [], grossFen: 0, deductionsFen: 0, netFen: 0, byBeneficiary: [], totalFen: 0, reconciled: true });
  });
});
