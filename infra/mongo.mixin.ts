import mongoose, { type Connection } from 'mongoose';
import type { Service, ServiceSchema } from 'moleculer';
import { config } from './env.js';
import { attachDbMonitor, monitoringEnabled } from './db-stats.js';

export interface MongoVars<M> {
  conn: Connection;
  models: M;
}

/** Which database a service owns: one per service, so no service can read another's collections by accident. */
export function databaseName(service: string): string {
  return `${config().mongoDbPrefix}_${service}`;
}

/**
 * The one way a service opens MongoDB: a connection of its own in `started()`, closed in `stopped()`.
 * `autoCreate: false` because the emulator has no `create` command (real MongoDB creates collections on
 * first write either way); indexes are built explicitly with `Model.init()` so unique indexes exist
 * before the first request.
 */
export function mongoMixin<M extends Record<string, mongoose.Model<any>>>(service: string, define: (conn: Connection) => M): Partial<ServiceSchema> {
  return {
    actions: {
      /** Readiness: is this node's MongoDB reachable? (Used by the gateway's /readyz.) */
      health: {
        ...({ readOnly: true } as object), // a read (infra/read-cache.ts) that is not retried
        async handler() {
          const conn = (this as unknown as MongoVars<M>).conn;
          try {
            if (!conn?.db) return { mongo: 'down' };
            await conn.db.admin().command({ ping: 1 });
            return { mongo: 'up' };
          } catch {
            return { mongo: 'down' };
          }
        },
      },
    },
    async started() {
      const self = this as unknown as MongoVars<M> & Service;
      const cfg = config();
      if (!cfg.mongoUrl) throw new Error(`MONGO_URL is not set: the ${service} service needs MongoDB.`);
      const w = cfg.mongoWriteConcern === 'majority' ? 'majority' : Number(cfg.mongoWriteConcern);
      self.conn = mongoose.createConnection(cfg.mongoUrl, {
        dbName: databaseName(service),
        autoCreate: false,
        autoIndex: false,
        serverSelectionTimeoutMS: 10_000,
        writeConcern: { w },
        ...(monitoringEnabled() ? { monitorCommands: true } : {}),
      });
      if (monitoringEnabled()) attachDbMonitor(service, self.conn.getClient());
      await self.conn.asPromise();
      self.models = define(self.conn);
      for (const model of Object.values(self.models)) {
        await model.createIndexes();
      }
      self.logger.info(`connected to MongoDB database ${databaseName(service)}`);
    },
    async stopped() {
      await (this as unknown as MongoVars<M>).conn?.close();
    },
  };
}
