/**
 * The evaluation service's bus contract: yearly performance evaluation of alliances (效能评价, 003 篇3 二(四)、五(三);
 * 000: 公开排名和实施奖惩), Henan's pilot cities with their targets and reform lists (001 二, 附件1 问题清单, 附件2
 * 政策清单), and payments of grant awards with the recipient's spending report. Types and constants only.
 */
import type { BusContract } from '../../infra/bus-identity.js';

export const EvaluationAction = {
  /** CreateIndicatorSystemParams → IndicatorSystemDto. A FUNDER, for its region. */
  createSystem: 'evaluation.createSystem',
  /** { regionCode? } → IndicatorSystemDto[]. Any signed-in caller. */
  listSystems: 'evaluation.listSystems',
  /** RunParams → EvaluationRunDto: every alliance of the system's region, computed as of `asOf`; one run per system and year. */
  run: 'evaluation.run',
  /** EnterValueParams → EvaluationRunDto: a funder-entered indicator value with its evidence (before publishing). */
  enterValue: 'evaluation.enterValue',
  /** { runId } → EvaluationRunDto (PUBLISHED): the ranking becomes public. */
  publish: 'evaluation.publish',
  /** RecordOutcomeParams → EvaluationRunDto: a reward or penalty (奖惩) on one alliance's row. */
  recordOutcome: 'evaluation.recordOutcome',
  /** { runId } → EvaluationRunDto: funders covering the region; anyone once published. */
  getRun: 'evaluation.getRun',
  /** { regionCode? } → EvaluationRunDto[] the caller may see. */
  listRuns: 'evaluation.listRuns',
  /** { regionCode? } → PublicRankingDto[]: published rankings only. Any caller (anonymous through the gateway). */
  publicRankings: 'evaluation.publicRankings',
  /** RecordPilotCityParams → PilotCityDto. A provincial FUNDER whose region covers the city. */
  recordPilotCity: 'evaluation.recordPilotCity',
  /** { regionCode? } → PilotCityProgressDto[]: a provincial funder its cities, a city funder its own. */
  pilotCities: 'evaluation.pilotCities',
  /** RecordAchievementParams → PilotCityProgressDto: an entered achievement (an industry, a base, a school/major) with evidence. */
  recordAchievement: 'evaluation.recordAchievement',
  /** AddListItemParams → ListItemDto: a problem (问题清单) or policy (政策清单) item. The city's or the province's funder. */
  addListItem: 'evaluation.addListItem',
  /** UpdateListItemParams → ListItemDto: status (and note). */
  updateListItem: 'evaluation.updateListItem',
  /** RecordPaymentParams → PaymentDto: a payment on an approved grant award. The program's funder. */
  recordPayment: 'evaluation.recordPayment',
  /** SpendingReportParams → PaymentDto: the recipient's spending report. The recipient's ORG_ADMIN. */
  fileSpendingReport: 'evaluation.fileSpendingReport',
  /** { applicationId } → PaymentDto[]: the funder and the recipient. */
  payments: 'evaluation.payments',
} as const;
export type EvaluationAction = (typeof EvaluationAction)[keyof typeof EvaluationAction];

/**
 * Where an indicator's value comes from. Computed kinds read the platform as of the evaluation date:
 * MEMBERS / SCHOOLS / ENTERPRISES (alliances.countMembers), AGREEMENTS_IN_FORCE / PLACEMENTS / APPRENTICES /
 * GRADUATES_RETAINED (cooperation.allianceFigures), TRAINING_BASES / PROJECTS (bases and projects of the alliance);
 * ENTERED: typed in by the funder with evidence.
 */
export const INDICATOR_SOURCES = ['MEMBERS', 'SCHOOLS', 'ENTERPRISES', 'AGREEMENTS_IN_FORCE', 'PLACEMENTS', 'APPRENTICES', 'GRADUATES_RETAINED', 'TRAINING_BASES', 'PROJECTS', 'ENTERED'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];
export interface Indicator {
  key: string;
  name: string;
  /** Percent; an indicator system's weights sum to 100. */
  weight: number;
  source: IndicatorSource;
}
export interface CreateIndicatorSystemParams {
  code: string;
  name: string;
  regionCode: string;
  indicators: Indicator[];
}
export interface IndicatorSystemDto extends CreateIndicatorSystemParams {
  id: string;
  funderOrganizationId: string;
  createdAt: string;
}
export interface RunParams {
  systemId: string;
  year: number;
  /** Default: the year's last day, or today when that is later (never the future). */
  asOf?: string | null;
}
export interface IndicatorValue {
  key: string;
  /** Null when the source could not be asked (then `unavailable`) or an ENTERED value is not in yet. */
  value: number | null;
  /** Points: value / best value among the alliances × weight, two decimals. */
  points: number;
  evidence: string | null;
}
export interface RunRow {
  allianceId: string;
  allianceName: string;
  regionCode: string;
  values: IndicatorValue[];
  total: number;
  rank: number;
  outcomes: { kind: 'REWARD' | 'PENALTY'; description: string; on: string; by: string }[];
}
export interface EvaluationRunDto {
  id: string;
  systemId: string;
  systemName: string;
  funderOrganizationId: string;
  regionCode: string;
  year: number;
  asOf: string;
  status: 'DRAFT' | 'PUBLISHED';
  publishedOn: string | null;
  /** Sources that did not answer when the run was computed. */
  unavailable: string[];
  rows: RunRow[];
  createdAt: string;
}
export interface EnterValueParams {
  runId: string;
  allianceId: string;
  key: string;
  value: number;
  evidence: string;
}
export interface RecordOutcomeParams {
  runId: string;
  allianceId: string;
  kind: 'REWARD' | 'PENALTY';
  description: string;
}
export interface PublicRankingDto {
  runId: string;
  systemName: string;
  regionCode: string;
  year: number;
  asOf: string;
  publishedOn: string;
  rows: { rank: number; allianceName: string; total: number }[];
}

/** Pilot-city targets (001 二: 2个以上产教融合型行业, 20个左右省级产教融合型企业, 3个左右高水平实训基地, 至少1所院校或2-3个专业(群)). */
export const TARGET_KINDS = ['INDUSTRIES', 'PROVINCIAL_ENTERPRISES', 'HIGH_LEVEL_BASES', 'LEADING_SCHOOLS', 'LEADING_MAJORS'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
/** The 001 figures, the seed program's targets (by 2025). LEADING_SCHOOLS 1 or LEADING_MAJORS 2 (either meets the seed's "或"). */
export const HENAN_PILOT_TARGETS: { kind: TargetKind; target: number }[] = [
  { kind: 'INDUSTRIES', target: 2 },
  { kind: 'PROVINCIAL_ENTERPRISES', target: 20 },
  { kind: 'HIGH_LEVEL_BASES', target: 3 },
  { kind: 'LEADING_SCHOOLS', target: 1 },
  { kind: 'LEADING_MAJORS', target: 2 },
];
export interface RecordPilotCityParams {
  regionCode: string;
  name: string;
  /** Default HENAN_PILOT_TARGETS. */
  targets?: { kind: TargetKind; target: number }[] | null;
  /** Default 2025-12-31 (001 二: 到2025年). */
  deadline?: string | null;
}
export interface RecordAchievementParams {
  pilotCityId: string;
  kind: Exclude<TargetKind, 'PROVINCIAL_ENTERPRISES'>;
  label: string;
  evidence: string;
  on?: string | null;
}
export const LIST_KINDS = ['PROBLEM', 'POLICY'] as const;
export const ITEM_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export interface AddListItemParams {
  pilotCityId: string;
  list: (typeof LIST_KINDS)[number];
  title: string;
  content: string;
  /** 责任部门. */
  owner: string;
  deadline: string;
}
export interface UpdateListItemParams {
  itemId: string;
  status: ItemStatus;
  note?: string | null;
}
export interface ListItemDto {
  id: string;
  pilotCityId: string;
  list: (typeof LIST_KINDS)[number];
  title: string;
  content: string;
  owner: string;
  deadline: string;
  status: ItemStatus;
  /** Not DONE and the deadline has passed (platform today). */
  overdue: boolean;
  history: { status: ItemStatus; on: string; by: string; note: string | null }[];
}
export interface PilotCityDto {
  id: string;
  regionCode: string;
  name: string;
  provinceFunderOrganizationId: string;
  targets: { kind: TargetKind; target: number }[];
  deadline: string;
  achievements: { kind: TargetKind; label: string; evidence: string; on: string; by: string }[];
}
export interface PilotCityProgressDto extends PilotCityDto {
  progress: { kind: TargetKind; target: number; actual: number; met: boolean; source: 'PLATFORM' | 'ENTERED' }[];
  items: ListItemDto[];
  overdueItems: number;
}

export interface RecordPaymentParams {
  applicationId: string;
  paidOn: string;
  /** Decimal yuan. */
  amount: string;
  voucherRef: string;
  /** What the money may be spent on (e.g. the ¥100,000 base subsidy: 实训基地建设). */
  permittedUse: string;
}
export interface SpendingReportParams {
  paymentId: string;
  items: { purpose: string; amount: string }[];
  summary: string;
}
export interface PaymentDto {
  id: string;
  applicationId: string;
  funderOrganizationId: string;
  recipientOrganizationId: string;
  paidOn: string;
  amountFen: number;
  voucherRef: string;
  permittedUse: string;
  spending: { items: { purpose: string; amountFen: number }[]; summary: string; filedOn: string; by: string; totalFen: number } | null;
  createdAt: string;
}

export const EvalRule = {
  WEIGHTS_SUM: 'WEIGHTS_SUM',
  RUN_EXISTS: 'RUN_EXISTS',
  PUBLISHED: 'PUBLISHED',
  NOT_ENTERED: 'NOT_ENTERED',
  NOT_AWARDED: 'NOT_AWARDED',
  OVERPAID: 'OVERPAID',
  OVERSPENT: 'OVERSPENT',
  PILOT_CITY_EXISTS: 'PILOT_CITY_EXISTS',
} as const;

export const EvaluationEvent = {} as const;

export const EvaluationBus: BusContract = {
  service: 'evaluation',
  actions: Object.values(EvaluationAction),
  events: [],
  calls: ['organizations', 'alliances', 'cooperation', 'trainingBases', 'projects', 'certification', 'grants'],
};
