/** The servers the benchmark runs against: its own nats-server, and MONGO_URL or the embedded emulator. */
import { startEmbeddedMongo } from '../../infra/embedded-mongo.js';
import { startEmbeddedNats } from '../../infra/embedded-nats.js';

export async function startBenchServers() {
  const nats = await startEmbeddedNats();
  let mongoUrl = process.env.MONGO_URL;
  let stopMongo = async () => {};
  let mongoKind = 'MongoDB at MONGO_URL';
  let mongoPid: number | undefined;
  if (!mongoUrl) {
    const m = await startEmbeddedMongo();
    mongoUrl = m.url;
    stopMongo = m.stop;
    mongoPid = m.pid;
    mongoKind = 'jongodb emulator (in memory)';
  }
  return {
    natsUrl: nats.url,
    mongoUrl,
    mongoKind,
    mongoPid,
    natsPid: nats.pid,
    async stop() {
      await nats.stop();
      await stopMongo();
    },
  };
}
