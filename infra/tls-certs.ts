/**
 * A private CA and server certificates made with the `openssl` command line (ECDSA P-256): for the NATS server of a
 * deployment (app/nats-config.ts) and for the tests, which make a fresh set in a temporary directory per run.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isIP } from 'node:net';

export interface CaFiles {
  /** The CA certificate (PEM): what clients are given to verify servers. */
  caFile: string;
  /** The CA private key (PEM): signs server certificates; keep it off the servers. */
  caKeyFile: string;
}

export interface ServerCertFiles {
  certFile: string;
  keyFile: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Makes a CA in `dir` (`ca.pem`, `ca.key`), or keeps the one there unless `rotate`. Valid `days` (default 3650). */
export function ensureCa(dir: string, opts: { rotate?: boolean; days?: number; name?: string } = {}): CaFiles {
  mkdirSync(dir, { recursive: true });
  const files = { caFile: path.join(dir, 'ca.pem'), caKeyFile: path.join(dir, 'ca.key') };
  if (!opts.rotate && existsSync(files.caFile) && existsSync(files.caKeyFile)) return files;
  openssl(
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', String(opts.days ?? 3650),
      '-subj', `/CN=${opts.name ?? 'cej platform CA'}`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    dir,
  );
  chmodSync(files.caKeyFile, 0o600);
  return files;
}

/**
 * Issues `<name>.pem` / `<name>.key` in `dir`, signed by `ca`, for the given host names and IP addresses (its
 * subjectAltName: what clients verify the host name against), or keeps the pair there unless `rotate`.
 * Valid `days` (default 397, the public maximum). `clientAuth` also allows it as a client certificate (mongod uses its
 * own certificate when it connects to replica set members).
 */
export function ensureServerCert(dir: string, ca: CaFiles, hosts: readonly string[], opts: { rotate?: boolean; days?: number; name?: string; clientAuth?: boolean } = {}): ServerCertFiles {
  const name = opts.name ?? 'server';
  const files = { certFile: path.join(dir, `${name}.pem`), keyFile: path.join(dir, `${name}.key`) };
  if (!opts.rotate && existsSync(files.certFile) && existsSync(files.keyFile)) return files;
  if (!hosts.length) throw new Error('a server certificate needs at least one host name');
  mkdirSync(dir, { recursive: true });
  const san = hosts.map((h) => (isIP(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
  const ext = path.join(dir, `${name}.ext`);
  writeFileSync(ext, `subjectAltName=${san}\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth${opts.clientAuth ? ',clientAuth' : ''}\n`);
  try {
    openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${hosts[0]}`], dir);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', ca.caFile, '-CAkey', ca.caKeyFile, '-set_serial', `0x${Date.now().toString(16)}`, '-out', `${name}.pem`, '-days', String(opts.days ?? 397), '-extfile', ext], dir);
  } finally {
    rmSync(ext, { force: true });
    rmSync(path.join(dir, `${name}.csr`), { force: true });
  }
  chmodSync(files.keyFile, 0o600);
  return files;
}
