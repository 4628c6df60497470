/**
 * The read cache: Moleculer's own cacher (`MemoryLRU` in each process by default, `Redis` shared by every replica when
 * REDIS_URL is set) in front of the read actions a service names, never stale after a change it depends on.
 *
 * - **What is cached:** the actions a service lists in `readCacheMixin({ actions })` (read actions: `retryPolicy`
 *   enabled), called with a **user** token. Calls made with an internal token (a service's own work: event handlers,
 *   projections, reference data) always read the database.
 * - **Key:** action name, the caller's scope (organization and roles: what authorization in this platform depends on —
 *   infra/authz.ts; a funder's region comes from its organization, whose changes invalidate, see below), the platform's
 *   date (answers "as of today" change at midnight) and the params.
 * - **Never stale:** each service has a generation number. Any action that is not a read (a write of any kind:
 *   creation, decision, back-dated correction, import) and any event handler bumps its service's generation when it
 *   ends, before its caller gets the answer. A cached answer records the generations of its service and of every
 *   service it reads from (`dependsOn`: the transitive `calls` of its bus contract) as they were *before* it was
 *   computed, and is served only while they are all unchanged — so an answer computed while a write ran is never
 *   served after it. With Redis the generations live in Redis (one INCR, shared, so every replica sees it at once);
 *   in memory each node keeps its own and the writer broadcasts `<service>.cacheStale`, which every node caching a
 *   dependent answer handles (the broadcast leaves before the writer's reply, on the same connection).
 * - **Decisions never read a cache:** a write's context carries `meta.$cache = false`, which every call it makes
 *   inherits, so the reads behind an approval, an award, a booking or a claim go to the database; internal-token
 *   calls are never cached either.
 * - **Near cache on the gateway:** the gateway's node keeps the same answers under the same keys (`remoteAction`
 *   below), so a cached read costs it no bus round trip and the service nothing. It caches only what the answering
 *   service itself cached or served from its cache (the reply's `meta.$cacheable`), watches every service's
 *   `<service>.cacheStale` (service `$readCache`: NATS lets the services send it those events and nothing else,
 *   infra/nats-permissions.ts) and records generations before it asks, exactly as a service does. With Redis it only
 *   reads the entries the services wrote (generations in Redis: shared at once). With memory cachers it rests while a
 *   broadcast could miss it (infra/near-cache.ts: the gateway's `$readCache` service, its rest and its off switch). After a NATS reconnect, when a broadcast may have been missed, a
 *   node with memory cachers serves nothing it cached before (`staleAll`).
 */
import type { Context, Middleware, ServiceBroker, ServiceSchema } from 'moleculer';
import { verifyToken, type Actor } from './auth.js';
import { config } from './env.js';
import { today } from './dates.js';
import { logger } from './logger.js';
import { preserialize } from './preserialized.js';

/** The event a service broadcasts (memory cachers) when its data changed: `<service>.cacheStale`. */
export const cacheStaleEvent = (service: string): string => `${service}.cacheStale`;
/** The suffix of every `<service>.cacheStale` event. */
export const STALE_SUFFIX = '.cacheStale';

/** What a service declares about its cached reads (`metadata.readCache`, set by `readCacheMixin`). */
export interface ReadCacheSpec {
  /** The service's read actions (short names) whose answers are cached for user callers. */
  actions: readonly string[];
  /** The services its answers read from, transitively (its contract's `calls`, and theirs). */
  dependsOn: readonly string[];
}

/**
 * Makes a service's reads cacheable: `actions` are cached per caller scope, invalidated by any change of the service
 * or of `dependsOn`. Adds the handlers of `<service>.cacheStale` for the service itself and each dependency (memory
 * cachers: another node changed that data).
 */
export function readCacheMixin(service: string, spec: ReadCacheSpec): Partial<ServiceSchema> {
  const events: Record<string, { handler(ctx: Context): void }> = {};
  for (const s of [service, ...spec.dependsOn]) {
    events[cacheStaleEvent(s)] = {
      handler(this: { broker: ServiceBroker }, ctx: Context) {
        stateOf(this.broker)?.staleLocally(ownerOfStale(ctx.eventName ?? cacheStaleEvent(s)));
      },
    };
  }
  return { metadata: { readCache: spec }, events } as Partial<ServiceSchema>;
}

/** The service a `<service>.cacheStale` event is about. */
export const ownerOfStale = (event: string) => event.slice(0, -STALE_SUFFIX.length);

/** The cacher the broker is configured with (`cacher` option): Redis with REDIS_URL, else an LRU in memory; none with READ_CACHE_TTL_S=0. */
export function cacherOptions(): { type: 'Redis'; options: Record<string, unknown> } | { type: 'MemoryLRU'; options: Record<string, unknown> } | null {
  const cfg = config();
  if (cfg.readCacheTtlS === 0) return null;
  const prefix = `cej-${process.env.MOLECULER_NAMESPACE ?? 'cej'}`;
  if (cfg.redisUrl) return { type: 'Redis', options: { redis: cfg.redisUrl, prefix, ttl: cfg.readCacheTtlS } };
  return { type: 'MemoryLRU', options: { max: 5_000, ttl: cfg.readCacheTtlS, prefix } };
}

/** What we use of Moleculer's cacher (`broker.cacher`): MemoryLRUCacher or RedisCacher. */
interface Cacher {
  prefix: string;
  connected: boolean | null;
  /** RedisCacher's ioredis client. */
  client?: RedisLike;
  get(key: string): Promise<unknown>;
  set(key: string, data: unknown, ttl?: number): Promise<unknown>;
}
interface RedisLike {
  mget(keys: string[]): Promise<(string | null)[]>;
  incr(key: string): Promise<number>;
}
interface Cached {
  /** Generations of the service and its dependencies when the answer was computed. */
  g: number[];
  /** The answer as JSON (so no caller can change the cached copy). */
  d: string;
}

/** A broker's read cache: its generations, the near cache's switch and rest (infra/near-cache.ts), the cacher. */
export class ReadCacheState {
  private readonly local = new Map<string, number>();
  /** Memory cachers: bumped when this node may have missed `cacheStale` broadcasts (NATS reconnect); part of every generation list. */
  private epoch = 0;
  /** This node keeps answers of remote services (the gateway: infra/near-cache.ts `nearCacheService`). */
  near = false;
  /** Epoch ms before which the near cache neither serves nor keeps anything (see `pauseNear`). */
  private nearFrom = 0;
  constructor(
    private readonly broker: ServiceBroker,
    private readonly cacher: Cacher,
  ) {}

  get shared(): boolean {
    return !!this.cacher.client;
  }

  private genKey(service: string) {
    return `${this.cacher.prefix}gen:${service}`;
  }

  /** The generations of `services`, in order. */
  async generations(services: readonly string[]): Promise<number[]> {
    if (!this.cacher.client) return [this.epoch, ...services.map((s) => this.local.get(s) ?? 0)];
    const raw = await this.cacher.client.mget(services.map((s) => this.genKey(s)));
    return raw.map((v) => Number(v ?? 0));
  }

  /** This node's own count only (memory cachers; also what a `<service>.cacheStale` event does here). */
  staleLocally(service: string) {
    this.local.set(service, (this.local.get(service) ?? 0) + 1);
  }

  /** Memory cachers: nothing cached on this node before now is served again (it may have missed broadcasts). */
  staleAll() {
    this.epoch++;
  }

  /**
   * The near cache drops what it holds and rests for `graceMs`: until every node has (re)discovered this one — each
   * heartbeat of an unknown node makes the others ask for its INFO — a writer may not know this node listens to its
   * `cacheStale`, and would not tell it.
   */
  pauseNear(graceMs: number) {
    this.staleAll();
    this.nearFrom = Math.max(this.nearFrom, Date.now() + graceMs);
  }

  /** The near cache is on and not resting. */
  get nearServing(): boolean {
    return this.near && Date.now() >= this.nearFrom;
  }

  /** `service`'s data changed: every replica stops serving answers that read it, before this returns. */
  async stale(service: string): Promise<void> {
    if (this.cacher.client) {
      await this.cacher.client.incr(this.genKey(service));
      return;
    }
    this.staleLocally(service);
    await this.broker.broadcast(cacheStaleEvent(service), { service });
  }

  /**
   * The cached answer if still current. A caller in this process gets its own copy (it may change it); a caller on
   * another node gets one frozen copy per cache entry, marked with its JSON so that the reply is not serialized again
   * (infra/preserialized.ts).
   */
  async get(key: string, gens: number[], remote: boolean): Promise<unknown> {
    const hit = (await this.cacher.get(key)) as Cached | null;
    if (!hit || hit.g.length !== gens.length || hit.g.some((g, i) => g !== gens[i])) return undefined;
    if (!remote) return JSON.parse(hit.d);
    stats.sentAsJson++;
    let shared = sharedCopies.get(hit);
    if (shared === undefined) {
      shared = preserialize(JSON.parse(hit.d) as unknown, hit.d);
      sharedCopies.set(hit, shared);
    }
    return shared;
  }

  set(key: string, gens: number[], value: unknown): void {
    if (value === undefined) return;
    this.cacher.set(key, { g: gens, d: JSON.stringify(value) } satisfies Cached).catch((err: unknown) => logger().warn({ err }, 'read cache: set failed'));
  }

  get usable(): boolean {
    return this.cacher.connected !== false;
  }
}

/** Per cache entry (memory cachers keep the entry object itself): the frozen copy sent to callers on other nodes. */
const sharedCopies = new WeakMap<Cached, unknown>();

const stats = { hits: 0, misses: 0, sentAsJson: 0, nearHits: 0, nearMisses: 0 };
/**
 * Cached reads served and computed in this process since it started, hits sent to other nodes as their cached JSON,
 * and the near cache's hits and misses (answers of remote services kept on this node) — for tests and metrics.
 */
export const readCacheStats = (): { hits: number; misses: number; sentAsJson: number; nearHits: number; nearMisses: number } => ({ ...stats });

interface ReadLocals {
  readCache?: { services: readonly string[]; undeclared: string | undefined };
}

const states = new WeakMap<ServiceBroker, ReadCacheState>();
/** The read cache of `broker` (none without a cacher). */
export const stateOf = (broker: ServiceBroker): ReadCacheState | undefined => states.get(broker);

/** A read action (idempotent: `retryPolicy` enabled, or `readOnly: true` where it must not be retried), as opposed to a write. */
const isRead = (action: { retryPolicy?: { enabled?: boolean }; readOnly?: boolean }) => action.retryPolicy?.enabled === true || action.readOnly === true;

/** The caller's scope as far as any answer depends on it: organization and roles. */
export const scopeOf = (actor: Actor): string => `${actor.org ?? '-'}|${[...actor.roles].sort().join(',')}`;

/** What the read cache keeps in a call's meta: `$cache: false` inside writes; `$cacheable` on a cached read's reply. */
interface CacheMeta {
  $cache?: boolean;
  $cacheable?: boolean;
}

/** The key of an answer: action, caller scope, the platform's date, params (the same on the service and the gateway). */
const cacheKey = (action: string, actor: Actor, params: unknown) => `${action}:${scopeOf(actor)}:${platformDay()}:${JSON.stringify(params ?? {})}`;

let day = { at: 0, value: '' };
function platformDay(): string {
  const now = Date.now();
  if (now - day.at > 1_000) day = { at: now, value: today() };
  return day.value;
}

/**
 * The broker middleware (registered before the auth middleware, so it runs inside it, on a verified caller): serves
 * and fills the cache for the listed reads, marks writes' contexts uncached and bumps the service's generation after
 * every write and every handled event. Without a broker `cacher` it only marks and bumps nothing.
 */
export const readCacheMiddleware: Middleware = {
  created(broker: ServiceBroker) {
    const cacher = (broker as unknown as { cacher?: Cacher }).cacher;
    if (cacher) states.set(broker, new ReadCacheState(broker, cacher));
  },
  localAction(next, action) {
    const name = String(action.name);
    const service = action.service as { name?: string; metadata?: { readCache?: ReadCacheSpec } } | undefined;
    const serviceName = service?.name;
    if (!serviceName || name.startsWith('$')) return next;
    const broker = (this as unknown as ServiceBroker) ?? undefined;
    const run = next as unknown as (c: Context) => Promise<unknown>;
    if (!isRead(action as never)) {
      // A write: the reads it makes (its decision's inputs) bypass every cache; its service's answers are stale after it.
      return async function write(ctx: Context) {
        (ctx.meta as Record<string, unknown>).$cache = false;
        try {
          return await run(ctx);
        } finally {
          await stateOf(ctx.broker ?? broker)?.stale(serviceName).catch((err: unknown) => logger().error({ err, service: serviceName }, 'read cache: could not mark stale'));
        }
      } as never;
    }
    const spec = service.metadata?.readCache;
    const short = name.slice(serviceName.length + 1);
    if (!spec?.actions.includes(short)) return next;
    const services = [serviceName, ...spec.dependsOn];
    return async function cachedRead(ctx: Context) {
      const meta = ctx.meta as CacheMeta;
      const state = stateOf(ctx.broker);
      const actor = (ctx.locals as { actor?: Actor }).actor;
      if (!state || !state.usable || !actor || actor.system || meta.$cache === false) {
        const value = await run(ctx);
        meta.$cacheable = false; // whatever a sub-call's reply merged in: this answer was not cached
        return value;
      }
      const key = cacheKey(name, actor, ctx.params);
      const gens = await state.generations(services);
      const remote = !!ctx.nodeID && ctx.nodeID !== ctx.broker.nodeID;
      const hit = await state.get(key, gens, remote).catch(() => undefined);
      if (hit !== undefined) {
        stats.hits++;
        meta.$cacheable = true;
        return hit;
      }
      stats.misses++;
      const locals = ctx.locals as ReadLocals;
      locals.readCache = { services, undeclared: undefined };
      const value = await run(ctx);
      // An answer that read a service its spec does not name could go stale unseen: served, never cached (here or near).
      if (locals.readCache.undeclared) logger().warn({ action: name, called: locals.readCache.undeclared }, 'read cache: a cached read called a service outside its dependsOn; not cached');
      else state.set(key, gens, value);
      meta.$cacheable = !locals.readCache.undeclared && value !== undefined;
      return value;
    } as never;
  },
  remoteAction(next, action) {
    const name = String(action.name);
    const service = action.service as { name?: string; metadata?: { readCache?: ReadCacheSpec } } | undefined;
    const spec = service?.metadata?.readCache;
    const serviceName = service?.name;
    if (!spec || !serviceName || !spec.actions.includes(name.slice(serviceName.length + 1))) return next;
    const services = [serviceName, ...spec.dependsOn];
    const ask = next as unknown as (c: Context) => Promise<unknown>;
    /** The near cache (see the module comment): this node keeps the service's answers for user callers. */
    return async function nearRead(ctx: Context) {
      const meta = ctx.meta as CacheMeta & { token?: unknown };
      delete meta.$cacheable; // the service says; nobody else
      const state = stateOf(ctx.broker);
      if (!state?.nearServing || !state.usable || meta.$cache === false || typeof meta.token !== 'string') return ask(ctx);
      const actor = await verifyToken(meta.token, { users: 'only' }).catch(() => undefined);
      if (!actor) return ask(ctx); // an internal or a bad token: the service answers (or refuses) it
      const key = cacheKey(name, actor, ctx.params);
      const gens = await state.generations(services);
      const hit = await state.get(key, gens, false).catch(() => undefined);
      if (hit !== undefined) {
        stats.nearHits++;
        return hit;
      }
      stats.nearMisses++;
      const value = await ask(ctx);
      const cacheable = meta.$cacheable === true;
      delete meta.$cacheable; // not merged into the caller's meta, nor sent on with its next call
      // With Redis the service has written this very entry; in memory it is this node's own copy.
      if (cacheable && !state.shared) state.set(key, gens, value);
      return value;
    } as never;
  },
  call(next: ServiceBroker['call']) {
    return function call(actionName: string, params: unknown, opts: { parentCtx?: Context } = {}) {
      const reading = (opts.parentCtx?.locals as ReadLocals | undefined)?.readCache;
      if (reading) {
        const callee = actionName.slice(0, actionName.indexOf('.'));
        if (!reading.services.includes(callee)) reading.undeclared = actionName;
      }
      return next(actionName, params, opts as never);
    } as never;
  },
  localEvent(next, event) {
    const name = String(event.name);
    const service = (event.service as { name?: string } | undefined)?.name;
    if (!service || name.endsWith(STALE_SUFFIX)) return next;
    const run = next as unknown as (c: Context) => Promise<unknown>;
    // An event handler may write (projections, cancellations): its reads are fresh, its service's answers stale after it.
    return async function handled(ctx: Context) {
      (ctx.meta as Record<string, unknown>).$cache = false;
      try {
        return await run(ctx);
      } finally {
        await stateOf(ctx.broker)?.stale(service).catch((err: unknown) => logger().error({ err, service }, 'read cache: could not mark stale'));
      }
    } as never;
  },
} as Middleware;

/** For background work outside actions and events (timers): `service`'s data changed. */
export function markStale(broker: ServiceBroker, service: string): Promise<void> {
  return stateOf(broker)?.stale(service) ?? Promise.resolve();
}
