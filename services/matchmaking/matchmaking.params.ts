/** fastest-validator rules for the matchmaking actions (types in matchmaking.contract.ts). */
import { after, date, enumOf, first, objectId, optionalDate, optionalObjectId, text } from '../../infra/params.js';
import { EVENT_KINDS, EVENT_MODES, EVENT_STATUSES, MAX_CAPACITY, OUTCOME_KINDS, REGISTRATION_MODES } from './matchmaking.contract.js';

const optional = { optional: true, nullable: true } as const;
export const createParams = {
  organizerOrganizationId: objectId,
  allianceId: optionalObjectId,
  kind: enumOf(EVENT_KINDS),
  title: text(120, 2),
  theme: text(500, 2),
  date,
  startTime: { type: 'string', pattern: /^([01]\d|2[0-3]):[0-5]\d$/, ...optional },
  mode: enumOf(EVENT_MODES),
  place: text(300, 2),
  regionCode: { type: 'string', pattern: /^\d{6}$/ },
  industries: { type: 'array', items: { type: 'string', pattern: /^[A-T](\d{2})?$/ }, max: 10, ...optional },
  registrationMode: enumOf(REGISTRATION_MODES),
  capacity: { type: 'number', integer: true, min: 1, max: MAX_CAPACITY, convert: false },
  registrationClosesOn: optionalDate,
} as const;
export const getParams = { id: objectId } as const;
export const getManyParams = { ids: { type: 'array', items: objectId, max: 1_000 } } as const;
export const listParams = { regionCode: { type: 'string', pattern: /^\d{6}$/, ...optional }, year: { type: 'number', integer: true, min: 2000, max: 2100, convert: false, ...optional }, status: { ...enumOf(EVENT_STATUSES), ...optional }, first, after } as const;
export const inviteParams = { eventId: objectId, organizationIds: { type: 'array', items: objectId, min: 1, max: 500 } } as const;
export const registerParams = { eventId: objectId, organizationId: objectId } as const;
export const registrationsParams = { eventId: objectId, first, after } as const;
export const attendanceParams = { eventId: objectId, organizationId: objectId, attended: { type: 'boolean' }, representatives: { type: 'number', integer: true, min: 0, max: 1_000, convert: false, ...optional } } as const;
export const outcomeParams = { eventId: objectId, kind: enumOf(OUTCOME_KINDS), id: { type: 'string', min: 1, max: 64 }, organizationIds: { type: 'array', items: objectId, max: 50 } } as const;
export const setStatusParams = { eventId: objectId, status: { type: 'enum', values: ['HELD', 'CANCELLED'] } } as const;
export const figuresParams = { eventId: objectId } as const;
export const yearFiguresParams = { year: { type: 'number', integer: true, min: 2000, max: 2100, convert: false }, regionCode: { type: 'string', pattern: /^\d{6}$/, ...optional } } as const;
