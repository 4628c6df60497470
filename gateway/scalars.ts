import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isValidDate } from '../infra/dates.js';
import { ErrorCode } from '../infra/errors.js';
import { codedError } from './errors.js';
import { msg } from '../infra/message-registry.js';
import type { Msg } from '../infra/messages.js';

const badInput = (message: Msg) => codedError(ErrorCode.BAD_USER_INPUT, message);

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isValidDate(value)) throw badInput(msg('gateway.dateScalar', { value: JSON.stringify(value) ?? 'undefined' }));
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'Calendar date, YYYY-MM-DD.',
  serialize: (v) => {
    if (typeof v === 'string' && isValidDate(v)) return v;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    throw new GraphQLError(`Cannot serialize ${JSON.stringify(v)} as Date`);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput(msg('gateway.dateScalarString'));
    return parseDate(ast.value);
  },
});

// An explicit offset (Z or ±HH:MM) is required: a local time without a zone is ambiguous.
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !DATETIME_RE.test(value)) {
    throw badInput(msg('gateway.dateTimeScalar', { value: JSON.stringify(value) ?? 'undefined' }));
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || !isValidDate(value.slice(0, 10))) throw badInput(msg('gateway.dateTimeNotReal', { value }));
  return d.toISOString();
}

const CANONICAL_UTC_RE = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
/** `v` is exactly what `new Date(v).toISOString()` would give back (a real date, hour 00–23, milliseconds, Z). */
const isCanonicalUtc = (v: string): boolean => CANONICAL_UTC_RE.test(v) && isValidDate(v.slice(0, 10));

/** Parsed to a UTC ISO string; always returned in UTC. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO 8601 date and time with offset; returned in UTC.',
  serialize: (v) => {
    // Services send UTC ISO strings already (toISOString's form): served as they are, nothing parsed.
    if (typeof v === 'string' && isCanonicalUtc(v)) return v;
    const d = v instanceof Date ? v : new Date(String(v));
    if (Number.isNaN(d.getTime())) throw new GraphQLError(`Cannot serialize ${JSON.stringify(v)} as DateTime`);
    return d.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput(msg('gateway.dateTimeScalarString'));
    return parseDateTime(ast.value);
  },
});
