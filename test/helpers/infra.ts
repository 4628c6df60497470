/**
 * Where the test servers come from, in order: NATS_URL / MONGO_URL if set; else containers through
 * testcontainers when a Docker engine answers; else a private nats-server binary and the embedded MongoDB
 * emulator. If none can be had the run fails with the reason: integration tests are never skipped.
 */
import { startEmbeddedMongo } from '../../infra/embedded-mongo.js';
import { readFileSync } from 'node:fs';
import { NATS_CONF, startEmbeddedNats } from '../../infra/embedded-nats.js';

export interface TestServers {
  natsUrl: string;
  mongoUrl: string;
  mongoKind: string;
  natsKind: string;
  stop(): Promise<void>;
}

async function dockerAvailable(): Promise<boolean> {
  if (process.env.TESTCONTAINERS === 'off') return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([getContainerRuntimeClient(), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 3_000))]);
    return true;
  } catch {
    return false;
  }
}

export async function startTestServers(): Promise<TestServers> {
  const stops: (() => Promise<void>)[] = [];
  const problems: string[] = [];
  let natsUrl = process.env.NATS_URL;
  let mongoUrl = process.env.MONGO_URL;
  let natsKind = natsUrl ? 'NATS_URL' : '';
  let mongoKind = mongoUrl ? 'MONGO_URL' : '';
  const docker = (!natsUrl || !mongoUrl) && (await dockerAvailable());
  if (docker) {
    const { GenericContainer } = await import('testcontainers');
    if (!natsUrl) {
      // The same server settings as everywhere else (max_payload on purpose: infra/nats.conf).
      const c = await new GenericContainer('nats:2.10')
        .withCopyContentToContainer([{ content: readFileSync(NATS_CONF, 'utf8'), target: '/etc/nats/cej.conf' }])
        .withCommand(['-c', '/etc/nats/cej.conf'])
        .withExposedPorts(4222)
        .start();
      natsUrl = `nats://${c.getHost()}:${c.getMappedPort(4222)}`;
      natsKind = 'testcontainers nats:2.10';
      stops.push(async () => void (await c.stop()));
    }
    if (!mongoUrl) {
      const { MongoDBContainer } = await import('@testcontainers/mongodb');
      const c = await new MongoDBContainer('mongo:7').start();
      mongoUrl = `${c.getConnectionString()}/?directConnection=true`;
      mongoKind = 'testcontainers mongo:7 (replica set)';
      stops.push(async () => void (await c.stop()));
    }
  }
  if (!natsUrl) {
    try {
      const n = await startEmbeddedNats();
      natsUrl = n.url;
      natsKind = 'nats-server binary';
      stops.push(n.stop);
    } catch (err) {
      problems.push(`No NATS server: ${(err as Error).message}`);
    }
  }
  if (!mongoUrl) {
    try {
      const m = await startEmbeddedMongo();
      mongoUrl = m.url;
      mongoKind = 'jongodb emulator';
      stops.push(m.stop);
    } catch (err) {
      problems.push(`No MongoDB: ${(err as Error).message}`);
    }
  }
  if (problems.length || !natsUrl || !mongoUrl) {
    await Promise.all(stops.map((s) => s()));
    throw new Error(`Integration tests cannot run (they are never skipped):\n  - ${problems.join('\n  - ')}`);
  }
  return {
    natsUrl,
    mongoUrl,
    natsKind,
    mongoKind,
    async stop() {
      await Promise.all(stops.map((s) => s().catch(() => undefined)));
    },
  };
}
