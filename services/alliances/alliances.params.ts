/** Action parameter validators of the alliances service (checked by Moleculer at the boundary; types in the contract). */
import { after, date, enumOf, first, idList, objectId, optionalDate, reason, text } from '../../infra/params.js';
import { ORGANIZATION_KINDS } from '../organizations/organizations.contract.js';
import { ALLIANCE_STATUSES, MEMBERSHIP_STATUSES } from './alliances.contract.js';

const regionCode = { type: 'string', pattern: /^\d{6}$/, messages: { stringPattern: "'regionCode' must be a 6-digit administrative division code." } } as const;
const optional = { optional: true, nullable: true } as const;

export const create = {
  name: text(200, 2),
  regionCode,
  industries: { type: 'array', items: text(100), max: 50, ...optional },
  leadOrganizationId: objectId,
  foundedOn: optionalDate,
};
export const setStatus = { allianceId: objectId, status: enumOf(ALLIANCE_STATUSES), effectiveDate: optionalDate };
export const list = {
  filter: {
    type: 'object',
    ...optional,
    strict: 'remove',
    props: {
      regionCode: { type: 'string', pattern: /^\d{6}$/, ...optional },
      status: { ...enumOf(ALLIANCE_STATUSES), ...optional },
      nameContains: { type: 'string', max: 100, ...optional },
      leadOrganizationId: { ...objectId, ...optional },
    },
  },
  first,
  after,
};
export const openMembership = { allianceId: objectId, organizationId: objectId };
export const approve = { membershipId: objectId, effectiveDate: optionalDate };
export const reject = { membershipId: objectId, reason: reason(1000) };
export const end = { membershipId: objectId, effectiveDate: date, reason: reason(1000) };
export const ids = { ids: idList };
export const organizationIds = { organizationIds: idList };
const memberQuery = {
  status: { ...enumOf(MEMBERSHIP_STATUSES), ...optional },
  kind: { ...enumOf(ORGANIZATION_KINDS), ...optional },
  asOf: optionalDate,
  first,
  after,
};
export const members = { allianceId: objectId, ...memberQuery };
export const listMembers = { allianceIds: idList, ...memberQuery };
export const countMembers = { allianceIds: idList, asOf: optionalDate };
export const isActiveMember = { allianceId: objectId, organizationId: objectId, from: date, to: date };
export const activeMembersOn = {
  allianceId: objectId,
  asOf: date,
  first: { type: 'number', integer: true, min: 1, max: 2000, optional: true, nullable: true, convert: false },
  after: { ...objectId, optional: true, nullable: true },
};
export const statusOn = { allianceId: objectId, asOf: date };
export const statusesOn = { allianceIds: idList, date };
export const changeLead = { allianceId: objectId, organizationId: objectId, effectiveDate: optionalDate, reason: text(1000) };
