/** Parameter validators of the evaluation actions (fastest-validator; types in the contract). */
import { date, enumOf, objectId, optionalDate, optionalReason, text } from '../../infra/params.js';
import { INDICATOR_SOURCES, ITEM_STATUSES, LIST_KINDS, TARGET_KINDS } from './evaluation.contract.js';

const regionCode = { type: 'string', pattern: /^\d{6}$/ } as const;
const optionalRegion = { ...regionCode, optional: true, nullable: true } as const;
const int = (min: number, max: number) => ({ type: 'number', integer: true, min, max, convert: false }) as const;
const yuan = { type: 'string', pattern: /^\d{1,14}(\.\d{1,2})?$/ } as const;

export const createSystem = {
  code: { type: 'string', trim: true, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/ },
  name: text(200, 2),
  regionCode,
  indicators: { type: 'array', min: 1, max: 30, items: { type: 'object', strict: 'remove', props: { key: { type: 'string', pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/ }, name: text(100), weight: int(1, 100), source: enumOf(INDICATOR_SOURCES) } } },
} as const;
export const region = { regionCode: optionalRegion } as const;
export const run = { systemId: objectId, year: int(2000, 2100), asOf: optionalDate } as const;
export const enterValue = { runId: objectId, allianceId: objectId, key: { type: 'string', max: 40 }, value: { type: 'number', min: 0, max: 1e12, convert: false }, evidence: text(2000) } as const;
export const runId = { runId: objectId } as const;
export const recordOutcome = { runId: objectId, allianceId: objectId, kind: enumOf(['REWARD', 'PENALTY'] as const), description: text(2000) } as const;
export const recordPilotCity = {
  regionCode,
  name: text(100),
  targets: { type: 'array', optional: true, nullable: true, max: 10, items: { type: 'object', strict: 'remove', props: { kind: enumOf(TARGET_KINDS), target: int(0, 100_000) } } },
  deadline: optionalDate,
} as const;
export const recordAchievement = { pilotCityId: objectId, kind: enumOf(['INDUSTRIES', 'HIGH_LEVEL_BASES', 'LEADING_SCHOOLS', 'LEADING_MAJORS'] as const), label: text(200), evidence: text(2000), on: optionalDate } as const;
export const addListItem = { pilotCityId: objectId, list: enumOf(LIST_KINDS), title: text(200), content: text(5000), owner: text(100), deadline: date } as const;
export const updateListItem = { itemId: objectId, status: enumOf(ITEM_STATUSES), note: optionalReason(2000) } as const;
export const recordPayment = { applicationId: objectId, paidOn: date, amount: yuan, voucherRef: text(100), permittedUse: text(500) } as const;
export const spendingReport = { paymentId: objectId, items: { type: 'array', min: 1, max: 50, items: { type: 'object', strict: 'remove', props: { purpose: text(200), amount: yuan } } }, summary: text(5000) } as const;
export const applicationId = { applicationId: objectId } as const;
