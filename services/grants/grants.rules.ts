/** Pure rules about grant programs and eligibility: no broker, no database. */
import { regionCovers } from '../../infra/auth.js';

export const CRITERION_KINDS = ['MIN_SCHOOLS', 'MIN_DISTINCT_SCHOOL_TYPES', 'MIN_ENTERPRISES', 'ALLIANCE_ACTIVE', 'LEAD_IN_GOOD_STANDING'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
/** Kinds that compare a count with a threshold; the others are yes/no conditions and take no threshold. */
export const COUNT_KINDS: readonly CriterionKind[] = ['MIN_SCHOOLS', 'MIN_DISTINCT_SCHOOL_TYPES', 'MIN_ENTERPRISES'];

export const APPLICATION_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const DECISIONS = ['APPROVE', 'REJECT'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A criterion is data, so a second city's program with other numbers needs no release. */
export interface Criterion {
  kind: CriterionKind;
  threshold: number | null;
}

export const MAX_CRITERIA = 20;
export const MAX_THRESHOLD = 100_000;

/** What is wrong with a program's criteria (empty when they are valid). */
export function criteriaProblems(criteria: readonly { kind: string; threshold?: number | null }[]): string[] {
  const problems: string[] = [];
  if (criteria.length === 0) problems.push('a program needs at least one criterion');
  if (criteria.length > MAX_CRITERIA) problems.push(`a program has at most ${MAX_CRITERIA} criteria`);
  const seen = new Set<string>();
  for (const [i, c] of criteria.entries()) {
    const at = `criteria[${i}] (${c.kind})`;
    if (!(CRITERION_KINDS as readonly string[]).includes(c.kind)) {
      problems.push(`${at}: unknown kind`);
      continue;
    }
    if (seen.has(c.kind)) problems.push(`${at}: each kind may appear once`);
    seen.add(c.kind);
    const t = c.threshold;
    if (COUNT_KINDS.includes(c.kind as CriterionKind)) {
      if (t === undefined || t === null) problems.push(`${at}: a threshold is required`);
      else if (!Number.isInteger(t) || t < 0 || t > MAX_THRESHOLD) problems.push(`${at}: the threshold must be a whole number from 0 to ${MAX_THRESHOLD}, got ${t}`);
    } else if (t !== undefined && t !== null) {
      problems.push(`${at}: this kind takes no threshold`);
    }
  }
  return problems;
}

export function normalizeCriteria(criteria: readonly { kind: string; threshold?: number | null }[]): Criterion[] {
  return criteria.map((c) => ({ kind: c.kind as CriterionKind, threshold: COUNT_KINDS.includes(c.kind as CriterionKind) ? (c.threshold ?? 0) : null }));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeCriterion(c: Criterion): string {
  switch (c.kind) {
    case 'MIN_SCHOOLS':
      return `At least ${plural(c.threshold ?? 0, 'school member', 'school members')} (the lead unit counts if it is a school)`;
    case 'MIN_DISTINCT_SCHOOL_TYPES':
      return `The schools counted span at least ${plural(c.threshold ?? 0, 'school type', 'school types')}`;
    case 'MIN_ENTERPRISES':
      return `At least ${plural(c.threshold ?? 0, 'enterprise member', 'enterprise members')}`;
    case 'ALLIANCE_ACTIVE':
      return 'The alliance is ACTIVE on the date';
    case 'LEAD_IN_GOOD_STANDING':
      return 'The lead unit is not disqualified on the date';
  }
}

/** Inclusive window; an open end means no limit on that side. */
export function windowProblem(window: { opensOn: string | null; closesOn: string | null }, date: string): string | null {
  if (window.opensOn && date < window.opensOn) return `the program opens for applications on ${window.opensOn}`;
  if (window.closesOn && date > window.closesOn) return `the program closed for applications on ${window.closesOn}`;
  return null;
}

/** Does a program (by its region) cover an alliance's region? 450200 covers 450203; 450000 covers both. */
export const programCovers = (programRegion: string, allianceRegion: string) => regionCovers(programRegion, allianceRegion);

// ---------------------------------------------------------------- evaluation

export interface ProgramForEvaluation {
  id: string;
  criteria: readonly Criterion[];
  awardAmountFen: number;
  currency: string;
}
export interface AllianceForEvaluation {
  id: string;
  leadOrganizationId: string;
  statusHistory: readonly { status: string; from: string }[];
}
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

export interface MemberEvidence {
  organizationId: string;
  kind: string;
  schoolType: string | null;
  role: string;
  /** Filled in when the evaluation is frozen into an application, so the snapshot is self-contained. */
  name?: string | null;
}
export interface ExcludedEvidence extends MemberEvidence {
  reason: string;
  disqualificationId: string;
}
export interface CriterionResult {
  kind: CriterionKind;
  description: string;
  required: number | null;
  actual: number | null;
  passed: boolean;
  /** The facts behind a yes/no criterion, e.g. "FORMING on 2024-05-01". */
  detail: string | null;
}
export interface EligibilityCounts {
  total: number;
  schools: number;
  enterprises: number;
  distinctSchoolTypes: number;
  bySchoolType: Record<string, number>;
}
export interface EligibilityReport {
  eligible: boolean;
  asOf: string;
  allianceId: string;
  programId: string;
  awardAmountFen: number;
  currency: string;
  recipientOrganizationId: string;
  allianceStatus: string | null;
  criteria: CriterionResult[];
  shortfall: string[];
  counts: EligibilityCounts;
  countedMembers: MemberEvidence[];
  excludedMembers: ExcludedEvidence[];
  /** False when computed from counts only (no member lists were read); absent or true otherwise. */
  evidence?: boolean;
}

/** The disqualification of an organization that applies on a date (the one that lasts longest), if any. */
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

/** The alliance's status on a date (null before it was founded); history is ordered by `from`. */
export function allianceStatusOn(history: readonly { status: string; from: string }[], date: string): string | null {
  let current: string | null = null;
  for (const change of history) {
    if (change.from <= date) current = change.status;
    else break;
  }
  return current;
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
  const counted: MemberEvidence[] = [];
  const excluded: ExcludedEvidence[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.organizationId)) continue; // periods never overlap, but count an organization once regardless
    seen.add(m.organizationId);
    const evidence: MemberEvidence = { organizationId: m.organizationId, kind: m.orgKind, schoolType: m.schoolType ?? null, role: m.role };
    const dq = disqualificationOn(disqualifications, m.organizationId, asOf);
    if (dq) excluded.push({ ...evidence, reason: `disqualified from ${dq.from} until ${dq.until}: ${dq.reason}`, disqualificationId: dq.id });
    else counted.push(evidence);
  }
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
 * The same verdict from counts alone (active members on `asOf` by kind and school type, disqualified ones
 * already left out — what `alliances.memberCounts` returns) and the lead's disqualifications: no member list, so
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
  const leadDq = disqualificationOn(disqualifications, alliance.leadOrganizationId, asOf);

  const criteria: CriterionResult[] = [];
  const shortfall: string[] = [];
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
          shortfall.push(
            c.kind === 'MIN_SCHOOLS'
              ? `${plural(missing, 'more school', 'more schools')}`
              : c.kind === 'MIN_ENTERPRISES'
                ? `${plural(missing, 'more enterprise', 'more enterprises')}`
                : `schools of ${plural(missing, 'more type', 'more types')}`,
          );
        }
        break;
      }
      case 'ALLIANCE_ACTIVE': {
        const passed = status === 'ACTIVE';
        criteria.push({ ...base, required: null, actual: null, passed, detail: status ? `${status} on ${asOf}` : `not yet founded on ${asOf}` });
        if (!passed) shortfall.push(`the alliance must be ACTIVE on ${asOf} (${status ? `it was ${status}` : 'it had not been founded yet'})`);
        break;
      }
      case 'LEAD_IN_GOOD_STANDING': {
        const passed = !leadDq;
        criteria.push({ ...base, required: null, actual: null, passed, detail: leadDq ? `disqualified from ${leadDq.from} until ${leadDq.until}: ${leadDq.reason}` : `in good standing on ${asOf}` });
        if (leadDq) shortfall.push(`the lead unit is disqualified until ${leadDq.until}`);
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
    recipientOrganizationId: alliance.leadOrganizationId,
    allianceStatus: status,
    criteria,
    shortfall,
    counts,
  };
}
