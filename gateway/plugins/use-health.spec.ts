/** Liveness always; readiness when every required service answers its health action with MongoDB up. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { probeService, send, testBus, testGateway } from '../../test/helpers/gateway.js';

let broker: ServiceBroker;
beforeAll(async () => {
  const sick = { name: 'sick', actions: { health: () => ({ mongo: 'down' }) } };
  broker = await testBus(probeService, sick);
});
afterAll(async () => broker?.stop());

describe('useHealth', () => {
  it('answers /healthz 200 and /readyz 200 when every required service is up', async () => {
    const yoga = testGateway(broker, { requiredServices: ['probe'] });
    const live = await send(yoga, '/healthz');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    const ready = await send(yoga, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { transport: 'in-process', probe: 'up' } });
  });

  it('answers /readyz 503 with the reason when a service is missing or its database is down', async () => {
    const yoga = testGateway(broker, { requiredServices: ['probe', 'sick', 'absent'] });
    const r = await send(yoga, '/readyz');
    expect(r.status).toBe(503);
    expect(r.body).toEqual({ status: 'not ready', checks: { transport: 'in-process', probe: 'up', sick: 'mongo down', absent: 'unavailable (SERVICE_NOT_FOUND)' } });
  });
});
