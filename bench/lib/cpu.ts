import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // Linux USER_HZ

/** CPU seconds (user + system) a process has used so far, from /proc; 0 where it cannot be read. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export function cpuOf(pids: number[]): number {
  return pids.reduce((a, p) => a + cpuSeconds(p), 0);
}

/** CPU seconds used so far by each role (several processes may share one: replicas), from /proc. */
export function cpuByRole(procs: { role: string; pid: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of procs) out.set(p.role, (out.get(p.role) ?? 0) + cpuSeconds(p.pid));
  return out;
}

/**
 * Milliseconds of CPU per request by role between two `cpuByRole` samples, largest first; roles under 0.05 ms are
 * summed into "others" (the services a dashboard does not call still answer heartbeats).
 */
export function cpuMsPerRequestByRole(before: Map<string, number>, after: Map<string, number>, requests: number): { role: string; ms: number }[] {
  const rows = [...after].map(([role, s]) => ({ role, ms: ((s - (before.get(role) ?? 0)) * 1000) / Math.max(1, requests) }));
  rows.sort((a, b) => b.ms - a.ms);
  const big = rows.filter((r) => r.ms >= 0.05);
  const small = rows.filter((r) => r.ms < 0.05).reduce((a, r) => a + r.ms, 0);
  return [...big, ...(small > 0 ? [{ role: 'others', ms: small }] : [])].map((r) => ({ role: r.role, ms: Math.round(r.ms * 100) / 100 }));
}
