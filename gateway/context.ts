import { randomUUID } from 'node:crypto';
import type { ServiceBroker } from 'moleculer';
import { verifyToken, type Actor } from '../infra/auth.js';
import { requestScope } from '../infra/logger.js';
import { makeCaller, type Caller, type CallCounter } from './call.js';
import { makeLoaders, type Loaders } from './loaders.js';
import { toGraphQLError } from './errors.js';
import { makeFieldBatcher, type FieldBatcher } from './batch-fields.js';

export interface GatewayContext {
  requestId: string;
  token?: string;
  /** The verified caller, or undefined without a token. Services verify the token again themselves. */
  actor?: Actor;
  call: Caller;
  loaders: Loaders;
  /** Argument-taking fields of list items, one call per field and argument set (gateway/batch-fields.ts). */
  batch: FieldBatcher;
  counter: CallCounter;
  publicUrl: string;
}

export function bearerToken(header: string | null): string | undefined {
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : '\u0000invalid';
}

/** The caller's request id when it is a sane token (≤ 64 word characters), else a new UUID. */
export function requestIdFrom(header: string | string[] | null | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  const clean = raw?.slice(0, 64).replace(/[^\w.-]/g, '');
  return clean || randomUUID();
}

export async function buildContext(broker: ServiceBroker, request: Request, publicUrl: string): Promise<GatewayContext> {
  // Set by the HTTP server for the whole request (see server.ts); a fresh one for in-process `yoga.fetch` calls.
  const requestId = requestScope.getStore()?.requestId ?? requestIdFrom(request.headers.get('x-request-id'));
  const token = bearerToken(request.headers.get('authorization'));
  let actor: Actor | undefined;
  if (token !== undefined) {
    try {
      actor = await verifyToken(token);
    } catch (err) {
      throw toGraphQLError(err);
    }
  }
  const counter: CallCounter = { calls: 0, byAction: {} };
  const call = makeCaller(broker, { token, requestId }, counter);
  return { requestId, token, actor, call, loaders: makeLoaders(call), batch: makeFieldBatcher(call), counter, publicUrl };
}
