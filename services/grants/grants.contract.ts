/** The grants service's bus contract (stub: definitions move here in the one-shape step). */
export type { GrantProgramDto, AwardDto, GrantApplicationDto, AuditEntryDto, StandingDto, CreateProgramParams } from './grants.service.js';
export { CRITERION_KINDS, APPLICATION_STATUSES, DECISIONS } from './grants.rules.js';
export type { CriterionKind, ApplicationStatus, Decision, Criterion, EligibilityReport, EligibilityCounts, CriterionResult, MemberEvidence, ExcludedEvidence } from './grants.rules.js';
export * from './grants.events.js';
