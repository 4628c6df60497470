/**
 * How a call ended, for assertions on error codes and data — never on message wording (see STYLE.md).
 *
 *   expect(await errType(p.call('projects.setStatus', …))).toBe('CONFLICT');
 *   expect(await outcome(create(…))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'NEEDS_SCHOOL' } });
 *   const e = await outcome<{ bookings: { id: string }[] }>(…);   // typed data for deeper reads
 *
 * `type` is 'OK' when the promise resolved, else the error's `type` (an infra/errors.ts ErrorCode, or Moleculer's
 * own such as VALIDATION_ERROR); an error without a type (a bug, not a refusal) shows as its text so the
 * assertion fails with it. Shared by the integration specs (was copied in four of them).
 */

/** A settled call: 'OK', or the error's type and data (absent when the error carried none). */
export interface Outcome<D = Record<string, unknown>> {
  type: string;
  data?: D;
}

/** How `promise` ended: `{ type: 'OK' }` or `{ type, data }` of the error it was rejected with. */
export async function outcome<D = Record<string, unknown>>(promise: Promise<unknown>): Promise<Outcome<D>> {
  try {
    await promise;
    return { type: 'OK' };
  } catch (err) {
    const e = err as { type?: string; data?: D };
    return { type: e.type ?? String(err), data: e.data };
  }
}

/** `outcome` under the name that reads better where the call is expected to be refused. */
export const failure = outcome;

/** Just the type: 'OK' or the error's code. */
export async function errType(promise: Promise<unknown>): Promise<string> {
  return (await outcome(promise)).type;
}
