/**
 * TLS to MongoDB where MONGO_URL says so: the URL's TLS options (`tls=true`, `tlsCAFile=…`) reach the driver
 * unchanged through the services' one connection mixin, and the driver verifies the server's certificate and host
 * name. The run's MongoDB (the emulator, or MONGO_URL) is put behind a TLS front with a certificate from a CA
 * made for this run (openssl, in a temporary directory).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import mongoose from 'mongoose';
import type { ServiceBroker } from 'moleculer';
import { createBroker } from '../../infra/broker.js';
import { resetConfig } from '../../infra/env.js';
import { systemCaller } from '../../infra/caller.js';
import { ensureCa, ensureServerCert, type CaFiles } from '../../infra/tls-certs.js';
import { SERVICES } from '../../app/services.js';
import { creditCode, isolateEnv } from '../helpers/platform.js';
import type { OrganizationDto } from '../../services/organizations/organizations.contract.js';

let dir: string;
let ca: CaFiles;
const fronts: tls.Server[] = [];
let secureSessions = 0;
let broker: ServiceBroker | undefined;

/** A TLS front on `host` (a free port) that forwards to the run's MongoDB. */
async function tlsFront(host: string, cert: { certFile: string; keyFile: string }): Promise<number> {
  const target = new URL(inject('mongoUrl').replace(/^mongodb(\+srv)?:/, 'http:'));
  const server = tls.createServer({ cert: readFileSync(cert.certFile), key: readFileSync(cert.keyFile) }, (socket) => {
    secureSessions++;
    const upstream = net.connect(Number(target.port || 27017), target.hostname);
    socket.pipe(upstream).pipe(socket);
    const close = () => (socket.destroy(), upstream.destroy());
    socket.on('error', close);
    upstream.on('error', close);
  });
  server.on('tlsClientError', () => undefined); // a client that refused our certificate
  fronts.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as net.AddressInfo).port;
}

let port: number;
let otherHostPort: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cej-mongo-tls-'));
  ca = ensureCa(dir, { name: 'cej test CA' });
  const cert = ensureServerCert(dir, ca, ['localhost', '127.0.0.1']);
  port = await tlsFront('127.0.0.1', cert);
  // The same certificate answering on another loopback address, which it does not name.
  otherHostPort = await tlsFront('127.0.0.2', cert);
});

afterAll(async () => {
  await broker?.stop();
  await Promise.all(fronts.map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });
});

describe('MongoDB over TLS', () => {
  it("a service stores and reads through the URL's TLS options, verified against the CA", async () => {
    isolateEnv();
    process.env.MONGO_URL = `mongodb://localhost:${port}/?tls=true&tlsCAFile=${encodeURIComponent(ca.caFile)}&directConnection=true`;
    resetConfig();
    const before = secureSessions;
    broker = createBroker({ nodeID: 'mongo-tls', transport: 'local', overrides: { logger: false } });
    broker.createService(SERVICES.organizations);
    await broker.start();
    const call = systemCaller(broker, 'test');
    const code = creditCode();
    const org = await call<OrganizationDto>('organizations.register', { name: 'TLS 测试企业', kind: 'ENTERPRISE', creditCode: code, regionCode: '450200' });
    const [read] = await call<(OrganizationDto | null)[]>('organizations.getMany', { ids: [org.id] });
    expect(read?.creditCode).toBe(code);
    expect(secureSessions).toBeGreaterThan(before);
  });

  it('refuses a server whose certificate does not name the host, or is not signed by the given CA', async () => {
    const attempt = async (url: string) => {
      const conn = mongoose.createConnection(url, { serverSelectionTimeoutMS: 1_500, autoCreate: false });
      try {
        await conn.asPromise();
        await conn.db!.admin().command({ ping: 1 });
        return 'CONNECTED';
      } catch (err) {
        // The driver's server-selection error keeps, per server, the network error and its TLS cause (with a code).
        type NetErr = { code?: string; cause?: NetErr };
        const e = err as { name?: string; reason?: { servers?: Map<string, { error?: NetErr }> } };
        const causes = [...(e.reason?.servers?.values() ?? [])].map((s) => s.error?.cause?.code ?? s.error?.code ?? 'none');
        return `${e.name}: ${causes.join(',')}`;
      } finally {
        await conn.close().catch(() => undefined);
      }
    };
    const wrongHost = await attempt(`mongodb://127.0.0.2:${otherHostPort}/?tls=true&tlsCAFile=${encodeURIComponent(ca.caFile)}&directConnection=true`);
    expect(wrongHost).toBe('MongooseServerSelectionError: ERR_TLS_CERT_ALTNAME_INVALID');
    const unknownCa = await attempt(`mongodb://localhost:${port}/?tls=true&directConnection=true`);
    expect(unknownCa).toBe('MongooseServerSelectionError: UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });
});
