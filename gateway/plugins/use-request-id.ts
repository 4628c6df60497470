import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/**
 * What the HTTP server hands yoga with each request (server.ts): the request id it chose before anything else
 * ran, so the log scope around the whole request and the id the plugins see are the same one.
 */
export interface RequestIdServerContext {
  requestId?: string;
}

/**
 * THE request id sanitizer: the caller's `x-request-id` when it is a sane token (at most 64 characters of
 * `[A-Za-z0-9_.-]` after removing the others), else a new UUID. Used once per HTTP request, for every route.
 */
export function requestIdFrom(header: string | string[] | null | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  const clean = raw?.slice(0, 64).replace(/[^\w.-]/g, '');
  return clean || randomUUID();
}

const ids = new WeakMap<Request, string>();

/**
 * The request id of a request that `useRequestId()` has seen (every request the gateway serves), else one derived
 * from its header (a request built outside the pipeline, e.g. in a test).
 */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    id = requestIdFrom(request.headers.get('x-request-id'));
    ids.set(request, id);
  }
  return id;
}

/**
 * One request id per HTTP request, on every route (/graphql, /calendar, /exports, health, console): chosen when
 * the request arrives (the server's, or `requestIdFrom` the header), carried into every bus call (gateway/call.ts
 * puts it in `meta.requestId` and the call's `requestID`, so every service's log lines carry it) and echoed in
 * the response's `x-request-id` header.
 */
export function useRequestId(): Plugin<Record<string, unknown>, RequestIdServerContext> {
  return {
    onRequest({ request, serverContext }) {
      if (!ids.has(request)) ids.set(request, serverContext?.requestId ?? requestIdFrom(request.headers.get('x-request-id')));
    },
    onResponse({ request, response, setResponse }) {
      try {
        response.headers.set('x-request-id', requestIdOf(request));
      } catch {
        // a response with immutable headers (e.g. Response.redirect): answer a copy that has the header
        const headers = new Headers(response.headers);
        headers.set('x-request-id', requestIdOf(request));
        setResponse(new Response(response.body, { status: response.status, statusText: response.statusText, headers }));
      }
    },
  };
}
