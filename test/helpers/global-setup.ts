import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startTestServers } from './infra.js';

declare module 'vitest' {
  export interface ProvidedContext {
    natsUrl: string;
    mongoUrl: string;
  }
}

/** One NATS server and one MongoDB for the whole run; each test file isolates itself by namespace and database prefix. */
export default async function setup(project: TestProject) {
  const servers = await startTestServers();
  process.stdout.write(`[test servers] NATS: ${servers.natsKind} ${servers.natsUrl} · MongoDB: ${servers.mongoKind}\n`);
  project.provide('natsUrl', servers.natsUrl);
  project.provide('mongoUrl', servers.mongoUrl);
  return async () => {
    await servers.stop();
  };
}
