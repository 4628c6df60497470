/**
 * The trainingBases service's bus contract: action names, params, DTOs, events and the constants clients need.
 * The only file of the service that the gateway, other services, app/, bench and outside tests import: the types of
 * each sub-domain are in contract/ (bases, bookings with availability and reports, calendar feeds, and the params
 * they share) and re-exported here; the action and event names and the bus contract are here.
 * Times travel as ISO 8601 strings (UTC in answers), calendar dates as 'YYYY-MM-DD' in the base's time zone.
 */
import type { BusContract } from '../../infra/bus-identity.js';
import { cacheStaleEvent } from '../../infra/read-cache.js';

export * from './contract/common.js';
export * from './contract/bases.js';
export * from './contract/bookings.js';
export * from './contract/feeds.js';

// ------------------------------------------------------------------ actions

/** Full action names of the trainingBases service. */
export const TrainingBaseAction = {
  create: 'trainingBases.create',
  update: 'trainingBases.update',
  addClosedDates: 'trainingBases.addClosedDates',
  removeClosedDates: 'trainingBases.removeClosedDates',
  get: 'trainingBases.get',
  getMany: 'trainingBases.getMany',
  list: 'trainingBases.list',
  listByAlliances: 'trainingBases.listByAlliances',
  availability: 'trainingBases.availability',
  getAvailability: 'trainingBases.getAvailability',
  book: 'trainingBases.book',
  importBooking: 'trainingBases.importBooking',
  approve: 'trainingBases.approve',
  reject: 'trainingBases.reject',
  cancel: 'trainingBases.cancel',
  getBookings: 'trainingBases.getBookings',
  bookings: 'trainingBases.bookings',
  listBookingsOfBases: 'trainingBases.listBookingsOfBases',
  myBookings: 'trainingBases.myBookings',
  utilization: 'trainingBases.utilization',
  getUtilization: 'trainingBases.getUtilization',
  internshipService: 'trainingBases.internshipService',
  getInternshipServices: 'trainingBases.getInternshipServices',
  getCalendarFeedTokens: 'trainingBases.getCalendarFeedTokens',
  revokeCalendarFeed: 'trainingBases.revokeCalendarFeed',
  calendarFeed: 'trainingBases.calendarFeed',
  /** `RenderCalendarFeedParams` → `CalendarFeedText`: a base's feed as iCalendar text (the gateway's /calendar route). */
  renderCalendarFeed: 'trainingBases.renderCalendarFeed',
  sweep: 'trainingBases.sweep',
  /**
   * `CancelBookingsOfDisqualifiedParams` → `CancelledBookings`: the disqualified organization's bookings that start
   * from now until its ban ends, cancelled with notice (organizations.disqualify with futureBookings CANCEL). Services
   * and platform admins; idempotent (a repeat cancels nothing twice).
   */
  cancelBookingsOfDisqualified: 'trainingBases.cancelBookingsOfDisqualified',
} as const;
export type TrainingBaseAction = (typeof TrainingBaseAction)[keyof typeof TrainingBaseAction];

// ------------------------------------------------------------------ events

/** Events about bases. */
export const TrainingBaseEvent = {
  created: 'trainingBases.created',
  updated: 'trainingBases.updated',
} as const;

/** Events about bookings. */
export const BookingEvent = {
  /** One event per booking made (a weekly series emits one per occurrence, with the same seriesId). */
  requested: 'trainingBases.bookingRequested',
  confirmed: 'trainingBases.bookingConfirmed',
  rejected: 'trainingBases.bookingRejected',
  cancelled: 'trainingBases.bookingCancelled',
} as const;

/**
 * The trainingBases service on the bus: the actions and events it owns and the services it calls. The NATS permissions are
 * generated from it (npm run nats:config), so a change here is a change of who may talk to whom.
 */
export const TrainingBasesBus: BusContract = {
  service: 'trainingBases',
  actions: Object.values(TrainingBaseAction),
  // `<service>.cacheStale`: broadcast after every change, to the nodes caching answers that read it (infra/read-cache.ts).
  events: [...Object.values(TrainingBaseEvent), ...Object.values(BookingEvent), cacheStaleEvent('trainingBases')],
  calls: ['organizations', 'alliances'],
};
