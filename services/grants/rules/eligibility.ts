/**
 * Rules of eligibility: an alliance judged against a program's criteria on a date — the lead unit then, the
 * alliance's status then, the disqualification in force on an organization, which active members count and which
 * are excluded — from the member lists (with evidence) or from counts alone, with the shortfall in words. Part of
 * grants.rules.ts.
 */
import { inForceOn } from '../../../infra/in-force.js';
import { leadOn } from '../../alliances/alliances.contract.js';
import type { Criterion, CriterionResult, EligibilityCounts, EligibilityReport, ExcludedEvidence, MemberEvidence } from '../grants.contract.js';
import { msg } from '../../../infra/message-registry.js';
import { P, refOf, type Msg, type MessageRef } from '../../../infra/messages.js';
import { describeCriterion } from './programs.js';

/** An alliance status name (alliances' catalog keys). */
type AllianceStatusName = 'FORMING' | 'ACTIVE' | 'SUSPENDED' | 'DISSOLVED';

// ---------------------------------------------------------------- evaluation

export interface ProgramForEvaluation {
  id: string;
  criteria: readonly Criterion[];
  awardAmountFen: number;
  currency: string;
}
export interface AllianceForEvaluation {
  id: string;
  /** The lead today; on another date the lead in force then (`leadHistory`). */
  leadOrganizationId: string;
  statusHistory: readonly { status: string; from: string }[];
  /** Who led when (alliances' `leadHistory`); absent = the current lead throughout. */
  leadHistory?: readonly { organizationId: string; from: string }[];
}

/** The lead unit on `asOf`: the one the award goes to and whose standing LEAD_IN_GOOD_STANDING checks. */
export const leadUnitOn = (alliance: Pick<AllianceForEvaluation, 'leadOrganizationId' | 'leadHistory'>, asOf: string): string =>
  leadOn(alliance.leadHistory ?? [], alliance.leadOrganizationId, asOf);
/** A membership active on the evaluation date (as `alliances.activeMembersOn` returns it). */
export interface ActiveMember {
  organizationId: string;
  orgKind: string;
  schoolType: string | null;
  role: string;
}
/** A disqualification record (as `organizations.disqualificationsOf` returns it, lifted ones included). */
export interface DisqualificationRecord {
  id: string;
  organizationId: string;
  reason: string;
  from: string;
  until: string;
  liftedOn: string | null;
}

/**
 * The disqualification of an organization in force on a date (the one that lasts longest), if any: from ≤ date ≤
 * until (both inclusive) and not lifted on or before the date. The evaluation's own reading of the records
 * `organizations.disqualificationsOf` returns.
 */
export function disqualificationOn(records: readonly DisqualificationRecord[], organizationId: string, date: string): DisqualificationRecord | null {
  let found: DisqualificationRecord | null = null;
  for (const d of records) {
    if (d.organizationId !== organizationId) continue;
    if (d.from <= date && d.until >= date && (d.liftedOn === null || d.liftedOn > date)) {
      if (!found || d.until > found.until) found = d;
    }
  }
  return found;
}

/** The alliance's status on a date (null before it was founded): the history entry in force then (history ordered by `from`). */
export function allianceStatusOn(history: readonly { status: string; from: string }[], date: string): string | null {
  return inForceOn(history, date, (change) => change.from)?.status ?? null;
}

/**
 * Checks an alliance against a program's criteria on `asOf`, from the memberships active on that date and the
 * disqualifications of those organizations. An organization disqualified on the date is not counted (and is
 * listed with the reason); a disqualified lead fails LEAD_IN_GOOD_STANDING. The shortfall says what is missing
 * in words and numbers.
 */
export function evaluate(
  program: ProgramForEvaluation,
  alliance: AllianceForEvaluation,
  members: readonly ActiveMember[],
  disqualifications: readonly DisqualificationRecord[],
  asOf: string,
): EligibilityReport {
  const { counted, excluded } = classifyMembers(members, disqualifications, asOf);
  const schools = counted.filter((m) => m.kind === 'SCHOOL');
  const bySchoolType: Record<string, number> = {};
  for (const s of schools) if (s.schoolType) bySchoolType[s.schoolType] = (bySchoolType[s.schoolType] ?? 0) + 1;
  const counts: EligibilityCounts = {
    total: counted.length,
    schools: schools.length,
    enterprises: counted.filter((m) => m.kind === 'ENTERPRISE').length,
    distinctSchoolTypes: Object.keys(bySchoolType).length,
    bySchoolType,
  };
  return { ...judge(program, alliance, counts, disqualifications, asOf), countedMembers: counted, excludedMembers: excluded };
}

/**
 * Which active members count on `asOf` and which are excluded (a disqualification in force), each organization once.
 * Works on any slice of the members as well as on all of them: evidence lists are read page by page with it.
 */
export function classifyMembers(
  members: readonly ActiveMember[],
  disqualifications: readonly DisqualificationRecord[],
  asOf: string,
): { counted: MemberEvidence[]; excluded: ExcludedEvidence[] } {
  const counted: MemberEvidence[] = [];
  const excluded: ExcludedEvidence[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.organizationId)) continue; // periods never overlap, but count an organization once regardless
    seen.add(m.organizationId);
    const evidence: MemberEvidence = { organizationId: m.organizationId, kind: m.orgKind, schoolType: m.schoolType ?? null, role: m.role };
    const dq = disqualificationOn(disqualifications, m.organizationId, asOf);
    if (dq) {
      const reason = msg('grants.memberDisqualified', { from: P.date(dq.from), until: P.date(dq.until), reason: dq.reason });
      excluded.push({ ...evidence, reason: reason.message, reasonI18n: refOf(reason), disqualificationId: dq.id });
    }
    else counted.push(evidence);
  }
  return { counted, excluded };
}

/**
 * The same verdict from counts alone (active members on `asOf` by kind and school type, disqualified ones
 * already left out — what `alliances.countMembers` returns per alliance) and the lead's disqualifications: no member list, so
 * the work does not grow with the alliance. The report then carries no member evidence (`evidence: false`).
 */
export function evaluateFromCounts(
  program: ProgramForEvaluation,
  alliance: AllianceForEvaluation,
  counts: EligibilityCounts,
  leadDisqualifications: readonly DisqualificationRecord[],
  asOf: string,
): EligibilityReport {
  return { ...judge(program, alliance, counts, leadDisqualifications, asOf), countedMembers: [], excludedMembers: [], evidence: false };
}

function judge(
  program: ProgramForEvaluation,
  alliance: AllianceForEvaluation,
  counts: EligibilityCounts,
  disqualifications: readonly DisqualificationRecord[],
  asOf: string,
): Omit<EligibilityReport, 'countedMembers' | 'excludedMembers'> {
  const status = allianceStatusOn(alliance.statusHistory, asOf);
  const lead = leadUnitOn(alliance, asOf);
  const leadDq = disqualificationOn(disqualifications, lead, asOf);

  const criteria: CriterionResult[] = [];
  const shortfall: string[] = [];
  const shortfallI18n: MessageRef[] = [];
  const short = (m: Msg) => {
    shortfall.push(m.message);
    shortfallI18n.push(refOf(m));
  };
  const withDetail = (m: Msg) => ({ detail: m.message, detailI18n: refOf(m) });
  for (const c of program.criteria) {
    const base = { kind: c.kind, description: describeCriterion(c) };
    const required = c.threshold ?? 0;
    switch (c.kind) {
      case 'MIN_SCHOOLS':
      case 'MIN_ENTERPRISES':
      case 'MIN_DISTINCT_SCHOOL_TYPES': {
        const actual = c.kind === 'MIN_SCHOOLS' ? counts.schools : c.kind === 'MIN_ENTERPRISES' ? counts.enterprises : counts.distinctSchoolTypes;
        const missing = required - actual;
        criteria.push({ ...base, required, actual, passed: missing <= 0, detail: null });
        if (missing > 0) {
          short(msg(c.kind === 'MIN_SCHOOLS' ? 'grants.shortSchools' : c.kind === 'MIN_ENTERPRISES' ? 'grants.shortEnterprises' : 'grants.shortSchoolTypes', { missing }));
        }
        break;
      }
      case 'ALLIANCE_ACTIVE': {
        const passed = status === 'ACTIVE';
        const st = { founded: status ? 'yes' : 'no', status: status ? P.key(`alliances.status.${status as AllianceStatusName}`) : '', date: P.date(asOf) };
        criteria.push({ ...base, required: null, actual: null, passed, ...withDetail(msg('grants.detailAllianceStatus', st)) });
        if (!passed) short(msg('grants.shortAllianceActive', st));
        break;
      }
      case 'LEAD_IN_GOOD_STANDING': {
        const passed = !leadDq;
        criteria.push({
          ...base,
          required: null,
          actual: null,
          passed,
          ...withDetail(leadDq ? msg('grants.memberDisqualified', { from: P.date(leadDq.from), until: P.date(leadDq.until), reason: leadDq.reason }) : msg('grants.detailGoodStanding', { date: P.date(asOf) })),
        });
        if (leadDq) short(msg('grants.shortLeadDisqualified', { until: P.date(leadDq.until) }));
        break;
      }
    }
  }
  return {
    eligible: criteria.every((r) => r.passed),
    asOf,
    allianceId: alliance.id,
    programId: program.id,
    awardAmountFen: program.awardAmountFen,
    currency: program.currency,
    recipientOrganizationId: lead,
    allianceStatus: status,
    criteria,
    shortfall,
    shortfallI18n,
    counts,
  };
}
