/**
 * Calendar feeds: a base's bookings as a subscribable iCalendar feed — the feed's data and events, the secret token
 * that goes into the feed URL, and the params that read the feed or render it as iCalendar text (the gateway's
 * /calendar route). Part of the trainingBases contract: import it through trainingBases.contract.ts.
 */
import type { Locale } from '../../../infra/messages.js';
import type { TrainingBaseDto } from './bases.js';
import type { BookingPurpose, BookingStatus } from './bookings.js';

/** One booking as a calendar feed shows it. */
export interface CalendarFeedEvent {
  id: string;
  start: string;
  end: string;
  status: BookingStatus;
  purpose: BookingPurpose;
  headcount: number;
  organizationName: string;
  updatedAt: string;
}

/** What the gateway's .ics route renders: the base and its bookings from 92 days back to 400 days ahead. */
export interface CalendarFeedData {
  base: TrainingBaseDto;
  generatedAt: string;
  events: CalendarFeedEvent[];
}

/** A calendar subscription secret (goes into the feed URL). */
export interface CalendarFeedToken {
  token: string;
}

// ------------------------------------------------------------------ params

/** `trainingBases.calendarFeed` (gateway only): the feed secret from the URL. */
export interface CalendarFeedParams {
  baseId: string;
  feedToken: string;
}

/** `trainingBases.renderCalendarFeed` params: a base and the subscriber's feed secret (from its calendar URL). */
export interface RenderCalendarFeedParams {
  baseId: string;
  token: string;
  /** The language of the feed's texts (calendar name, SUMMARY, DESCRIPTION): the feed URL's `lang`; default zh-CN. */
  lang?: Locale;
}
/** `trainingBases.renderCalendarFeed` answer: the feed as iCalendar text (RFC 5545, CRLF lines) and its file name. */
export interface CalendarFeedText {
  ics: string;
  filename: string;
}
