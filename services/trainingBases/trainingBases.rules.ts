/**
 * Pure rules about training bases and bookings: the decisions the service enforces, each unit-tested in
 * trainingBases.rules.spec.ts. No broker, no database: problems come back as values (`Problem`), the ops raise them.
 * The rules of each sub-domain are in rules/ (booking statuses and read windows, who may do what, creating and
 * changing a base, booking and deciding on bookings) and re-exported here: the service's files import them from
 * this file.
 */

export type { BaseShape } from './trainingBases.slots.js';

/** A refusal as a value: an error code of infra/errors.ts, the message and the error `data` clients get. */
/** Why a change is refused (null = allowed): the one `Problem` type of infra/errors.ts. */
export type { Problem } from '../../infra/errors.js';

export * from './rules/statuses.js';
export * from './rules/access.js';
export * from './rules/bases.js';
export * from './rules/bookings.js';
