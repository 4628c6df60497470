/** Pure rules about organizations: no broker, no database. */
import { canonicalRegion, isRegionProblem } from '../../infra/regions.js';
import { RegionRule } from '../../infra/reasons.js';
import type { OrganizationInput } from './organizations.contract.js';

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
  const d = regionCodeDefect(code);
  if (!d) return null;
  switch (d.defect) {
    case 'SHAPE':
      return 'must be a 6-digit administrative division code (GB/T 2260), e.g. 450200';
    case 'PROVINCE':
      return `starts with ${d.province}, which is not a province code`;
    case 'UNKNOWN':
      return 'is not a GB/T 2260 administrative division code (neither current nor in any revision since 2002)';
    case 'RETIRED':
      return `was retired from GB/T 2260 after the ${d.lastListed} revision (${d.name})${d.successors.length ? `; it may now be one of ${d.successors.join(', ')}` : ''}: give the current code`;
  }
}

/** The code stored for a valid region code: itself when current, its one successor when retired (450221 → 450206). */
export function storedRegionCode(code: string): string {
  const found = canonicalRegion(code);
  return isRegionProblem(found) ? code : found.code;
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
