/**
 * Pure rules of revenue-split agreements and the revenue ledger: no broker, no database. The arithmetic lives beside
 * it, pure as well: splitting amounts in allocation.ts, the ledger's checks and the statement fold in ledger.ts.
 */
import { hasRole, regionCovers, regionPrefix, type Actor } from '../../infra/auth.js';
import { adminOf } from '../../infra/authz.js';
import { assertDate, assertNotFuture, isValidDate } from '../../infra/dates.js';
import { badInput, ErrorCode, failedPrecondition, type Problem } from '../../infra/errors.js';
import { inForceOn } from '../../infra/in-force.js';
import { RevenueRule } from '../../infra/reasons.js';
import { allocate, applyDeductions } from './allocation.js';
import {
  DEFAULT_DEDUCTION_KINDS,
  FULL_BP,
  REVERSAL_PREFIX,
  type AgreementVersion,
  type AllocationLine,
  type DeductionLine,
  type OwnerKind,
  type PartyInput,
  type PartyTerms,
  type PolicyVersion,
  type RevenuePolicy,
} from './revenue.contract.js';
import { msg } from '../../infra/message-registry.js';
import { P, type Msg } from '../../infra/messages.js';

export { DEFAULT_DEDUCTION_KINDS, REVERSAL_PREFIX };
export type { AgreementVersion, PartyInput, PartyTerms, PolicyVersion, RevenuePolicy };

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

// ---------------------------------------------------------------- regional policies

/**
 * Regional policies are data owned by a region (GB/T 2260) with dated versions; an alliance's agreement follows the
 * policy in force for the alliance's region on the agreement's date, the nearest covering region winning (a Liuzhou
 * 450200 policy over a Guangxi 450000 one for an alliance in 450203). Seed passages: seeds/003 篇3 (柳州: 学校对外开展
 * 技术开发、技术转让…取得的收入结余, 可提取70%以上用于教师劳动报酬) and 篇7 (西安: 所得收入的50%可用于进行绩效分配,
 * 其余50%可用于院校公用经费); the initial data is in revenue.seed.ts.
 */
export interface PolicyData {
  code: string;
  name: string;
  regionCode: string;
  versions: readonly PolicyVersion[];
}

/** A policy code: upper-case letters, digits, '_' and '-', 2–40 characters, starting with a letter (e.g. LIUZHOU). */
export const POLICY_CODE_RE = /^[A-Z][A-Z0-9_-]{1,39}$/;
/** Policy codes are compared upper-cased and trimmed. */
export const normalizePolicyCode = (code: string): string => code.trim().toUpperCase();

/**
 * The version of a policy in force on a date: the latest whose `validFrom` is on or before it (infra/in-force.ts),
 * unless that version ended (`validUntil`, inclusive) before the date. Null before the first version or in a gap.
 */
export function policyVersionOn(versions: readonly PolicyVersion[], date: string): PolicyVersion | null {
  const v = inForceOn(versions, date, (x) => x.validFrom);
  return v && (v.validUntil === null || date <= v.validUntil) ? v : null;
}

/** A policy with the version applied. */
export interface PolicyAt<P extends PolicyData = PolicyData> {
  policy: P;
  version: PolicyVersion;
}

/**
 * The policy an agreement of an alliance in `regionCode` follows on `date`: of the policies whose region covers the
 * alliance's (450000 covers 450200 covers 450203) with a version in force that day, the nearest (the longest region
 * prefix). Null when none is in force.
 */
export function policyInForce<P extends PolicyData>(policies: readonly P[], regionCode: string, date: string): PolicyAt<P> | null {
  let best: PolicyAt<P> | null = null;
  for (const policy of policies) {
    if (!regionCovers(policy.regionCode, regionCode)) continue;
    const version = policyVersionOn(policy.versions, date);
    if (!version) continue;
    if (!best || regionPrefix(policy.regionCode).length > regionPrefix(best.policy.regionCode).length) best = { policy, version };
  }
  return best;
}

/**
 * The policy an agreement (version) follows: the one in force (`policyInForce`). A client naming a policy must name
 * that one. Problems: BAD_USER_INPUT `UNKNOWN_POLICY` (no policy has the code named), FAILED_PRECONDITION
 * `POLICY_NOT_IN_FORCE_FOR_REGION` (another region's policy, or one not in force on the date; data policy,
 * policyInForce, regionCode, date), FAILED_PRECONDITION `NO_POLICY_IN_FORCE` (nothing covers the region that day).
 */
export function choosePolicy<P extends PolicyData>(
  inForce: PolicyAt<P> | null,
  asked: string | null | undefined,
  knownCode: (code: string) => boolean,
  regionCode: string,
  date: string,
): PolicyAt<P> | Problem {
  const code = asked ? normalizePolicyCode(asked) : null;
  if (code && !knownCode(code)) return { code: ErrorCode.BAD_USER_INPUT, ...msg('revenue.unknownPolicy', { code: String(asked) }), data: { field: 'policyCode', rule: RevenueRule.UNKNOWN_POLICY } };
  if (code && code !== inForce?.policy.code) {
    return {
      code: ErrorCode.FAILED_PRECONDITION,
      ...(inForce
        ? msg('revenue.policyOfRegion', { regionCode, code: inForce.policy.code, name: inForce.policy.name, date: P.date(date), asked: code })
        : msg('revenue.noPolicyAsked', { regionCode, date: P.date(date), asked: code })),
      data: { field: 'policyCode', rule: RevenueRule.POLICY_NOT_IN_FORCE_FOR_REGION, policy: code, policyInForce: inForce?.policy.code ?? null, regionCode, date },
    };
  }
  if (!inForce) {
    return {
      code: ErrorCode.FAILED_PRECONDITION,
      ...msg('revenue.noPolicyInForce', { regionCode, date: P.date(date) }),
      data: { field: 'effectiveFrom', rule: RevenueRule.NO_POLICY_IN_FORCE, regionCode, date },
    };
  }
  return inForce;
}

/** The figures and dates of a policy version as given. */
export interface PolicyTermsInput {
  validFrom: string;
  validUntil?: string | null;
  minTeacherShareBp: number;
  maxTeacherShareBp: number;
}

/**
 * What is wrong with a version's dates and bounds (BAD_USER_INPUT), or null: `POLICY_VALIDITY` (a date that is not
 * a calendar date, or `validUntil` before `validFrom`; data field), `POLICY_BOUNDS` (not whole bp with
 * 0 ≤ min ≤ max ≤ 10000; data field).
 */
export function policyTermsProblem(t: PolicyTermsInput): Problem | null {
  const bad = (rule: string, field: string, m: Msg): Problem => ({ code: ErrorCode.BAD_USER_INPUT, ...m, data: { field, rule } });
  if (!isValidDate(t.validFrom)) return bad(RevenueRule.POLICY_VALIDITY, 'validFrom', msg('infra.dateInvalid', { field: 'validFrom', value: t.validFrom }));
  if (t.validUntil != null && !isValidDate(t.validUntil)) return bad(RevenueRule.POLICY_VALIDITY, 'validUntil', msg('infra.dateInvalid', { field: 'validUntil', value: t.validUntil }));
  if (t.validUntil != null && t.validUntil < t.validFrom) return bad(RevenueRule.POLICY_VALIDITY, 'validUntil', msg('revenue.untilBeforeFrom', { until: P.date(t.validUntil), from: P.date(t.validFrom) }));
  const bp = (n: number) => Number.isInteger(n) && n >= 0 && n <= FULL_BP;
  if (!bp(t.minTeacherShareBp)) return bad(RevenueRule.POLICY_BOUNDS, 'minTeacherShareBp', msg('revenue.bpRange', { field: 'minTeacherShareBp', max: FULL_BP }));
  if (!bp(t.maxTeacherShareBp)) return bad(RevenueRule.POLICY_BOUNDS, 'maxTeacherShareBp', msg('revenue.bpRange', { field: 'maxTeacherShareBp', max: FULL_BP }));
  if (t.minTeacherShareBp > t.maxTeacherShareBp) return bad(RevenueRule.POLICY_BOUNDS, 'maxTeacherShareBp', msg('revenue.maxBelowMin', { max: t.maxTeacherShareBp, min: t.minTeacherShareBp }));
  return null;
}

/** A new version must start strictly after the latest one (BAD_USER_INPUT `POLICY_VALIDITY`, field validFrom): versions are append-only. */
export function amendmentDateProblem(latest: PolicyVersion, validFrom: string): Problem | null {
  if (validFrom > latest.validFrom) return null;
  return { code: ErrorCode.BAD_USER_INPUT, ...msg('revenue.versionOrder', { version: latest.version, from: P.date(latest.validFrom), value: validFrom }), data: { field: 'validFrom', rule: RevenueRule.POLICY_VALIDITY } };
}

/** Closing ends the latest version on or after the day it starts (BAD_USER_INPUT `POLICY_VALIDITY`, field validUntil). */
export function closeDateProblem(latest: PolicyVersion, validUntil: string): Problem | null {
  if (isValidDate(validUntil) && validUntil >= latest.validFrom) return null;
  return { code: ErrorCode.BAD_USER_INPUT, ...msg('revenue.closeDate', { from: P.date(latest.validFrom), version: latest.version, value: validUntil }), data: { field: 'validUntil', rule: RevenueRule.POLICY_VALIDITY } };
}

/**
 * Who creates and amends a region's policy: the system, a platform admin, or a FUNDER whose GOVERNMENT organization's
 * region covers the policy's (`funderRegion` from infra/authz.ts `callerFunderRegion`, null for anyone else).
 */
export function governsPolicy(actor: Actor, funderRegion: string | null, regionCode: string): boolean {
  if (adminOf(actor)) return true;
  return funderRegion !== null && hasRole(actor, 'FUNDER') && regionCovers(funderRegion, regionCode);
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

// ---------------------------------------------------------------- recording

/** Client references may not use the ledger's own prefix (BAD_USER_INPUT, field externalReference). */
export function checkExternalReference(externalReference: string): void {
  if (externalReference.toUpperCase().startsWith(REVERSAL_PREFIX)) {
    throw badInput(msg('revenue.reversalPrefixReserved', { prefix: REVERSAL_PREFIX }), { field: 'externalReference' });
  }
}

/** How revenue received on a date is split: by the version in force then. */
export interface Split {
  version: AgreementVersion;
  deductions: DeductionLine[];
  netFen: number;
  allocations: AllocationLine[];
}

/**
 * Splits revenue received on `receivedOn` (gross and deductions in fen) by the version in force that day: the
 * deductions in the version's declared order, then the net by the parties' shares (largest remainder, allocation.ts).
 * Errors (BAD_USER_INPUT): `rule: NO_VERSION_IN_FORCE` (before version 1), `rule: UNDECLARED_DEDUCTION` (data `kind`),
 * `rule: DEDUCTIONS_EXCEED_GROSS` (data `kind`: the deduction that takes the remainder below zero).
 */
export function split(versions: readonly AgreementVersion[], receivedOn: string, grossFen: number, deductions: readonly { kind: string; amountFen: number }[]): Split {
  const v = versionOn(versions, receivedOn);
  if (!v) throw badInput(msg('revenue.noVersionInForce', { date: P.date(receivedOn), first: versions[0]?.effectiveFrom ? P.date(versions[0].effectiveFrom) : '' }), { field: 'receivedOn', rule: RevenueRule.NO_VERSION_IN_FORCE });
  const undeclared = deductions.find((d) => !v.deductionKinds.includes(d.kind));
  if (undeclared) {
    throw badInput(msg('revenue.undeclaredDeduction', { kind: undeclared.kind, version: v.version, any: v.deductionKinds.length ? 'yes' : 'no', declared: v.deductionKinds.join(', ') }), {
      field: 'deductions',
      rule: RevenueRule.UNDECLARED_DEDUCTION,
      kind: undeclared.kind,
    });
  }
  const applied = applyDeductions(grossFen, deductions, v.deductionKinds);
  if (!applied.ok) {
    throw badInput(msg('revenue.deductionsExceedGross', { kind: applied.kind, short: P.money(applied.shortFen) }), {
      field: 'deductions',
      rule: RevenueRule.DEDUCTIONS_EXCEED_GROSS,
      kind: applied.kind,
    });
  }
  return { version: v, deductions: applied.lines, netFen: applied.netFen, allocations: allocate(applied.netFen, v.parties) };
}

/**
 * The date a reversal is booked on: `requested` or today (platform time zone), never in the future, never before
 * the original was received. Errors: FAILED_PRECONDITION `rule: REVERSAL_OF_REVERSAL` (the original is itself a
 * reversal), BAD_USER_INPUT `field: reversedOn`.
 */
export function reversalDate(original: { kind: string; receivedOn: string }, requested: string | null | undefined, todayDate: string): string {
  if (original.kind === 'REVERSAL') throw failedPrecondition(msg('revenue.reversalOfReversal'), { rule: RevenueRule.REVERSAL_OF_REVERSAL });
  const reversedOn = requested ? assertNotFuture(requested, 'reversedOn', todayDate) : todayDate;
  if (reversedOn < original.receivedOn) throw badInput(msg('revenue.reversedBeforeReceived', { reversedOn: P.date(reversedOn), receivedOn: P.date(original.receivedOn) }), { field: 'reversedOn' });
  return reversedOn;
}

/** Request fingerprint: the same externalReference with different figures is a conflict, not a retry (deduction order is irrelevant). */
export function requestFingerprint(grossFen: number, deductions: readonly { kind: string; amountFen: number }[], receivedOn: string): string {
  const sorted = [...deductions].sort((x, y) => x.kind.localeCompare(y.kind) || x.amountFen - y.amountFen);
  return JSON.stringify([grossFen, receivedOn, sorted.map((d) => [d.kind, d.amountFen])]);
}

/** A statement period: two calendar dates, `from` on or before `to` (BAD_USER_INPUT, field `from` / `to`). */
export function checkPeriod(from: string, to: string): void {
  assertDate(from, 'from');
  assertDate(to, 'to');
  if (from > to) throw badInput(msg('revenue.fromAfterTo', { from: P.date(from), to: P.date(to) }), { field: 'from' });
}

// ---------------------------------------------------------------- what filters select (the model's query builders encode these)

/** An agreement an organization owns or is a party to (`involvesOrganizationFilter`). */
export function agreementInvolves(a: { ownerOrganizationId: string; partyOrganizationIds: readonly string[] }, organizationId: string): boolean {
  return a.ownerOrganizationId === organizationId || a.partyOrganizationIds.includes(organizationId);
}

/** An event on an organization's statement for [from, to] (`organizationEventsFilter`). */
export function onOrganizationStatement(e: { organizationIds: readonly string[]; receivedOn: string }, organizationId: string, from: string, to: string): boolean {
  return e.organizationIds.includes(organizationId) && from <= e.receivedOn && e.receivedOn <= to;
}

/** An event on the statement of one of the agreements for [from, to] (`agreementEventsFilter`). */
export function onAgreementStatement(e: { agreementId: string; receivedOn: string }, agreementIds: readonly string[], from: string, to: string): boolean {
  return agreementIds.includes(e.agreementId) && from <= e.receivedOn && e.receivedOn <= to;
}

/** An event after a statement cursor's key in (receivedOn, id) order (`afterKeyFilter`; ids compare as hex text). */
export function afterKey(e: { receivedOn: string; id: string }, key: { receivedOn: string; id: string }): boolean {
  return e.receivedOn > key.receivedOn || (e.receivedOn === key.receivedOn && e.id > key.id);
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

/** Reads an organization's statement (and its agreement list): its admins, a funder whose region covers it, a platform admin, a service. */
export function readsStatement(actor: Actor, organizationId: string, organizationRegion: string, funderRegion: string | null): boolean {
  if (adminOf(actor, organizationId)) return true;
  return funderRegion !== null && hasRole(actor, 'FUNDER') && regionCovers(funderRegion, organizationRegion);
}
