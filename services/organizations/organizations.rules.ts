/** Pure rules about organizations: no broker, no database. */
import { ErrorCode, type Problem } from '../../infra/errors.js';
import { StandingReason } from '../../infra/reasons.js';
import type { DisqualificationDto, OrganizationInput, StandingDto } from './organizations.contract.js';

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
  const d = creditCodeDefect(code);
  if (!d) return null;
  switch (d.defect) {
    case 'LENGTH':
      return `must have 18 characters, has ${d.length}`;
    case 'CHARACTER':
      return `character ${d.position} ("${d.character}") is not allowed (letters I, O, Z, S and V are never used)`;
    case 'REGION':
      return 'characters 3–8 must be the 6-digit region code of the registering authority';
    case 'CHECK_CHARACTER':
      return `the check character is wrong (expected ${d.expected}, got ${d.got}); look for a mistyped character`;
  }
}

/** Completes 17 characters with the GB 32100 check character (for demo data and tests). */
export function withCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + ALPHABET.indexOf(first17[i]) * w, 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

/** What is wrong with a GB/T 2260 region code: SHAPE (not 6 digits) or PROVINCE (a prefix outside 11–82); null if valid. */
export type RegionCodeDefect = { defect: 'SHAPE' } | { defect: 'PROVINCE'; province: string };

/** GB/T 2260 codes: 6 digits, a province prefix from 11 to 82, no negative parts. */
export function regionCodeDefect(code: string): RegionCodeDefect | null {
  if (!/^\d{6}$/.test(code)) return { defect: 'SHAPE' };
  const province = Number(code.slice(0, 2));
  if (province < 11 || province > 82) return { defect: 'PROVINCE', province: code.slice(0, 2) };
  return null;
}

/** Why a region code is invalid, in words (`regionCodeDefect`), or null if it is valid. */
export function regionCodeProblem(code: string): string | null {
  const d = regionCodeDefect(code);
  if (!d) return null;
  return d.defect === 'SHAPE' ? 'must be a 6-digit administrative division code (GB/T 2260), e.g. 450200' : `starts with ${d.province}, which is not a province code`;
}

/** Every problem with a registration, keyed by field, so a person can fix them all at once. */
export function registrationProblems(input: OrganizationInput): Record<string, string> {
  const problems: Record<string, string> = {};
  if (input.kind === 'SCHOOL' && !input.schoolType) problems.schoolType = 'is required for a school';
  if (input.kind !== 'SCHOOL' && input.schoolType) problems.schoolType = 'applies to schools only';
  if (input.kind !== 'ENTERPRISE' && input.aboveDesignatedSize !== undefined && input.aboveDesignatedSize !== null) problems.aboveDesignatedSize = 'applies to enterprises only';
  if (input.kind !== 'ENTERPRISE' && input.scale) problems.scale = 'applies to enterprises only';
  const cc = creditCodeProblem(normalizeCreditCode(input.creditCode));
  if (cc) problems.creditCode = cc;
  const rc = regionCodeProblem(input.regionCode);
  if (rc) problems.regionCode = rc;
  return problems;
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
  const who = first.name ? `"${first.name}"` : `Organization ${first.organizationId}`;
  const lifted = d.liftedOn ? ` (lifted from ${d.liftedOn})` : '';
  return {
    code: ErrorCode.FAILED_PRECONDITION,
    message: `${who} is disqualified from ${d.from} until ${d.until}${lifted}: while the bar is in force it may not join alliances, book training bases, take part in projects or be party to revenue agreements.`,
    data: {
      reason: StandingReason.DISQUALIFIED,
      ...banDates(first.organizationId, d),
      disqualified: barred.flatMap((s) => s.disqualifications.map((x) => banDates(s.organizationId, x))),
    },
  };
}
