import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { httpErrorResponse } from '../errors.js';

/** A refusal of the HTTP request itself: BAD_REQUEST with `status` and `details.reason`. */
const badRequest = (message: string, status: number, reason: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status }, details: { reason } } });

/**
 * What /graphql executes: a POST whose body is `application/json`, or a GET (queries only: yoga refuses a mutation
 * over GET). Form-encoded, multipart, `text/plain` and `application/graphql` POSTs are refused with 415
 * before their body is read: they are the "simple" requests a browser sends cross-site without a CORS
 * preflight, so executing them would let any web page act with a user's credentials. Other methods: 405. Both carry
 * yoga's own BAD_REQUEST code (the HTTP request is not a GraphQL request), as a body that is not JSON does.
 */
export function useHttpPolicy(graphqlPath = '/graphql'): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlPath) return;
      const method = request.method;
      if (method === 'GET' || method === 'OPTIONS') return; // OPTIONS: the CORS preflight, answered by yoga's CORS
      if (method !== 'POST') {
        endResponse(httpErrorResponse(badRequest('GraphQL takes POST (application/json) or GET (queries).', 405, 'METHOD'), { allow: 'GET, POST' }));
        return;
      }
      const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/json') {
        endResponse(
          httpErrorResponse(badRequest('Send the GraphQL request as Content-Type: application/json.', 415, 'CONTENT_TYPE'), { accept: 'application/json' }),
        );
      }
    },
  };
}
