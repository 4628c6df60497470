/**
 * The floor for a dashboard query: the same answer served by a bare graphql-yoga from memory (yoga-floor-server.ts),
 * loaded from this process (the load generator is never the server), its CPU sampled from /proc per request.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { cpuSeconds } from './cpu.js';
import { round } from './stats.js';

export interface FloorRow {
  concurrency: number;
  requestsPerSec: number;
  cpuMsPerRequest: number;
}

export async function measureYogaFloor(answer: unknown, query: string, variables: Record<string, unknown>, durationS: number, concurrencies = [1, 16]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yoga-floor-'));
  const file = path.join(dir, 'answer.json');
  writeFileSync(file, JSON.stringify(answer));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'yoga-floor-server.ts')], { env: { ...process.env, ANSWER_FILE: file }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => {
        const m = /listening (\d+)/.exec(String(d));
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`the floor server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    const body = JSON.stringify({ query, variables });
    const probe = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const answerBytes = (await probe.arrayBuffer()).byteLength;
    await autocannon({ url, method: 'POST', connections: 4, duration: 2, headers: { 'content-type': 'application/json' }, body }); // warm-up
    const rows: FloorRow[] = [];
    for (const c of concurrencies) {
      const cpu0 = cpuSeconds(child.pid!);
      const r = await autocannon({ url, method: 'POST', connections: c, duration: durationS, headers: { 'content-type': 'application/json' }, body });
      const cpu = cpuSeconds(child.pid!) - cpu0;
      rows.push({ concurrency: c, requestsPerSec: round(r.requests.average, 1), cpuMsPerRequest: round((cpu * 1000) / Math.max(1, r.requests.total), 3) });
    }
    return { answerBytes, rows };
  } finally {
    child.kill('SIGTERM');
  }
}
