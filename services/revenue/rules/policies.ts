/**
 * Rules of regional policies for a school party's teachers' share: the version of a policy in force on a date, the
 * policy an agreement follows (the nearest covering region's in force that day, or a refusal of the one a client
 * named), the checks of a version's dates and bounds and of amendment and closing dates, and who governs a
 * region's policy. Pure: refusals come back as `Problem` values. Part of revenue.rules.ts.
 */
import { hasRole, regionCovers, regionPrefix, type Actor } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { isValidDate } from '../../../infra/dates.js';
import { ErrorCode, type Problem } from '../../../infra/errors.js';
import { inForceOn } from '../../../infra/in-force.js';
import { RevenueRule } from '../../../infra/reasons.js';
import { FULL_BP, type PolicyVersion } from '../revenue.contract.js';
import { msg } from '../../../infra/message-registry.js';
import { P, type Msg } from '../../../infra/messages.js';

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
