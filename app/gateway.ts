/** The gateway alone, as its own process over NATS (`npm run gateway`), with the `gateway` bus identity. */
import { hostname } from 'node:os';
import { ConfigError, config } from '../infra/env.js';
import { onShutdown, runMain } from '../infra/process.js';
import { logger } from '../infra/logger.js';
import { createBroker } from '../infra/broker.js';
import { natsTransportFromConfig } from '../infra/nats-transport.js';
import { GATEWAY_IDENTITY } from '../infra/bus-identity.js';
import { SERVICE_NAMES } from './services.js';
import { startGateway } from '../gateway/server.js';
import { gatewayRoutes } from '../gateway/routes.js';

async function main() {
  const cfg = config();
  if (!cfg.natsUrl) throw new ConfigError(['NATS_URL is required to run the gateway on its own']);
  const broker = createBroker({ nodeID: process.env.NODE_ID ?? `${hostname()}-${process.pid}`, transport: natsTransportFromConfig(cfg, GATEWAY_IDENTITY) });
  await broker.start();
  const gateway = await startGateway({ broker, requiredServices: SERVICE_NAMES, routes: gatewayRoutes(broker) });
  logger().info({ url: gateway.url }, 'gateway listening');
  onShutdown(async () => {
    await gateway.stop();
    await broker.stop();
  });
}

runMain('gateway', main);
