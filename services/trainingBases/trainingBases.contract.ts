/** The trainingBases service's bus contract (stub: definitions move here in the one-shape step). */
export type { TrainingBaseDto, BookingDto, SlotDto, UtilizationDto, CalendarFeedData, RulesInput, CreateBaseParams, UpdateBaseParams, BookParams } from './trainingBases.service.js';
export { BOOKING_PURPOSES, BOOKING_STATUSES, BASE_STATUSES, SLOT_MINUTES } from './trainingBases.rules.js';
export type { BookingPurpose, BookingStatus, BaseStatus, OpeningHours, BookingRules, InternshipRecord, Interval } from './trainingBases.rules.js';
export * from './trainingBases.events.js';

/** `trainingBases.renderCalendarFeed` params: a base and the subscriber's feed secret (from its calendar URL). */
export interface RenderCalendarFeedParams {
  baseId: string;
  token: string;
}
/** `trainingBases.renderCalendarFeed` answer: the feed as iCalendar text (RFC 5545, CRLF lines) and its file name. */
export interface CalendarFeedText {
  ics: string;
  filename: string;
}
