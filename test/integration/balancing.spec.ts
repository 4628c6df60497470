/** Replicas share the load: with two nodes of a service, calls go round-robin across both. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';

let p: TestPlatform;

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations'], replicas: { organizations: 2 }, gateway: false });
  for (const b of p.serviceBrokers) b.createService({ name: 'nodeProbe', actions: { whoami: { handler: () => b.nodeID } } });
  await p.client.waitForServices(['nodeProbe'], 10_000);
  for (let i = 0; i < 50 && (p.client.registry.getServiceList({ onlyAvailable: true }) as { name: string }[]).filter((s) => s.name === 'nodeProbe').length < 2; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(async () => p?.stop());

describe('balancing', () => {
  it('spreads calls over both replicas', async () => {
    const token = await p.adminToken();
    const seen: Record<string, number> = {};
    for (let i = 0; i < 40; i++) {
      const node = (await p.client.call('nodeProbe.whoami', {}, { meta: { token } })) as string;
      seen[node] = (seen[node] ?? 0) + 1;
    }
    expect(Object.keys(seen).sort()).toEqual(['organizations-1', 'organizations-2']);
    expect(Math.min(...Object.values(seen))).toBeGreaterThanOrEqual(10);
  });
});
