import { GraphQLError } from 'graphql';
import { ErrorCode, HTTP_STATUS } from '../infra/errors.js';
import { logger } from '../infra/logger.js';

const CODES = new Set<string>(Object.values(ErrorCode));

/** Moleculer's own failures that mean "try again shortly", not "you did something wrong". */
const UNAVAILABLE = new Set([
  'SERVICE_NOT_FOUND',
  'SERVICE_NOT_AVAILABLE',
  'REQUEST_TIMEOUT',
  'REQUEST_SKIPPED',
  'REQUEST_REJECTED',
  'QUEUE_FULL',
  'CIRCUIT_BREAKER_OPEN',
  'BROKER_DISCONNECTED',
  'GRACEFUL_STOP_TIMEOUT',
]);

interface BusError {
  message?: string;
  type?: string;
  code?: number;
  data?: unknown;
  retryable?: boolean;
  name?: string;
}

function gqlError(code: ErrorCode, message: string, details?: unknown): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      http: { status: HTTP_STATUS[code] },
      ...(details !== undefined ? { details } : {}),
      ...(code === ErrorCode.SERVICE_UNAVAILABLE ? { retryable: true } : {}),
    },
  });
}

/** Maps an error from a service call to a GraphQL error with a stable `extensions.code`, once for the whole gateway. */
export function toGraphQLError(err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  const e = (err ?? {}) as BusError;
  if (e.type && CODES.has(e.type)) return gqlError(e.type as ErrorCode, e.message ?? e.type, e.data);
  if (e.type === 'VALIDATION_ERROR' && Array.isArray(e.data)) {
    const items = e.data as { field?: string; message?: string; type?: string }[];
    const msg = items.map((i) => i.message ?? `${i.field} is invalid`).join(' ');
    return gqlError(ErrorCode.BAD_USER_INPUT, msg || 'The input is invalid.', { fields: items.map((i) => ({ field: i.field, problem: i.type, message: i.message })) });
  }
  if (e.type && UNAVAILABLE.has(e.type)) {
    return gqlError(ErrorCode.SERVICE_UNAVAILABLE, 'A service is temporarily unavailable; retry in a moment.', { reason: e.type });
  }
  logger().error({ err }, 'unexpected error from a service call');
  return gqlError(ErrorCode.INTERNAL, 'Something went wrong on our side; it has been logged.');
}
