import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { config } from '../infra/env.js';
import { ErrorCode } from '../infra/errors.js';
import { getDevIdentities } from './dev-identities.js';
import { codedError } from './errors.js';
import type { Route } from './plugins/use-routes.js';
import { msg } from '../infra/message-registry.js';
import { chooseEncoding, COMPRESSIBLE, compressedFile, MIN_COMPRESS_BYTES } from './compressed-assets.js';

/** Where the built single-page console is (console/, `npm run build:console`): the one place that names it. */
export const CONSOLE_DIST = path.resolve(import.meta.dirname, '..', 'console', 'dist');

/** A loopback client address (127.0.0.0/8, ::1, or IPv4-mapped 127.x); undefined (no socket) is not one. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/** Paths the console never answers: the API and the other plain-HTTP routes. */
const RESERVED = [/^\/graphql(\/|$)/, /^\/healthz$/, /^\/readyz$/, /^\/metrics$/, /^\/calendar\//, /^\/exports\//];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

async function fileAt(p: string): Promise<{ size: number; mtime: Date } | null> {
  try {
    const s = await stat(p);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

/** A file's bytes as a response body (streamed from disk). */
const fileBody = (p: string) => Readable.toWeb(createReadStream(p)) as unknown as ReadableStream<Uint8Array>;

/**
 * GET / and any other non-API path: the console. Files under /assets/ carry a content hash in their names and
 * are cached for a year (immutable); every other path that is not a file gets index.html (client-side routes),
 * never cached so a new build is picked up at once. Outside production, GET /console/dev-identities lists the
 * demo identities for the development sign-in.
 */
export function consoleRoute(dist = CONSOLE_DIST): Route {
  return async ({ request, url, remoteAddress }) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const head = request.method === 'HEAD';
    const pathname = url.pathname;
    if (RESERVED.some((r) => r.test(pathname))) return null;

    if (pathname === '/console/dev-identities') {
      // Demo tokens (a platform admin's among them) go to this machine only: never in production, never to a client on
      // the network even when HOST opens the gateway to it.
      if (config().nodeEnv === 'production' || !isLoopback(remoteAddress)) throw codedError(ErrorCode.NOT_FOUND, msg('gateway.notAvailableHere'));
      const body = JSON.stringify({ identities: getDevIdentities().map(({ label, roles, org, token }) => ({ label, roles, org: org ?? null, token })) });
      return new Response(head ? null : body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS } });
    }

    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      decoded = '/';
    }
    const target = path.resolve(dist, `.${path.posix.normalize(decoded)}`);
    const inside = target === dist || target.startsWith(dist + path.sep);
    const file = inside && target !== dist ? await fileAt(target) : null;
    const hashed = decoded.startsWith('/assets/');

    if (file) {
      const ext = path.extname(target).toLowerCase();
      const cacheControl = hashed ? 'public, max-age=31536000, immutable' : ext === '.html' ? 'no-cache' : 'public, max-age=3600';
      return serveFile(request, target, file, TYPES[ext] ?? 'application/octet-stream', cacheControl, { 'last-modified': file.mtime.toUTCString() });
    }
    if (hashed || path.extname(decoded)) {
      // A missing asset is a 404, never index.html (a stale page asking for an old chunk must fail visibly).
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
    }
    const index = path.join(dist, 'index.html');
    const indexFile = await fileAt(index);
    if (!indexFile) {
      return new Response(
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>Console not built</title>' +
          '<p>The web console is not built. Run <code>npm run build:console</code> (or <code>npm start</code>, which builds it), then reload.</p>' +
          '<p>The API is at <a href="/graphql">/graphql</a>.</p></html>',
        { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
      );
    }
    return serveFile(request, index, indexFile, TYPES['.html'], 'no-cache');
  };
}

/**
 * A file as the response: compressed (brotli or gzip, gateway/compressed-assets.ts) when its type is text, it is
 * large enough and the client accepts an encoding, else as it is; `Vary: Accept-Encoding` on every compressible
 * one (caches keep the variants apart). A weak ETag from size and mtime lets a no-cache index.html revalidate
 * with 304. HEAD answers the same headers without a body.
 */
async function serveFile(
  request: Request,
  file: string,
  info: { size: number; mtime: Date },
  contentType: string,
  cacheControl: string,
  extra: Record<string, string> = {},
): Promise<Response> {
  const head = request.method === 'HEAD';
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtime.getTime()).toString(16)}"`;
  const compressible = COMPRESSIBLE.has(path.extname(file).toLowerCase());
  const headers: Record<string, string> = { 'content-type': contentType, 'cache-control': cacheControl, etag, ...extra, ...SECURITY_HEADERS };
  if (compressible) headers.vary = 'Accept-Encoding';
  const inm = request.headers.get('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === '*')) return new Response(null, { status: 304, headers });
  const encoding = compressible && info.size >= MIN_COMPRESS_BYTES ? chooseEncoding(request.headers.get('accept-encoding')) : null;
  if (encoding) {
    const body = await compressedFile(file, encoding, info.size, info.mtime.getTime());
    return new Response(head ? null : new Uint8Array(body), { status: 200, headers: { ...headers, 'content-encoding': encoding, 'content-length': String(body.length) } });
  }
  return new Response(head ? null : fileBody(file), { status: 200, headers: { ...headers, 'content-length': String(info.size) } });
}
