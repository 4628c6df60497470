/** Events the revenue service publishes (its public bus contract). Amounts are integer fen. */
export const RevenueBusEvent = {
  agreementCreated: 'revenue.agreementCreated',
  agreementAmended: 'revenue.agreementAmended',
  /** A revenue event was appended to the ledger (not emitted again for an idempotent repeat). */
  recorded: 'revenue.recorded',
  /** A reversal event was appended to the ledger. */
  reversed: 'revenue.reversed',
} as const;

export interface AgreementEventPayload {
  agreementId: string;
  allianceId: string;
  version: number;
  effectiveFrom: string;
  partyOrganizationIds: string[];
}

export interface LedgerEventPayload {
  eventId: string;
  agreementId: string;
  allianceId: string;
  kind: 'REVENUE' | 'REVERSAL';
  receivedOn: string;
  netFen: number;
  reversesEventId: string | null;
  allocations: { organizationId: string; beneficiary: string; amountFen: number }[];
}
