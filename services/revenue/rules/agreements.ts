/**
 * Rules of revenue-split agreements: the check of a version's terms (parties' shares summing to 10000 bp, a school
 * party's teachers' share within the regional policy's bounds, inventors, deduction kinds) and the terms as stored,
 * the version in force on a date, who owns a new agreement (the alliance's or the project's lead) and when an
 * amendment may take effect; who writes and who reads an agreement, and which agreements involve an organization.
 * Part of revenue.rules.ts.
 */
import { hasRole, regionCovers, type Actor } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { badInput, failedPrecondition } from '../../../infra/errors.js';
import { inForceOn } from '../../../infra/in-force.js';
import { RevenueRule } from '../../../infra/reasons.js';
import { FULL_BP, type OwnerKind, type PartyInput, type PartyTerms, type RevenuePolicy } from '../revenue.contract.js';
import { msg } from '../../../infra/message-registry.js';
import { P, type Msg } from '../../../infra/messages.js';

/** What the terms check reads of a policy: its name and the bounds of the version applied. */
export type PolicyBounds = Pick<RevenuePolicy, 'code' | 'name' | 'minTeacherShareBp' | 'maxTeacherShareBp'>;

export const DEDUCTION_KIND_RE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** Names of the rules an agreement's terms can break: clients get one in `extensions.details.rule`. */
export const TermsRule = {
  NO_PARTIES: RevenueRule.NO_PARTIES,
  DUPLICATE_PARTY: RevenueRule.DUPLICATE_PARTY,
  SHARE_RANGE: RevenueRule.SHARE_RANGE,
  SHARES_SUM: RevenueRule.SHARES_SUM,
  TEACHER_SHARE_REQUIRED: RevenueRule.TEACHER_SHARE_REQUIRED,
  TEACHER_SHARE_ONLY_FOR_SCHOOLS: RevenueRule.TEACHER_SHARE_ONLY_FOR_SCHOOLS,
  POLICY_TEACHER_SHARE: RevenueRule.POLICY_TEACHER_SHARE,
  INVENTORS_ONLY_FOR_SCHOOLS: RevenueRule.INVENTORS_ONLY_FOR_SCHOOLS,
  INVENTOR_SHARES_SUM: RevenueRule.INVENTOR_SHARES_SUM,
  DUPLICATE_INVENTOR: RevenueRule.DUPLICATE_INVENTOR,
  DEDUCTION_KIND: RevenueRule.DEDUCTION_KIND,
} as const;
export type TermsRule = (typeof TermsRule)[keyof typeof TermsRule];

export interface Violation extends Msg {
  rule: TermsRule;
  organizationId?: string;
}

/**
 * Checks an agreement version's terms against the rules and the regional policy; the first violation, or
 * null. `orgs` gives each party's kind and name (for messages that name the party).
 */
export function checkTerms(
  parties: readonly PartyInput[],
  orgs: ReadonlyMap<string, { kind: string; name: string }>,
  policy: PolicyBounds,
  deductionKinds: readonly string[],
): Violation | null {
  if (parties.length === 0) return { rule: TermsRule.NO_PARTIES, ...msg('revenue.noParties') };
  const seen = new Set<string>();
  let sum = 0;
  for (const p of parties) {
    const org = orgs.get(p.organizationId);
    const who = org ? org.name : p.organizationId;
    if (seen.has(p.organizationId)) return { rule: TermsRule.DUPLICATE_PARTY, ...msg('revenue.duplicateParty', { who }), organizationId: p.organizationId };
    seen.add(p.organizationId);
    if (!Number.isInteger(p.shareBp) || p.shareBp < 1 || p.shareBp > FULL_BP) {
      return { rule: TermsRule.SHARE_RANGE, ...msg('revenue.shareRange', { who, max: FULL_BP, value: String(p.shareBp) }), organizationId: p.organizationId };
    }
    sum += p.shareBp;
    const school = org?.kind === 'SCHOOL';
    const t = p.teacherShareBp ?? null;
    if (school && t === null) {
      return { rule: TermsRule.TEACHER_SHARE_REQUIRED, ...msg('revenue.teacherShareRequired', { who }), organizationId: p.organizationId };
    }
    if (!school && t !== null) {
      return { rule: TermsRule.TEACHER_SHARE_ONLY_FOR_SCHOOLS, ...msg('revenue.teacherShareOnlyForSchools', { who }), organizationId: p.organizationId };
    }
    if (t !== null && (!Number.isInteger(t) || t < policy.minTeacherShareBp || t > policy.maxTeacherShareBp)) {
      return {
        rule: TermsRule.POLICY_TEACHER_SHARE,
        ...msg('revenue.policyTeacherShare', { code: policy.code, name: policy.name, min: policy.minTeacherShareBp, max: policy.maxTeacherShareBp, who, value: String(t) }),
        organizationId: p.organizationId,
      };
    }
    const inventors = p.inventors ?? [];
    if (inventors.length && !school) {
      return { rule: TermsRule.INVENTORS_ONLY_FOR_SCHOOLS, ...msg('revenue.inventorsOnlyForSchools', { who }), organizationId: p.organizationId };
    }
    if (inventors.length) {
      const names = new Set<string>();
      let inv = 0;
      for (const v of inventors) {
        const key = v.personId ?? v.name;
        if (names.has(key)) return { rule: TermsRule.DUPLICATE_INVENTOR, ...msg('revenue.duplicateInventor', { inventor: v.name, who }), organizationId: p.organizationId };
        names.add(key);
        inv += v.shareBp;
      }
      if (inv !== FULL_BP) {
        return { rule: TermsRule.INVENTOR_SHARES_SUM, ...msg('revenue.inventorSharesSum', { who, full: FULL_BP, value: String(inv) }), organizationId: p.organizationId };
      }
    }
  }
  if (sum !== FULL_BP) return { rule: TermsRule.SHARES_SUM, ...msg('revenue.sharesSum', { full: FULL_BP, value: String(sum) }) };
  const kinds = new Set<string>();
  for (const k of deductionKinds) {
    if (!DEDUCTION_KIND_RE.test(k)) return { rule: TermsRule.DEDUCTION_KIND, ...msg('revenue.deductionKindFormat', { kind: k }) };
    if (kinds.has(k)) return { rule: TermsRule.DEDUCTION_KIND, ...msg('revenue.deductionKindTwice', { kind: k }) };
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
  return inForceOn(versions, date, (v) => v.effectiveFrom);
}

// ---------------------------------------------------------------- agreements

/** Project as the projects service returns it (only what revenue needs). */
export interface ProjectRef {
  id: string;
  allianceId: string;
  leadOrganizationId: string;
  outputs?: { id?: string; outputId?: string }[];
}

/** Who owns (writes) a new agreement, and the outputs it covers (deduplicated, in the order given). */
export interface AgreementOwner {
  ownerOrganizationId: string;
  ownerKind: OwnerKind;
  outputIds: string[];
}

/**
 * The owner of a new agreement: the alliance's lead, or — when a project is named — the project's lead; outputs
 * must be outputs of the named project. `project` is null when no project is named.
 * Errors: BAD_USER_INPUT `rule: PROJECT_ALLIANCE` (the project belongs to another alliance), `rule: PROJECT_OUTPUT`
 * (an output that is not the project's, or outputs without a project).
 */
export function agreementOwner(alliance: { id: string; leadOrganizationId: string }, project: ProjectRef | null, outputIds: readonly string[] | null | undefined): AgreementOwner {
  const outputs = [...new Set(outputIds ?? [])];
  if (!project) {
    if (outputs.length) throw badInput(msg('revenue.outputsNeedProject'), { field: 'outputIds', rule: RevenueRule.PROJECT_OUTPUT });
    return { ownerOrganizationId: alliance.leadOrganizationId, ownerKind: 'ALLIANCE_LEAD', outputIds: outputs };
  }
  if (project.allianceId !== alliance.id) throw badInput(msg('revenue.projectOtherAlliance'), { field: 'projectId', rule: RevenueRule.PROJECT_ALLIANCE });
  const known = new Set((project.outputs ?? []).map((o) => o.id ?? o.outputId));
  const unknown = outputs.filter((o) => !known.has(o));
  if (unknown.length) throw badInput(msg('revenue.unknownOutputs', { outputs: P.list(unknown) }), { field: 'outputIds', rule: RevenueRule.PROJECT_OUTPUT });
  return { ownerOrganizationId: project.leadOrganizationId, ownerKind: 'PROJECT_LEAD', outputIds: outputs };
}

/**
 * An amendment's effective date: strictly after the last version's (BAD_USER_INPUT `rule: EFFECTIVE_ORDER`) and
 * after any revenue already recorded (FAILED_PRECONDITION `rule: REVENUE_ALREADY_RECORDED`, data `lastReceivedOn`),
 * so recorded revenue keeps the version it was split by.
 */
export function checkAmendmentDate(a: { versions: readonly { version: number; effectiveFrom: string }[]; lastReceivedOn: string }, effectiveFrom: string): void {
  const last = a.versions[a.versions.length - 1];
  if (effectiveFrom <= last.effectiveFrom) {
    throw badInput(msg('revenue.amendmentOrder', { version: last.version, from: P.date(last.effectiveFrom), value: effectiveFrom }), { field: 'effectiveFrom', rule: RevenueRule.EFFECTIVE_ORDER });
  }
  if (a.lastReceivedOn && effectiveFrom <= a.lastReceivedOn) {
    throw failedPrecondition(msg('revenue.revenueAlreadyRecorded', { date: P.date(a.lastReceivedOn) }), {
      field: 'effectiveFrom',
      rule: RevenueRule.REVENUE_ALREADY_RECORDED,
      lastReceivedOn: a.lastReceivedOn,
    });
  }
}

// ---------------------------------------------------------------- what filters select (the model's query builders encode these)

/** An agreement an organization owns or is a party to (`involvesOrganizationFilter`). */
export function agreementInvolves(a: { ownerOrganizationId: string; partyOrganizationIds: readonly string[] }, organizationId: string): boolean {
  return a.ownerOrganizationId === organizationId || a.partyOrganizationIds.includes(organizationId);
}

// ---------------------------------------------------------------- who may

/** Writes an agreement and its ledger: the owner organization's admins (alliance lead, or project lead), a platform admin, a service. */
export function ownsAgreement(actor: Actor, ownerOrganizationId: string): boolean {
  return adminOf(actor, ownerOrganizationId);
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
