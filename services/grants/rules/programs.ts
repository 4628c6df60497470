/**
 * Rules of grant programs: criteria as data (their validation, normalized form and description in words), the
 * application window and which regions a program covers, whose program a new one is (the funder, a GOVERNMENT
 * organization whose region covers the program's), and what an edit may change and when, and closing. Part of
 * grants.rules.ts.
 */
import { regionCovers, hasRole, isPlatformAdmin, type Actor } from '../../../infra/auth.js';
import { badInput, ErrorCode, forbidden, type Problem } from '../../../infra/errors.js';
import { GrantProgramReason } from '../../../infra/reasons.js';
import type { OrgRef } from '../../../infra/authz.js';
import { CRITERION_KINDS, type Criterion, type CriterionKind, type ProgramTerms } from '../grants.contract.js';
import { msg } from '../../../infra/message-registry.js';
import { P, type Msg } from '../../../infra/messages.js';

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

// ---------------------------------------------------------------- whose program, its window and regions

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

/** The region codes that can cover `code` in the GB/T 2260 hierarchy: itself, its prefecture, its province. */
export const coveringRegions = (code: string): string[] => [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];

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
