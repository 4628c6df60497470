/** An organization's (or an alliance's) cooperation in figures as of a date. Part of the cooperation contract: import it through cooperation.contract.ts. */
/** Counts of an organization's (or an alliance's) cooperation as of a date. */
export interface CooperationFigures {
  agreementsInForce: number;
  agreementsTotal: number;
  /** Student placements (one per student and placement) started by asOf. */
  placements: number;
  /** Confirmed intern-months (one student, one month) up to asOf. */
  internPersonMonths: number;
  apprentices: number;
  orderClassStudents: number;
  graduatesPlaced: number;
  graduatesRetained: number;
}
export interface OrganizationHistoryParams {
  organizationId: string;
  asOf?: string;
}
export interface AllianceFiguresParams {
  allianceId: string;
  asOf?: string;
}
