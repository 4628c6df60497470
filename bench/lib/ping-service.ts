/** A broker with one trivial action, in its own process, for the floor measurement. */
import { ServiceBroker } from 'moleculer';

const broker = new ServiceBroker({
  logger: false,
  namespace: process.env.MOLECULER_NAMESPACE,
  nodeID: `floor-server-${process.pid}`,
  transporter: { type: 'NATS', options: { url: process.env.NATS_URL } },
});
broker.createService({ name: 'benchPing', actions: { ping: { handler: () => 'pong' } } });
await broker.start();
process.on('SIGTERM', () => void broker.stop().then(() => process.exit(0)));
