/**
 * `npm run service -- <name> [<name>…]`: runs services in their own process, over NATS (NATS_URL and
 * MONGO_URL are required, and the identity's NATS credentials unless NATS_INSECURE=true in development). Run the
 * same command twice for two replicas.
 */
import { hostname } from 'node:os';
import { ConfigError, config } from '../infra/env.js';
import { onShutdown, runMain } from '../infra/process.js';
import { logger } from '../infra/logger.js';
import { createBroker } from '../infra/broker.js';
import { natsTransportFromConfig } from '../infra/nats-transport.js';
import { identityForServices } from '../infra/bus-identity.js';
import { SERVICES, SERVICE_NAMES } from './services.js';

async function main() {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  if (!names.length) throw new ConfigError([`name a service to run: one of ${SERVICE_NAMES.join(', ')}`]);
  const unknown = names.filter((n) => !SERVICES[n]);
  if (unknown.length) throw new ConfigError([`unknown service ${unknown.join(', ')}; known: ${SERVICE_NAMES.join(', ')}`]);
  const cfg = config();
  const problems: string[] = [];
  if (!cfg.natsUrl) problems.push('NATS_URL is required to run a service on its own (e.g. nats://127.0.0.1:4222)');
  if (!cfg.mongoUrl) problems.push('MONGO_URL is required to run a service on its own (e.g. mongodb://127.0.0.1:27017)');
  if (problems.length) throw new ConfigError(problems);
  // Secure by default: the process's bus identity (its services), authenticated by nkey, over verified TLS.
  const transport = natsTransportFromConfig(cfg, identityForServices(names));
  const broker = createBroker({ nodeID: process.env.NODE_ID ?? `${hostname()}-${process.pid}`, transport });
  for (const n of names) broker.createService(SERVICES[n]);
  await broker.start();
  logger().info({ services: names }, 'services started');
  onShutdown(() => broker.stop());
}

runMain('service', main);
