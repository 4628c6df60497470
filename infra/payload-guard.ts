/**
 * No message dies on the transport: NATS refuses a message larger than the server's `max_payload` (1 MB, set on
 * purpose in infra/nats.conf, docker-compose and the test servers), and a refused reply used to surface as a
 * timeout or an INTERNAL error far from its cause. This broker middleware measures, before sending, every reply to a
 * caller on another node, and refuses one that would not fit with the coded RESPONSE_TOO_LARGE (`data: { bytes,
 * limitBytes, action }`) — at the service that made it, so the caller gets an actionable error instead. Lists that can
 * grow are paged on the bus so that legitimate answers never come near the limit; this is the guard for whatever
 * still could. Requests are kept small by their senders: id lists go in slices of at most 1,000 (the gateway's
 * DataLoaders and field batches, grants' evidence reads), about 27 KB. (A `remoteAction` hook measuring requests was tried and dropped: wrapping Moleculer's
 * remote handlers delayed failing over from a killed replica in the replica-kill drill.)
 */
import type { Context, Middleware, ServiceBroker } from 'moleculer';
import { ErrorCode, appError } from './errors.js';
import { msg } from './message-registry.js';
import { preserializedOf } from './preserialized.js';

/** Room left for Moleculer's envelope around the payload (ids, meta with the bearer token, headers). */
export const ENVELOPE_HEADROOM = 64 * 1024;

/** The NATS server's `max_payload` as it announced it to this node's connection (undefined: no transporter). */
export function transportMaxPayload(broker: ServiceBroker): number | undefined {
  const client = (broker as unknown as { transit?: { tx?: { client?: { info?: { max_payload?: number } } } } }).transit?.tx?.client;
  return client?.info?.max_payload;
}

/** Serialized size of a payload as the JSON serializer will send it (strings and buffers by their bytes). */
export function payloadBytes(v: unknown): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'string') return Buffer.byteLength(v) + 2;
  if (Buffer.isBuffer(v)) return v.length;
  const known = preserializedOf(v);
  if (known) return known.bytes;
  return Buffer.byteLength(JSON.stringify(v) ?? '');
}

/** The coded refusal: the message would exceed the transport limit. */
function tooLarge(action: string, bytes: number, limitBytes: number) {
  return appError(ErrorCode.RESPONSE_TOO_LARGE, msg('infra.replyTooLarge', { action, bytes, limit: limitBytes }), {
    action,
    bytes,
    limitBytes,
  });
}

/** The guard for one broker (a factory: the middleware keeps its broker). */
export function payloadGuard(): Middleware {
  let broker: ServiceBroker | undefined;
  const limit = () => {
    const max = broker && transportMaxPayload(broker);
    return max ? max - ENVELOPE_HEADROOM : undefined;
  };
  return {
    name: 'PayloadGuard',
    created(b: ServiceBroker) {
      broker = b;
    },
    localAction(next, action) {
      return async function guardedReply(ctx: Context) {
        const result = await (next as unknown as (c: Context) => Promise<unknown>)(ctx);
        const max = ctx.nodeID && broker && ctx.nodeID !== broker.nodeID ? limit() : undefined;
        if (max !== undefined) {
          const bytes = payloadBytes(result);
          if (bytes > max) throw tooLarge(action.name ?? 'an action', bytes, max + ENVELOPE_HEADROOM);
        }
        return result;
      } as never;
    },
  };
}
