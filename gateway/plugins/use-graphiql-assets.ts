/**
 * GraphiQL from our own installed assets, never a CDN: yoga's default page loads its scripts from a public CDN and is
 * blank wherever that is unreachable (government intranets, our build machines). `@graphql-yoga/render-graphiql`
 * ships the same GraphiQL (docs pane, Headers tab, Monaco editor and its workers) as strings; rather than inline all
 * 9 MB into every page as that package's own renderer does, the page here is small and the assets are served as
 * files under /graphiql/ with content-hashed names (cached for a year, `immutable`) and gzip when the browser takes it.
 * The assets module is loaded on the first GraphiQL request only (never in production, where GraphiQL is off).
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

const gzipAsync = promisify(gzip);

/** Where the assets are served. */
export const GRAPHIQL_ASSETS = '/graphiql/';

interface Asset {
  body: Buffer;
  type: string;
  gzipped?: Promise<Buffer>;
}

interface Assets {
  byPath: Map<string, Asset>;
  js: string;
  css: string;
  favicon: string;
  workers: Record<'editorWorkerService' | 'json' | 'graphql', string>;
}

let loading: Promise<Assets> | undefined;

/** Loads the package's assets once and names each file by its content hash. */
function assets(): Promise<Assets> {
  loading ??= import('@graphql-yoga/render-graphiql/graphiql').then((m) => {
    const byPath = new Map<string, Asset>();
    const add = (name: string, ext: string, body: Buffer, type: string): string => {
      const path = `${GRAPHIQL_ASSETS}${name}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${ext}`;
      byPath.set(path, { body, type });
      return path;
    };
    const js = 'application/javascript; charset=utf-8';
    const favicon = /^data:([^;]+);base64,(.*)$/s.exec(m.favicon);
    return {
      byPath,
      js: add('graphiql', 'js', Buffer.from(m.js), js),
      css: add('graphiql', 'css', Buffer.from(m.css), 'text/css; charset=utf-8'),
      favicon: favicon ? add('favicon', 'ico', Buffer.from(favicon[2], 'base64'), favicon[1]) : '',
      workers: {
        editorWorkerService: add('editor.worker', 'js', Buffer.from(m.editorWorkerService), js),
        json: add('json.worker', 'js', Buffer.from(m.jsonWorker), js),
        graphql: add('graphql.worker', 'js', Buffer.from(m.graphqlWorker), js),
      },
    };
  });
  return loading;
}

/** JSON for a <script>: no `</script>` or `<!--` can close or confuse the element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The GraphiQL page (yoga's `renderGraphiQL`): a small HTML file that loads the assets from /graphiql/. */
export async function renderGraphiQL(opts: GraphiQLOptions = {}): Promise<string> {
  const a = await assets();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>${escapeHtml(opts.title ?? 'GraphiQL')}</title>
${a.favicon ? `<link rel="icon" href="${a.favicon}" />` : ''}
<link rel="stylesheet" href="${a.css}" />
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root"></div>
<script>
  var workers = ${scriptJson(a.workers)};
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (moduleId, label) { return workers[label]; } };
</script>
<script src="${a.js}"></script>
<script>YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${scriptJson(opts)});</script>
</body>
</html>`;
}

/** Serves GET /graphiql/<asset> (hashed names, immutable, gzip when accepted); nothing when GraphiQL is off. */
export function useGraphiQLAssets(enabled: boolean): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!enabled || !url.pathname.startsWith(GRAPHIQL_ASSETS) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const asset = (await assets()).byPath.get(url.pathname);
      if (!asset) {
        endResponse(new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      const headers: Record<string, string> = { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable', vary: 'accept-encoding' };
      let body = asset.body;
      if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
        asset.gzipped ??= gzipAsync(asset.body);
        body = await asset.gzipped;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      endResponse(new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers }));
    },
  };
}
