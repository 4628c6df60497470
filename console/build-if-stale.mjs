#!/usr/bin/env node
// Builds the console (vite) into console/dist when dist/index.html is missing or older than any of its sources;
// `npm start` runs it as `prestart`, the browser tests before they start. `--force` builds regardless. Generated
// GraphQL types are committed, so this needs no codegen; `npm run build:console` runs codegen and the type-check
// as well. The console is its own build: the gateway only serves what lands in console/dist.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const here = import.meta.dirname;
const root = path.resolve(here, '..');
const builtFile = path.join(here, 'dist', 'index.html');

function newest(p) {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const e of readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

const sources = ['src', 'index.html', 'vite.config.ts', 'public'].map((s) => path.join(here, s)).filter((s) => existsSync(s));
const built = existsSync(builtFile) ? statSync(builtFile).mtimeMs : 0;
const stale = built === 0 || sources.some((s) => newest(s) > built);
if (!stale && !process.argv.includes('--force')) {
  process.stdout.write('console: console/dist is up to date\n');
  process.exit(0);
}
process.stdout.write(`console: ${built ? 'sources changed' : 'not built yet'}; building console/ (vite)…\n`);
// The console keeps using the root package.json's devDependencies: one node_modules for the whole repository.
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!existsSync(vite)) {
  process.stderr.write('console: vite is not installed; run `npm install` first\n');
  process.exit(1);
}
// NODE_ENV=production whatever the caller's (vitest runs with NODE_ENV=test): vite honours an inherited NODE_ENV and
// would otherwise bundle React's development build (~50 KB more gzipped on the first screen) into console/dist.
const r = spawnSync(process.execPath, [vite, 'build', '--config', path.join(here, 'vite.config.ts'), '--logLevel', 'warn'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(r.status ?? 1);
