import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { httpErrorResponse } from '../errors.js';
import { msg } from '../../infra/message-registry.js';
import type { Msg } from '../../infra/messages.js';
import { localeOf } from '../locale.js';

/** A refusal of the HTTP request itself: BAD_REQUEST with `status` and `details.reason`. */
const badRequest = (message: Msg, status: number, reason: string) =>
  new GraphQLError(message.message, { extensions: { code: 'BAD_REQUEST', http: { status }, details: { reason, i18n: { key: message.key, params: message.params } } } });

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
        endResponse(httpErrorResponse(badRequest(msg('gateway.methodNotAllowed'), 405, 'METHOD'), { allow: 'GET, POST' }, localeOf(request)));
        return;
      }
      const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/json') {
        endResponse(
          httpErrorResponse(badRequest(msg('gateway.contentType'), 415, 'CONTENT_TYPE'), { accept: 'application/json' }, localeOf(request)),
        );
      }
    },
  };
}
