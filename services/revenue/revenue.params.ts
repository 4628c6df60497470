/** fastest-validator rules of the revenue actions' params (validated by Moleculer at the boundary). */
import { after, date, first, idList, objectId, optionalDate, optionalReason, optionalText, reason, text } from '../../infra/params.js';
import { moneyInputRule } from '../../infra/money.js';
import { decodeKeyedCursor, encodeKeyedCursor } from '../../infra/pagination.js';

/** Basis points: an integer 0..10000 (the rules check the narrower bounds and sums). */
const bp = { type: 'number', integer: true, min: 0, max: 10_000, convert: false } as const;
const policyCode = { type: 'string', trim: true, min: 1, max: 40 } as const;

const partyRule = {
  type: 'object',
  strict: 'remove',
  props: {
    organizationId: objectId,
    shareBp: bp,
    teacherShareBp: { ...bp, optional: true, nullable: true },
    inventors: {
      type: 'array',
      optional: true,
      nullable: true,
      max: 50,
      items: { type: 'object', strict: 'remove', props: { name: text(100), personId: optionalText(64), shareBp: bp } },
    },
  },
} as const;

const termsParams = {
  parties: { type: 'array', items: partyRule, min: 1, max: 50 },
  deductionKinds: { type: 'array', items: { type: 'string', min: 1, max: 40 }, max: 20, optional: true, nullable: true },
} as const;

const period = { from: date, to: date } as const;

export const createAgreementParams = {
  allianceId: objectId,
  projectId: { ...objectId, optional: true, nullable: true },
  outputIds: { type: 'array', items: { type: 'string', min: 1, max: 64 }, max: 100, optional: true, nullable: true },
  title: text(200, 2),
  policyCode: { ...policyCode, optional: true, nullable: true },
  effectiveFrom: date,
  ...termsParams,
} as const;

export const amendAgreementParams = {
  agreementId: objectId,
  effectiveFrom: date,
  title: { ...text(200, 2), optional: true, nullable: true },
  policyCode: { ...policyCode, optional: true, nullable: true },
  note: optionalReason(500),
  ...termsParams,
} as const;

const regionCode = { type: 'string', pattern: /^\d{6}$/, messages: { stringPattern: "'{field}' must be a 6-digit administrative division code." } } as const;
const optionalBp = { ...bp, optional: true, nullable: true } as const;

export const policyCodeParams = { code: policyCode } as const;
export const policyInForceParams = { regionCode, date } as const;
export const createPolicyParams = {
  code: policyCode,
  name: text(200, 2),
  regionCode,
  validFrom: date,
  validUntil: optionalDate,
  minTeacherShareBp: bp,
  maxTeacherShareBp: bp,
  source: optionalText(1000),
  note: optionalText(500),
} as const;
export const amendPolicyParams = {
  code: policyCode,
  validFrom: date,
  validUntil: optionalDate,
  minTeacherShareBp: optionalBp,
  maxTeacherShareBp: optionalBp,
  source: optionalText(1000),
  note: text(500),
} as const;
export const closePolicyParams = { code: policyCode, validUntil: date, note: text(500) } as const;

export const idParams = { id: objectId } as const;
export const idsParams = { ids: idList } as const;

export const listAgreementsParams = { organizationId: objectId, first, after } as const;

export const recordParams = {
  agreementId: objectId,
  gross: moneyInputRule,
  deductions: {
    type: 'array',
    optional: true,
    nullable: true,
    max: 50,
    items: { type: 'object', strict: 'remove', props: { kind: { type: 'string', trim: true, min: 1, max: 40 }, amount: moneyInputRule } },
  },
  receivedOn: date,
  externalReference: text(200),
} as const;

export const reverseParams = { eventId: objectId, reason: reason(500), reversedOn: optionalDate } as const;

export const statementParams = { organizationId: objectId, ...period } as const;

export const statementPageParams = {
  organizationId: objectId,
  ...period,
  after,
  first: { type: 'number', integer: true, min: 1, max: 1000, optional: true, nullable: true, convert: false },
  // A FenSum: integer fen in decimal (running totals may exceed 2^53 fen).
  openingTotalFen: { type: 'string', pattern: /^-?(0|[1-9]\d{0,39})$/, optional: true, nullable: true, messages: { stringPattern: "'{field}' must be integer fen written in decimal, e.g. 123456." } },
} as const;

/** Events per statement page when `first` is not given. */
export const STATEMENT_PAGE = 500;

export const agreementStatementParams = {
  agreementId: objectId,
  ...period,
  after,
  first: { type: 'number', integer: true, min: 1, max: 1000, optional: true, nullable: true, convert: false },
  openingNetFen: { type: 'string', pattern: /^-?(0|[1-9]\d{0,39})$/, optional: true, nullable: true, messages: { stringPattern: "'{field}' must be integer fen written in decimal, e.g. 123456." } },
} as const;

export const getVersionsOnParams = { agreementIds: idList, date } as const;

export const getAgreementStatementsParams = {
  agreementIds: idList,
  ...period,
  maxEvents: { type: 'number', integer: true, min: 1, max: 5000, optional: true, nullable: true, convert: false },
} as const;

// Statement cursors wrap the (receivedOn, _id) sort key.
const RECEIVED_ON = /\d{4}-\d{2}-\d{2}/;

/** A statement page's cursor for its last line. */
export const encodeStatementCursor = (receivedOn: string, id: string): string => encodeKeyedCursor(receivedOn, id);

/** The (receivedOn, id) key of a statement cursor, null without one; BAD_USER_INPUT (field `after`) for a foreign cursor. */
export function decodeStatementCursor(cursor: string | null | undefined): { receivedOn: string; id: string } | null {
  const k = decodeKeyedCursor(cursor, RECEIVED_ON);
  return k && { receivedOn: k.key, id: k.id };
}
