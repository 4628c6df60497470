/** The gateway alone, as its own process over NATS (`npm run gateway`). */
import { ConfigError, config } from '../infra/env.js';
import { logger } from '../infra/logger.js';
import { createBroker } from '../infra/broker.js';
import { SERVICE_NAMES } from '../infra/services.js';
import { startGateway } from './server.js';
import { gatewayRoutes } from './routes.js';

async function main() {
  const cfg = config();
  if (!cfg.natsUrl) throw new ConfigError(['NATS_URL is required to run the gateway on its own']);
  const broker = createBroker({ nodeID: process.env.NODE_ID ?? `gateway-${process.pid}`, transport: { natsUrl: cfg.natsUrl } });
  await broker.start();
  const gateway = await startGateway({ broker, requiredServices: SERVICE_NAMES, routes: gatewayRoutes(broker) });
  logger().info({ url: gateway.url }, 'gateway listening');
  const stop = async () => {
    await gateway.stop();
    await broker.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  logger().fatal({ err }, 'gateway failed to start');
  process.exit(1);
});
