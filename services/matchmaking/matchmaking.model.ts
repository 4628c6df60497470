import { Schema, Types, type Connection, type Model } from 'mongoose';
import { claimModel } from '../../infra/claims.js';
import { EVENT_KINDS, EVENT_MODES, EVENT_STATUSES, OUTCOME_KINDS, REGISTRATION_MODES, REGISTRATION_STATUSES, type EventDto, type OutcomeDto, type RegistrationDto } from './matchmaking.contract.js';

/** A stored event: the DTO without the seat count (read from the seats), with `_id`, Date instants and who created it. */
export interface EventDoc extends Omit<EventDto, 'id' | 'registered' | 'createdAt'> {
  _id: Types.ObjectId;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A stored registration: the DTO with `_id` and Date instants. */
export interface RegistrationDoc extends Omit<RegistrationDto, 'id' | 'registeredAt'> {
  _id: Types.ObjectId;
  registeredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A seat: `_id` `<eventId>:<seatNo>` (1 … capacity). Taking a seat is inserting it; the unique `_id` gives each seat
 * exactly one holder on MongoDB and on the emulator alike (no conditional `$set`, no transaction).
 */
export interface SeatDoc {
  _id: string;
  eventId: string;
  organizationId: string;
  at: Date;
}

/**
 * One seat per organization and event: `_id` `<eventId>:<organizationId>`, inserted before a seat is tried, so two
 * concurrent registrations of the same organization cannot take two seats.
 */
export interface HolderDoc {
  _id: string;
  seatNo: number | null;
  at: Date;
}

const outcomeSchema = new Schema<OutcomeDto>(
  { kind: { type: String, enum: OUTCOME_KINDS, required: true }, id: { type: String, required: true }, organizationIds: { type: [String], default: [] }, recordedAt: { type: String, required: true } },
  { _id: false },
);

const eventSchema = new Schema<EventDoc>(
  {
    kind: { type: String, enum: EVENT_KINDS, required: true },
    title: { type: String, required: true },
    theme: { type: String, required: true },
    organizerOrganizationId: { type: String, required: true },
    allianceId: { type: String, default: null },
    date: { type: String, required: true },
    startTime: { type: String, default: null },
    mode: { type: String, enum: EVENT_MODES, required: true },
    place: { type: String, required: true },
    regionCode: { type: String, required: true },
    industries: { type: [String], default: [] },
    registrationMode: { type: String, enum: REGISTRATION_MODES, required: true },
    capacity: { type: Number, required: true },
    registrationClosesOn: { type: String, required: true },
    status: { type: String, enum: EVENT_STATUSES, required: true },
    outcomes: { type: [outcomeSchema], default: [] },
    rev: { type: Number, required: true, default: 0 },
    createdBy: { type: String, required: true },
  },
  { timestamps: true, collection: 'events', strict: 'throw' },
);
eventSchema.index({ date: -1, _id: -1 });

const registrationSchema = new Schema<RegistrationDoc>(
  {
    eventId: { type: String, required: true },
    organizationId: { type: String, required: true },
    organizationName: { type: String, required: true },
    organizationKind: { type: String, required: true },
    status: { type: String, enum: REGISTRATION_STATUSES, required: true },
    seatNo: { type: Number, default: null },
    attended: { type: Boolean, default: false },
    representatives: { type: Number, default: 0 },
    registeredAt: { type: Date, default: null },
  },
  { timestamps: true, collection: 'registrations', strict: 'throw' },
);
registrationSchema.index({ eventId: 1, organizationId: 1 }, { unique: true });
registrationSchema.index({ eventId: 1, _id: 1 });

const seatSchema = new Schema<SeatDoc>({ _id: { type: String, required: true }, eventId: { type: String, required: true }, organizationId: { type: String, required: true }, at: { type: Date, required: true } }, { collection: 'seats', versionKey: false });
seatSchema.index({ eventId: 1 });
const holderSchema = new Schema<HolderDoc>({ _id: { type: String, required: true }, seatNo: { type: Number, default: null }, at: { type: Date, required: true } }, { collection: 'seatHolders', versionKey: false });

export const seatId = (eventId: string, seatNo: number): string => `${eventId}:${seatNo}`;
export const holderId = (eventId: string, organizationId: string): string => `${eventId}:${organizationId}`;

/** Events of a calendar year (dates are YYYY-MM-DD text, so a range compares correctly). */
export function yearFilter(year: number): Record<string, unknown> {
  return { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } };
}

export function matchmakingModels(conn: Connection) {
  return {
    Event: conn.model<EventDoc>('Event', eventSchema) as Model<EventDoc>,
    Registration: conn.model<RegistrationDoc>('Registration', registrationSchema) as Model<RegistrationDoc>,
    Seat: conn.model<SeatDoc>('Seat', seatSchema) as Model<SeatDoc>,
    Holder: conn.model<HolderDoc>('Holder', holderSchema) as Model<HolderDoc>,
    Claim: claimModel(conn),
  };
}
export type MatchmakingModels = ReturnType<typeof matchmakingModels>;
