import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { freePort } from './ports.js';
import { awaitOutput, stopChild } from './child-output.js';

/**
 * The embedded MongoDB-compatible server (the jongodb emulator shipped as an npm package) used by
 * `npm start` and the tests when MONGO_URL is not set. It keeps data in memory only. See shared/NOTES.md
 * for what it lacks; our data layer keeps to what real MongoDB does the same way.
 */
export interface EmbeddedMongo {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

export function emulatorBinary(): string {
  const require = createRequire(import.meta.url);
  let pkgJson: string;
  try {
    pkgJson = require.resolve('@jongodb/memory-server-bin-linux-x64-gnu/package.json');
  } catch {
    throw new Error(
      'MONGO_URL is not set and the embedded MongoDB emulator (@jongodb/memory-server-bin-linux-x64-gnu) is not installed. ' +
        'Run `npm ci` on linux-x64 (glibc), or set MONGO_URL to a MongoDB server.',
    );
  }
  const bin = path.join(path.dirname(pkgJson), 'bin', 'jongodb');
  if (!existsSync(bin)) throw new Error(`The embedded MongoDB emulator binary is missing at ${bin}; reinstall with npm ci.`);
  return bin;
}

export async function startEmbeddedMongo(): Promise<EmbeddedMongo> {
  const bin = emulatorBinary();
  const port = await freePort();
  const child: ChildProcess = spawn(bin, ['--host=127.0.0.1', `--port=${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await awaitOutput(child, (out) => /JONGODB_URI=(\S+)/.exec(out)?.[1], { what: 'The MongoDB emulator', timeoutMs: 15_000 }).ready;
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  child.stdout?.resume();
  child.stderr?.resume();
  // The emulator answers on the URI's database; services pick their own database names.
  const base = url.replace(/\/[^/]*$/, '/');
  return {
    url: base,
    pid: child.pid,
    stop: () => stopChild(child, 2_000),
  };
}
