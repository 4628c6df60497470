/**
 * Training bases: a base of an alliance hosted by one of its members, with its stations, time zone, weekly opening
 * hours on slot boundaries, closed dates, booking rules and status; the params that register, change and list bases
 * (a restricting change either refuses or cancels the bookings in its way); the payload of
 * `trainingBases.created` / `trainingBases.updated`. Part of the trainingBases contract: import it through
 * trainingBases.contract.ts.
 */
import type { BookingStatus } from './bookings.js';
import type { PageParams } from './common.js';

/** ACTIVE takes bookings; SUSPENDED takes none (existing ones stand); CLOSED for good. */
export const BASE_STATUSES = ['ACTIVE', 'SUSPENDED', 'CLOSED'] as const;
export type BaseStatus = (typeof BASE_STATUSES)[number];
/** Capacity is counted per slot of this many minutes; bookings start and end on slot boundaries (local time). */
export const SLOT_MINUTES = 15;

/** Weekly opening hours of a base, local time. */
export interface OpeningHours {
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** 'HH:MM' on a slot boundary. */
  opens: string;
  /** 'HH:MM' on a slot boundary, after `opens` ('24:00' allowed). */
  closes: string;
}

/** Booking rules of a base. */
export interface BookingRules {
  /** Shortest booking, minutes (multiple of 15). */
  minMinutes: number;
  /** Longest booking, minutes (multiple of 15, at most a day). */
  maxMinutes: number;
  /** How far ahead a booking may start, in days. */
  maxDaysAhead: number;
  /** Per booking organization and calendar month (base time zone): station-hours cap, null = no cap. */
  monthlyStationHoursCap: number | null;
}

// ------------------------------------------------------------------ DTOs

/** A training base of an alliance, hosted by one of its members. */
export interface TrainingBaseDto {
  id: string;
  allianceId: string;
  hostOrganizationId: string;
  leadOrganizationId: string;
  regionCode: string;
  name: string;
  address: string | null;
  disciplines: string[];
  /** IANA time zone, e.g. Asia/Shanghai: opening hours, closed dates and months are in it. */
  timeZone: string;
  /** Stations. */
  capacity: number;
  requiresApproval: boolean;
  openingHours: OpeningHours[];
  /** Sorted 'YYYY-MM-DD' dates. */
  closedDates: string[];
  rules: BookingRules;
  status: BaseStatus;
  createdAt: string;
}

/** A booking in the way of a change of its base (CONFLICT `data.bookings`). */
export interface BookingSummary {
  id: string;
  organizationId: string;
  start: string;
  end: string;
  headcount: number;
  status: BookingStatus;
}

// ------------------------------------------------------------------ params

/** Booking rules to change; null or missing fields keep their value (the cap may be cleared with null). */
export interface RulesInput {
  minMinutes?: number | null;
  maxMinutes?: number | null;
  maxDaysAhead?: number | null;
  monthlyStationHoursCap?: number | null;
}

/** `trainingBases.create`: a base of an alliance hosted by `hostOrganizationId` (an active member). */
export interface CreateBaseParams {
  allianceId: string;
  hostOrganizationId: string;
  name: string;
  timeZone: string;
  capacity: number;
  requiresApproval?: boolean | null;
  openingHours: OpeningHours[];
  closedDates?: string[] | null;
  address?: string | null;
  disciplines?: string[] | null;
  rules?: RulesInput | null;
}

/** What to do with bookings a restricting change leaves without room. */
export interface ConflictHandling {
  /** Cancel (with notice, `reason` recorded) the bookings the change leaves without room, instead of refusing. */
  cancelConflicting?: boolean | null;
  reason?: string | null;
}

/** `trainingBases.update`: only the fields given change. */
export interface UpdateBaseParams extends ConflictHandling {
  baseId: string;
  name?: string | null;
  address?: string | null;
  disciplines?: string[] | null;
  capacity?: number | null;
  requiresApproval?: boolean | null;
  openingHours?: OpeningHours[] | null;
  rules?: RulesInput | null;
  status?: BaseStatus | null;
}

/** `trainingBases.addClosedDates`: local dates 'YYYY-MM-DD'. */
export interface AddClosedDatesParams extends ConflictHandling {
  baseId: string;
  dates: string[];
}

/** `trainingBases.removeClosedDates`: local dates 'YYYY-MM-DD'. */
export interface RemoveClosedDatesParams {
  baseId: string;
  dates: string[];
}

/** `trainingBases.list`: an alliance's bases. */
export interface ListBasesParams extends PageParams {
  allianceId: string;
}

/** `listByAlliances`: one page of each alliance's bases. */
export interface ListByAlliancesParams extends PageParams {
  allianceIds: string[];
}

// ------------------------------------------------------------------ events

/** Payload of trainingBases.created / trainingBases.updated. */
export interface TrainingBaseEventPayload {
  baseId: string;
  allianceId: string;
  hostOrganizationId: string;
}
