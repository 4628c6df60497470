import { Errors } from 'moleculer';
import { isMsg, type Msg } from './messages.js';

/**
 * The one list of error codes clients can rely on. Services throw these through `MoleculerClientError`
 * (the code is the error's `type`, so it survives the transporter); the gateway maps them to
 * `extensions.code` and an HTTP status once, in gateway/errors.ts.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FAILED_PRECONDITION: 'FAILED_PRECONDITION',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
  /** The answer would be larger than the platform sends in one piece: ask for less (a shorter period, a smaller page). */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FAILED_PRECONDITION: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
  RESPONSE_TOO_LARGE: 422,
};

export type ErrorData = Record<string, unknown> | undefined;

/**
 * A coded error. `message` is the English text, or a catalog message (`msg(key, params)` of infra/message-registry.ts):
 * then its English text is the error's message and its key and parameters travel in `data.i18n`, for the gateway to
 * render in the caller's language.
 */
export function appError(code: ErrorCode, msgOrText: string | Msg, data?: ErrorData): Errors.MoleculerClientError {
  const message = isMsg(msgOrText) ? msgOrText.message : msgOrText;
  if (isMsg(msgOrText)) data = { ...(data ?? {}), i18n: { key: msgOrText.key, params: msgOrText.params } };
  // MoleculerClientError is never retried by Moleculer; SERVICE_UNAVAILABLE is raised as a retryable error.
  if (code === ErrorCode.SERVICE_UNAVAILABLE) {
    return new Errors.MoleculerRetryableError(message, HTTP_STATUS[code], code, data) as Errors.MoleculerClientError;
  }
  return new Errors.MoleculerClientError(message, HTTP_STATUS[code], code, data);
}

export const badInput = (message: string | Msg, data?: ErrorData) => appError(ErrorCode.BAD_USER_INPUT, message, data);
export const unauthenticated = (message: string | Msg = SIGN_IN) => appError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string | Msg, data?: ErrorData) => appError(ErrorCode.FORBIDDEN, message, data);
/** NOT_FOUND for one entity: `what` is an entity name of the `infra.entity` select (infra/infra.messages.ts). */
export const notFound = (what: string, id: string) =>
  appError(ErrorCode.NOT_FOUND, { key: 'infra.notFound', params: { entity: what.replace(/\s+/g, '_'), what, id }, message: `${what} ${id} does not exist.` }, { id });
export const conflict = (message: string | Msg, data?: ErrorData) => appError(ErrorCode.CONFLICT, message, data);
export const failedPrecondition = (message: string | Msg, data?: ErrorData) => appError(ErrorCode.FAILED_PRECONDITION, message, data);

/** The default UNAUTHENTICATED message (infra.signIn). */
const SIGN_IN: Msg = { key: 'infra.signIn', params: {}, message: 'Sign in first: send a valid bearer token.' };

/** Mongo duplicate-key error (unique index), as raised by the driver on real MongoDB and on the emulator. */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}

/**
 * A rule's refusal as a value: pure rules (`*.rules.ts`) return a `Problem` (or null) instead of throwing, so they
 * are tested without a broker; the flows raise it with `raise`. `data` carries the field or the domain reason
 * (infra/reasons.ts) that clients branch on.
 */
export interface Problem {
  code: ErrorCode;
  /** English fallback text (logs, programs that ignore `key`). Users read the catalog text for `key`. */
  message: string;
  /**
   * Message key in a catalog (`services/<name>/<name>.messages.ts`, see infra/messages.ts), e.g.
   * `alliances.statusTransition`; the gateway renders it in the caller's language from `params`.
   */
  key?: string;
  /** ICU MessageFormat arguments for `key`: plain JSON values (dates as YYYY-MM-DD strings, money as fen strings). */
  params?: Record<string, unknown>;
  data?: Record<string, unknown>;
}

/**
 * The coded error a `Problem` names (type = code, with its data). A message key and its parameters travel in
 * `data.i18n` so the gateway can render the text in the caller's language.
 */
export const problemError = (p: Problem): Errors.MoleculerClientError =>
  appError(p.code, p.message, p.key ? { ...(p.data ?? {}), i18n: { key: p.key, params: p.params ?? {} } } : p.data);

/** Throws a rule's `Problem` as its coded error; does nothing for null. */
export function raise(problem: Problem | null | undefined): void {
  if (problem) throw problemError(problem);
}
