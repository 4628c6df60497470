/**
 * `npm start`: the whole platform in one process on embedded defaults — every service and the gateway on
 * one Moleculer broker (in-process transport unless NATS_URL is set), the embedded MongoDB-compatible
 * server unless MONGO_URL is set — then a demo data set and demo tokens.
 */
import { ConfigError, config, resetConfig } from '../infra/env.js';
import { logger } from '../infra/logger.js';
import { onShutdown, runMain } from '../infra/process.js';
import { createBroker } from '../infra/broker.js';
import { natsTransportFromConfig } from '../infra/nats-transport.js';
import { identityForServices } from '../infra/bus-identity.js';
import { SERVICES, SERVICE_NAMES } from './services.js';
import { startEmbeddedMongo, type EmbeddedMongo } from '../infra/embedded-mongo.js';
import { startGateway } from '../gateway/server.js';
import { gatewayRoutes } from '../gateway/routes.js';
import { seedDemo } from './seed.js';
import { setDevIdentities } from '../gateway/dev-identities.js';

async function main() {
  let cfg = config();
  const log = logger();
  let mongo: EmbeddedMongo | undefined;
  // The embedded database keeps nothing on disk: never let a production deployment fall back to it silently.
  if (!cfg.mongoUrl && cfg.nodeEnv === 'production') throw new ConfigError(['MONGO_URL is required in production (the embedded database is in memory only)']);
  if (!cfg.mongoUrl) {
    mongo = await startEmbeddedMongo();
    process.env.MONGO_URL = mongo.url;
    resetConfig();
    cfg = config();
    log.info({ url: mongo.url }, 'started the embedded MongoDB-compatible server (in memory; data is lost on exit)');
  }
  // Over NATS (NATS_URL set) the one process is one bus identity hosting every service, secure by default as the others.
  const broker = createBroker({ nodeID: `platform-${process.pid}`, transport: cfg.natsUrl ? natsTransportFromConfig(cfg, identityForServices(SERVICE_NAMES)) : 'local' });
  for (const schema of Object.values(SERVICES)) broker.createService(schema);
  await broker.start();
  const gateway = await startGateway({ broker, requiredServices: SERVICE_NAMES, routes: gatewayRoutes(broker) });

  onShutdown(async (signal) => {
    log.info({ signal }, 'shutting down: no new requests, finishing in-flight ones');
    await gateway.stop();
    await broker.stop();
    await mongo?.stop();
  });

  const lines = [`\n  产教联盟 platform is up.\n`, `  Web console: ${gateway.url}/`, `  GraphQL API${cfg.nodeEnv === 'production' ? '' : ' + GraphiQL'}: ${gateway.url}/graphql`, `  Health: ${gateway.url}/healthz  Readiness: ${gateway.url}/readyz`];
  if (cfg.seedDemo && cfg.nodeEnv !== 'production') {
    const demo = await seedDemo(broker);
    setDevIdentities(demo.identities);
    lines.push(`\n  Demo alliance id: ${demo.allianceId} (pending enterprise application: ${demo.pendingEnterpriseMembershipId ?? 'none'})`);
    lines.push(`  Grant program LZ-CJRH-ALLIANCE (柳州市产教融合联盟奖补) id: ${demo.grantProgramId}`);
    lines.push(`  Demo tokens (send as "Authorization: Bearer <token>"; in GraphiQL use the Headers tab):`);
    for (const id of demo.identities) lines.push(`\n  ${id.label}${id.org ? ` — org ${id.org}` : ''}\n  ${id.token}`);
  }
  if (cfg.nodeEnv !== 'production') lines.push(`\n  Mint another: npm run token -- --role ORG_ADMIN --org <organizationId>\n`);
  process.stdout.write(lines.join('\n') + '\n');
}

runMain('the platform', main);
