/** Pure rules about organizations: no broker, no database. */
import { canonicalRegion, isRegionProblem } from '../../infra/regions.js';
import { RegionRule, StandingReason } from '../../infra/reasons.js';
import type { OrganizationInput } from './organizations.contract.js';
import { isPlatformAdmin, type Actor } from '../../infra/auth.js';
import { adminOf } from '../../infra/authz.js';
import { isValidDate } from '../../infra/dates.js';
import { ErrorCode, type Problem } from '../../infra/errors.js';
import { inForceOn } from '../../infra/in-force.js';
import type { DesignatedSizeYear, DisqualificationDto, OrganizationChange, OrganizationChangeField, OrganizationFacts, OrganizationKind, StandingDto } from './organizations.contract.js';
import { msg } from '../../infra/message-registry.js';
import { P, type Msg } from '../../infra/messages.js';

export type { EnterpriseScale, OrganizationInput, OrganizationKind, SchoolType } from './organizations.contract.js';

// GB 32100-2015: 18 characters from this 31-character alphabet (no I, O, Z, S, V); the last is a check character.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Credit codes are compared in upper case without surrounding spaces. */
export function normalizeCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/**
 * What is wrong with a unified social credit code (the first defect found, in this order), or null if it is valid:
 * LENGTH (not 18 characters), CHARACTER (1-based `position` holds a character outside the alphabet), REGION
 * (characters 3–8 are not 6 digits), CHECK_CHARACTER (the last character is not the `expected` one).
 */
export type CreditCodeDefect =
  | { defect: 'LENGTH'; length: number }
  | { defect: 'CHARACTER'; position: number; character: string }
  | { defect: 'REGION' }
  | { defect: 'CHECK_CHARACTER'; expected: string; got: string };

/** The first defect of a unified social credit code, or null if it is valid (GB 32100-2015). */
export function creditCodeDefect(code: string): CreditCodeDefect | null {
  if (code.length !== 18) return { defect: 'LENGTH', length: code.length };
  for (let i = 0; i < 18; i++) {
    if (!ALPHABET.includes(code[i])) return { defect: 'CHARACTER', position: i + 1, character: code[i] };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { defect: 'REGION' };
  const sum = WEIGHTS.reduce((acc, w, i) => acc + ALPHABET.indexOf(code[i]) * w, 0);
  const expected = ALPHABET[(31 - (sum % 31)) % 31];
  if (code[17] !== expected) return { defect: 'CHECK_CHARACTER', expected, got: code[17] };
  return null;
}

/** Why a unified social credit code is invalid, in words a person can act on (`creditCodeDefect`), or null if it is valid. */
export function creditCodeProblem(code: string): string | null {
  return creditCodeMsg(code)?.message ?? null;
}

/** `creditCodeProblem` as a catalog message. */
export function creditCodeMsg(code: string): Msg | null {
  const d = creditCodeDefect(code);
  if (!d) return null;
  switch (d.defect) {
    case 'LENGTH':
      return msg('organizations.creditCodeLength', { length: d.length });
    case 'CHARACTER':
      return msg('organizations.creditCodeCharacter', { position: d.position, character: d.character });
    case 'REGION':
      return msg('organizations.creditCodeRegion');
    case 'CHECK_CHARACTER':
      return msg('organizations.creditCodeCheck', { expected: d.expected, got: d.got });
  }
}

/** Completes 17 characters with the GB 32100 check character (for demo data and tests). */
export function withCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + ALPHABET.indexOf(first17[i]) * w, 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * What is wrong with a GB/T 2260 region code: SHAPE (not 6 digits), PROVINCE (a prefix outside 11–82), UNKNOWN (in
 * neither the current list nor any revision since 2002), RETIRED (listed only by past revisions, with no single
 * successor to map to); null if it can be stored (current, or retired with one successor: `canonicalRegion`).
 * Checked against the data packages (infra/regions.ts), not by prefix.
 */
export type RegionCodeDefect =
  | { defect: 'SHAPE' }
  | { defect: 'PROVINCE'; province: string }
  | { defect: 'UNKNOWN' }
  | { defect: 'RETIRED'; name: string; lastListed: string; successors: string[] };

/** The first defect of a region code (`RegionCodeDefect`), or null if it is valid. */
export function regionCodeDefect(code: string): RegionCodeDefect | null {
  if (!/^\d{6}$/.test(code)) return { defect: 'SHAPE' };
  const province = Number(code.slice(0, 2));
  if (province < 11 || province > 82) return { defect: 'PROVINCE', province: code.slice(0, 2) };
  const found = canonicalRegion(code);
  if (!isRegionProblem(found)) return null;
  const d = found.data ?? {};
  if (d.rule === RegionRule.REGION_RETIRED) return { defect: 'RETIRED', name: String(d.name), lastListed: String(d.lastListed), successors: d.successors as string[] };
  return { defect: 'UNKNOWN' };
}

/** Why a region code is invalid, in words (`regionCodeDefect`), or null if it is valid. */
export function regionCodeProblem(code: string): string | null {
  return regionCodeMsg(code)?.message ?? null;
}

/** `regionCodeProblem` as a catalog message. */
export function regionCodeMsg(code: string): Msg | null {
  const d = regionCodeDefect(code);
  if (!d) return null;
  switch (d.defect) {
    case 'SHAPE':
      return msg('organizations.regionShape');
    case 'PROVINCE':
      return msg('organizations.regionProvince', { province: d.province });
    case 'UNKNOWN':
      return msg('organizations.regionUnknown');
    case 'RETIRED':
      return msg('organizations.regionRetired', { lastListed: d.lastListed, name: d.name, hasSuccessors: d.successors.length ? 'yes' : 'no', successors: d.successors.join(', ') });
  }
}

/** The code stored for a valid region code: itself when current, its one successor when retired (450221 → 450206). */
export function storedRegionCode(code: string): string {
  const found = canonicalRegion(code);
  return isRegionProblem(found) ? code : found.code;
}

/** Every problem with a registration, keyed by field, so a person can fix them all at once. */
export function registrationProblems(input: OrganizationInput): Record<string, string> {
  return Object.fromEntries(Object.entries(registrationProblemMsgs(input)).map(([f, m]) => [f, m.message]));
}

/** `registrationProblems` as catalog messages, keyed by field. */
export function registrationProblemMsgs(input: OrganizationInput): Record<string, Msg> {
  const problems: Record<string, Msg> = {};
  if (input.kind === 'SCHOOL' && !input.schoolType) problems.schoolType = msg('organizations.schoolTypeRequired');
  if (input.kind !== 'SCHOOL' && input.schoolType) problems.schoolType = msg('organizations.schoolsOnly');
  if (input.kind !== 'ENTERPRISE' && input.aboveDesignatedSize !== undefined && input.aboveDesignatedSize !== null) problems.aboveDesignatedSize = msg('organizations.enterprisesOnly');
  if (input.kind !== 'ENTERPRISE' && input.scale) problems.scale = msg('organizations.enterprisesOnly');
  const cc = creditCodeMsg(normalizeCreditCode(input.creditCode));
  if (cc) problems.creditCode = cc;
  const rc = regionCodeMsg(input.regionCode);
  if (rc) problems.regionCode = rc;
  return problems;
}

/** The refusal of a registration with `problems` (`registrationProblemMsgs`): every field's problem in one message. */
export function registrationRefusal(problems: Record<string, Msg>): Msg {
  return msg('organizations.cannotRegister', { problems: P.list(Object.entries(problems).map(([field, m]) => P.key('organizations.fieldProblem', { field, problem: P.key(m.key, m.params) }))) });
}

/** What "disqualified on a date" reads of a disqualification. */
export interface DisqualificationPeriod {
  from: string;
  /** Inclusive. */
  until: string;
  /** The first date on which a lifted disqualification no longer applies; null while not lifted. */
  liftedOn: string | null;
}

/**
 * Disqualified on D: from ≤ D ≤ until (both inclusive) and not lifted on or before D. The running filter is
 * `disqualifiedOnFilter` in organizations.model.ts, tested against this rule.
 */
export function disqualifiedOn(d: DisqualificationPeriod, date: string): boolean {
  return d.from <= date && date <= d.until && (d.liftedOn === null || d.liftedOn > date);
}

// ---------------------------------------------------------------- corrections with history

/** The earliest statistical year a 规模以上 status may be recorded for. */
export const FIRST_STATISTICAL_YEAR = 1949;

/** What the correction rules read of an organization. */
export interface OrganizationState {
  id: string;
  name: string;
  kind: OrganizationKind;
  schoolType: string | null;
  regionCode: string;
  aboveDesignatedSize: boolean | null;
  scale: string | null;
  history: readonly OrganizationChange[];
  /** As stored, or synthesized by `designatedSizeYears`. */
  designatedSizeByYear: readonly DesignatedSizeYear[];
}

/** A correction's effect: the fields to `$set` on the organization and the history entries to append (none = no change). */
export interface CorrectionPlan {
  set: Record<string, unknown>;
  changes: OrganizationChange[];
}

export const isProblem = (x: Problem | CorrectionPlan): x is Problem => 'code' in x;

/**
 * An enterprise's 规模以上 years, ordered by year: as stored; for a record from before yearly records existed, its
 * registration-time status counts as the status of `registeredYear` (the year it was registered, platform time zone).
 */
export function designatedSizeYears(stored: readonly DesignatedSizeYear[] | null | undefined, aboveDesignatedSize: boolean | null, registeredYear: number): DesignatedSizeYear[] {
  if (stored?.length) return [...stored].sort((a, b) => a.year - b.year);
  return aboveDesignatedSize === null || aboveDesignatedSize === undefined ? [] : [{ year: registeredYear, aboveDesignatedSize }];
}

/** The corrections the caller asks for (`organizations.update`); absent and null fields are left as they are. */
export interface UpdateRequest {
  name?: string | null;
  regionCode?: string | null;
  kind?: OrganizationKind | null;
  schoolType?: string | null;
  effectiveDate: string;
  reason: string;
}

const bad = (field: string, m: Msg): Problem => ({ code: ErrorCode.BAD_USER_INPUT, ...m, data: { field } });
/** Only platform admins (and services) correct these: region decides which funder has authority, kind and school type what an organization counts as for grants. */
const PLATFORM_ONLY: readonly OrganizationChangeField[] = ['REGION', 'CLASSIFICATION'];

/**
 * The checks and effect of `organizations.update`, in order: something is asked (BAD_USER_INPUT, field input);
 * `effectiveDate` is a date, not after `today` (BAD_USER_INPUT); a school needs a school type and only schools have
 * one (BAD_USER_INPUT, field schoolType); who may change what — the name: the organization's own ORG_ADMIN or a
 * platform admin; region, kind and school type: platform admins (FORBIDDEN, data { field }); a valid region code
 * (BAD_USER_INPUT, field regionCode); a field's corrections are recorded in effective-date order, so "the value on
 * date D" is always the last correction effective on or before D (BAD_USER_INPUT, field effectiveDate).
 * Values equal to the current ones are no change. A kind other than ENTERPRISE clears the enterprise-only facts
 * (规模以上, scale) while the yearly records stay as history. The credit code is not correctable: it identifies the
 * organization nationally for its whole life (GB 32100), and a wrong one means a different organization.
 */
export function updatePlan(actor: Actor, org: OrganizationState, req: UpdateRequest, today: string, at: string): Problem | CorrectionPlan {
  const asked = [req.name, req.regionCode, req.kind, req.schoolType].some((v) => v !== undefined && v !== null);
  if (!asked) return bad('input', msg('organizations.nothingToChange'));
  if (!isValidDate(req.effectiveDate)) return bad('effectiveDate', msg('infra.dateInvalid', { field: 'effectiveDate', value: req.effectiveDate }));
  if (req.effectiveDate > today) return bad('effectiveDate', msg('infra.dateInFuture', { field: 'effectiveDate', date: P.date(req.effectiveDate), today: P.date(today) }));
  const entry = (field: OrganizationChangeField, oldFacts: OrganizationFacts, newFacts: OrganizationFacts): OrganizationChange => ({
    field,
    effectiveDate: req.effectiveDate,
    year: null,
    old: oldFacts,
    new: newFacts,
    reason: req.reason,
    at,
    by: actor.id,
    byOrganizationId: actor.org ?? null,
  });
  const changes: OrganizationChange[] = [];
  const set: Record<string, unknown> = {};
  const name = req.name?.trim();
  if (name && name !== org.name) {
    changes.push(entry('NAME', { name: org.name }, { name }));
    set.name = name;
  }
  if (req.regionCode && req.regionCode !== org.regionCode) {
    changes.push(entry('REGION', { regionCode: org.regionCode }, { regionCode: req.regionCode }));
    set.regionCode = req.regionCode;
  }
  if (req.kind || req.schoolType) {
    const kind = req.kind ?? org.kind;
    if (kind !== 'SCHOOL' && req.schoolType) return bad('schoolType', msg('organizations.schoolTypeForSchools', { kind: P.key(`organizations.kind.${kind}`) }));
    const schoolType = kind === 'SCHOOL' ? (req.schoolType ?? (org.kind === 'SCHOOL' ? org.schoolType : null)) : null;
    if (kind === 'SCHOOL' && !schoolType) return bad('schoolType', msg('organizations.schoolNeedsType'));
    if (kind !== org.kind || schoolType !== org.schoolType) {
      const leavesEnterprise = org.kind === 'ENTERPRISE' && kind !== 'ENTERPRISE';
      changes.push(
        entry(
          'CLASSIFICATION',
          { kind: org.kind, schoolType: org.schoolType, ...(leavesEnterprise ? { aboveDesignatedSize: org.aboveDesignatedSize } : {}) },
          { kind, schoolType, ...(leavesEnterprise ? { aboveDesignatedSize: null } : {}) },
        ),
      );
      Object.assign(set, { kind, schoolType, reclassified: true });
      if (leavesEnterprise) Object.assign(set, { aboveDesignatedSize: null, scale: null, designatedSizeByYear: [...org.designatedSizeByYear] });
    }
  }
  for (const c of changes) {
    const allowed = PLATFORM_ONLY.includes(c.field) ? actor.system || isPlatformAdmin(actor) : adminOf(actor, org.id);
    if (!allowed) {
      return {
        code: ErrorCode.FORBIDDEN,
        ...(PLATFORM_ONLY.includes(c.field)
          ? msg('organizations.platformAdminCorrects', { what: c.field === 'REGION' ? 'region' : 'classification' })
          : msg('organizations.whoRenames')),
        data: { field: c.field },
      };
    }
  }
  if (set.regionCode) {
    const rc = regionCodeMsg(String(set.regionCode));
    if (rc) return bad('regionCode', msg('organizations.fieldProblem', { field: 'regionCode', problem: P.key(rc.key, rc.params) }));
  }
  for (const c of changes) {
    const last = [...org.history].reverse().find((h) => h.field === c.field);
    if (last && req.effectiveDate < last.effectiveDate) {
      return bad('effectiveDate', msg('organizations.beforeLastCorrection', { effective: P.date(req.effectiveDate), field: P.key(`organizations.changeField.${c.field}`), last: P.date(last.effectiveDate) }));
    }
  }
  return { set, changes };
}

/**
 * The checks and effect of `organizations.recordDesignatedSize`, in order: the organization's own ORG_ADMIN or a
 * platform admin (FORBIDDEN); an enterprise (FAILED_PRECONDITION, data { field: 'kind' }); a whole year from 1949
 * to `currentYear` (BAD_USER_INPUT, field year). A different value for a recorded year is a correction (old → new);
 * the same value is no change. The organization's `aboveDesignatedSize` follows its latest recorded year.
 */
export function designatedSizePlan(
  actor: Actor,
  org: OrganizationState,
  req: { year: number; aboveDesignatedSize: boolean; reason: string },
  currentYear: number,
  at: string,
): Problem | CorrectionPlan {
  if (!adminOf(actor, org.id)) return { code: ErrorCode.FORBIDDEN, ...msg('organizations.whoRecordsDesignatedSize') };
  if (org.kind !== 'ENTERPRISE') return { code: ErrorCode.FAILED_PRECONDITION, ...msg('organizations.designatedSizeEnterprisesOnly', { kind: P.key(`organizations.kind.${org.kind}`) }), data: { field: 'kind' } };
  if (!Number.isInteger(req.year) || req.year < FIRST_STATISTICAL_YEAR || req.year > currentYear) {
    return bad('year', msg('organizations.yearRange', { first: String(FIRST_STATISTICAL_YEAR), last: String(currentYear), value: String(req.year) }));
  }
  const existing = org.designatedSizeByYear.find((y) => y.year === req.year);
  if (existing?.aboveDesignatedSize === req.aboveDesignatedSize) return { set: {}, changes: [] };
  const years = [...org.designatedSizeByYear.filter((y) => y.year !== req.year), { year: req.year, aboveDesignatedSize: req.aboveDesignatedSize }].sort((a, b) => a.year - b.year);
  const change: OrganizationChange = {
    field: 'DESIGNATED_SIZE',
    effectiveDate: `${req.year}-01-01`,
    year: req.year,
    old: { aboveDesignatedSize: existing?.aboveDesignatedSize ?? null },
    new: { aboveDesignatedSize: req.aboveDesignatedSize },
    reason: req.reason,
    at,
    by: actor.id,
    byOrganizationId: actor.org ?? null,
  };
  return { set: { designatedSizeByYear: years, aboveDesignatedSize: years[years.length - 1].aboveDesignatedSize }, changes: [change] };
}

/**
 * An organization's kind and school type on `date`: the last CLASSIFICATION correction effective on or before it;
 * before the first correction, the value that correction replaced; with none, the current one. Corrections are
 * recorded in effective-date order (`updatePlan`), so the past is never rewritten: a correction effective from
 * 2025-03-01 leaves every earlier date as it was.
 */
export function classificationOn(current: { kind: OrganizationKind; schoolType: string | null }, history: readonly OrganizationChange[], date: string): { kind: OrganizationKind; schoolType: string | null } {
  const corrections = history.filter((c) => c.field === 'CLASSIFICATION');
  if (!corrections.length) return { kind: current.kind, schoolType: current.schoolType ?? null };
  const facts = inForceOn(corrections, date, (c) => c.effectiveDate)?.new ?? corrections[0].old;
  return { kind: facts.kind ?? current.kind, schoolType: facts.schoolType ?? null };
}

/**
 * In force on at least one day of [from, to] (both inclusive, from ≤ to): it began on or before `to`, lasts until
 * `from` or later, and was not lifted on or before `from` — nor on or before its own first day (a ban lifted the day
 * it began never applied; nor does one whose `until` is before its `from`). For one day (from = to = D) this is exactly `disqualifiedOn(d, D)`. The query form
 * `inForceDuringFilter` (organizations.model.ts) selects a superset that this rule then narrows.
 */
export function inForceDuring(d: DisqualificationPeriod, from: string, to: string): boolean {
  return d.from <= d.until && d.from <= to && d.until >= from && (d.liftedOn === null || (d.liftedOn > from && d.liftedOn > d.from));
}

/** The period a standing question covers: `from`..`to` in either order, each defaulting to `today`. */
export function standingPeriod(from: string | null | undefined, to: string | null | undefined, today: string): { from: string; to: string } {
  const a = from ?? today;
  const b = to ?? from ?? today;
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/** One ban as a refusal's data carries it: its id and dates. */
const banDates = (organizationId: string, d: DisqualificationDto) => ({ organizationId, disqualificationId: d.id, from: d.from, until: d.until, liftedOn: d.liftedOn });

/**
 * The refusal when any organization of `standings` (the answer of `organizations.standingOf`) is not in good
 * standing, or null. Seed: the national 产教融合型企业 plan (shared/seeds/003, 產教融合工作方案 篇6): "經核查存在弄虛作假,
 * 故意提供虛假不實信息的企業,5年內取消建設培育申報資格" (found to have filed false information: barred for 5 years) — a
 * barred organization takes no part (memberships, shared bases, joint projects, revenue agreements) and declares
 * nothing while the bar is in force.
 * FAILED_PRECONDITION, data { reason: DISQUALIFIED, organizationId, disqualificationId, from, until, liftedOn } for the
 * first one barred, and `disqualified` listing every ban of every barred organization.
 */
export function standingProblem(standings: readonly StandingDto[]): Problem | null {
  const barred = standings.filter((s) => !s.inGoodStanding && s.disqualifications.length > 0);
  if (!barred.length) return null;
  const first = barred[0];
  const d = first.disqualifications[0];
  const who = first.name ?? first.organizationId;
  return {
    code: ErrorCode.FAILED_PRECONDITION,
    ...msg('organizations.disqualified', { who, named: first.name ? 'yes' : 'no', from: P.date(d.from), until: P.date(d.until), lifted: d.liftedOn ? 'yes' : 'no', liftedOn: d.liftedOn ? P.date(d.liftedOn) : '' }),
    data: {
      reason: StandingReason.DISQUALIFIED,
      ...banDates(first.organizationId, d),
      disqualified: barred.flatMap((s) => s.disqualifications.map((x) => banDates(s.organizationId, x))),
    },
  };
}
