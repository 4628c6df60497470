import type { ServiceBroker } from 'moleculer';
import type { Plugin } from 'graphql-yoga';
import { asSystem } from '../../infra/caller.js';
import { httpErrorResponse } from '../errors.js';
import { requestIdOf } from './use-request-id.js';
import { localeOf } from '../locale.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });

/**
 * Liveness and readiness. GET /healthz: 200 while the process serves. GET /readyz: 200 when the transporter is
 * connected (or in-process) and every one of `required` answers its `<service>.health` with MongoDB up within
 * 2 s; else 503, with the state of each in `checks`.
 */
export function useHealth(broker: ServiceBroker, required: readonly string[]): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === '/healthz') return endResponse(json(200, { status: 'ok' }));
      if (url.pathname !== '/readyz') return;
      try {
        endResponse(await readiness(broker, required, requestIdOf(request)));
      } catch (err) {
        endResponse(httpErrorResponse(err, {}, localeOf(request))); // never a stack trace: the one mapping masks it
      }
    },
  };
}

/** Asks each required service for its health, as the gateway itself (an internal token per service) with the request's id. */
async function readiness(broker: ServiceBroker, required: readonly string[], requestId: string): Promise<Response> {
  const checks: Record<string, string> = {};
  const transit = (broker as unknown as { transit?: { connected: boolean } }).transit;
  checks.transport = !transit ? 'in-process' : transit.connected ? 'connected' : 'disconnected';
  await Promise.all(
    required.map(async (name) => {
      try {
        const h = (await broker.call(`${name}.health`, {}, { ...asSystem('gateway'), meta: { requestId }, requestID: requestId, timeout: 2_000 })) as { mongo: string };
        checks[name] = h.mongo === 'up' ? 'up' : `mongo ${h.mongo}`;
      } catch (err) {
        checks[name] = `unavailable (${(err as { type?: string }).type ?? (err as Error).message})`;
      }
    }),
  );
  const ready = checks.transport !== 'disconnected' && required.every((n) => checks[n] === 'up');
  return json(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
}
