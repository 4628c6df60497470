/**
 * Evaluation evidence (the members counted and excluded) is a list that grows with the alliance: it is never sent in
 * the same bus message as the verdict. The gateway asks for the verdict without lists (`evidence: false`: counts
 * only, constant work) and, only when the query selects a list, reads the lists page by page — a live evaluation's
 * from `grants.evidencePage`, a frozen one (an application's) from `grants.applicationEvidencePage` — once per report
 * whatever how many of its list fields the query selects.
 */
import type { Caller } from '../infra/caller.js';
import { ErrorCode } from '../infra/errors.js';
import { codedError } from './errors.js';
import { EVIDENCE_PAGE, GrantAction, type EligibilityReport, type EvidencePageDto, type ExcludedEvidence, type MemberEvidence } from '../services/grants/grants.contract.js';
import { msg } from '../infra/message-registry.js';

/** Where a report's member lists are read from, when they did not come with it. */
type EvidenceSource = { kind: 'live'; allianceId: string; asOf: string } | { kind: 'application'; applicationId: string; which: 'evaluation' | 'decisionEvaluation' };

/** A report as the gateway's resolvers see it: maybe with the source of its lists. */
export type GatewayReport = EligibilityReport & { evidenceSource?: EvidenceSource };

export interface Evidence {
  countedMembers: MemberEvidence[];
  excludedMembers: ExcludedEvidence[];
}

/** The most evidence lines one answer assembles; more: RESPONSE_TOO_LARGE. */
export const MAX_EVIDENCE_LINES = 50_000;

/** A live evaluation (from counts): its lists are read from `grants.evidencePage` for its alliance and date. */
export const liveReport = (r: EligibilityReport): GatewayReport => ({ ...r, evidenceSource: { kind: 'live', allianceId: r.allianceId, asOf: r.asOf } });

/** A frozen evaluation sent without its lists: they are read from the application. */
export function frozenReport(r: EligibilityReport | null, applicationId: string, which: 'evaluation' | 'decisionEvaluation'): GatewayReport | null {
  return r && r.evidenceOmitted ? { ...r, evidenceSource: { kind: 'application', applicationId, which } } : r;
}

const read = new WeakMap<GatewayReport, Promise<Evidence>>();

/** The report's member lists: those it carries, or read page by page from its source (once per report). */
export function evidenceOf(call: Caller, r: GatewayReport): Promise<Evidence> {
  const source = r.evidenceSource;
  if (!source) return Promise.resolve({ countedMembers: r.countedMembers, excludedMembers: r.excludedMembers });
  let p = read.get(r);
  if (!p) {
    p = (async () => {
      const out: Evidence = { countedMembers: [], excludedMembers: [] };
      let after: string | null = null;
      for (;;) {
        const page: EvidencePageDto =
          source.kind === 'live'
            ? await call<EvidencePageDto>(GrantAction.evidencePage, { allianceId: source.allianceId, asOf: source.asOf, after, first: EVIDENCE_PAGE })
            : await call<EvidencePageDto>(GrantAction.applicationEvidencePage, { applicationId: source.applicationId, which: source.which, after, first: EVIDENCE_PAGE });
        out.countedMembers.push(...page.countedMembers);
        out.excludedMembers.push(...page.excludedMembers);
        if (out.countedMembers.length + out.excludedMembers.length > MAX_EVIDENCE_LINES) {
          throw codedError(ErrorCode.RESPONSE_TOO_LARGE, msg('gateway.evidenceTooLarge', { max: MAX_EVIDENCE_LINES }), {
            details: { maxLines: MAX_EVIDENCE_LINES },
          });
        }
        if (!page.hasNextPage) return out;
        after = page.endCursor;
      }
    })();
    read.set(r, p);
  }
  return p;
}
