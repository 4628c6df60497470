import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { buildConsoleIfStale, startDemoPlatform, type DemoPlatform } from './demo-platform.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A JSON file that appears once the shared demo platform is up: `{ base, identities }` or `{ error }`. */
    demoPlatformStatus: string;
  }
}

/**
 * The `browser` project's global setup (after test/helpers/global-setup.ts): builds the console if stale and starts ONE
 * demo platform for every browser spec of the run. It starts in the background (the other projects' files run
 * meanwhile); `openConsole()` waits for the status file.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'demo-platform-'));
  const status = path.join(dir, 'status.json');
  const write = (value: object) => {
    writeFileSync(`${status}.part`, JSON.stringify(value));
    renameSync(`${status}.part`, status);
  };
  const t0 = Date.now();
  const started: Promise<DemoPlatform | undefined> = buildConsoleIfStale()
    .then(() => startDemoPlatform({ mongoUrl: project.getProvidedContext().mongoUrl }))
    .then(
      (p) => {
        process.stdout.write(`[demo platform] ${p.base} up in ${((Date.now() - t0) / 1000).toFixed(1)} s, shared by the browser specs\n`);
        write({ base: p.base, identities: p.identities });
        return p;
      },
      (err: Error) => {
        write({ error: err.message });
        return undefined;
      },
    );
  project.provide('demoPlatformStatus', status);
  return async () => {
    await (await started)?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
