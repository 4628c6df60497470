/**
 * Stand-ins for every service the gateway calls, built from the services' contracts (their `*Action` constants): each
 * action answers what `answer` says (default: the coded NOT_FOUND), counted per action. With the real gateway schema
 * in front, a test can send any document to the gateway in process and see how many service calls it made, without
 * a database: admission tests run hundreds of generated documents this way.
 */
import type { ServiceSchema } from 'moleculer';
import { ErrorCode, appError } from '../../infra/errors.js';
import { BUS_CONTRACTS } from '../../app/services.js';

/** Every action name of every service contract (from the registered services' bus contracts: a new service is included by registering it). */
export const ALL_ACTIONS: string[] = BUS_CONTRACTS.flatMap((c) => [...c.actions]);

export interface StubCalls {
  total: number;
  byAction: Record<string, number>;
}

/** One stub service per service name, with every contract action; `calls` counts what reached them. */
export function stubServices(answer: (action: string) => unknown = () => {
  throw appError(ErrorCode.NOT_FOUND, 'stub: nothing here', { stub: true });
}): { services: ServiceSchema[]; calls: StubCalls } {
  const calls: StubCalls = { total: 0, byAction: {} };
  const byService = new Map<string, string[]>();
  for (const full of ALL_ACTIONS) {
    const [service, action] = [full.slice(0, full.indexOf('.')), full.slice(full.indexOf('.') + 1)];
    byService.set(service, [...(byService.get(service) ?? []), action]);
  }
  const services = [...byService].map(([name, actions]) => ({
    name,
    actions: Object.fromEntries(
      actions.map((a) => [
        a,
        () => {
          calls.total++;
          calls.byAction[`${name}.${a}`] = (calls.byAction[`${name}.${a}`] ?? 0) + 1;
          return answer(`${name}.${a}`);
        },
      ]),
    ),
  }));
  return { services, calls };
}
