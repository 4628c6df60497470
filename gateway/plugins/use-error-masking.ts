import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maskError, type MaskOptions } from '../errors.js';

type Result = ExecutionResult & Record<string, unknown>;

/**
 * Every error a client of /graphql sees goes through the gateway's one mapping (gateway/errors.ts `maskError`):
 * it carries a stable `extensions.code` and HTTP status, and nothing unexpected leaks (logged, then INTERNAL with
 * a fixed message). It applies to the errors of execution and to those yoga raises before it (bad body, bad
 * token while building the context). In production it also removes graphql-js's "Did you mean …?" hints. Yoga's own masking is off (`maskedErrors: false`): this is the masking.
 */
export function useErrorMasking(opts: MaskOptions = {}): Plugin {
  const fix = (r: Result): Result => (r.errors?.length ? { ...r, errors: r.errors.map((e) => maskError(e, opts)) } : r);
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((r) => fix(r as Result)));
      else if (result && typeof result === 'object' && 'errors' in result) setResult(fix(result as Result));
    },
  };
}
