/**
 * 产教融合型企业 programs: the basic conditions as data, the review criteria, the notice and validity periods and the
 * dated levy-credit policies a funder sets. Part of the certification contract: import it through certification.contract.ts.
 */
/**
 * A program's basic conditions (基本条件) as data, checked by the platform before review (003 篇6 四(一): the
 * conditions are set, and may be adjusted, by the funder). Counts come from the platform (`cooperation.organizationHistory`,
 * training bases hosted, projects taken part in) or from the declaration's own fields.
 */
export const CONDITION_KINDS = [
  'INDUSTRY_IN',
  'MIN_EMPLOYEES',
  'MIN_AGREEMENTS_IN_FORCE',
  'MIN_INTERN_PERSON_MONTHS',
  'MIN_APPRENTICES',
  'MIN_TRAINING_BASES',
  'MIN_PROJECTS',
  'MIN_ATTACHMENTS',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];
export interface Condition {
  kind: ConditionKind;
  /** The minimum for MIN_* kinds. */
  threshold?: number | null;
  /** The allowed industries for INDUSTRY_IN. */
  values?: string[] | null;
}
/** One scoring criterion of the review (评议): a key, its name, the highest score. */
export interface ReviewCriterion {
  key: string;
  name: string;
  maxScore: number;
}
/** A dated levy-credit rule (003 篇7 §15): the share of the investment credited, and whether an unused credit carries forward. */
export interface LevyPolicy {
  /** First year it applies. */
  fromYear: number;
  /** Basis points: 3000 = 30 %. */
  rateBp: number;
  carryForward: boolean;
}

/** The 003 篇6 二 key fields (重点领域), the default INDUSTRY_IN values of the seed program. */
export const KEY_INDUSTRIES = ['现代农业', '高端装备', '智能制造', '新一代信息技术', '汽车船舶', '航空航天', '钢铁冶金', '能源交通', '节能环保', '建筑装配', '高端软件', '普惠金融', '社会民生'] as const;
/** The national levy rule: 30 % of the investment, carry-forward allowed (003 篇7 §15). */
export const NATIONAL_LEVY_POLICY: LevyPolicy = { fromYear: 2019, rateBp: 3000, carryForward: true };
/** A 公示 period when the program sets none (the seeds give no number; 5 days is the usual practice). */
export const DEFAULT_NOTICE_DAYS = 5;
/** A certification's validity when the program sets none (the seeds give no number). */
export const DEFAULT_VALIDITY_YEARS = 3;

export interface CreateCertProgramParams {
  code: string;
  name: string;
  regionCode: string;
  conditions: Condition[];
  reviewCriteria: ReviewCriterion[];
  /** Reviews (without a declared conflict) needed before a decision. */
  quorum: number;
  /** The average total score needed to approve. */
  passScore: number;
  noticeDays?: number | null;
  validityYears?: number | null;
  levyPolicies?: LevyPolicy[] | null;
  /** A platform admin acting for a government organization. */
  funderOrganizationId?: string | null;
}
export interface CertProgramDto {
  id: string;
  code: string;
  name: string;
  regionCode: string;
  funderOrganizationId: string;
  conditions: Condition[];
  reviewCriteria: ReviewCriterion[];
  quorum: number;
  passScore: number;
  noticeDays: number;
  validityYears: number;
  levyPolicies: LevyPolicy[];
  createdAt: string;
}
