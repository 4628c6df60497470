/** fastest-validator rules for the listings actions' params (types in listings.contract.ts). */
import { after, date, enumOf, first, objectId, optionalDate, optionalObjectId, optionalReason, optionalText, text } from '../../infra/params.js';
import { AGREEMENT_TYPES, CONVERSION_KINDS, LISTING_KINDS, LISTING_SORTS, MAX_INDUSTRIES, MAX_MAJORS } from './listings.contract.js';

const optional = { optional: true, nullable: true } as const;
const money = { type: 'string', pattern: /^\d{1,13}(\.\d{1,2})?$/, ...optional, messages: { stringPattern: "'{field}' must be an amount in yuan with at most two decimals, e.g. 4500.00" } } as const;
const majorRule = { type: 'object', strict: 'remove', props: { code: { type: 'string', pattern: /^\d{6}$/, ...optional }, name: text(60, 1) } } as const;
const industries = { type: 'array', items: { type: 'string', pattern: /^[A-T](\d{2})?$/ }, max: MAX_INDUSTRIES, ...optional } as const;
const majors = { type: 'array', items: majorRule, max: MAX_MAJORS, ...optional } as const;
const regionCode = { type: 'string', pattern: /^\d{6}$/ } as const;
const headcount = { type: 'number', integer: true, min: 1, max: 100_000, convert: false, ...optional } as const;

const listingFields = {
  title: text(120, 2),
  description: text(5000, 2),
  regionCode,
  industries,
  majors,
  headcount,
  periodFrom: optionalDate,
  periodTo: optionalDate,
  payMin: money,
  payMax: money,
  budget: money,
  place: optionalText(200),
  openToNonMembers: { type: 'boolean', ...optional },
  validFrom: optionalDate,
  validTo: date,
} as const;

export const createParams = { organizationId: objectId, kind: enumOf(LISTING_KINDS), ...listingFields, publish: { type: 'boolean', ...optional } } as const;
/** Every field optional (absent: unchanged): the listing's fields, the four a listing must have made optional here. */
export const updateParams = {
  listingId: objectId,
  ...listingFields,
  title: { ...listingFields.title, optional: true },
  description: { ...listingFields.description, optional: true },
  regionCode: { ...regionCode, optional: true },
  validTo: { ...date, optional: true },
} as const;
export const listingIdParams = { listingId: objectId } as const;
export const closeParams = { listingId: objectId, reason: optionalReason(500) } as const;
export const getParams = { id: objectId } as const;
export const getManyParams = { ids: { type: 'array', items: objectId, max: 1_000 } } as const;
export const mineParams = { organizationId: optionalObjectId, first, after } as const;

export const filterProps = {
  query: optionalText(100),
  kinds: { type: 'array', items: enumOf(LISTING_KINDS), max: LISTING_KINDS.length, ...optional },
  regionCode: { ...regionCode, ...optional },
  industry: { type: 'string', pattern: /^[A-T](\d{2})?$/, ...optional },
  major: optionalText(60),
  publishedFrom: optionalDate,
  validOn: optionalDate,
} as const;
export const searchParams = { ...filterProps, sort: { ...enumOf(LISTING_SORTS), ...optional }, first: { ...first, min: 1 }, after } as const;
export const recommendParams = { listingId: objectId, first: { type: 'number', integer: true, min: 1, max: 50, convert: false, ...optional } } as const;
export const expressInterestParams = { listingId: objectId, organizationId: objectId, message: text(2000, 2), ownListingId: optionalObjectId } as const;
export const decideInterestParams = { interestId: objectId, accept: { type: 'boolean' }, note: optionalReason(1000) } as const;
export const interestIdParams = { interestId: objectId } as const;
export const convertParams = {
  interestId: objectId,
  kind: enumOf(CONVERSION_KINDS),
  agreementType: { ...enumOf(AGREEMENT_TYPES), ...optional },
  title: optionalText(200),
  allianceId: optionalObjectId,
  baseId: optionalObjectId,
  start: { type: 'string', max: 40, ...optional },
  end: { type: 'string', max: 40, ...optional },
  headcount,
} as const;
export const interestsParams = { listingId: optionalObjectId, first, after } as const;
export const subscribeParams = { organizationId: objectId, name: text(60, 1), filter: { type: 'object', strict: 'remove', props: filterProps } } as const;
export const subscriptionIdParams = { subscriptionId: objectId } as const;
export const subscriptionsParams = { first, after } as const;
export const matchCountsParams = { organizationIds: { type: 'array', items: objectId, max: 1_000 } } as const;
