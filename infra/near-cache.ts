/**
 * The gateway's near cache, its life: the `$readCache` service that turns it on for the gateway's node and feeds it
 * every `<service>.cacheStale`, how long it rests whenever an invalidation could have been missed, and its off switch.
 * What it keeps and serves is the read cache's own middleware (infra/read-cache.ts, `remoteAction`), on the same
 * state, keys and generations as the services' caches.
 */
import type { Context, ServiceBroker, ServiceSchema } from 'moleculer';
import { GATEWAY_IDENTITY, identityOfNode } from './bus-identity.js';
import { config } from './env.js';
import { logger } from './logger.js';
import { ownerOfStale, STALE_SUFFIX, stateOf } from './read-cache.js';

/**
 * How long the near cache rests after this node started, after a node joined or came back, after a NATS reconnect and
 * after an event-loop stall long enough for others to have dropped this node: two heartbeat intervals and a second
 * (by then every node has this one's INFO, so its `cacheStale` broadcasts include it). Memory cachers only: with
 * Redis the generations are read from Redis and nothing can be missed.
 */
export function nearGraceMs(): number {
  return config().redisUrl ? 0 : 2 * config().heartbeatIntervalS * 1_000 + 1_000;
}

/** Pauses this node's near cache (see `nearGraceMs`); on other nodes only drops what they cached (`staleAll`). */
export function pauseNearCache(broker: ServiceBroker): void {
  stateOf(broker)?.pauseNear(nearGraceMs());
}

/**
 * The gateway's near cache (infra/broker.ts creates it on nodes of the gateway identity): turns it on for this node,
 * watches every `<service>.cacheStale`, and rests (`pauseNear`) whenever an invalidation could have been missed: at
 * start, when a node joins or comes back (`$node.connected`), and when this node's event loop stalled for half the
 * heartbeat timeout (the others may have taken it for gone and stopped telling it). Named with `$` like Moleculer's
 * own services: it hosts no action. (Another gateway joining changes nothing: gateways write nothing.)
 */
export function nearCacheService(): ServiceSchema {
  let timer: NodeJS.Timeout | undefined;
  return {
    name: '$readCache',
    created(this: { broker: ServiceBroker }) {
      const state = stateOf(this.broker);
      if (!state) return;
      state.near = true;
      pauseNearCache(this.broker);
    },
    started(this: { broker: ServiceBroker }) {
      const stall = (config().heartbeatTimeoutS * 1_000) / 2;
      let last = Date.now();
      timer = setInterval(() => {
        const now = Date.now();
        if (now - last > 1_000 + stall) pauseNearCache(this.broker);
        last = now;
      }, 1_000);
      timer.unref();
    },
    stopped() {
      clearInterval(timer);
    },
    events: {
      [`*${STALE_SUFFIX}`]: {
        handler(this: { broker: ServiceBroker }, ctx: Context) {
          if (ctx.eventName) stateOf(this.broker)?.staleLocally(ownerOfStale(ctx.eventName));
        },
      },
      // A node that hosts services joined or came back: it may write before it has this node's INFO.
      '$node.connected': {
        handler(this: { broker: ServiceBroker }, ctx: Context<{ node?: { id?: string } }>) {
          if (identityOfNode(ctx.params?.node?.id) !== GATEWAY_IDENTITY) pauseNearCache(this.broker);
        },
      },
    },
  };
}

/**
 * Turns this node's near cache off for good (logged as an error): it cannot hear `cacheStale`, e.g. NATS refused its
 * event subscription because the server runs permissions generated before the gateway was allowed to hear them
 * (re-run `npm run nats:config`). The services' caches keep working; nothing stale is ever served.
 */
export function disableNearCache(broker: ServiceBroker, why: string): void {
  const state = stateOf(broker);
  if (!state?.near) return;
  state.near = false;
  state.staleAll();
  logger().error({ why }, 'read cache: the near cache is off (it cannot hear cacheStale)');
}

/** Whether this node's near cache is serving (tests wait for it before they count its hits). */
export function nearCacheServing(broker: ServiceBroker): boolean {
  return stateOf(broker)?.nearServing ?? false;
}

/** The events the gateway's near cache handles: every `<service>.cacheStale` its contracts declare (NATS permissions). */
export function nearCacheEvents(contracts: readonly { events: readonly string[] }[]): string[] {
  return contracts.flatMap((c) => c.events.filter((e) => e.endsWith(STALE_SUFFIX)));
}
