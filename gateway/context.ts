import type { ServiceBroker } from 'moleculer';
import { verifyToken, type Actor } from '../infra/auth.js';
import { makeCaller, newCallCounter, type Caller, type CallCounter } from './call.js';
import { makeLoaders, type Loaders } from './loaders.js';
import { toGraphQLError } from './errors.js';
import { makeFieldBatcher, type FieldBatcher } from './batch-fields.js';
import { requestIdOf } from './plugins/use-request-id.js';

/** What every resolver receives (besides yoga's own `request`, `params`): the caller, the loaders, who asks. */
export interface GatewayContext {
  /** The request's one id (plugins/use-request-id.ts), carried into every bus call. */
  requestId: string;
  token?: string;
  /** The verified caller, or undefined without a token. Services verify the token again themselves. */
  actor?: Actor;
  call: Caller;
  /**
   * The gateway's own caller (an internal token minted per callee, no user token) for PUBLIC fields only: what the
   * seeds say is published (the 公示 list, the certified catalogue, published rankings) answers without sign-in.
   */
  publicCall: Caller;
  loaders: Loaders;
  /** Argument-taking fields of list items, one call per field and argument set (gateway/batch-fields.ts). */
  batch: FieldBatcher;
  counter: CallCounter;
  /** The gateway's public base URL (calendar feed links). */
  publicUrl: string;
  /** The HTTP request (set by yoga). */
  request?: Request;
}

/** The bearer token of an `Authorization` header: undefined without one, an always-invalid marker when malformed. */
export function bearerToken(header: string | null): string | undefined {
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : '\u0000invalid';
}

/**
 * Verifies the bearer token of a public HTTP endpoint (/graphql, /exports): user tokens only. A service's internal
 * token is UNAUTHENTICATED here whatever its audience (internal tokens are for the bus, never for HTTP clients).
 */
export function verifyPublicToken(token: string): Promise<Actor> {
  return verifyToken(token, { users: 'only' });
}

/** The per-request context of /graphql: verifies the token (UNAUTHENTICATED when invalid) and binds one caller. */
export async function buildContext(broker: ServiceBroker, request: Request, publicUrl: string): Promise<GatewayContext> {
  const requestId = requestIdOf(request);
  const token = bearerToken(request.headers.get('authorization'));
  let actor: Actor | undefined;
  if (token !== undefined) {
    try {
      actor = await verifyPublicToken(token);
    } catch (err) {
      throw toGraphQLError(err);
    }
  }
  const counter = newCallCounter();
  const call = makeCaller(broker, { token, requestId }, counter);
  const publicCall = makeCaller(broker, { requestId }, counter, 'gateway');
  return { requestId, token, actor, call, publicCall, loaders: makeLoaders(call), batch: makeFieldBatcher(call), counter, publicUrl };
}
