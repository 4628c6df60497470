/** The trainingBases service's bus contract (stub: definitions move here in the one-shape step). */
export type { TrainingBaseDto, BookingDto, SlotDto, UtilizationDto, CalendarFeedData, RulesInput, CreateBaseParams, UpdateBaseParams, BookParams } from './trainingBases.service.js';
export { BOOKING_PURPOSES, BOOKING_STATUSES, BASE_STATUSES, SLOT_MINUTES } from './trainingBases.rules.js';
export type { BookingPurpose, BookingStatus, BaseStatus, OpeningHours, BookingRules, InternshipRecord, Interval } from './trainingBases.rules.js';
export * from './trainingBases.events.js';
