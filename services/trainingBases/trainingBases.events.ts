/** Events the trainingBases service publishes (its public bus contract). */
export const TrainingBaseEvent = {
  created: 'trainingBases.created',
  updated: 'trainingBases.updated',
} as const;

export const BookingEvent = {
  /** One event per booking made (a weekly series emits one per occurrence, with the same seriesId). */
  requested: 'trainingBases.bookingRequested',
  confirmed: 'trainingBases.bookingConfirmed',
  rejected: 'trainingBases.bookingRejected',
  cancelled: 'trainingBases.bookingCancelled',
} as const;

export interface TrainingBaseEventPayload {
  baseId: string;
  allianceId: string;
  hostOrganizationId: string;
}

export interface BookingEventPayload {
  bookingId: string;
  baseId: string;
  allianceId: string;
  organizationId: string;
  seriesId: string | null;
  start: string;
  end: string;
  headcount: number;
  purpose: string;
  status: string;
  reason: string | null;
}
