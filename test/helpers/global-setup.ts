import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startTestServers, type TestServers } from './infra.js';

declare module 'vitest' {
  export interface ProvidedContext {
    natsUrl: string;
    mongoUrl: string;
  }
}

/**
 * The servers of this run, shared by every vitest project (unit, integration): each project runs this
 * global setup, and vitest loads it once per project, so the servers are kept on `globalThis` (the main process)
 * and stopped when the last project is done.
 */
const shared = globalThis as typeof globalThis & { __testServers?: { servers: Promise<TestServers>; users: number } };

/** One NATS server and one MongoDB for the whole run; each test file isolates itself by namespace and database prefix. */
export default async function setup(project: TestProject) {
  if (!shared.__testServers) {
    const servers = startTestServers();
    shared.__testServers = { servers, users: 0 };
    const s = await servers;
    process.stdout.write(`[test servers] NATS: ${s.natsKind} ${s.natsUrl} · MongoDB: ${s.mongoKind}\n`);
  }
  const entry = shared.__testServers;
  entry.users += 1;
  const servers = await entry.servers;
  project.provide('natsUrl', servers.natsUrl);
  project.provide('mongoUrl', servers.mongoUrl);
  return async () => {
    entry.users -= 1;
    if (entry.users === 0) {
      shared.__testServers = undefined;
      await servers.stop();
    }
  };
}
