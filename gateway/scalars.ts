import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isValidDate } from '../infra/dates.js';
import { ErrorCode } from '../infra/errors.js';
import { codedError } from './errors.js';

const badInput = (message: string) => codedError(ErrorCode.BAD_USER_INPUT, message);

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isValidDate(value)) throw badInput(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}.`);
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
    if (ast.kind !== Kind.STRING) throw badInput('Date must be a string YYYY-MM-DD.');
    return parseDate(ast.value);
  },
});

// An explicit offset (Z or ±HH:MM) is required: a local time without a zone is ambiguous.
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !DATETIME_RE.test(value)) {
    throw badInput(`DateTime must be ISO 8601 with an offset, e.g. 2026-03-03T08:00:00+08:00; got ${JSON.stringify(value)}.`);
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || !isValidDate(value.slice(0, 10))) throw badInput(`DateTime ${value} is not a real instant.`);
  return d.toISOString();
}

/** Parsed to a UTC ISO string; always returned in UTC. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO 8601 date and time with offset; returned in UTC.',
  serialize: (v) => {
    const d = v instanceof Date ? v : new Date(String(v));
    if (Number.isNaN(d.getTime())) throw new GraphQLError(`Cannot serialize ${JSON.stringify(v)} as DateTime`);
    return d.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime must be a string.');
    return parseDateTime(ast.value);
  },
});
