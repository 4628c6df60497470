/**
 * The grantStandings service's bus contract: the read-model behind "alliances of my region and whether they qualify
 * today", one row per alliance and program. Kept up to date from the events of grants, alliances and organizations
 * (it publishes none) and rebuilt from `grants.assessAlliance` on start, after a transporter reconnect, hourly once
 * the date has moved on, and on demand.
 */
import type { BusContract } from '../../infra/bus-identity.js';
import type { ApplicationStatus } from '../grants/grants.contract.js';
import type { PageArgs } from '../../infra/pagination.js';
import type { MessageRef } from '../../infra/messages.js';

/** Every action of the grantStandings service, by full name. */
export const GrantStandingsAction = {
  /**
   * ListStandingsParams → Page<StandingDto>. A FUNDER (of a GOVERNMENT organization) every row of the alliances in its
   * region, under every program that applies there — its own and other governments' (above or below it); naming a
   * program that applies nowhere in its region is FORBIDDEN. Platform admins all rows.
   */
  list: 'grantStandings.list',
  /** { } → StandingsRebuild. Repairs interrupted grant decisions, then recomputes every row. Platform admins and services. */
  rebuild: 'grantStandings.rebuild',
} as const;
export type GrantStandingsAction = (typeof GrantStandingsAction)[keyof typeof GrantStandingsAction];

/** Whether an alliance qualifies today for a program. */
export interface StandingDto {
  id: string;
  allianceId: string;
  allianceName: string;
  programId: string;
  /** The program named (null only on rows written before rows carried it, until the next recomputation). */
  programCode: string | null;
  programName: string | null;
  programRegionCode: string | null;
  /** The government organization that funds the program. */
  funderOrganizationId: string;
  /** The alliance's region (GB/T 2260). */
  regionCode: string;
  eligible: boolean;
  shortfall: string[];
  /** `shortfall` as catalog messages (the gateway writes them in the caller's language). */
  shortfallI18n?: MessageRef[];
  counts: { total: number; schools: number; enterprises: number; distinctSchoolTypes: number };
  /** The date evaluated (today in the platform time zone when computed). */
  evaluatedOn: string;
  evaluatedAt: string;
  /** The latest application's status, if any. */
  applicationStatus: ApplicationStatus | null;
  awarded: boolean;
}

export interface ListStandingsParams extends PageArgs {
  programId?: string | null;
  eligible?: boolean | null;
}

/** What a rebuild did: alliances recomputed and rows written. */
export interface StandingsRebuild {
  alliances: number;
  standings: number;
}

/**
 * The grantStandings service on the bus: the actions and events it owns and the services it calls. The NATS permissions are
 * generated from it (npm run nats:config), so a change here is a change of who may talk to whom.
 */
export const GrantStandingsBus: BusContract = {
  service: 'grantStandings',
  actions: Object.values(GrantStandingsAction),
  events: [],
  calls: ['grants', 'alliances', 'organizations'],
};
