/**
 * The generated NATS configuration: the permissions follow from the contracts (what each service owns, whom it
 * calls, which events it handles), the contracts agree with the code, and re-running the generator keeps or
 * rotates credentials as asked. Everything is generated into temporary directories.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { busTopology, deploymentIdentities, generateNatsConfig, type NatsConfigOptions } from '../../app/nats-config.js';
import { BUS_CONTRACTS, SERVICE_NAMES } from '../../app/services.js';
import { ownerOf } from '../../infra/bus-identity.js';
import { permissionsFor } from '../../infra/nats-permissions.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'cej-natscfg-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const topology = busTopology();
const identities = deploymentIdentities([['grants', 'grantStandings']]);
const perms = (identity: string) => permissionsFor(identity, identities, topology, 'cej');
const targets = (subjects: string[], cmd: string, from: string) =>
  subjects.filter((s) => s.startsWith(`MOL-cej.${cmd}.`)).map((s) => s.slice(`MOL-cej.${cmd}.`.length, -`.*.${from}`.length)).sort();

describe('permissions generated from the contracts', () => {
  it('let every identity publish only subjects that end with its own name, and subscribe only to broadcasts and its own subjects', () => {
    for (const id of identities) {
      const p = perms(id);
      expect(p.publish.length).toBeGreaterThan(0);
      for (const s of p.publish) expect(s.endsWith(`.${id}`)).toBe(true);
      for (const s of p.subscribe) expect(/^MOL-cej\.[A-Z]+\.\*$/.test(s) || s.startsWith(`MOL-cej.${s.split('.')[1]}.${id}.`)).toBe(true);
    }
  });

  it("let the gateway only send requests, read its replies, and take its near cache's cacheStale events", () => {
    const p = perms('gateway');
    expect(p.publish.filter((s) => /\.(EVENT|RES)\./.test(s))).toEqual([]);
    expect(p.subscribe.filter((s) => /\.REQ\./.test(s))).toEqual([]);
    expect(p.subscribe.filter((s) => /\.EVENT\./.test(s))).toEqual(['MOL-cej.EVENT.gateway.*.*']);
    // The gateway handles only `<service>.cacheStale` (infra/read-cache.ts): exactly the services that declare one may
    // send it events, and no other service (revenue caches nothing, so it may not).
    expect(topology.gatewayListens).toEqual(expect.arrayContaining(['alliances.cacheStale', 'organizations.cacheStale', 'trainingBases.cacheStale', 'grants.cacheStale']));
    expect(topology.gatewayListens!.every((e) => e.endsWith('.cacheStale'))).toBe(true);
    const owners = new Set(topology.gatewayListens!.map(ownerOf));
    for (const id of identities.filter((i) => i !== 'gateway')) {
      const mayTell = targets(perms(id).publish, 'EVENT', id).includes('gateway');
      expect({ id, mayTell }).toEqual({ id, mayTell: id.split('+').some((s) => owners.has(s)) });
    }
    expect(targets(p.publish, 'REQ', 'gateway')).toEqual([...identities.filter((i) => i !== 'gateway')].sort());
    expect(p.subscribe).toContain('MOL-cej.RES.gateway.*.*');
  });

  it("send a service's events only to the identities that handle them, and its requests only to the services it calls", () => {
    // organizations' events are handled by grants (audit), grantStandings (projection) and notifications (disqualified);
    // its `organizations.cacheStale` by the services caching answers that read organizations (alliances, trainingBases,
    // grants) and its own replicas.
    // The gateway takes its `organizations.cacheStale` too (its near cache).
    expect(targets(perms('organizations').publish, 'EVENT', 'organizations')).toEqual(['alliances', 'gateway', 'grantStandings', 'grantStandings+grants', 'grants', 'notifications', 'organizations', 'trainingBases']);
    // Nobody handles revenue's events: revenue may publish none. It calls organizations, alliances and projects.
    expect(targets(perms('revenue').publish, 'EVENT', 'revenue')).toEqual([]);
    expect(targets(perms('revenue').publish, 'REQ', 'revenue')).toEqual(['alliances', 'organizations', 'projects', 'revenue']);
    // Replies go back only to those who call: nobody calls revenue but the gateway (and revenue's own replicas).
    expect(targets(perms('revenue').publish, 'RES', 'revenue')).toEqual(['gateway', 'revenue']);
  });
});

describe('the bus contracts', () => {
  it('name only actions and events of their own service, and call only known services', () => {
    for (const c of BUS_CONTRACTS) {
      expect(SERVICE_NAMES).toContain(c.service);
      for (const name of [...c.actions, ...c.events]) expect(ownerOf(name)).toBe(c.service);
      for (const callee of c.calls) expect(SERVICE_NAMES).toContain(callee);
    }
    expect(BUS_CONTRACTS.map((c) => c.service).sort()).toEqual([...SERVICE_NAMES].sort());
  });

  it("handle only events some contract publishes, and declare every service whose actions their code calls", async () => {
    const published = new Set(BUS_CONTRACTS.flatMap((c) => c.events));
    for (const [service, events] of [...Object.entries(topology.listens), ['gateway', topology.gatewayListens ?? []] as const]) for (const e of events) expect({ service, event: e, published: published.has(e) }).toEqual({ service, event: e, published: true });
    // Which exported `…Action` constant belongs to which service (read from the contract modules themselves).
    const constants = new Map<string, string>();
    for (const service of SERVICE_NAMES) {
      const mod = (await import(path.join(ROOT, 'services', service, `${service}.contract.ts`))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (name.endsWith('Action') && value && typeof value === 'object') constants.set(name, service);
    }
    const actionOwners = new Map(BUS_CONTRACTS.flatMap((c) => c.actions.map((a) => [a, c.service] as const)));
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const full = path.join(dir, f);
        if (statSync(full).isDirectory()) return sources(full);
        return f.endsWith('.ts') && !f.endsWith('.spec.ts') ? [full] : [];
      });
    for (const c of BUS_CONTRACTS) {
      const called = new Set<string>();
      for (const file of sources(path.join(ROOT, 'services', c.service))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/\b([A-Z][A-Za-z]*Action)\.[a-zA-Z]+/g)) if (constants.has(m[1])) called.add(constants.get(m[1])!);
        for (const m of text.matchAll(/'([a-zA-Z]+\.[a-zA-Z]+)'/g)) if (actionOwners.has(m[1]) && !file.endsWith('.contract.ts')) called.add(actionOwners.get(m[1])!);
        // infra/authz.ts asks organizations for the caller's organization.
        if (/\bcaller(Organization|FunderRegion|FunderCovers)\(/.test(text)) called.add('organizations');
      }
      called.delete(c.service);
      expect({ service: c.service, undeclared: [...called].filter((s) => !c.calls.includes(s)) }).toEqual({ service: c.service, undeclared: [] });
    }
  });
});

describe('the generator', () => {
  const options = (outDir: string, extra: Partial<NatsConfigOptions> = {}): NatsConfigOptions => ({ outDir, namespace: 'cej', hosts: ['nats', 'localhost'], listen: '0.0.0.0:4222', ...extra });

  it('writes the server configuration with public keys only, and one secret credentials file per identity', () => {
    const dir = tempDir();
    const g = generateNatsConfig(options(dir));
    const conf = readFileSync(g.configFile, 'utf8');
    for (const id of Object.values(g.identities)) {
      expect(conf).toContain(id.publicKey);
      expect(conf).not.toContain(id.seed);
      expect(statSync(id.envFile).mode & 0o077).toBe(0);
      expect(readFileSync(id.envFile, 'utf8')).toContain(`NATS_NKEY_SEED=${id.seed}`);
    }
    expect(statSync(path.join(dir, 'tls', 'server.key')).mode & 0o077).toBe(0);
    expect(statSync(path.join(dir, 'tls', 'ca.key')).mode & 0o077).toBe(0);
  });

  it('keeps keys and certificates on a re-run, and rotates only what it is asked to', () => {
    const dir = tempDir();
    const first = generateNatsConfig(options(dir));
    const cert = () => readFileSync(path.join(dir, 'tls', 'server.pem'), 'utf8');
    const caPem = readFileSync(first.caFile, 'utf8');
    const firstCert = cert();
    const again = generateNatsConfig(options(dir));
    expect(Object.values(again.identities).map((i) => i.publicKey)).toEqual(Object.values(first.identities).map((i) => i.publicKey));
    expect(cert()).toBe(firstCert);
    const rotated = generateNatsConfig(options(dir, { rotate: ['organizations'], rotateTls: true }));
    const changed = Object.keys(first.identities).filter((k) => rotated.identities[k].publicKey !== first.identities[k].publicKey);
    expect(changed).toEqual(['organizations']);
    expect(cert()).not.toBe(firstCert);
    expect(readFileSync(rotated.caFile, 'utf8')).toBe(caPem); // same CA: clients need nothing new
  });
});
