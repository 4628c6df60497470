/** The projects service's bus contract (stub: definitions move here in the one-shape step). */
export type { ProjectDto, ParticipantDto, MilestoneDto, OutputDto, StatusChangeDto, ParticipantInput, CreateProjectParams, ListByAllianceParams } from './projects.service.js';
export { MAX_PARTICIPANTS, MAX_MILESTONES, MAX_OUTPUTS } from './projects.service.js';
export { PROJECT_STATUSES, PARTICIPANT_ROLES, OUTPUT_KINDS } from './projects.rules.js';
export type { ProjectStatus, ParticipantRole, OutputKind } from './projects.rules.js';
export * from './projects.events.js';
