/**
 * Pure rules about grant programs, eligibility and who may do what: no broker, no database. The rules of each
 * sub-domain are in rules/ (programs with their criteria, window, funder and edits; eligibility; applications and
 * awards; the audit trail) and re-exported here: the service's files import them from this file.
 */
import type { ApplicationStatus, Criterion, CriterionKind, Decision, EligibilityCounts, EligibilityReport, ExcludedEvidence, MemberEvidence } from './grants.contract.js';

export type { ApplicationStatus, Criterion, CriterionKind, Decision, EligibilityCounts, EligibilityReport, ExcludedEvidence, MemberEvidence };

export * from './rules/programs.js';
export * from './rules/eligibility.js';
export * from './rules/applications.js';
export * from './rules/audit.js';
