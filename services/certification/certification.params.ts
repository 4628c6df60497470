/** Parameter validators of the certification actions (fastest-validator; the matching types are in the contract). */
import { enumOf, objectId, optionalDate, optionalObjectId, optionalReason, optionalText, reason, text } from '../../infra/params.js';
import { CONDITION_KINDS, DECLARATION_STATUSES, ENTERPRISE_SCALES } from './certification.contract.js';

const regionCode = { type: 'string', pattern: /^\d{6}$/ } as const;
const optionalRegion = { ...regionCode, optional: true, nullable: true } as const;
const int = (min: number, max: number) => ({ type: 'number', integer: true, min, max, convert: false }) as const;
const optionalInt = (min: number, max: number) => ({ ...int(min, max), optional: true, nullable: true }) as const;
const yuan = { type: 'string', pattern: /^\d{1,14}(\.\d{1,2})?$/ } as const;

export const createProgram = {
  code: { type: 'string', trim: true, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/ },
  name: text(200, 2),
  regionCode,
  conditions: {
    type: 'array',
    max: 20,
    items: { type: 'object', strict: 'remove', props: { kind: enumOf(CONDITION_KINDS), threshold: optionalInt(0, 1_000_000), values: { type: 'array', optional: true, nullable: true, max: 50, items: text(50) } } },
  },
  reviewCriteria: { type: 'array', min: 1, max: 20, items: { type: 'object', strict: 'remove', props: { key: { type: 'string', pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/ }, name: text(100), maxScore: int(1, 1000) } } },
  quorum: int(1, 15),
  passScore: int(0, 100_000),
  noticeDays: optionalInt(1, 60),
  validityYears: optionalInt(1, 10),
  levyPolicies: { type: 'array', optional: true, nullable: true, max: 20, items: { type: 'object', strict: 'remove', props: { fromYear: int(2000, 2100), rateBp: int(0, 10_000), carryForward: 'boolean' } } },
  funderOrganizationId: optionalObjectId,
} as const;
export const id = { id: objectId } as const;
export const listPrograms = { regionCode: optionalRegion } as const;
export const createDeclaration = {
  programId: objectId,
  organizationId: objectId,
  industry: text(50),
  scale: enumOf(ENTERPRISE_SCALES),
  employees: int(0, 10_000_000),
  mainBusiness: text(2000),
  cooperationSummary: text(5000),
  contactName: text(50),
  contactPhone: { type: 'string', trim: true, pattern: /^[0-9+\- ]{5,20}$/ },
} as const;
export const attach = { declarationId: objectId, fileName: text(200), contentBase64: { type: 'string', max: 1_000_000 } } as const;
export const declarationId = { declarationId: objectId } as const;
export const assignReviewers = { declarationId: objectId, reviewerOrganizationId: objectId, reviewerIds: { type: 'array', min: 1, max: 15, unique: true, items: { type: 'string', min: 1, max: 200 } } } as const;
export const submitReview = {
  declarationId: objectId,
  conflictOfInterest: 'boolean',
  conflictNote: optionalReason(1000),
  scores: { type: 'array', optional: true, nullable: true, max: 20, items: { type: 'object', strict: 'remove', props: { key: { type: 'string', max: 40 }, score: { type: 'number', convert: false } } } },
  comment: optionalText(2000),
} as const;
export const decide = { declarationId: objectId, decision: enumOf(['APPROVE', 'REJECT'] as const), note: optionalReason(2000), decidedOn: optionalDate } as const;
export const fileObjection = { declarationId: objectId, text: reason(2000) } as const;
export const resolveObjection = { objectionId: objectId, outcome: enumOf(['UPHELD', 'DISMISSED'] as const), resolution: reason(2000) } as const;
export const certify = { declarationId: objectId, validFrom: optionalDate, note: optionalReason(2000) } as const;
export const yearlyReport = { declarationId: objectId, year: int(2000, 2100), summary: text(5000) } as const;
export const falseInformation = { declarationId: objectId, reason: reason(2000) } as const;
export const listDeclarations = { programId: optionalObjectId, organizationId: optionalObjectId, status: { ...enumOf(DECLARATION_STATUSES), optional: true, nullable: true } } as const;
export const publicList = { regionCode: optionalRegion, asOf: optionalDate } as const;
export const audit = { declarationId: optionalObjectId, programId: optionalObjectId } as const;
export const recordLevyYear = { declarationId: objectId, year: int(2000, 2100), investment: yuan, educationSurcharge: yuan, localEducationSurcharge: yuan, note: optionalText(500) } as const;
export const levyCsv = { declarationId: objectId, locale: { type: 'enum', values: ['zh-CN', 'en'], optional: true, nullable: true } } as const;
