/** Action parameter schemas (fastest-validator, checked by Moleculer at the boundary); types in the contract. */
import { after, date, enumOf, first, idList, objectId, optionalReason, optionalText, reason, text } from '../../infra/params.js';
import { BASE_STATUSES, BOOKING_PURPOSES, BOOKING_STATUSES } from './trainingBases.contract.js';

const DATETIME = { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, messages: { stringPattern: "'{field}' must be an ISO 8601 date-time with an offset." } } as const;
const optionalDateTime = { ...DATETIME, optional: true, nullable: true } as const;
const optionalBoolean = { type: 'boolean', optional: true, nullable: true } as const;
const hoursRule = {
  type: 'array',
  max: 50,
  items: { type: 'object', strict: 'remove', props: { weekday: { type: 'number', integer: true, min: 1, max: 7, convert: false }, opens: { type: 'string', pattern: /^\d{2}:\d{2}$/ }, closes: { type: 'string', pattern: /^\d{2}:\d{2}$/ } } },
} as const;
const rulesRule = {
  type: 'object',
  optional: true,
  nullable: true,
  strict: 'remove',
  props: {
    minMinutes: { type: 'number', integer: true, min: 15, max: 1440, optional: true, nullable: true, convert: false },
    maxMinutes: { type: 'number', integer: true, min: 15, max: 1440, optional: true, nullable: true, convert: false },
    maxDaysAhead: { type: 'number', integer: true, min: 1, max: 730, optional: true, nullable: true, convert: false },
    monthlyStationHoursCap: { type: 'number', integer: true, min: 1, max: 1_000_000, optional: true, nullable: true, convert: false },
  },
} as const;
const datesRule = { type: 'array', items: date, max: 400 } as const;
const capacityRule = { type: 'number', integer: true, min: 1, max: 10_000, convert: false } as const;
const headcountRule = { type: 'number', integer: true, min: 1, max: 10_000, convert: false } as const;
const disciplinesRule = { type: 'array', items: text(100), max: 50, optional: true, nullable: true } as const;
/** Batch actions answer at most the gateway's DataLoader batch (200) and then some. */
const baseIds = { type: 'array', items: objectId, max: 1_000 } as const;
const bookingFilter = { from: optionalDateTime, to: optionalDateTime, status: { ...enumOf(BOOKING_STATUSES), optional: true, nullable: true }, first, after } as const;
/** One booking's time and purpose: shared by `book` and `importBooking`. */
const bookingSlot = { baseId: objectId, organizationId: objectId, start: DATETIME, end: DATETIME, headcount: headcountRule, purpose: enumOf(BOOKING_PURPOSES) } as const;

/** The params schema of every action, by action (short) name. */
export const P = {
  create: {
    allianceId: objectId,
    hostOrganizationId: objectId,
    name: text(200, 2),
    timeZone: text(64),
    capacity: capacityRule,
    requiresApproval: optionalBoolean,
    openingHours: hoursRule,
    closedDates: { ...datesRule, optional: true, nullable: true },
    address: optionalText(300),
    disciplines: disciplinesRule,
    rules: rulesRule,
  },
  update: {
    baseId: objectId,
    name: { ...text(200, 2), optional: true, nullable: true },
    address: optionalText(300),
    disciplines: disciplinesRule,
    capacity: { ...capacityRule, optional: true, nullable: true },
    requiresApproval: optionalBoolean,
    openingHours: { ...hoursRule, optional: true, nullable: true },
    rules: rulesRule,
    status: { ...enumOf(BASE_STATUSES), optional: true, nullable: true },
    cancelConflicting: optionalBoolean,
    reason: optionalReason(1000),
  },
  addClosedDates: { baseId: objectId, dates: { ...datesRule, min: 1 }, cancelConflicting: optionalBoolean, reason: optionalReason(1000) },
  removeClosedDates: { baseId: objectId, dates: { ...datesRule, min: 1 } },
  list: { allianceId: objectId, first, after },
  listByAlliances: { allianceIds: { type: 'array', items: objectId, max: 1_000 }, first, after },
  availability: { baseId: objectId, from: DATETIME, to: DATETIME },
  getAvailability: { baseIds, from: DATETIME, to: DATETIME },
  book: {
    ...bookingSlot,
    idempotencyKey: { type: 'string', min: 1, max: 200, optional: true, nullable: true },
    recurrence: { type: 'object', optional: true, nullable: true, strict: 'remove', props: { until: date } },
  },
  importBooking: { ...bookingSlot, status: { type: 'enum', values: ['COMPLETED', 'CANCELLED'], optional: true, nullable: true } },
  approve: { id: objectId },
  reject: { id: objectId, reason: reason(1000) },
  cancel: { id: objectId, reason: reason(1000) },
  getBookings: { ids: idList },
  bookings: { baseId: objectId, ...bookingFilter },
  listBookingsOfBases: { baseIds, ...bookingFilter },
  myBookings: { from: optionalDateTime, to: optionalDateTime, first: { type: 'number', integer: true, min: 1, max: 500, optional: true, nullable: true, convert: false }, after },
  utilization: { baseId: objectId, from: DATETIME, to: DATETIME },
  getUtilization: { baseIds, from: DATETIME, to: DATETIME },
  internshipService: { baseId: objectId },
  getInternshipServices: { baseIds },
  getCalendarFeedTokens: { baseIds },
  revokeCalendarFeed: { baseId: objectId },
  calendarFeed: { baseId: objectId, feedToken: { type: 'string', min: 10, max: 200 } },
  sweep: {},
  cancelBookingsOfDisqualified: { organizationId: objectId, disqualificationId: objectId, until: date, reason: reason(2000), by: { type: 'string', max: 200, optional: true, nullable: true } },
} as const;
