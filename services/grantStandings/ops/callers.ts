/** The projection's bus calls: always on its own behalf (no user; it reads across funders). */
import type { ServiceBroker } from 'moleculer';
import { asSystem, type Caller } from '../../../infra/caller.js';

/** The service's name on the bus, and the identity its calls are made as. */
export const SERVICE = 'grantStandings';

/** Calls as the grantStandings service (a short-lived internal token). */
export const systemCaller =
  (broker: ServiceBroker): Caller =>
  async <T>(action: string, params?: Record<string, unknown>) =>
    broker.call<T, Record<string, unknown> | undefined>(action, params, await asSystem(SERVICE));
