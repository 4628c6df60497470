/**
 * The gateway's ONE error mapping, used by /graphql and by every plain-HTTP route (/calendar, /exports, …):
 * a bus error, a coded GraphQL error or anything unexpected becomes a GraphQL error with a stable
 * `extensions.code` (infra/errors.ts `ErrorCode`) and `extensions.http.status`; plain routes answer the same
 * error as JSON `{ errors: [{ message, extensions }] }` with that status. Unexpected errors are logged and
 * masked as INTERNAL, in development too.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode, HTTP_STATUS } from '../infra/errors.js';
import { logger } from '../infra/logger.js';
import { isMsg, DEFAULT_LOCALE, type Locale, type Msg } from '../infra/messages.js';
import { msg, render, renderRef } from '../infra/message-registry.js';
import { localizeGraphQLMessage } from './graphql-messages.js';

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

/** The masked message of an unexpected error (the original is logged, never sent). */
export const INTERNAL_MESSAGE = 'Something went wrong on our side; it has been logged.';
const INTERNAL_KEY = 'gateway.internal';
/** The masked message of an unexpected error as a client in `locale` reads it (zh-CN unless asked otherwise). */
export const internalMessage = (locale: Locale = DEFAULT_LOCALE): string => render(INTERNAL_KEY, {}, locale);

interface BusError {
  message?: string;
  type?: string;
  code?: number;
  data?: unknown;
  retryable?: boolean;
  name?: string;
}

/**
 * A coded GraphQL error: `extensions.code` = `code`, `extensions.http.status` = its status (or `status` when an
 * HTTP detail needs another one, e.g. 411 or 413 for a bad body that is still BAD_USER_INPUT), `details` when given.
 */
export function codedError(code: ErrorCode, message: string | Msg, opts: { details?: unknown; status?: number } = {}): GraphQLError {
  // A catalog message travels in `details.i18n` (like a bus error's `data.i18n`) until `maskError` renders it.
  const details = isMsg(message) ? { ...((opts.details as object | undefined) ?? {}), i18n: { key: message.key, params: message.params } } : opts.details;
  return new GraphQLError(isMsg(message) ? message.message : message, {
    extensions: {
      code,
      http: { status: opts.status ?? HTTP_STATUS[code] },
      ...(details !== undefined ? { details } : {}),
      ...(code === ErrorCode.SERVICE_UNAVAILABLE ? { retryable: true } : {}),
    },
  });
}

/**
 * Maps an error from a service call (or anything thrown while answering a request) to a coded GraphQL error:
 * - a GraphQL error already made by the gateway: unchanged;
 * - a bus error whose `type` is an `ErrorCode`: that code, its message, its `data` as `extensions.details`;
 * - Moleculer's parameter validation (`VALIDATION_ERROR`): BAD_USER_INPUT with the fields in `details.fields`;
 * - Moleculer's transport and availability failures: SERVICE_UNAVAILABLE (retryable, `details.reason`);
 * - anything else: logged, and INTERNAL with a fixed message.
 */
export function toGraphQLError(err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  const e = (err ?? {}) as BusError;
  if (e.type && CODES.has(e.type)) return codedError(e.type as ErrorCode, e.message ?? e.type, { details: e.data });
  if (e.type === 'VALIDATION_ERROR' && Array.isArray(e.data)) {
    const items = e.data as ValidationItem[];
    const text = items.map((i) => i.message ?? `${i.field} is invalid`).join(' ');
    const fields = items.map((i) => ({ field: i.field, problem: i.type, message: i.message, i18n: validationRef(i) }));
    return codedError(ErrorCode.BAD_USER_INPUT, text || 'The input is invalid.', { details: { fields } });
  }
  if (e.type && UNAVAILABLE.has(e.type)) {
    return codedError(ErrorCode.SERVICE_UNAVAILABLE, msg('gateway.unavailable'), { details: { reason: e.type } });
  }
  logger().error({ err }, 'unexpected error while answering a request');
  return codedError(ErrorCode.INTERNAL, INTERNAL_MESSAGE);
}

/** One item of Moleculer's VALIDATION_ERROR (fastest-validator). */
interface ValidationItem {
  field?: string;
  message?: string;
  type?: string;
  expected?: unknown;
  actual?: unknown;
}

/** The catalog message of a validation item: `infra.validation.<type>` (ids and dates by their pattern), else `infra.validation.invalid`. */
function validationRef(i: ValidationItem): { key: string; params: Record<string, unknown> } {
  const expected = i.expected instanceof RegExp ? String(i.expected) : Array.isArray(i.expected) ? i.expected.join(', ') : i.expected;
  const params = { field: i.field ?? '', expected: expected === undefined ? '' : String(expected), actual: i.actual === undefined ? '' : String(i.actual) };
  if (i.type === 'stringPattern' && /0-9a-f\]\{24\}/.test(params.expected)) return { key: 'infra.validation.objectId', params };
  if (i.type === 'stringPattern' && params.expected.includes('\\d{4}-\\d{2}-\\d{2}')) return { key: 'infra.validation.date', params };
  const key = `infra.validation.${i.type}`;
  return { key: renderRef({ key, params }, 'en') !== null ? key : 'infra.validation.invalid', params };
}

/**
 * Writes an error's catalog message in `locale` (the message of `details.i18n`, or of each of `details.fields`
 * for a validation error, or of each entry of a `details.<name>` map or list whose references travel in
 * `details.<name>I18n`; INTERNAL's fixed text) and removes the references, so `details` keeps its public shape.
 * Codes, `details` data and reason codes are unchanged; errors without a catalog message keep their text.
 */
export function localize(e: GraphQLError, locale: Locale): void {
  const ext = e.extensions as Record<string, unknown> | undefined;
  if (!ext) return;
  const details = ext.details as Record<string, unknown> | undefined;
  if (ext.code === ErrorCode.INTERNAL && e.message === INTERNAL_MESSAGE) e.message = render(INTERNAL_KEY, {}, locale);
  if (!details || typeof details !== 'object' || Array.isArray(details)) return;
  if ('i18n' in details) {
    const text = renderRef(details.i18n, locale);
    if (text !== null) e.message = text;
    const { i18n: _i18n, ...rest } = details;
    if (Object.keys(rest).length) ext.details = rest;
    else delete ext.details;
  }
  // Texts beside their references: `details.<name>` (a field-keyed map such as `fields.creditCode`, or a list such as
  // `problems`) with `details.<name>I18n` holding the catalog references: written in `locale`, references removed.
  const current = ext.details as Record<string, unknown> | undefined;
  for (const refKey of Object.keys(current ?? {}).filter((k) => k.endsWith('I18n'))) {
    const d = ext.details as Record<string, unknown>;
    const { [refKey]: refs, ...rest } = d;
    const name = refKey.slice(0, -'I18n'.length);
    if (Array.isArray(refs)) {
      const texts = Array.isArray(rest[name]) ? [...(rest[name] as unknown[])] : [];
      refs.forEach((ref, i) => {
        const text = renderRef(ref, locale);
        if (text !== null) texts[i] = text;
      });
      ext.details = { ...rest, [name]: texts };
    } else if (refs && typeof refs === 'object') {
      const texts = { ...((rest[name] as Record<string, unknown> | undefined) ?? {}) };
      for (const [k, ref] of Object.entries(refs as Record<string, unknown>)) {
        const text = renderRef(ref, locale);
        if (text !== null) texts[k] = text;
      }
      ext.details = { ...rest, [name]: texts };
    }
  }
  if (Array.isArray(details.fields)) {
    const fields = details.fields as Record<string, unknown>[];
    if (fields.some((f) => f && typeof f === 'object' && 'i18n' in f)) {
      const texts: string[] = [];
      ext.details = {
        ...(ext.details as object),
        fields: fields.map((f) => {
          const { i18n, ...rest } = f;
          const text = renderRef(i18n, locale);
          if (text !== null) texts.push(text);
          return text !== null ? { ...rest, message: text } : rest;
        }),
      };
      if (texts.length) e.message = texts.join(locale === 'zh-CN' ? '' : ' ');
    }
  }
}

/**
 * Codes of the GraphQL-over-HTTP and APQ protocols that clients and tools branch on, kept as they are: yoga's
 * BAD_REQUEST (the HTTP request is not a GraphQL request: body not JSON, wrong method or content type, no query),
 * graphql-js's parse and validation failures, and the Apollo persisted-query protocol's (a client sends the full
 * query after PERSISTED_QUERY_NOT_FOUND).
 */
export const PROTOCOL_CODES = ['BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_MISMATCH'] as const;
const PROTOCOL = new Set<string>(PROTOCOL_CODES);

/** Every `extensions.code` a client can receive (the README's error table lists exactly these). */
export const CLIENT_CODES: readonly string[] = [...Object.values(ErrorCode), ...PROTOCOL_CODES];

/** The only extension keys a client sees: nothing a library adds (`originalError`, `stacktrace`, …) leaves the gateway. */
const PUBLIC_EXTENSIONS = ['code', 'http', 'details', 'retryable', 'cost', 'maxCost'];

/** graphql-js's "Did you mean …?" hints (fields, types, arguments, enum values) reveal the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Codes (or none) of the errors graphql-js and yoga write in English: gateway/graphql-messages.ts translates them. */
const GRAPHQL_JS_CODES = new Set<unknown>([undefined, 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE']);
/** An error graphql-js (or yoga) wrote: one of their codes, and no catalog message of ours (a scalar's) inside. */
const madeByGraphQL = (raw: unknown, e: GraphQLError): boolean =>
  GRAPHQL_JS_CODES.has(raw) && !(e.extensions?.details && typeof e.extensions.details === 'object' && 'i18n' in e.extensions.details);

export interface MaskOptions {
  /** Remove "Did you mean …?" hints (production: they reveal the schema that introspection hides). */
  hideSuggestions?: boolean;
  /** The request's locale (gateway/locale.ts): catalog messages are written in it. Default zh-CN. */
  locale?: Locale;
}

/**
 * The mapping as /graphql applies it to each error of a result: graphql-js wraps what a resolver threw (keeping
 * it as `originalError`) with the field's path and location; the wrapped error is mapped by `toGraphQLError` and
 * keeps the path and location. Errors graphql-js or yoga made themselves (syntax, validation, coercion, a broken
 * body) keep their message — in the request's language when gateway/graphql-messages.ts knows it, graphql-js's
 * English otherwise — and get a code a client can rely on: ours and the protocol codes (`PROTOCOL_CODES`)
 * stay, yoga's `INTERNAL_SERVER_ERROR` becomes INTERNAL (masked), anything else (none at all: coercion; another
 * library's) BAD_USER_INPUT with its HTTP status kept. Only `PUBLIC_EXTENSIONS` are kept, so no parser or library
 * internals (a broken body's `SyntaxError` name and message, …) reach a client in any mode.
 */
export function maskError(error: unknown, opts: MaskOptions = {}): GraphQLError {
  let e: GraphQLError;
  if (!(error instanceof GraphQLError)) e = toGraphQLError(error);
  else if (error.originalError && !(error.originalError instanceof GraphQLError)) {
    const mapped = toGraphQLError(error.originalError);
    e = new GraphQLError(mapped.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions: mapped.extensions });
  } else e = error;
  const raw = e.extensions?.code;
  const known = typeof raw === 'string' && (CODES.has(raw) || PROTOCOL.has(raw));
  const code = known ? raw : raw === 'INTERNAL_SERVER_ERROR' ? ErrorCode.INTERNAL : ErrorCode.BAD_USER_INPUT;
  let message = code === ErrorCode.INTERNAL && raw !== ErrorCode.INTERNAL ? INTERNAL_MESSAGE : e.message;
  if (opts.hideSuggestions) message = message.replace(SUGGESTION, '');
  if (madeByGraphQL(raw, e)) message = localizeGraphQLMessage(message, opts.locale ?? DEFAULT_LOCALE);
  // Always a new error: yoga caches parse and validation errors per document, so the one it hands over is shared
  // by every request that sends that document, each in its own language (nothing of it is changed here).
  const extensions: Record<string, unknown> = {};
  for (const k of PUBLIC_EXTENSIONS) if (e.extensions?.[k] !== undefined) extensions[k] = e.extensions[k];
  extensions.code = code;
  // A request that is not a GraphQL request at all is 400 for every client (the spec's 200 for legacy
  // application/json clients covers well-formed requests only; yoga decided it by the internals left out here).
  const http = extensions.http as { spec?: boolean } | undefined;
  if (raw === 'BAD_REQUEST' && http?.spec) extensions.http = { ...http, spec: false };
  const out = new GraphQLError(message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    path: e.path,
    originalError: e.originalError,
    extensions,
  });
  localize(out, opts.locale ?? DEFAULT_LOCALE);
  return out;
}

/** The HTTP status an error is answered with: its `extensions.http.status`, else its code's. */
export function httpStatusOf(e: GraphQLError): number {
  const http = e.extensions?.http as { status?: number } | undefined;
  return http?.status ?? HTTP_STATUS[e.extensions?.code as ErrorCode] ?? 500;
}

/**
 * The answer of a plain-HTTP route (not /graphql) that failed: the same mapping as GraphQL, as JSON
 * `{ errors: [{ message, extensions: { code, details?, retryable? } }] }` with the error's HTTP status, the message
 * written in `locale` (the request's, gateway/locale.ts).
 */
export function httpErrorResponse(err: unknown, headers: Record<string, string> = {}, locale: Locale = DEFAULT_LOCALE): Response {
  const e = toGraphQLError(err);
  localize(e, locale);
  const { http: _http, ...extensions } = e.extensions ?? {};
  return new Response(JSON.stringify({ errors: [{ message: e.message, extensions }] }), {
    status: httpStatusOf(e),
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}
