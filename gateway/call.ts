import type { ServiceBroker } from 'moleculer';
import type { CallMeta } from '../infra/auth.js';
import { asSystem } from '../infra/caller.js';
import { toGraphQLError } from './errors.js';
import { actionCalls, actionDuration } from './metrics.js';

/** Counts broker calls per request (benchmarks and tests read it to prove batching). */
export interface CallCounter {
  calls: number;
  byAction: Record<string, number>;
}

/** A fresh counter for one request. */
export const newCallCounter = (): CallCounter => ({ calls: 0, byAction: {} });

export type { Caller } from '../infra/caller.js';
import type { Caller } from '../infra/caller.js';

/**
 * THE caller bound to one request, used by /graphql and by the plain-HTTP routes alike: forwards the bearer token
 * and the request id (in `meta` and as the call's `requestID`, so the services' log lines carry it), counts and
 * times the call, and maps a failure once (gateway/errors.ts `toGraphQLError`). With `asService` the calls are the
 * gateway's own (no user token: the broker middleware mints an internal token per callee; /calendar, /readyz).
 */
export function makeCaller(broker: ServiceBroker, meta: CallMeta, counter: CallCounter, asService?: string): Caller {
  return async <T>(action: string, params: Record<string, unknown> = {}) => {
    counter.calls++;
    counter.byAction[action] = (counter.byAction[action] ?? 0) + 1;
    const end = actionDuration.startTimer({ action });
    try {
      const opts = asService ? { ...asSystem(asService), meta: { requestId: meta.requestId } } : { meta: { ...meta } };
      const result = (await broker.call(action, params, { ...opts, requestID: meta.requestId })) as T;
      actionCalls.inc({ action, outcome: 'ok' });
      return result;
    } catch (err) {
      const gqlErr = toGraphQLError(err);
      actionCalls.inc({ action, outcome: String(gqlErr.extensions.code ?? 'INTERNAL') });
      throw gqlErr;
    } finally {
      end();
    }
  };
}
