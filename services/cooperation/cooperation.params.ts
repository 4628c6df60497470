/** fastest-validator rules for the cooperation actions (types in cooperation.contract.ts). */
import { after, date, enumOf, first, objectId, optionalDate, optionalObjectId, optionalText, reason, text } from '../../infra/params.js';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, CLAIM_STATUSES, COHORT_KINDS, MAX_ATTACHMENT_BYTES, MAX_STUDENTS, OVER_BUDGET, POLICY_KINDS, PREMIUM_PAYERS } from './cooperation.contract.js';

const optional = <T extends object>(rule: T) => ({ ...rule, optional: true, nullable: true }) as const;
const month = { type: 'string', pattern: /^\d{4}-(0[1-9]|1[0-2])$/, messages: { stringPattern: "'{field}' must be a month YYYY-MM." } } as const;
const fen = { type: 'number', integer: true, min: 0, max: Number.MAX_SAFE_INTEGER, convert: false } as const;
const optionalFen = optional(fen);

const major = { type: 'object', strict: 'remove', props: { code: optionalText(20), name: text(100) } } as const;
const obligation = { type: 'object', strict: 'remove', props: { organizationId: objectId, text: text(2000) } } as const;
const student = {
  type: 'object',
  strict: 'remove',
  props: { studentNumber: text(32), name: text(50), major: text(100), year: { type: 'number', integer: true, min: 1, max: 2100, convert: false } },
} as const;
const students = { type: 'array', items: student, min: 1, max: MAX_STUDENTS } as const;

export const createAgreementDraftParams = {
  counterpartOrganizationId: objectId,
  type: enumOf(AGREEMENT_TYPES),
  title: text(200, 2),
  majors: { type: 'array', items: major, max: 50, optional: true },
  origin: { type: 'object', optional: true, strict: 'remove', props: { kind: enumOf(['LISTING_MATCH', 'EVENT'] as const), id: text(64) } },
  startOn: optionalDate,
  endOn: optionalDate,
  obligations: { type: 'array', items: obligation, max: 50, optional: true, nullable: true },
} as const;
export const updateAgreementDraftParams = {
  agreementId: objectId,
  title: optionalText(200),
  majors: { type: 'array', items: major, max: 50, optional: true, nullable: true },
  startOn: optionalDate,
  endOn: optionalDate,
  obligations: { type: 'array', items: obligation, max: 50, optional: true, nullable: true },
} as const;
export const confirmAgreementParams = { agreementId: objectId, organizationId: optionalObjectId, revision: optional({ type: 'number', integer: true, min: 0, max: 1_000_000, convert: false }) } as const;
/** The base64 text is bounded here at the size the service accepts (+ padding); the exact byte limit is checked after decoding. */
export const uploadSignedCopyParams = { agreementId: objectId, filename: text(200), contentBase64: { type: 'string', max: Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 8 } } as const;
export const agreementIdParams = { agreementId: objectId } as const;
export const terminateParams = { agreementId: objectId, reason: reason(1000) } as const;
export const renewParams = { agreementId: objectId, endOn: date } as const;
export const idParams = { id: objectId } as const;
export const listAgreementsParams = { organizationId: optionalObjectId, status: optional(enumOf(AGREEMENT_STATUSES)), first, after } as const;
export const organizationHistoryParams = { organizationId: objectId, asOf: { ...date, optional: true } } as const;
export const allianceFiguresParams = { allianceId: objectId, asOf: { ...date, optional: true } } as const;

export const createPlacementParams = {
  agreementId: objectId,
  hostOrganizationId: objectId,
  startOn: date,
  endOn: date,
  students,
  monthlyPayFen: fen,
  insurance: {
    type: 'object',
    strict: 'remove',
    props: { insurer: text(100), policyNumber: text(64), coverFrom: date, coverTo: date, premiumPaidBy: enumOf(PREMIUM_PAYERS), deductedFromPay: { type: 'boolean', convert: false } },
  },
  mentor: { type: 'object', strict: 'remove', props: { name: text(50), title: optionalText(50), phone: optionalText(30) } },
} as const;
export const listPlacementsParams = { organizationId: optionalObjectId, agreementId: optionalObjectId, first, after } as const;
export const confirmAttendanceParams = { placementId: objectId, month, studentNumbers: { type: 'array', items: text(32), max: MAX_STUDENTS, optional: true, nullable: true } } as const;
export const placementIdParams = { placementId: objectId } as const;
export const placementIdsParams = { placementIds: { type: 'array', items: objectId, max: 1_000 } } as const;

export const createCohortParams = {
  agreementId: objectId,
  kind: enumOf(COHORT_KINDS),
  name: text(100),
  major: text(100),
  startOn: date,
  endOn: date,
  trainingHours: { type: 'number', integer: true, min: 0, max: 100_000, convert: false },
  students,
} as const;
export const recordCompletionParams = { cohortId: objectId, studentNumber: text(32), completed: { type: 'boolean', convert: false }, certificates: { type: 'array', items: text(100), max: 20, optional: true, nullable: true } } as const;
export const listCohortsParams = { organizationId: optionalObjectId, kind: optional(enumOf(COHORT_KINDS)), first, after } as const;

export const recordGraduateParams = {
  studentNumber: text(32),
  name: text(50),
  major: text(100),
  graduationYear: { type: 'number', integer: true, min: 1990, max: 2100, convert: false },
  employerOrganizationId: objectId,
  startOn: date,
  pillarIndustry: { type: 'boolean', convert: false },
} as const;
export const confirmRetentionParams = { graduateId: objectId, retained: { type: 'boolean', convert: false } } as const;
export const listGraduatesParams = { organizationId: optionalObjectId, first, after } as const;
export const retentionRatesParams = {
  organizationId: optionalObjectId,
  allianceId: optionalObjectId,
  regionCode: { type: 'string', pattern: /^\d{6}$/, optional: true, nullable: true },
  graduationYear: { type: 'number', integer: true, min: 1990, max: 2100, optional: true, nullable: true, convert: false },
} as const;

export const createPolicyParams = {
  regionCode: { type: 'string', pattern: /^\d{6}$/ },
  kind: enumOf(POLICY_KINDS),
  name: text(200),
  validFrom: date,
  validTo: optionalDate,
  parameters: {
    type: 'object',
    strict: 'remove',
    props: {
      perPersonYearFen: optionalFen,
      perInternMonthFen: optionalFen,
      fixedFen: optionalFen,
      continuousMonths: { type: 'number', integer: true, min: 1, max: 120, optional: true, nullable: true, convert: false },
      perGraduateFen: optionalFen,
      yearlyBudgetFen: optionalFen,
      overBudget: optional(enumOf(OVER_BUDGET)),
    },
  },
  source: text(500),
} as const;
export const listPoliciesParams = { regionCode: { type: 'string', pattern: /^\d{6}$/, optional: true, nullable: true }, asOf: optionalDate } as const;
export const assessParams = { organizationId: objectId, policyKind: enumOf(POLICY_KINDS), qualified: { type: 'boolean', convert: false }, note: optionalText(1000) } as const;
export const claimParams = { policyId: objectId, claimantOrganizationId: objectId, periodFrom: date, periodTo: date } as const;
export const decideClaimParams = { claimId: objectId, decision: enumOf(['APPROVE', 'REJECT'] as const), note: optionalText(1000), purpose: optionalText(500) } as const;
export const listClaimsParams = { organizationId: optionalObjectId, status: optional(enumOf(CLAIM_STATUSES)), first, after } as const;
export const workforceParams = { organizationId: objectId, year: { type: 'number', integer: true, min: 1990, max: 2100, convert: false }, employees: { type: 'number', integer: true, min: 0, max: 10_000_000, convert: false } } as const;
export const internQuotaParams = { organizationId: objectId, year: { type: 'number', integer: true, min: 1990, max: 2100, convert: false } } as const;
