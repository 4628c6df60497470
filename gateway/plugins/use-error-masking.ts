import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maskError, type MaskOptions } from '../errors.js';
import { localeOf } from '../locale.js';

type Result = ExecutionResult & Record<string, unknown>;

/**
 * Every error a client of /graphql sees goes through the gateway's one mapping (gateway/errors.ts `maskError`):
 * it carries a stable `extensions.code` and HTTP status, and nothing unexpected leaks (logged, then INTERNAL with
 * a fixed message). It applies to the errors of execution and to those yoga raises before it (bad body, bad
 * token while building the context). In production it also removes graphql-js's "Did you mean …?" hints. Yoga's own masking is off (`maskedErrors: false`): this is the masking.
 */
export function useErrorMasking(opts: MaskOptions = {}): Plugin {
  const fix = (r: Result, o: MaskOptions): Result => (r.errors?.length ? { ...r, errors: r.errors.map((e) => maskError(e, o)) } : r);
  return {
    onResultProcess({ request, result, setResult }) {
      // Messages in the request's language (gateway/locale.ts): Accept-Language, or the console's x-lang / lang cookie.
      const o = { ...opts, locale: localeOf(request) };
      if (Array.isArray(result)) setResult(result.map((r) => fix(r as Result, o)));
      else if (result && typeof result === 'object' && 'errors' in result) setResult(fix(result as Result, o));
    },
  };
}
