/**
 * The floor: a trivial action called in process (no transporter) and over NATS from another broker —
 * what one bus hop costs before any of our code runs.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ServiceBroker } from 'moleculer';
import { summarize, hrMs } from './stats.js';

const PingService = { name: 'benchPing', actions: { ping: { handler: () => 'pong' } } };

async function measure(caller: ServiceBroker) {
  for (let i = 0; i < 500; i++) await caller.call('benchPing.ping');
  const samples: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const t = process.hrtime.bigint();
    await caller.call('benchPing.ping');
    samples.push(hrMs(t));
  }
  const seq = summarize(samples);
  // Throughput: 100 calls in flight for 2 seconds.
  let done = 0;
  const until = Date.now() + 2_000;
  const start = Date.now();
  await Promise.all(
    Array.from({ length: 100 }, async () => {
      while (Date.now() < until) {
        await caller.call('benchPing.ping');
        done++;
      }
    }),
  );
  return { p50Ms: seq.p50, p99Ms: seq.p99, callsPerSec: done / ((Date.now() - start) / 1000) };
}

export async function measureFloor(natsUrl: string) {
  const opts = { logger: false, requestTimeout: 5_000 } as const;
  const local = new ServiceBroker({ ...opts, nodeID: 'floor-local', transporter: null });
  local.createService(PingService);
  await local.start();
  const inProcess = await measure(local);
  await local.stop();

  // Over NATS: the action lives in another process, as the services do in deployment modes (b) and (c).
  const ns = `floor-${process.pid}`;
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'ping-service.ts')], {
    env: { ...process.env, NATS_URL: natsUrl, MOLECULER_NAMESPACE: ns },
    stdio: 'inherit',
  });
  const client = new ServiceBroker({ ...opts, namespace: ns, nodeID: 'floor-client', transporter: { type: 'NATS', options: { url: natsUrl } } });
  await client.start();
  await client.waitForServices(['benchPing'], 30_000);
  const overNats = await measure(client);
  await client.stop();
  server.kill('SIGTERM');
  return { inProcess, overNats };
}
