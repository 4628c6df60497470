import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, applyDeductions, largestRemainder, type SplitParty } from './allocation.js';

/** |part − amount × w / Σw| < 1 fen, checked exactly in integers: |part × Σw − amount × w| < Σw. */
const withinOneFen = (part: number, amount: number, w: number, total: number) => {
  const diff = BigInt(part) * BigInt(total) - BigInt(amount) * BigInt(w);
  return (diff < 0n ? -diff : diff) < BigInt(total);
};

/** Random shares in basis points summing to exactly 10000 (cut points on [0, 10000]). */
const bpShares = (maxParties = 8) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 9_999 }), { minLength: 0, maxLength: maxParties - 1 })
    .map((cuts) => {
      const s = [0, ...cuts.sort((a, b) => a - b), 10_000];
      return s.slice(1).map((c, i) => c - s[i]);
    });
const fen = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

describe('largest-remainder split (properties)', () => {
  it('is non-negative, sums exactly to the amount, and every part is within one fen of its exact share', () => {
    fc.assert(
      fc.property(bpShares(), fen, (shares, amount) => {
        const parts = largestRemainder(amount, shares);
        expect(parts).toHaveLength(shares.length);
        expect(parts.every((x) => Number.isSafeInteger(x) && x >= 0)).toBe(true);
        expect(parts.reduce((s, x) => s + BigInt(x), 0n)).toBe(BigInt(amount));
        parts.forEach((x, i) => expect(withinOneFen(x, amount, shares[i], 10_000)).toBe(true));
      }),
      { numRuns: 2_000 },
    );
  });

  it('is deterministic and gives leftover fen by remainder, ties to the earlier party', () => {
    fc.assert(
      fc.property(bpShares(), fc.integer({ min: 0, max: 1_000_000_000 }), (shares, amount) => {
        expect(largestRemainder(amount, shares)).toEqual(largestRemainder(amount, [...shares]));
      }),
    );
    expect(largestRemainder(1, [5_000, 5_000])).toEqual([1, 0]);
    expect(largestRemainder(2, [2_500, 2_500, 2_500, 2_500])).toEqual([1, 1, 0, 0]);
    expect(largestRemainder(1, [3_333, 3_334, 3_333])).toEqual([0, 1, 0]);
  });

  it('nested allocation (parties → teachers / school funds → inventors) sums to net at every level', () => {
    const party = fc.record({
      teacherShareBp: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
      inventors: bpShares(4),
      named: fc.boolean(),
    });
    fc.assert(
      fc.property(
        bpShares(6).chain((shares) => fc.tuple(fc.constant(shares), fc.array(party, { minLength: shares.length, maxLength: shares.length }))),
        fc.integer({ min: 0, max: 10_000_000_000_00 }),
        ([shares, extra], net) => {
          const parties: SplitParty[] = shares.map((shareBp, i) => ({
            organizationId: `org${i}`,
            shareBp,
            teacherShareBp: extra[i].teacherShareBp,
            inventors: extra[i].teacherShareBp !== null && extra[i].named ? extra[i].inventors.map((s, k) => ({ name: `inv${k}`, personId: null, shareBp: s })) : [],
          }));
          const lines = allocate(net, parties);
          expect(lines.length).toBeGreaterThanOrEqual(parties.length); // one line per party at least: never vacuous
          expect(lines.every((l) => l.amountFen >= 0)).toBe(true);
          expect(lines.reduce((s, l) => s + l.amountFen, 0)).toBe(net);
          parties.forEach((p, i) => {
            const mine = lines.filter((l) => l.organizationId === p.organizationId);
            const partyAmount = mine.reduce((s, l) => s + l.amountFen, 0);
            expect(withinOneFen(partyAmount, net, shares[i], 10_000)).toBe(true);
            if (p.teacherShareBp === null) {
              expect(mine.map((l) => l.beneficiary)).toEqual(['ORGANIZATION']);
            } else {
              const [teachers, funds] = mine;
              expect([teachers.beneficiary, funds.beneficiary]).toEqual(['TEACHERS', 'SCHOOL_FUNDS']);
              expect(withinOneFen(teachers.amountFen, partyAmount, p.teacherShareBp, 10_000)).toBe(true);
              if (p.inventors.length) {
                expect(teachers.inventors.reduce((s, v) => s + v.amountFen, 0)).toBe(teachers.amountFen);
                teachers.inventors.forEach((v, k) => expect(withinOneFen(v.amountFen, teachers.amountFen, p.inventors[k].shareBp, 10_000)).toBe(true));
              }
            }
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the issue\'s example: 1,000,000.01 CNY among three parties', () => {
  const net = 100_000_001; // fen
  it('3333 / 3333 / 3334 bp: the leftover fen goes to the largest remainder and the sum is exact', () => {
    const parts = largestRemainder(net, [3_333, 3_333, 3_334]);
    // exact shares: 33,330,000.3333 / 33,330,000.3333 / 33,340,000.3334 fen
    expect(parts).toEqual([33_330_000, 33_330_000, 33_340_001]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(net);
  });
  it('3334 / 3333 / 3333 bp (a third each cannot be written in basis points): exact to the fen', () => {
    const parts = largestRemainder(net, [3_334, 3_333, 3_333]);
    expect(parts).toEqual([33_340_001, 33_330_000, 33_330_000]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(net);
  });
  it('with a school party split 70/30 between teachers and school funds, every line still sums to net', () => {
    const lines = allocate(net, [
      { organizationId: 'school', shareBp: 3_334, teacherShareBp: 7_000, inventors: [] },
      { organizationId: 'firmA', shareBp: 3_333, teacherShareBp: null, inventors: [] },
      { organizationId: 'firmB', shareBp: 3_333, teacherShareBp: null, inventors: [] },
    ]);
    expect(lines.map((l) => [l.organizationId, l.beneficiary, l.amountFen])).toEqual([
      ['school', 'TEACHERS', 23_338_001], // 33,340,001 × 0.7 = 23,338,000.7 → rounds up (remainder .7 > .3)
      ['school', 'SCHOOL_FUNDS', 10_002_000],
      ['firmA', 'ORGANIZATION', 33_330_000],
      ['firmB', 'ORGANIZATION', 33_330_000],
    ]);
    expect(lines.reduce((s, l) => s + l.amountFen, 0)).toBe(net);
  });
});

describe('deductions', () => {
  const order = ['PATENT_FEE', 'AGENT_COMMISSION', 'TAX'];
  it('applies them in the declared order whatever order they are given in, with running remainders', () => {
    const r = applyDeductions(10_000, [{ kind: 'TAX', amountFen: 600 }, { kind: 'PATENT_FEE', amountFen: 1_000 }, { kind: 'AGENT_COMMISSION', amountFen: 400 }], order);
    expect(r).toEqual({
      ok: true,
      netFen: 8_000,
      lines: [
        { kind: 'PATENT_FEE', amountFen: 1_000, remainingFen: 9_000 },
        { kind: 'AGENT_COMMISSION', amountFen: 400, remainingFen: 8_600 },
        { kind: 'TAX', amountFen: 600, remainingFen: 8_000 },
      ],
    });
  });
  it('fails at the first deduction (in declared order) that takes the net below zero; exactly zero is allowed', () => {
    expect(applyDeductions(1_000, [{ kind: 'TAX', amountFen: 1 }, { kind: 'PATENT_FEE', amountFen: 900 }, { kind: 'AGENT_COMMISSION', amountFen: 200 }], order)).toEqual({ ok: false, kind: 'AGENT_COMMISSION', index: 1, shortFen: 100 });
    expect(applyDeductions(1_000, [{ kind: 'TAX', amountFen: 1_000 }], order)).toMatchObject({ ok: true, netFen: 0 });
  });
  it('net = gross − Σ deductions whenever it is not negative (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.array(fc.record({ kind: fc.constantFrom(...order), amountFen: fc.integer({ min: 0, max: 1e11 }) }), { maxLength: 6 }), (gross, ds) => {
        const r = applyDeductions(gross, ds, order);
        const sum = ds.reduce((s, d) => s + d.amountFen, 0);
        expect(r.ok).toBe(gross - sum >= 0);
        if (r.ok) expect(r.netFen).toBe(gross - sum);
      }),
    );
  });
});
