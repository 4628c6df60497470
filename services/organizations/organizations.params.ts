/** Action parameter validators of the organizations service (checked by Moleculer at the boundary; types in the contract). */
import { after, date, enumOf, first, idList, objectId, optionalDate, reason, text } from '../../infra/params.js';
import { DISQUALIFICATION_KINDS, ENTERPRISE_SCALES, FUTURE_BOOKINGS_CHOICES, ORGANIZATION_KINDS, SCHOOL_TYPES } from './organizations.contract.js';

const optional = { optional: true, nullable: true } as const;

export const register = {
  name: text(200, 2),
  kind: enumOf(ORGANIZATION_KINDS),
  schoolType: { ...enumOf(SCHOOL_TYPES), ...optional },
  creditCode: { type: 'string', trim: true, min: 1, max: 40 },
  regionCode: { type: 'string', trim: true, min: 1, max: 12 },
  aboveDesignatedSize: { type: 'boolean', ...optional },
  scale: { ...enumOf(ENTERPRISE_SCALES), ...optional },
};
export const list = {
  filter: {
    type: 'object',
    ...optional,
    strict: 'remove',
    props: {
      kind: { ...enumOf(ORGANIZATION_KINDS), ...optional },
      regionCode: { type: 'string', pattern: /^\d{6}$/, ...optional },
      nameContains: { type: 'string', max: 100, ...optional },
    },
  },
  first,
  after,
};
export const disqualify = { organizationId: objectId, reason: reason(2000), from: optionalDate, until: optionalDate, futureBookings: { ...enumOf(FUTURE_BOOKINGS_CHOICES), ...optional }, kind: { ...enumOf(DISQUALIFICATION_KINDS), ...optional }, sourceRef: { type: 'string', trim: true, max: 200, ...optional } };
export const lift = { disqualificationId: objectId, reason: reason(2000) };
export const disqualifiedOn = { asOf: optionalDate, organizationIds: { ...idList, optional: true } };
export const disqualificationsOf = { organizationIds: idList };

/**
 * Corrections: `$$strict` refuses unknown fields, so a credit code (never correctable) cannot ride along unnoticed
 * (VALIDATION_ERROR). `reason` is required (the history says why).
 */
export const update = {
  $$strict: true,
  organizationId: objectId,
  name: { ...text(200, 2), ...optional },
  regionCode: { type: 'string', trim: true, min: 1, max: 12, ...optional },
  kind: { ...enumOf(ORGANIZATION_KINDS), ...optional },
  schoolType: { ...enumOf(SCHOOL_TYPES), ...optional },
  effectiveDate: optionalDate,
  reason: reason(1000),
};
export const recordDesignatedSize = {
  $$strict: true,
  organizationId: objectId,
  year: { type: 'number', integer: true, convert: false },
  aboveDesignatedSize: { type: 'boolean', convert: false },
  reason: reason(1000),
};
export const classificationsOn = { organizationIds: idList, asOf: date };
export const reclassifiedOn = { asOf: date };
export const standingOf = { organizationIds: { ...idList, min: 1 }, from: optionalDate, to: optionalDate };
