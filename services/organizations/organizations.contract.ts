/** The organizations service's bus contract (stub: definitions move here in the one-shape step). */
export type { OrganizationDto, DisqualificationDto, RegisterParams, ListParams } from './organizations.service.js';
export { DEFAULT_DISQUALIFICATION_YEARS } from './organizations.service.js';
export { ORGANIZATION_KINDS, SCHOOL_TYPES, ENTERPRISE_SCALES, withCheckCharacter } from './organizations.rules.js';
export type { OrganizationKind, SchoolType, EnterpriseScale, OrganizationInput } from './organizations.rules.js';
export * from './organizations.events.js';
