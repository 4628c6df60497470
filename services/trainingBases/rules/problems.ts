/**
 * The refusal builders the rules files share: a catalog message and the error `data` clients get, as a `Problem` of
 * each error code. Internal to rules/ (not re-exported by trainingBases.rules.ts).
 */
import { ErrorCode, type Problem } from '../../../infra/errors.js';
import type { Msg } from '../../../infra/messages.js';

/** BAD_USER_INPUT. */
export const bad = (m: Msg, data?: Record<string, unknown>): Problem => ({ code: ErrorCode.BAD_USER_INPUT, ...m, data });
/** FORBIDDEN. */
export const refused = (m: Msg, data?: Record<string, unknown>): Problem => ({ code: ErrorCode.FORBIDDEN, ...m, data });
/** CONFLICT. */
export const clash = (m: Msg, data?: Record<string, unknown>): Problem => ({ code: ErrorCode.CONFLICT, ...m, data });
/** FAILED_PRECONDITION. */
export const precondition = (m: Msg, data?: Record<string, unknown>): Problem => ({ code: ErrorCode.FAILED_PRECONDITION, ...m, data });
