/**
 * How a call ended, for assertions on error codes and data — never on message wording (see STYLE.md).
 *
 *   expect(await errType(p.call('projects.setStatus', …))).toBe('CONFLICT');
 *   expect(await outcome(create(…))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'NEEDS_SCHOOL' } });
 *   const e = await outcome<{ bookings: { id: string }[] }>(…);   // typed data for deeper reads
 *
 * `type` is 'OK' when the promise resolved, else the error's `type` (an infra/errors.ts ErrorCode, or Moleculer's
 * own such as VALIDATION_ERROR); an error without a type (a bug, not a refusal) shows as its text so the
 * assertion fails with it. `thrown` / `thrownType` do the same for a synchronous rule, `entryType` for one entry of
 * a batched answer. Shared by the integration, e2e and unit specs (was copied in fourteen of them).
 */
import { isBatchFailure } from '../../infra/batch.js';

/** A settled call: 'OK', or the error's type and data (absent when the error carried none). */
export interface Outcome<D = Record<string, unknown>> {
  type: string;
  data?: D;
  /**
   * The error's catalog message `{ key, params }` (infra/messages.ts), if any. It travels in the error's
   * `data.i18n`; here it is taken out of `data` (assertions on data stay about the domain) and kept as a
   * non-enumerable property, so `toEqual({ type, data })` ignores it and a spec can still read it.
   */
  i18n?: { key: string; params: Record<string, unknown> };
}

/** `{ type, data }` of an error, with `data.i18n` moved to the non-enumerable `i18n`. */
function settled<D>(err: unknown): Outcome<D> {
  const e = err as { type?: string; data?: D };
  let data = e.data;
  let i18n: Outcome<D>['i18n'];
  if (data && typeof data === 'object' && !Array.isArray(data) && 'i18n' in (data as object)) {
    const { i18n: ref, ...rest } = data as Record<string, unknown>;
    i18n = ref as Outcome<D>['i18n'];
    data = (Object.keys(rest).length ? rest : undefined) as D | undefined;
  }
  const out: Outcome<D> = { type: e.type ?? String(err), data };
  if (i18n) Object.defineProperty(out, 'i18n', { value: i18n, enumerable: false });
  return out;
}

/** How `promise` ended: `{ type: 'OK' }` or `{ type, data }` of the error it was rejected with. */
export async function outcome<D = Record<string, unknown>>(promise: Promise<unknown>): Promise<Outcome<D>> {
  try {
    await promise;
    return { type: 'OK' };
  } catch (err) {
    return settled<D>(err);
  }
}

/** `outcome` under the name that reads better where the call is expected to be refused. */
export const failure = outcome;

/** Just the type: 'OK' or the error's code. */
export async function errType(promise: Promise<unknown>): Promise<string> {
  return (await outcome(promise)).type;
}

/** `outcome` of a synchronous call (a rule that throws its refusal): `{ type: 'OK' }` or the thrown error's `{ type, data }`. */
export function thrown<D = Record<string, unknown>>(fn: () => unknown): Outcome<D> {
  try {
    fn();
    return { type: 'OK' };
  } catch (err) {
    return settled<D>(err);
  }
}

/** Just the type of `thrown`: 'OK' or the code the rule threw. */
export function thrownType(fn: () => unknown): string {
  return thrown(fn).type;
}

/** How one entry of a batched answer (infra/batch.ts `settleEach`) ended: 'OK' or its failure's type. */
export function entryType(entry: unknown): string {
  return isBatchFailure(entry) ? entry.__error.type : 'OK';
}
