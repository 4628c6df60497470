/**
 * The console's static files over HTTP: JS, CSS and HTML compressed by Accept-Encoding (brotli preferred, gzip,
 * or none), the bytes decompressing to the file exactly; hashed assets cached for a year (immutable), index.html
 * no-cache and revalidated by ETag; small files, images and HEAD requests as before.
 */
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { chooseEncoding } from './compressed-assets.js';
import { consoleRoute } from './console-route.js';
import { startGateway, type Gateway } from './server.js';
import { testBus } from '../test/helpers/gateway.js';

let dist: string;
let broker: ServiceBroker;
let gw: Gateway;
const JS = `export const words = [${Array.from({ length: 4000 }, (_, i) => `"联盟成员单位${i}"`).join(',')}];\n`;
const CSS = `.a{color:#123456}\n`.repeat(500);
const HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<div id="root"></div>'.repeat(100)}</body></html>`;
const PNG = Buffer.alloc(4096, 7);

/** A raw GET (no automatic decompression): status, headers and the bytes as sent. */
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const { port } = gw.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'console-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), HTML);
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), JS);
  writeFileSync(path.join(dist, 'assets', 'style-def456.css'), CSS);
  writeFileSync(path.join(dist, 'assets', 'tiny-000111.js'), 'export{};\n');
  writeFileSync(path.join(dist, 'assets', 'logo-222333.png'), PNG);
  broker = await testBus();
  gw = await startGateway({ broker, port: 0, requiredServices: [], routes: [consoleRoute(dist)] });
});
afterAll(async () => {
  await gw?.stop();
  await broker?.stop();
  rmSync(dist, { recursive: true, force: true });
});

describe('compressed console assets', () => {
  it('answers brotli when accepted, the bytes decompressing to the file, cached for a year as immutable', async () => {
    const r = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(Buffer.byteLength(JS) / 4);
    expect(zlib.brotliDecompressSync(r.body).toString()).toBe(JS);
  });

  it('answers gzip to a client without brotli, and the file as it is to one without either', async () => {
    const gz = await get('/assets/style-def456.css', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(CSS);
    const plain = await get('/assets/style-def456.css');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(CSS);
    expect(plain.headers.vary).toBe('Accept-Encoding');
    const refused = await get('/assets/style-def456.css', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const gzipPreferred = await get('/assets/index-abc123.js', { 'accept-encoding': 'br;q=0.5, gzip;q=1' });
    expect(gzipPreferred.headers['content-encoding']).toBe('gzip');
  });

  it('serves index.html compressed with no-cache, for deep links too, and revalidates it by ETag (304)', async () => {
    const r = await get('/funder/standings', { 'accept-encoding': 'br' });
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(r.body).toString()).toBe(HTML);
    const etag = r.headers.etag!;
    expect(etag).toMatch(/^W\/"/);
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('compresses a new version of a file anew (the cache is keyed by size and mtime)', async () => {
    const file = path.join(dist, 'assets', 'style-def456.css');
    const next = CSS + '.b{color:#654321}\n'.repeat(10);
    writeFileSync(file, next);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const r = await get('/assets/style-def456.css', { 'accept-encoding': 'br' });
    expect(zlib.brotliDecompressSync(r.body).toString()).toBe(next);
  });

  it('sends small files, images and HEAD answers uncompressed bodies as before', async () => {
    const tiny = await get('/assets/tiny-000111.js', { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    const png = await get('/assets/logo-222333.png', { 'accept-encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    expect(png.body.equals(PNG)).toBe(true);
    const head = await get('/assets/index-abc123.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
  });

  it('chooses the encoding by q-values', () => {
    expect(chooseEncoding(null)).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('gzip, br')).toBe('br');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0.5, br;q=0')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBeNull();
  });
});
