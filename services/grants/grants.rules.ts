/** Pure rules about grant programs, eligibility and who may do what: no broker, no database. */
import { regionCovers, regionPrefix, hasRole, isOrgAdminOf, isPlatformAdmin, type Actor } from '../../infra/auth.js';
import { badInput, conflict, ErrorCode, forbidden, type Problem } from '../../infra/errors.js';
import { GrantProgramReason } from '../../infra/reasons.js';
import { inForceOn } from '../../infra/in-force.js';
import { leadOn } from '../alliances/alliances.contract.js';
import type { OrgRef } from '../../infra/authz.js';
import { hasVisibleCharacter } from '../../infra/params.js';
import {
  CRITERION_KINDS,
  type ApplicationStatus,
  type AuditAction,
  type Criterion,
  type CriterionKind,
  type CriterionResult,
  type Decision,
  type EligibilityCounts,
  type EligibilityReport,
  type ExcludedEvidence,
  type MemberEvidence,
  type ProgramTerms,
} from './grants.contract.js';
import { msg } from '../../infra/message-registry.js';
import { P, refOf, type Msg, type MessageRef } from '../../infra/messages.js';
type AllianceStatusName = 'FORMING' | 'ACTIVE' | 'SUSPENDED' | 'DISSOLVED';
/** An alliance status name (alliances' catalog keys). */

export type { ApplicationStatus, Criterion, CriterionKind, Decision, EligibilityCounts, EligibilityReport, ExcludedEvidence, MemberEvidence };

/** Kinds that compare a count with a threshold; the others are yes/no conditions and take no threshold. */
export const COUNT_KINDS: readonly CriterionKind[] = ['MIN_SCHOOLS', 'MIN_DISTINCT_SCHOOL_TYPES', 'MIN_ENTERPRISES'];

export const MAX_CRITERIA = 20;
export const MAX_THRESHOLD = 100_000;

/** What is wrong with a program's criteria (empty when they are valid). */
export function criteriaProblems(criteria: readonly { kind: string; threshold?: number | null }[]): string[] {
  return criteriaProblemMsgs(criteria).map((m) => m.message);
}

/** `criteriaProblems` as catalog messages. */
export function criteriaProblemMsgs(criteria: readonly { kind: string; threshold?: number | null }[]): Msg[] {
  const problems: Msg[] = [];
  if (criteria.length === 0) problems.push(msg('grants.criteriaNone'));
  if (criteria.length > MAX_CRITERIA) problems.push(msg('grants.criteriaTooMany', { max: MAX_CRITERIA }));
  const seen = new Set<string>();
  for (const [i, c] of criteria.entries()) {
    const at = { index: String(i), kind: c.kind };
    if (!(CRITERION_KINDS as readonly string[]).includes(c.kind)) {
      problems.push(msg('grants.criterionUnknownKind', at));
      continue;
    }
    if (seen.has(c.kind)) problems.push(msg('grants.criterionRepeated', at));
    seen.add(c.kind);
    const t = c.threshold;
    if (COUNT_KINDS.includes(c.kind as CriterionKind)) {
      if (t === undefined || t === null) problems.push(msg('grants.criterionThresholdRequired', at));
      else if (!Number.isInteger(t) || t < 0 || t > MAX_THRESHOLD) problems.push(msg('grants.criterionThresholdRange', { ...at, max: MAX_THRESHOLD, value: String(t) }));
    } else if (t !== undefined && t !== null) {
      problems.push(msg('grants.criterionNoThreshold', at));
    }
  }
  return problems;
}

/** The refusal text of invalid criteria (`criteriaProblemMsgs`). */
export const criteriaRefusal = (problems: Msg[]): Msg => msg('grants.criteriaInvalid', { problems: P.list(problems.map((p) => P.key(p.key, p.params))) });

/** Criteria as stored: MIN_* kinds keep their threshold (default 0), yes/no kinds carry none. */
export function normalizeCriteria(criteria: readonly { kind: string; threshold?: number | null }[]): Criterion[] {
  return criteria.map((c) => ({ kind: c.kind as CriterionKind, threshold: COUNT_KINDS.includes(c.kind as CriterionKind) ? (c.threshold ?? 0) : null }));
}


/** A criterion in words, with its number (shown beside each result). */
export function describeCriterion(c: Criterion): string {
  return criterionMsg(c).message;
}

/** `describeCriterion` as a catalog message (`grants.criterion.<kind>` with its threshold). */
export const criterionMsg = (c: { kind: string; threshold?: number | null }): Msg => msg(`grants.criterion.${c.kind as CriterionKind}`, { threshold: c.threshold ?? 0 });

/** Inclusive window; an open end means no limit on that side. A closed program (`closedAt`) takes nothing more. */
export function windowProblem(window: { opensOn: string | null; closesOn: string | null; closedAt?: Date | string | null }, date: string): string | null {
  return windowProblemMsg(window, date)?.message ?? null;
}

/** `windowProblem` as a catalog message. */
export function windowProblemMsg(window: { opensOn: string | null; closesOn: string | null; closedAt?: Date | string | null }, date: string): Msg | null {
  if (window.closedAt) return msg('grants.windowClosedAt', { at: P.time(window.closedAt) });
  if (window.opensOn && date < window.opensOn) return msg('grants.windowOpensOn', { date: P.date(window.opensOn) });
  if (window.closesOn && date > window.closesOn) return msg('grants.windowClosedOn', { date: P.date(window.closesOn) });
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

// ---------------------------------------------------------------- who may do what

/** Only the program's funder decides (and a service acting for itself); platform admins do not decide grants. */
export const decidesFor = (actor: Actor, funderOrganizationId: string): boolean => !!actor.system || (hasRole(actor, 'FUNDER') && actor.org === funderOrganizationId);

/** Only an ORG_ADMIN of the alliance's lead unit applies (or a service); platform admins and funders do not. */
export const appliesFor = (actor: Actor, leadOrganizationId: string): boolean => !!actor.system || isOrgAdminOf(actor, leadOrganizationId);

/** Who reads an application: the system, platform admins, the program's funder and the lead unit's admins. */
export function seesApplication(actor: Actor, app: { funderOrganizationId: string; leadOrganizationId: string }): boolean {
  return !!actor.system || isPlatformAdmin(actor) || (hasRole(actor, 'FUNDER') && actor.org === app.funderOrganizationId) || isOrgAdminOf(actor, app.leadOrganizationId);
}

/** Applications a non-admin caller may list: a FUNDER its organization's programs', an ORG_ADMIN its alliances'. */
export type ApplicationScope = { funderOrganizationId: string } | { leadOrganizationId: string };

/**
 * The scopes of `listApplications`: null for the system and platform admins (everything); otherwise what
 * `seesApplication` allows, as scopes. FORBIDDEN for callers with neither role.
 */
export function applicationScopes(actor: Actor): ApplicationScope[] | null {
  if (actor.system || isPlatformAdmin(actor)) return null;
  const scopes: ApplicationScope[] = [];
  if (hasRole(actor, 'FUNDER') && actor.org) scopes.push({ funderOrganizationId: actor.org });
  if (hasRole(actor, 'ORG_ADMIN') && actor.org) scopes.push({ leadOrganizationId: actor.org });
  if (!scopes.length) throw forbidden(msg('grants.whoListsApplications'));
  return scopes;
}

/** A funder (who is not also an ORG_ADMIN) naming a program in `listApplications` must be its funder. */
export const listsOnlyOwnPrograms = (actor: Actor): boolean => !actor.system && !isPlatformAdmin(actor) && hasRole(actor, 'FUNDER') && !hasRole(actor, 'ORG_ADMIN');

/**
 * Whose program a new program is: a FUNDER's own organization (naming another is FORBIDDEN); the system or a
 * platform admin names one (`requested`, else their own org; neither is BAD_USER_INPUT). Others: FORBIDDEN.
 */
export function newProgramFunderId(actor: Actor, requested: string | null | undefined): string {
  if (actor.system || isPlatformAdmin(actor)) {
    const id = requested ?? actor.org;
    if (!id) throw badInput(msg('grants.funderIdRequired'), { field: 'funderOrganizationId' });
    return id;
  }
  if (!hasRole(actor, 'FUNDER') || !actor.org) throw forbidden(msg('grants.funderCreatesPrograms'));
  if (requested && requested !== actor.org) throw forbidden(msg('grants.ownProgramsOnly'));
  return actor.org;
}

/** A program's funder is a GOVERNMENT organization whose region covers the program's: FORBIDDEN otherwise (`data.field` regionCode for the region). */
export function requireFunderOf(funder: OrgRef, regionCode: string): void {
  if (funder.kind !== 'GOVERNMENT') throw forbidden(msg('grants.funderNotGovernment', { id: funder.id }));
  if (!regionCovers(funder.regionCode, regionCode)) {
    throw forbidden(msg('grants.regionOutsideFunder', { regionCode, funderRegionCode: funder.regionCode }), { field: 'regionCode' });
  }
}

/** Closes the window check: closesOn before opensOn is BAD_USER_INPUT (field closesOn). */
export function windowOrderProblem(opensOn: string | null, closesOn: string | null): Msg | null {
  return opensOn && closesOn && closesOn < opensOn ? msg('grants.closesBeforeOpens', { closesOn: P.date(closesOn), opensOn: P.date(opensOn) }) : null;
}

/**
 * May this decision be taken on an application in `status`? CONFLICT (data.status) once decided; a rejection
 * needs a non-blank note (BAD_USER_INPUT, field note). Returns the trimmed note (null when blank).
 */
export function checkDecision(status: ApplicationStatus, decision: Decision, note: string | null | undefined): string | null {
  if (status !== 'SUBMITTED') throw conflict(msg('grants.alreadyDecided', { status: P.key(`grants.applicationStatus.${status}`) }), { status });
  const trimmed = note && hasVisibleCharacter(note) ? note.trim() : null;
  if (decision === 'REJECT' && !trimmed) throw badInput(msg('grants.rejectionNeedsNote'), { field: 'note' });
  return trimmed;
}

/** The audit actions of disqualifications: funders read those of organizations in their region. */
export const DQ_ACTIONS: readonly AuditAction[] = ['ORGANIZATION_DISQUALIFIED', 'DISQUALIFICATION_LIFTED'];

/** A funder (its organization and region) reads an audit entry of its own programs, or a disqualification in its region. */
export function funderSeesAuditEntry(funder: { organizationId: string; regionCode: string }, e: { action: AuditAction; funderOrganizationId: string | null; regionCode: string | null }): boolean {
  if (e.funderOrganizationId === funder.organizationId) return true;
  return DQ_ACTIONS.includes(e.action) && e.regionCode !== null && e.regionCode.startsWith(regionPrefix(funder.regionCode));
}

/** The region codes that can cover `code` in the GB/T 2260 hierarchy: itself, its prefecture, its province. */
export const coveringRegions = (code: string): string[] => [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];

/**
 * An alliance's application state for one program: the latest application's status (applications in id
 * order), and whether it is awarded (an award whose application is APPROVED; an award of a rejected
 * application exists only for a moment, while a lost approval race compensates it).
 */
export function applicationStanding(
  apps: readonly { id: string; programId: string; status: ApplicationStatus }[],
  awards: readonly { programId: string; applicationId: string }[],
  programId: string,
): { applicationStatus: ApplicationStatus | null; awarded: boolean } {
  const latest = apps.filter((a) => a.programId === programId).at(-1);
  const statusOf = new Map(apps.map((a) => [a.id, a.status]));
  return { applicationStatus: latest?.status ?? null, awarded: awards.some((a) => a.programId === programId && statusOf.get(a.applicationId) === 'APPROVED') };
}

// ---------------------------------------------------------------- editing and closing programs

/** Who edits or closes a program: its funder (a FUNDER of the funding organization), platform admins and services. */
export const managesProgram = (actor: Actor, funderOrganizationId: string): boolean =>
  !!actor.system || isPlatformAdmin(actor) || (hasRole(actor, 'FUNDER') && actor.org === funderOrganizationId);

/** What the edit rules read of a program. */
export interface ProgramState {
  name: string;
  opensOn: string | null;
  closesOn: string | null;
  awardAmountFen: number;
  criteria: readonly Criterion[];
  closedAt: Date | string | null;
}

/** An edit as asked, money already in fen and criteria validated (absent or null: unchanged). */
export interface ProgramEdit {
  name?: string | null;
  opensOn?: string | null;
  closesOn?: string | null;
  awardAmountFen?: number | null;
  criteria?: readonly Criterion[] | null;
}

/** An edit's effect: the fields to `$set` and the history entry's old → new values (empty = no change). */
export interface ProgramEditPlan {
  set: Record<string, unknown>;
  old: ProgramTerms;
  new: ProgramTerms;
}

const sameCriteria = (a: readonly Criterion[], b: readonly Criterion[]) =>
  a.length === b.length && a.every((c, i) => c.kind === b[i].kind && (c.threshold ?? null) === (b[i].threshold ?? null));

/**
 * What an edit of a program may change, and when (`grants.updateProgram`), in order:
 * - something is asked (BAD_USER_INPUT, field input);
 * - a closed program keeps its window and terms (FAILED_PRECONDITION, reason PROGRAM_CLOSED); it may still be renamed;
 * - the terms applicants apply under — award amount, criteria — and the opening date are fixed once the program has
 *   opened (`opensOn` null or on/before today): applications were judged and frozen on them, approvals re-evaluate on
 *   them (FAILED_PRECONDITION, reason TERMS_FIXED, data { field, opensOn }); before that a new `opensOn` is today or later
 *   (BAD_USER_INPUT, field opensOn);
 * - `closesOn` may move either way but never before today: a window is not shut retroactively over applications
 *   already made — closing at once is `closeProgram` (BAD_USER_INPUT, field closesOn); and not before the opening
 *   (BAD_USER_INPUT, field closesOn).
 * Values equal to the current ones are no change. Code, funder and region are not editable at all.
 */
export function programUpdatePlan(p: ProgramState, edit: ProgramEdit, today: string): Problem | ProgramEditPlan {
  const given = (v: unknown) => v !== undefined && v !== null;
  if (![edit.name, edit.opensOn, edit.closesOn, edit.awardAmountFen, edit.criteria].some(given)) {
    return { code: ErrorCode.BAD_USER_INPUT, ...msg('grants.nothingToChange'), data: { field: 'input' } };
  }
  const set: Record<string, unknown> = {};
  const oldTerms: ProgramTerms = {};
  const newTerms: ProgramTerms = {};
  const change = <K extends keyof ProgramTerms>(key: K, from: ProgramTerms[K], to: ProgramTerms[K]) => {
    set[key] = to;
    oldTerms[key] = from;
    newTerms[key] = to;
  };
  const name = edit.name?.trim();
  if (name && name !== p.name) change('name', p.name, name);
  const opensOn = given(edit.opensOn) && edit.opensOn !== p.opensOn ? edit.opensOn! : null;
  const closesOn = given(edit.closesOn) && edit.closesOn !== p.closesOn ? edit.closesOn! : null;
  const amount = given(edit.awardAmountFen) && edit.awardAmountFen !== p.awardAmountFen ? edit.awardAmountFen! : null;
  const criteria = edit.criteria && !sameCriteria(edit.criteria, p.criteria) ? [...edit.criteria] : null;
  if ((opensOn || closesOn || amount !== null || criteria) && p.closedAt) {
    return { code: ErrorCode.FAILED_PRECONDITION, ...msg('grants.programClosedNoChange'), data: { reason: GrantProgramReason.PROGRAM_CLOSED } };
  }
  const opened = p.opensOn === null || p.opensOn <= today;
  const fixed = opensOn ? 'opensOn' : amount !== null ? 'awardAmount' : criteria ? 'criteria' : null;
  if (fixed && opened) {
    return {
      code: ErrorCode.FAILED_PRECONDITION,
      ...msg('grants.termsFixed', { known: p.opensOn ? 'yes' : 'no', opensOn: p.opensOn ? P.date(p.opensOn) : '' }),
      data: { reason: GrantProgramReason.TERMS_FIXED, field: fixed, opensOn: p.opensOn },
    };
  }
  if (opensOn && opensOn < today) return { code: ErrorCode.BAD_USER_INPUT, ...msg('grants.opensInPast', { opensOn: P.date(opensOn), today: P.date(today) }), data: { field: 'opensOn' } };
  if (closesOn && closesOn < today) {
    return { code: ErrorCode.BAD_USER_INPUT, ...msg('grants.closesInPast', { closesOn: P.date(closesOn), today: P.date(today) }), data: { field: 'closesOn' } };
  }
  const order = windowOrderProblem(opensOn ?? p.opensOn, closesOn ?? p.closesOn);
  if (order) return { code: ErrorCode.BAD_USER_INPUT, ...order, data: { field: closesOn ? 'closesOn' : 'opensOn' } };
  if (opensOn) change('opensOn', p.opensOn, opensOn);
  if (closesOn) change('closesOn', p.closesOn, closesOn);
  if (amount !== null) change('awardAmountFen', p.awardAmountFen, amount);
  if (criteria) change('criteria', [...p.criteria], criteria);
  return { set, old: oldTerms, new: newTerms };
}

/** A program is closed once (CONFLICT, data { reason: PROGRAM_CLOSED, closedAt } when it already is). */
export function closeProgramProblem(p: Pick<ProgramState, 'closedAt'>): Problem | null {
  if (!p.closedAt) return null;
  const closedAt = new Date(p.closedAt).toISOString();
  return { code: ErrorCode.CONFLICT, ...msg('grants.alreadyClosed', { at: P.time(closedAt) }), data: { reason: GrantProgramReason.PROGRAM_CLOSED, closedAt } };
}
