/** Pure rules about organizations: no broker, no database. */

export const ORGANIZATION_KINDS = ['SCHOOL', 'ENTERPRISE', 'RESEARCH_INSTITUTE', 'INDUSTRY_ASSOCIATION', 'GOVERNMENT', 'OTHER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** 中职, 技工院校, 高职, 职业本科, 应用型本科, 普通高校 */
export const SCHOOL_TYPES = ['SECONDARY_VOCATIONAL', 'TECHNICIAN_COLLEGE', 'HIGHER_VOCATIONAL', 'VOCATIONAL_UNDERGRADUATE', 'APPLIED_UNDERGRADUATE', 'UNIVERSITY'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** Enterprise size class (大型/中型/小型/微型, per the national SME classification). */
export const ENTERPRISE_SCALES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;
export type EnterpriseScale = (typeof ENTERPRISE_SCALES)[number];

// GB 32100-2015: 18 characters from this 31-character alphabet (no I, O, Z, S, V); the last is a check character.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function normalizeCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** Why a unified social credit code is invalid, or null if it is valid. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `must have 18 characters, has ${code.length}`;
  for (let i = 0; i < 18; i++) {
    if (!ALPHABET.includes(code[i])) return `character ${i + 1} ("${code[i]}") is not allowed (letters I, O, Z, S and V are never used)`;
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'characters 3–8 must be the 6-digit region code of the registering authority';
  const sum = WEIGHTS.reduce((acc, w, i) => acc + ALPHABET.indexOf(code[i]) * w, 0);
  const expected = ALPHABET[(31 - (sum % 31)) % 31];
  if (code[17] !== expected) return `the check character is wrong (expected ${expected}, got ${code[17]}); look for a mistyped character`;
  return null;
}

/** Completes 17 characters with the GB 32100 check character (for demo data and tests). */
export function withCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + ALPHABET.indexOf(first17[i]) * w, 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB/T 2260 codes: 6 digits, a province prefix from 11 to 82, no negative parts. */
export function regionCodeProblem(code: string): string | null {
  if (!/^\d{6}$/.test(code)) return 'must be a 6-digit administrative division code (GB/T 2260), e.g. 450200';
  const province = Number(code.slice(0, 2));
  if (province < 11 || province > 82) return `starts with ${code.slice(0, 2)}, which is not a province code`;
  return null;
}

export interface OrganizationInput {
  name: string;
  kind: OrganizationKind;
  schoolType?: SchoolType | null;
  creditCode: string;
  regionCode: string;
  aboveDesignatedSize?: boolean | null;
  scale?: EnterpriseScale | null;
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
