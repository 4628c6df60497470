/**
 * docker-compose.yml against the platform it deploys: every service of app/services.ts runs in a container of its own
 * name with its own NATS identity's credentials, the gateway with the gateway's, and nothing else does; every
 * identity `npm run nats:config` generates (generated here into a temporary directory) is used by a container and
 * every credentials file a container names is generated; Redis is there and REDIS_URL reaches every container of the
 * platform. No Docker engine is needed: the file is read as text (the shape this file keeps: two-space service keys,
 * one-line `env_file`, flow-style `command`), so the check runs wherever the tests run. `docker compose config`
 * validates the file itself (README, Operations).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deploymentIdentities, generateNatsConfig } from '../../app/nats-config.js';
import { SERVICE_NAMES } from '../../app/services.js';
import { GATEWAY_IDENTITY } from '../../infra/bus-identity.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COMPOSE = readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface ComposeService {
  name: string;
  /** The block's lines (below its key). */
  lines: string[];
  envFile: string | undefined;
  command: string[] | undefined;
}

/** The blocks under the top-level `services:` key, by their two-space-indented names. */
function composeServices(text: string): ComposeService[] {
  const lines = text.split('\n');
  const start = lines.indexOf('services:');
  expect(start, 'docker-compose.yml has a top-level services: key').toBeGreaterThan(-1);
  const out: ComposeService[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break; // the next top-level key (volumes:)
    const key = /^ {2}([A-Za-z][\w-]*):\s*$/.exec(line);
    if (key) out.push({ name: key[1], lines: [], envFile: undefined, command: undefined });
    else if (out.length && line.trim() && !line.trim().startsWith('#')) out[out.length - 1].lines.push(line);
  }
  for (const s of out) {
    s.envFile = s.lines.map((l) => /^ {4}env_file:\s*(\S+)\s*$/.exec(l)?.[1]).find(Boolean);
    const cmd = s.lines.map((l) => /^ {4}command:\s*(\[.*\])\s*$/.exec(l)?.[1]).find(Boolean);
    s.command = cmd ? (JSON.parse(cmd) as string[]) : undefined;
  }
  return out;
}

/** The lines of the `&service-env` environment every platform container merges. */
function serviceEnv(text: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /environment:\s*&service-env\s*$/.test(l));
  expect(at, 'x-service has an environment anchored &service-env').toBeGreaterThan(-1);
  const indent = /^(\s*)/.exec(lines[at])![1].length;
  const body: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (l.trim() && /^(\s*)/.exec(l)![1].length <= indent) break;
    body.push(l);
  }
  return body;
}

const services = composeServices(COMPOSE);
const byName = new Map(services.map((s) => [s.name, s]));
const credentials = (identity: string) => `deploy/nats/credentials/${identity}.env`;
/** The containers that run the platform's code (every one but NATS, MongoDB and Redis). */
const platform = services.filter((s) => s.command?.includes('--import'));

describe('docker-compose.yml', () => {
  it('runs every service of app/services.ts in its own container, with its own identity, and no other service', () => {
    for (const name of SERVICE_NAMES) {
      const s = byName.get(name);
      expect({ name, found: !!s }).toEqual({ name, found: true });
      expect({ name, command: s!.command, envFile: s!.envFile }).toEqual({ name, command: ['node', '--import', 'tsx', 'app/run-service.ts', name], envFile: credentials(name) });
    }
    const run = platform.filter((s) => s.command!.includes('app/run-service.ts')).map((s) => s.command!.at(-1));
    expect(run.sort()).toEqual([...SERVICE_NAMES].sort());
    const gateway = byName.get('gateway');
    expect({ command: gateway?.command, envFile: gateway?.envFile }).toEqual({ command: ['node', '--import', 'tsx', 'app/gateway.ts'], envFile: credentials(GATEWAY_IDENTITY) });
  });

  it('names exactly the identities npm run nats:config generates, and each one has its credentials', () => {
    const named = platform.map((s) => s.envFile);
    expect(named.every(Boolean)).toBe(true);
    expect(new Set(named).size).toBe(named.length); // no two containers share an identity
    expect([...named].sort()).toEqual(deploymentIdentities().map(credentials).sort());
    const out = mkdtempSync(path.join(tmpdir(), 'cej-compose-'));
    dirs.push(out);
    generateNatsConfig({ outDir: out, namespace: 'cej', hosts: ['nats', 'localhost'], listen: '0.0.0.0:4222', mongoHosts: ['mongo'] });
    const generated = readdirSync(path.join(out, 'credentials')).map((f) => `deploy/nats/credentials/${f}`);
    expect([...named].sort()).toEqual(generated.sort());
  });

  it('starts Redis with NATS and MongoDB, and gives every platform container REDIS_URL and waits for Redis', () => {
    for (const infra of ['nats', 'mongo', 'redis']) expect(byName.has(infra), infra).toBe(true);
    expect(byName.get('redis')!.lines.join('\n')).toMatch(/healthcheck:/);
    const env = serviceEnv(COMPOSE).join('\n');
    expect(env).toMatch(/^\s+REDIS_URL: redis:\/\/:\$\{REDIS_PASSWORD:\?[^}]*\}@redis:6379\/\d+\s*$/m);
    expect(env).toMatch(/^\s+NATS_URL: tls:\/\/nats:4222\s*$/m);
    expect(env).toMatch(/^\s+MONGO_URL: mongodb:\/\/.+@mongo:27017\//m);
    const xService = COMPOSE.slice(COMPOSE.indexOf('x-service: &service'), COMPOSE.indexOf('\nservices:'));
    expect(xService, 'x-service waits for a healthy Redis').toMatch(/^ {2}depends_on:\n(?: {4}.*\n| {6}.*\n)* {4}redis:\n {6}condition: service_healthy$/m);
    // Every platform container extends x-service and either takes its whole environment or merges it into its own.
    for (const s of platform) {
      expect(s.lines.some((l) => /^ {4}<<: \*service\s*$/.test(l)), `${s.name} extends x-service`).toBe(true);
      const own = s.lines.findIndex((l) => /^ {4}environment:\s*$/.test(l));
      if (own >= 0) expect(s.lines[own + 1], `${s.name}'s environment merges *service-env`).toMatch(/^ {6}<<: \*service-env\s*$/);
    }
  });
});
