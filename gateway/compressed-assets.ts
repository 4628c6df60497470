/**
 * Compressed static files for the console route: brotli or gzip by the request's Accept-Encoding (brotli preferred
 * at equal weight, q=0 refuses an encoding), compressed once per file version (path, size, mtime) and kept in
 * memory — or taken from a precompressed sibling on disk (`app.js.br`, `app.js.gz`) when the build wrote one.
 * Only text types are compressed (JS, CSS, HTML, JSON, SVG, source maps); images and fonts are already compressed.
 * Node's own zlib (brotli and gzip built in): no package to add, and the work happens once per file version.
 */
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Extensions worth compressing (text). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);
/** Files below this size are sent as they are (the headers would eat the gain). */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * The encoding to answer with for an Accept-Encoding header, among the ones we make: br or gzip by q-value
 * (br first at equal q; `*` stands for both), or null for identity.
 */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
  if (!acceptEncoding) return null;
  const q: Record<string, number> = {};
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const m = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)).find(Boolean);
    q[name.trim()] = m ? Number(m[1]) : 1;
  }
  const weight = (e: Encoding) => q[e] ?? q['*'] ?? 0;
  const best = (['br', 'gzip'] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best ?? null;
}

interface Entry {
  version: string;
  body: Promise<Buffer>;
}
const cache = new Map<string, Entry>();
let cachedBytes = 0;
/** A bound on the memory the cache holds (compressed bytes); past it, the oldest entries go. */
const MAX_CACHED_BYTES = 64 * 1024 * 1024;

async function precompressed(file: string, encoding: Encoding, mtimeMs: number): Promise<Buffer | null> {
  const sibling = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  try {
    const s = await stat(sibling);
    // A sibling older than the file belongs to an earlier build: not used.
    return s.isFile() && s.mtimeMs >= mtimeMs ? await readFile(sibling) : null;
  } catch {
    return null;
  }
}

/** `file` compressed with `encoding`, for its current version (`size`, `mtimeMs`): from disk, the cache, or made now. */
export function compressedFile(file: string, encoding: Encoding, size: number, mtimeMs: number): Promise<Buffer> {
  const key = `${encoding}:${file}`;
  const version = `${size}:${mtimeMs}`;
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.body;
  const body = (async () => {
    const ready = await precompressed(file, encoding, mtimeMs);
    if (ready) return ready;
    const raw = await readFile(file);
    return encoding === 'br'
      ? brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } })
      : gzip(raw, { level: 9 });
  })();
  cache.set(key, { version, body });
  body.then(
    (b) => {
      cachedBytes += b.length;
      for (const [k, e] of cache) {
        if (cachedBytes <= MAX_CACHED_BYTES || k === key) break;
        cache.delete(k);
        void e.body.then((old) => (cachedBytes -= old.length), () => undefined);
      }
    },
    () => cache.delete(key),
  );
  return body;
}
