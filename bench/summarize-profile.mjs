// Summarizes a V8 .cpuprofile: self time by package (node_modules/<pkg>) or project file, top 20, as a share of
// the busy (non-idle) time.
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  const dt = profile.timeDeltas[i] ?? 0;
  const url = node.callFrame.url || `(${node.callFrame.functionName || 'native'})`;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  const key = m ? m[1] : url.replace(/^file:\/\/.*?\/(services|gateway|infra|bench)\//, '$1/');
  self.set(key, (self.get(key) ?? 0) + dt);
}
self.delete('((idle))');
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  process.stdout.write(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}\n`);
}
