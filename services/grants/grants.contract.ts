/**
 * The grants service's bus contract: action names, params, DTOs, events and the constants clients need. Types and
 * constants only; the one file of services/grants that anything outside the folder may import: the types of each
 * sub-domain are in contract/ (programs, eligibility and standings, applications and awards, disqualifications and
 * the audit trail) and re-exported here; the action and event names and the bus contract are here.
 *
 * Units: money in integer fen (CNY), dates 'YYYY-MM-DD' (platform time zone), instants ISO-8601 UTC, region codes
 * GB/T 2260 (6 digits; 450000 covers 450200 covers 450203).
 */
import type { BusContract } from '../../infra/bus-identity.js';
import { cacheStaleEvent } from '../../infra/read-cache.js';

export * from './contract/programs.js';
export * from './contract/eligibility.js';
export * from './contract/applications.js';
export * from './contract/audit.js';

/** Every action of the grants service, by full name. */
export const GrantAction = {
  /** CreateProgramParams → GrantProgramDto. A FUNDER (of a GOVERNMENT organization) within its own region; platform admins for a named funder. */
  createProgram: 'grants.createProgram',
  /** { id } → GrantProgramDto | null. Any signed-in caller (programs are public). */
  getProgram: 'grants.getProgram',
  /** { ids } → (GrantProgramDto | null)[] in id order (the gateway's DataLoader). */
  getPrograms: 'grants.getPrograms',
  /** ListProgramsParams → GrantProgramDto[] (at most 500, id order). */
  listPrograms: 'grants.listPrograms',
  /** { } → string[]: the distinct region codes programs cover (the standings projection rebuilds those regions). */
  programRegions: 'grants.programRegions',
  /** EvaluateParams → EligibilityReport. asOf in the future: BAD_USER_INPUT; unknown alliance or program: NOT_FOUND. */
  evaluate: 'grants.evaluate',
  /** EvaluateAlliancesParams → one BatchEntry<EligibilityReport> per alliance id, in order (`Alliance.eligibility`). */
  evaluateAlliances: 'grants.evaluateAlliances',
  /** EvidencePageParams → EvidencePageDto: one page of an evaluation's member lists (the gateway assembles them). */
  evidencePage: 'grants.evidencePage',
  /** ApplicationEvidencePageParams → EvidencePageDto: one page of a frozen evaluation's member lists. */
  applicationEvidencePage: 'grants.applicationEvidencePage',
  /** AssessAllianceParams → AllianceAssessment | null. System and platform admins (the standings projection's input). */
  assessAlliance: 'grants.assessAlliance',
  /** SubmitApplicationParams → GrantApplicationDto. The lead's ORG_ADMIN; FAILED_PRECONDITION with `shortfall` when ineligible. */
  submitApplication: 'grants.submitApplication',
  /** DecideApplicationParams → GrantApplicationDto. The program's FUNDER only; CONFLICT when already decided. */
  decideApplication: 'grants.decideApplication',
  /** { } → { repaired }: finishes decisions whose writer died half-way. System and platform admins. */
  repairDecisions: 'grants.repairDecisions',
  /** GetApplicationParams → GrantApplicationDto | null. Its funder, the lead's admins, platform admins. */
  getApplication: 'grants.getApplication',
  /** ListApplicationsParams → Page<GrantApplicationDto>. */
  listApplications: 'grants.listApplications',
  /** DisqualifyParams → DisqualificationDto: `organizations.disqualify` plus its audit entry, written before the answer. */
  disqualifyOrganization: 'grants.disqualifyOrganization',
  /** LiftParams → DisqualificationDto: `organizations.lift` plus its audit entry. */
  liftDisqualification: 'grants.liftDisqualification',
  /** AuditTrailParams → Page<AuditEntryDto>, oldest first. Funders (own programs, disqualifications in their region) and platform admins. */
  auditTrail: 'grants.auditTrail',
  /** UpdateProgramParams → GrantProgramDto. The program's FUNDER or a platform admin; history and audit entry kept. */
  updateProgram: 'grants.updateProgram',
  /** CloseProgramParams → GrantProgramDto. The program's FUNDER or a platform admin: no application is accepted afterwards. */
  closeProgram: 'grants.closeProgram',
} as const;
export type GrantAction = (typeof GrantAction)[keyof typeof GrantAction];

// ---------------------------------------------------------------- events

/** Events the grants service publishes. */
export const GrantEvent = {
  /** Payload: GrantProgramEventPayload. */
  programCreated: 'grants.programCreated',
  /** Payload: GrantApplicationEventPayload with status SUBMITTED. */
  applicationSubmitted: 'grants.applicationSubmitted',
  /** Payload: GrantApplicationEventPayload with status APPROVED or REJECTED. */
  applicationDecided: 'grants.applicationDecided',
  /** Payload: GrantProgramEventPayload: a program was edited or closed. */
  programUpdated: 'grants.programUpdated',
} as const;

/**
 * The grants service on the bus: the actions and events it owns and the services it calls. The NATS permissions are
 * generated from it (npm run nats:config), so a change here is a change of who may talk to whom.
 */
export const GrantsBus: BusContract = {
  service: 'grants',
  actions: Object.values(GrantAction),
  // `<service>.cacheStale`: broadcast after every change, to the nodes caching answers that read it (infra/read-cache.ts).
  events: [...Object.values(GrantEvent), cacheStaleEvent('grants')],
  calls: ['organizations', 'alliances'],
};
