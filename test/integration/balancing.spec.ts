/** Replicas share the load: with two nodes of a service, calls go round-robin across both. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';

let p: TestPlatform;

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations'], replicas: { organizations: 2 }, gateway: false });
  for (let i = 0; i < 50 && (p.client.registry.getServiceList({ onlyAvailable: true }) as { name: string }[]).filter((s) => s.name === 'organizations').length < 2; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(async () => p?.stop());

describe('balancing', () => {
  it('spreads calls over both replicas', async () => {
    const token = await p.adminToken();
    const seen: Record<string, number> = {};
    for (let i = 0; i < 40; i++) {
      // The call's context names the node that answered (a node only hosts what its bus identity covers, so the
      // replicas are probed through the service's own action).
      const call = p.client.call('organizations.list', { first: 1 }, { meta: { token } }) as Promise<unknown> & { ctx?: { nodeID?: string } };
      await call;
      const node = call.ctx?.nodeID ?? 'unknown';
      seen[node] = (seen[node] ?? 0) + 1;
    }
    expect(Object.keys(seen).sort()).toEqual(['organizations.organizations-1', 'organizations.organizations-2']);
    expect(Math.min(...Object.values(seen))).toBeGreaterThanOrEqual(10);
  });
});
