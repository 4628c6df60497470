import type { Plugin } from 'graphql-yoga';
import { httpErrorResponse } from '../errors.js';
import { requestIdOf } from './use-request-id.js';
import { localeOf } from '../locale.js';

/** What a plain-HTTP route is given: the request, its parsed URL and the request's one id (use-request-id.ts). */
export interface RouteRequest {
  request: Request;
  url: URL;
  requestId: string;
  /** The client's address as the socket saw it (undefined in-process, e.g. `yoga.fetch`). */
  remoteAddress?: string;
}

/**
 * A plain-HTTP route beside /graphql (calendar feeds, CSV exports, the console): answers a Response, or null when
 * the request is not its own. A route may throw (a coded GraphQL error, a bus error, anything): the request is
 * then answered by the gateway's one error mapping (gateway/errors.ts `httpErrorResponse`).
 */
export type Route = (r: RouteRequest) => Promise<Response | null> | Response | null;

/** Tries the routes in order before GraphQL; the first that answers ends the request. */
export function useRoutes(routes: readonly Route[]): Plugin {
  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      if (!routes.length) return;
      const remoteAddress = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket?.remoteAddress;
      const r: RouteRequest = { request, url: new URL(url.href), requestId: requestIdOf(request), remoteAddress };
      for (const route of routes) {
        let response: Response | null;
        try {
          response = await route(r);
        } catch (err) {
          response = httpErrorResponse(err, {}, localeOf(request));
        }
        if (response) return endResponse(response);
      }
    },
  };
}

/** GET / outside production when nothing else answers it (no console built or served): the API's GraphiQL. */
export const rootRedirect: Route = ({ request, url }) =>
  request.method === 'GET' && url.pathname === '/' ? new Response(null, { status: 302, headers: { location: '/graphql' } }) : null;
