import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../../infra/errors.js';
import { codedError, httpErrorResponse } from '../errors.js';
import { msg } from '../../infra/message-registry.js';
import { localeOf } from '../locale.js';

/**
 * Request bodies must declare their length (411 otherwise) and stay within `maxBytes` (413 otherwise), so the
 * limit holds before a byte of the body is read. Both are BAD_USER_INPUT.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = request.headers.get('content-length');
      if (request.method === 'POST' && length === null) {
        endResponse(httpErrorResponse(codedError(ErrorCode.BAD_USER_INPUT, msg('gateway.contentLengthRequired'), { status: 411 }), {}, localeOf(request)));
        return;
      }
      if (Number(length ?? 0) > maxBytes) {
        endResponse(httpErrorResponse(codedError(ErrorCode.BAD_USER_INPUT, msg('gateway.bodyTooLarge', { max: maxBytes }), { status: 413 }), {}, localeOf(request)));
      }
    },
  };
}
