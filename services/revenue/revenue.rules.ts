/** Pure rules of revenue-split agreements and the revenue ledger: no broker, no database. */
import { hasRole, isOrgAdminOf, isPlatformAdmin, regionCovers, type Actor } from '../../infra/auth.js';
import { FULL_BP, type AllocationLine, type DeductionLine, type SplitInventor } from './allocation.js';

export interface RevenuePolicy {
  code: string;
  name: string;
  /** The region the policy comes from (GB/T 2260), informative. */
  regionCode: string;
  minTeacherShareBp: number;
  maxTeacherShareBp: number;
}

/**
 * Regional policies seeded on start (upserted by code). 柳州: 学校技术收入结余可提取70%以上用于教师劳动报酬;
 * 西安: 50% 可用于绩效分配, 其余50%用于公用经费 — so teachers get at most half.
 */
export const SEED_POLICIES: readonly RevenuePolicy[] = [
  { code: 'LIUZHOU', name: '柳州市：学校技术收入结余不少于70%用于教师劳动报酬', regionCode: '450200', minTeacherShareBp: 7000, maxTeacherShareBp: 10000 },
  { code: 'XIAN', name: '西安市：技术服务收入50%用于绩效分配、50%用于公用经费', regionCode: '610100', minTeacherShareBp: 0, maxTeacherShareBp: 5000 },
];

/** Deductible cost kinds, in order, when an agreement declares none. */
export const DEFAULT_DEDUCTION_KINDS = ['PATENT_FEE', 'AGENT_COMMISSION', 'TAX'] as const;
export const DEDUCTION_KIND_RE = /^[A-Z][A-Z0-9_]{0,39}$/;
/** External references starting with this are the ledger's own (reversals); clients may not use them. */
export const REVERSAL_PREFIX = 'REVERSAL:';

export interface PartyTerms {
  organizationId: string;
  /** Copied from the organization when the version is made (a kind never changes). */
  orgKind: string;
  shareBp: number;
  teacherShareBp: number | null;
  inventors: SplitInventor[];
}

export interface AgreementVersion {
  version: number;
  effectiveFrom: string;
  title: string;
  policyCode: string;
  parties: PartyTerms[];
  deductionKinds: string[];
  recordedAt: string;
  recordedBy: string;
  note: string | null;
}

/** Names of the rules an agreement can break: clients get one in `extensions.details.rule`. */
export const TermsRule = {
  NO_PARTIES: 'NO_PARTIES',
  DUPLICATE_PARTY: 'DUPLICATE_PARTY',
  SHARE_RANGE: 'SHARE_RANGE',
  SHARES_SUM: 'SHARES_SUM',
  TEACHER_SHARE_REQUIRED: 'TEACHER_SHARE_REQUIRED',
  TEACHER_SHARE_ONLY_FOR_SCHOOLS: 'TEACHER_SHARE_ONLY_FOR_SCHOOLS',
  POLICY_TEACHER_SHARE: 'POLICY_TEACHER_SHARE',
  INVENTORS_ONLY_FOR_SCHOOLS: 'INVENTORS_ONLY_FOR_SCHOOLS',
  INVENTOR_SHARES_SUM: 'INVENTOR_SHARES_SUM',
  DUPLICATE_INVENTOR: 'DUPLICATE_INVENTOR',
  DEDUCTION_KIND: 'DEDUCTION_KIND',
} as const;
export type TermsRule = (typeof TermsRule)[keyof typeof TermsRule];

export interface Violation {
  rule: TermsRule;
  message: string;
  organizationId?: string;
}

export interface PartyInput {
  organizationId: string;
  shareBp: number;
  teacherShareBp?: number | null;
  inventors?: { name: string; personId?: string | null; shareBp: number }[] | null;
}

/**
 * Checks an agreement version's terms against the rules and the regional policy; the first violation, or
 * null. `orgs` gives each party's kind and name (for messages that name the party).
 */
export function checkTerms(
  parties: readonly PartyInput[],
  orgs: ReadonlyMap<string, { kind: string; name: string }>,
  policy: RevenuePolicy,
  deductionKinds: readonly string[],
): Violation | null {
  if (parties.length === 0) return { rule: TermsRule.NO_PARTIES, message: 'An agreement needs at least one party.' };
  const seen = new Set<string>();
  let sum = 0;
  for (const p of parties) {
    const org = orgs.get(p.organizationId);
    const who = org ? `"${org.name}"` : p.organizationId;
    if (seen.has(p.organizationId)) return { rule: TermsRule.DUPLICATE_PARTY, message: `${who} is listed twice; list each party once.`, organizationId: p.organizationId };
    seen.add(p.organizationId);
    if (!Number.isInteger(p.shareBp) || p.shareBp < 1 || p.shareBp > FULL_BP) {
      return { rule: TermsRule.SHARE_RANGE, message: `${who}'s share must be between 1 and ${FULL_BP} basis points, got ${p.shareBp}.`, organizationId: p.organizationId };
    }
    sum += p.shareBp;
    const school = org?.kind === 'SCHOOL';
    const t = p.teacherShareBp ?? null;
    if (school && t === null) {
      return { rule: TermsRule.TEACHER_SHARE_REQUIRED, message: `${who} is a school: give teacherShareBp, the part of its share paid as teachers' remuneration.`, organizationId: p.organizationId };
    }
    if (!school && t !== null) {
      return { rule: TermsRule.TEACHER_SHARE_ONLY_FOR_SCHOOLS, message: `${who} is not a school: teacherShareBp applies to school parties only.`, organizationId: p.organizationId };
    }
    if (t !== null && (!Number.isInteger(t) || t < policy.minTeacherShareBp || t > policy.maxTeacherShareBp)) {
      return {
        rule: TermsRule.POLICY_TEACHER_SHARE,
        message: `Policy ${policy.code} (${policy.name}) requires a school's teachers' share within [${policy.minTeacherShareBp}, ${policy.maxTeacherShareBp}] basis points; ${who} has ${t}.`,
        organizationId: p.organizationId,
      };
    }
    const inventors = p.inventors ?? [];
    if (inventors.length && !school) {
      return { rule: TermsRule.INVENTORS_ONLY_FOR_SCHOOLS, message: `${who} is not a school: named inventors share a school's teachers' part only.`, organizationId: p.organizationId };
    }
    if (inventors.length) {
      const names = new Set<string>();
      let inv = 0;
      for (const v of inventors) {
        const key = v.personId ?? v.name;
        if (names.has(key)) return { rule: TermsRule.DUPLICATE_INVENTOR, message: `Inventor ${v.name} is listed twice for ${who}.`, organizationId: p.organizationId };
        names.add(key);
        inv += v.shareBp;
      }
      if (inv !== FULL_BP) {
        return { rule: TermsRule.INVENTOR_SHARES_SUM, message: `${who}'s inventors' shares must sum to exactly ${FULL_BP} basis points of the teachers' part, got ${inv}.`, organizationId: p.organizationId };
      }
    }
  }
  if (sum !== FULL_BP) return { rule: TermsRule.SHARES_SUM, message: `The parties' shares must sum to exactly ${FULL_BP} basis points, got ${sum}.` };
  const kinds = new Set<string>();
  for (const k of deductionKinds) {
    if (!DEDUCTION_KIND_RE.test(k)) return { rule: TermsRule.DEDUCTION_KIND, message: `Deduction kind "${k}" must be upper-case letters, digits and _ (e.g. PATENT_FEE).` };
    if (kinds.has(k)) return { rule: TermsRule.DEDUCTION_KIND, message: `Deduction kind ${k} is declared twice; declare each kind once, in the order deductions apply.` };
    kinds.add(k);
  }
  return null;
}

/** The terms as stored: school parties keep their split, others get none. */
export function toPartyTerms(parties: readonly PartyInput[], orgs: ReadonlyMap<string, { kind: string }>): PartyTerms[] {
  return parties.map((p) => ({
    organizationId: p.organizationId,
    orgKind: orgs.get(p.organizationId)?.kind ?? 'OTHER',
    shareBp: p.shareBp,
    teacherShareBp: p.teacherShareBp ?? null,
    inventors: (p.inventors ?? []).map((v) => ({ name: v.name, personId: v.personId ?? null, shareBp: v.shareBp })),
  }));
}

/** The version in force on a date: the latest whose effectiveFrom is on or before it (versions ordered by effectiveFrom). */
export function versionOn<V extends { effectiveFrom: string }>(versions: readonly V[], date: string): V | null {
  let found: V | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= date) found = v;
    else break;
  }
  return found;
}

// ---------------------------------------------------------------- ledger checks (computed, never stored)

export interface LedgerAmounts {
  grossFen: number;
  deductions: DeductionLine[];
  netFen: number;
  allocations: AllocationLine[];
}

/** gross − Σ deductions = net, each running remainder right, Σ allocations = net, Σ inventors = their teachers' line. */
export function eventReconciles(e: LedgerAmounts): boolean {
  let remaining = e.grossFen;
  for (const d of e.deductions) {
    remaining -= d.amountFen;
    if (d.remainingFen !== remaining) return false;
  }
  if (remaining !== e.netFen) return false;
  let allocated = 0;
  for (const a of e.allocations) {
    allocated += a.amountFen;
    if (a.inventors.length && a.inventors.reduce((s, v) => s + v.amountFen, 0) !== a.amountFen) return false;
  }
  return allocated === e.netFen;
}

/** A reversal is the exact negation of its original, line by line. */
export function reversalNegates(reversal: LedgerAmounts, original: LedgerAmounts): boolean {
  if (reversal.grossFen !== -original.grossFen || reversal.netFen !== -original.netFen) return false;
  if (reversal.deductions.length !== original.deductions.length || reversal.allocations.length !== original.allocations.length) return false;
  const dOk = reversal.deductions.every((d, i) => d.kind === original.deductions[i].kind && d.amountFen === -original.deductions[i].amountFen);
  const aOk = reversal.allocations.every((a, i) => {
    const o = original.allocations[i];
    return a.organizationId === o.organizationId && a.beneficiary === o.beneficiary && a.amountFen === -o.amountFen;
  });
  return dOk && aOk;
}

/** The reversal's amounts: every figure negated, lines in the same order. */
export function negate(e: LedgerAmounts): LedgerAmounts {
  return {
    grossFen: -e.grossFen,
    netFen: -e.netFen,
    deductions: e.deductions.map((d) => ({ kind: d.kind, amountFen: -d.amountFen, remainingFen: -d.remainingFen })),
    allocations: e.allocations.map((a) => ({ ...a, amountFen: -a.amountFen, inventors: a.inventors.map((v) => ({ ...v, amountFen: -v.amountFen })) })),
  };
}

/** What an organization receives from one event (all its lines: ORGANIZATION, or TEACHERS + SCHOOL_FUNDS). */
export function amountFor(e: { allocations: readonly AllocationLine[] }, organizationId: string): number {
  return e.allocations.reduce((s, a) => (a.organizationId === organizationId ? s + a.amountFen : s), 0);
}

/** Request fingerprint: the same externalReference with different figures is a conflict, not a retry. */
export function requestFingerprint(grossFen: number, deductions: readonly { kind: string; amountFen: number }[], receivedOn: string): string {
  return JSON.stringify([grossFen, receivedOn, deductions.map((d) => [d.kind, d.amountFen])]);
}

// ---------------------------------------------------------------- who may

/** Writes an agreement and its ledger: the owner organization's admins (alliance lead, or project lead), a platform admin, a service. */
export function ownsAgreement(actor: Actor, ownerOrganizationId: string): boolean {
  return !!actor.system || isPlatformAdmin(actor) || isOrgAdminOf(actor, ownerOrganizationId);
}

export interface AgreementAccess {
  ownerOrganizationId: string;
  partyOrganizationIds: readonly string[];
  regionCodes: readonly string[];
}

/** Reads an agreement: its owner, its parties' admins, a funder whose region covers the alliance or a party. */
export function readsAgreement(actor: Actor, a: AgreementAccess, funderRegion: string | null): boolean {
  if (ownsAgreement(actor, a.ownerOrganizationId)) return true;
  if (hasRole(actor, 'ORG_ADMIN') && actor.org && a.partyOrganizationIds.includes(actor.org)) return true;
  return funderRegion !== null && hasRole(actor, 'FUNDER') && a.regionCodes.some((r) => regionCovers(funderRegion, r));
}

/** Reads an organization's statement: its admins, a funder whose region covers it, a platform admin, a service. */
export function readsStatement(actor: Actor, organizationId: string, organizationRegion: string, funderRegion: string | null): boolean {
  if (actor.system || isPlatformAdmin(actor) || isOrgAdminOf(actor, organizationId)) return true;
  return funderRegion !== null && hasRole(actor, 'FUNDER') && regionCovers(funderRegion, organizationRegion);
}
