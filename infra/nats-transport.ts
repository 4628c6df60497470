/**
 * Moleculer's NATS transporter with the sender's identity in every subject, so that NATS itself vouches for who
 * sent a packet.
 *
 * Moleculer (default balancer) addresses nodes: a request goes to `MOL-<ns>.REQ.<nodeID>`, its reply to
 * `MOL-<ns>.RES.<callerNodeID>`, an event to `MOL-<ns>.EVENT.<listenerNodeID>`; discovery uses `DISCOVER`, `INFO`,
 * `HEARTBEAT`, `DISCONNECT`, `PING`, `PONG` (broadcast, or `.<nodeID>` when targeted). Node ids are
 * `<identity>.<instance>` (infra/bus-identity.ts), so a subject names the identity it is for. This transporter
 * appends the identity it is *from* as one more token (`MOL-cej.REQ.organizations.n1.gateway`), and NATS only
 * lets a connection publish subjects that end with its own identity (the generated permissions, app/nats-config.ts).
 * On receipt the last token is therefore a NATS-verified identity, and a packet is dropped when:
 * - its `sender` node id does not belong to that identity (a forged sender);
 * - it is an INFO announcing a service the identity does not host (a rogue `organizations` registered by the
 *   gateway's credentials);
 * - it is a reply from another identity than the one asked;
 * - it is a request for an action this node's identity does not host.
 * Events are checked by their handlers (infra/broker.ts: only the owning service may emit them).
 *
 * Replies and events carry no bearer token (`meta.token` is removed from RES and EVENT packets).
 */
import { Transporters, type ServiceBroker } from 'moleculer';
import { disableNearCache } from './near-cache.js';
import { nkeyAuthenticator } from 'nats';
import { identityOfNode, ownerOf, servicesOfIdentity } from './bus-identity.js';
import { recordRefusal } from './bus-refusals.js';
import { ConfigError, type Config } from './env.js';
import { logger } from './logger.js';

/** How a node connects to NATS. */
export interface NatsTransport {
  natsUrl: string;
  /** The bus identity this node acts as (infra/bus-identity.ts); also the first token of its node id. */
  identity: string;
  /** The identity's nkey seed (`SU…`): NATS authenticates the connection with it (challenge–response; never sent). */
  nkeySeed?: string;
  /** PEM file of the CA that signed the NATS server's certificate: TLS with hostname verification. */
  tlsCaFile?: string;
}

type NatsMsg = { subject: string; data: Uint8Array };
type NatsClient = { subscribe(subject: string, opts: { callback: (err: Error | null, msg: NatsMsg) => void }): unknown; publish(subject: string, data: Uint8Array): void };
type PacketPayload = { sender?: unknown; id?: string; action?: string; services?: { name?: string }[]; meta?: Record<string, unknown> };
/** The part of a Moleculer packet read here. */
type Packet = { type: string; payload: unknown };
type TransitInternals = { pendingRequests: Map<string, { nodeID?: string }> };

/** Moleculer's NATS options for `t` (nkey authentication and TLS when configured; reconnect forever). */
export function natsClientOptions(t: NatsTransport): Record<string, unknown> {
  return {
    url: t.natsUrl,
    ...(t.nkeySeed ? { authenticator: nkeyAuthenticator(new TextEncoder().encode(t.nkeySeed)) } : {}),
    // The CA verifies the server's certificate, and Node's TLS checks the host name against it (never turned off).
    // With `tls` set the client refuses a server that does not offer TLS (no silent downgrade).
    ...(t.tlsCaFile ? { tls: { caFile: t.tlsCaFile } } : t.natsUrl.startsWith('tls://') ? { tls: {} } : {}),
    // Reconnect forever: a NATS restart must not need a restart of any service.
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
  };
}

/** The NATS transporter that sends from, and admits by, NATS-verified identities (see the module comment). */
export class IdentityNatsTransporter extends Transporters.NATS {
  readonly identity: string;
  private readonly hosted: Set<string>;

  constructor(t: NatsTransport) {
    super(natsClientOptions(t) as never);
    this.identity = t.identity;
    this.hosted = new Set(servicesOfIdentity(t.identity));
  }

  /**
   * Subscribes `<topic>.*` (any sender). An identity that hosts no service (the gateway) takes no requests, so it
   * does not subscribe to them (NATS would refuse it); it takes the events its near cache watches
   * (`<service>.cacheStale`, infra/read-cache.ts), the only ones NATS lets the services send it.
   */
  override subscribe(cmd: string, nodeID?: string): Promise<void> {
    if (cmd === 'REQ' && this.hosted.size === 0) return Promise.resolve();
    const topic = `${this.getTopicName(cmd, nodeID)}.*`;
    (this.client as NatsClient).subscribe(topic, {
      callback: (err, msg) => {
        if (err) {
          this.logger.warn(`NATS subscription ${topic} failed: ${err.message}`);
          // Without its events a near cache could not hear cacheStale: it must not serve (infra/read-cache.ts).
          if (cmd === 'EVENT') disableNearCache(this.broker as ServiceBroker, `NATS refused ${topic}: ${err.message}`);
          return;
        }
        const from = msg.subject.slice(msg.subject.lastIndexOf('.') + 1);
        void this.receive(cmd, Buffer.from(msg.data), from as never);
      },
    });
    return Promise.resolve();
  }

  /** Publishes on `<topic>.<own identity>` (the only subjects NATS lets this identity publish). */
  override send(topic: string, data: Buffer): Promise<void> {
    (this.client as NatsClient | null)?.publish(`${topic}.${this.identity}`, data);
    return Promise.resolve();
  }

  /**
   * Replies carry the callee's meta back to the caller, events the emitter's meta to every listener: neither needs
   * the bearer token (listeners act as themselves), so it is removed. Only requests carry one, to their callee.
   */
  override publish(packet: Packet): Promise<void> {
    const payload = packet.payload as PacketPayload;
    if ((packet.type === 'RES' || packet.type === 'EVENT') && payload?.meta && 'token' in payload.meta) {
      const { token: _dropped, ...meta } = payload.meta;
      packet.payload = { ...payload, meta } as never;
    }
    return super.publish(packet as never);
  }

  /** Admits a packet only as the identity NATS verified (`from`, the subject's last token); see the module comment. */
  override receive(cmd: string, data: Buffer, from?: unknown): Promise<void> | void {
    let packet: Packet;
    try {
      packet = this.deserialize(cmd, data) as Packet;
    } catch (err) {
      this.logger.warn(`Invalid incoming ${cmd} packet: ${(err as Error).message}`);
      return;
    }
    const refusal = this.refusal(cmd, packet.payload as PacketPayload, typeof from === 'string' ? from : '');
    if (refusal) {
      recordRefusal('packet', `${cmd}: ${refusal}`);
      this.logger.warn({ cmd, from, sender: (packet.payload as PacketPayload)?.sender, refusal }, 'bus packet refused');
      return;
    }
    return (this as unknown as { messageHandler: (cmd: string, p: Packet) => Promise<void> }).messageHandler(cmd, packet);
  }

  private refusal(cmd: string, payload: PacketPayload, from: string): string | null {
    if (!payload || typeof payload !== 'object') return 'no payload';
    const senderIdentity = identityOfNode(typeof payload.sender === 'string' ? payload.sender : null);
    if (!from || senderIdentity !== from) return 'sender is not the NATS-verified identity';
    if (cmd === 'INFO') {
      const foreign = (payload.services ?? []).map((s) => String(s?.name ?? '')).filter((n) => !n.startsWith('$') && !servicesOfIdentity(from).includes(n));
      if (foreign.length) return `announces services its identity does not host (${foreign.join(', ')})`;
    } else if (cmd === 'RES') {
      const pending = (this.transit as unknown as TransitInternals).pendingRequests.get(String(payload.id));
      if (pending && identityOfNode(pending.nodeID) !== from) return 'reply from another identity than the one asked';
    } else if (cmd === 'REQ') {
      const owner = ownerOf(String(payload.action ?? ''));
      if (!owner.startsWith('$') && !this.hosted.has(owner)) return `request for ${payload.action}, which this identity does not host`;
    }
    return null;
  }
}

/**
 * How an entry point (`npm run service`, `npm run gateway`, `npm start` with NATS_URL) connects: as NATS_IDENTITY
 * (default `identity`), authenticated by its nkey seed and over TLS verified by NATS_TLS_CA_FILE (or a `tls://` URL
 * and the system's CAs). Secure by default: without a seed or without TLS it refuses to start (ConfigError) unless
 * NATS_INSECURE=true, which only development and tests accept (env.ts refuses it in production).
 */
export function natsTransportFromConfig(cfg: Config, identity: string): NatsTransport {
  if (!cfg.natsUrl) throw new ConfigError(['NATS_URL is required']);
  const chosen = cfg.natsIdentity ?? identity;
  const tls = !!cfg.natsTlsCaFile || cfg.natsUrl.startsWith('tls://');
  if (!cfg.natsInsecure) {
    const problems: string[] = [];
    if (!cfg.natsNkeySeed) problems.push(`NATS_NKEY_SEED (or NATS_NKEY_SEED_FILE) is required: the nkey seed of the bus identity ${chosen} (npm run nats:config writes one per identity); NATS_INSECURE=true skips it in development`);
    if (!tls) problems.push('NATS_TLS_CA_FILE (or a tls:// NATS_URL) is required: the NATS link is encrypted and the server verified; NATS_INSECURE=true skips it in development');
    if (problems.length) throw new ConfigError(problems);
  } else {
    // Never silent: a relaxed bus is announced at start (and env.ts refuses it in production).
    logger().warn({ identity: chosen, nkey: !!cfg.natsNkeySeed, tls }, 'NATS_INSECURE=true: the NATS link may be unauthenticated or unencrypted (development only)');
  }
  return { natsUrl: cfg.natsUrl, identity: chosen, nkeySeed: cfg.natsNkeySeed, tlsCaFile: cfg.natsTlsCaFile };
}
