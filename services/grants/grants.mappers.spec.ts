/** A frozen evaluation's member lists, sent page by page: every line once, counted first, in order. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EligibilityReport, EvidencePageDto } from './grants.contract.js';
import { evidenceSlice, withoutEvidence } from './grants.mappers.js';

const report = (counted: number, excluded: number): EligibilityReport =>
  ({
    countedMembers: Array.from({ length: counted }, (_, i) => ({ organizationId: `c${i}`, kind: 'SCHOOL', schoolType: null, role: 'MEMBER' })),
    excludedMembers: Array.from({ length: excluded }, (_, i) => ({ organizationId: `x${i}`, kind: 'ENTERPRISE', schoolType: null, role: 'MEMBER', reason: 'dq', disqualificationId: `d${i}` })),
  }) as unknown as EligibilityReport;

describe('evidenceSlice', () => {
  it('pages through counted then excluded members, each line once, whatever the page size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 25 }), (c, x, first) => {
        const r = report(c, x);
        const seen: string[] = [];
        let page: EvidencePageDto = { countedMembers: [], excludedMembers: [], hasNextPage: true, endCursor: null };
        let calls = 0;
        while (page.hasNextPage) {
          page = evidenceSlice(r, page.endCursor, first);
          seen.push(...page.countedMembers.map((m) => m.organizationId), ...page.excludedMembers.map((m) => m.organizationId));
          expect(page.countedMembers.length + page.excludedMembers.length).toBeLessThanOrEqual(first);
          calls++;
        }
        expect(seen).toEqual([...r.countedMembers, ...r.excludedMembers].map((m) => m.organizationId));
        expect(calls).toBe(Math.max(1, Math.ceil((c + x) / first)));
      }),
    );
  });

  it('withoutEvidence sends the frozen evaluations without their lists, marked', () => {
    const a = withoutEvidence({ evaluation: report(3, 1), decisionEvaluation: null } as never);
    expect(a.evaluation).toMatchObject({ countedMembers: [], excludedMembers: [], evidenceOmitted: true });
    expect(a.decisionEvaluation).toBeNull();
  });
});
