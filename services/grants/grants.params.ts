/** Parameter validators of the grants actions (fastest-validator schemas; the matching types are in the contract). */
import { after, enumOf, first, idList, objectId, optionalDate, optionalObjectId, optionalReason, optionalText, reason, text } from '../../infra/params.js';
import { moneyInputRule, optionalMoneyInputRule } from '../../infra/money.js';
import { APPLICATION_STATUSES, CRITERION_KINDS, DECISIONS } from './grants.contract.js';

/** A 6-digit GB/T 2260 administrative division code. */
const regionCode = { type: 'string', pattern: /^\d{6}$/, messages: { stringPattern: "'{field}' must be a 6-digit administrative division code." } } as const;
const optionalBoolean = { type: 'boolean', optional: true, nullable: true } as const;

export const createProgramParams = {
  code: { type: 'string', trim: true, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/, messages: { stringPattern: "'code' must be 2–64 letters, digits, '.', '_' or '-'." } },
  name: text(200, 2),
  regionCode,
  opensOn: optionalDate,
  closesOn: optionalDate,
  awardAmount: moneyInputRule,
  criteria: { type: 'array', max: 20, items: { type: 'object', strict: 'remove', props: { kind: enumOf(CRITERION_KINDS), threshold: { type: 'number', optional: true, nullable: true, convert: false } } } },
  funderOrganizationId: optionalObjectId,
} as const;

export const listProgramsParams = { funderOrganizationId: optionalObjectId, regionCode: { ...regionCode, optional: true, nullable: true } } as const;
export const evaluateParams = { allianceId: objectId, programId: objectId, asOf: optionalDate, evidence: optionalBoolean } as const;
export const evaluateAlliancesParams = { allianceIds: { ...idList, max: 500 }, programId: objectId, asOf: optionalDate, evidence: optionalBoolean } as const;
export const assessAllianceParams = { allianceId: objectId } as const;
export const evidencePageParams = {
  allianceId: objectId,
  asOf: { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}$/ },
  after: { ...objectId, optional: true, nullable: true },
  first: { type: 'number', integer: true, min: 1, max: 1000, optional: true, nullable: true, convert: false },
} as const;
const evidenceOption = { type: 'boolean', optional: true, nullable: true } as const;
export const submitApplicationParams = { allianceId: objectId, programId: objectId, evidence: evidenceOption } as const;
export const decideApplicationParams = { applicationId: objectId, decision: enumOf(DECISIONS), note: optionalReason(2000), evidence: evidenceOption } as const;
export const getApplicationParams = { id: objectId, evidence: evidenceOption } as const;
export const listApplicationsParams = { programId: optionalObjectId, allianceId: optionalObjectId, status: { ...enumOf(APPLICATION_STATUSES), optional: true, nullable: true }, first, after, evidence: evidenceOption } as const;
export const applicationEvidencePageParams = {
  applicationId: objectId,
  which: { type: 'enum', values: ['evaluation', 'decisionEvaluation'] },
  after: { type: 'string', pattern: /^\d{1,7}$/, optional: true, nullable: true },
  first: { type: 'number', integer: true, min: 1, max: 1000, optional: true, nullable: true, convert: false },
} as const;
export const disqualifyParams = { organizationId: objectId, reason: reason(2000), from: optionalDate, until: optionalDate, futureBookings: { type: 'enum', values: ['KEEP', 'CANCEL'], optional: true, nullable: true } } as const;
export const liftParams = { disqualificationId: objectId, reason: reason(2000) } as const;
export const auditTrailParams = { programId: optionalObjectId, allianceId: optionalObjectId, organizationId: optionalObjectId, first, after } as const;

/** Program edits: every field optional (absent or null: unchanged); `$$strict` refuses code, region or funder (never editable). */
export const updateProgramParams = {
  $$strict: true,
  programId: objectId,
  name: { ...text(200, 2), optional: true, nullable: true },
  opensOn: optionalDate,
  closesOn: optionalDate,
  awardAmount: optionalMoneyInputRule,
  criteria: { ...createProgramParams.criteria, optional: true, nullable: true },
  reason: text(1000),
} as const;
export const closeProgramParams = { programId: objectId, reason: text(1000) } as const;
