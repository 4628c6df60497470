import type { ServiceBroker } from 'moleculer';
import { ErrorCode } from '../infra/errors.js';
import { TrainingBaseAction, type CalendarFeedText, type RenderCalendarFeedParams } from '../services/trainingBases/trainingBases.contract.js';
import { makeCaller, newCallCounter } from './call.js';
import { codedError } from './errors.js';
import type { Route } from './plugins/use-routes.js';
import { msg } from '../infra/message-registry.js';

const PATH = /^\/calendar\/bases\/([^/]+)\.ics$/;

/**
 * GET /calendar/bases/<baseId>.ics?token=<feed secret>: a base's bookings as an iCalendar feed (RFC 5545).
 * Calendar apps send no headers, so the secret in the URL is the credential: the gateway asks the trainingBases
 * service, through the request's caller with its own service token, for the feed's text and streams it; the
 * service checks the secret (hashed, revocable) and renders. Errors are the gateway's one mapping (JSON):
 * 405 for another method, 404 NOT_FOUND for a malformed or unknown base id, 401 UNAUTHENTICATED for a missing or
 * unknown secret, 403 FORBIDDEN for a revoked one.
 */
export function calendarRoute(broker: ServiceBroker): Route {
  return async ({ request, url, requestId }) => {
    const m = PATH.exec(url.pathname);
    if (!m) return null;
    if (request.method !== 'GET' && request.method !== 'HEAD') throw codedError(ErrorCode.BAD_USER_INPUT, msg('gateway.useGet'), { status: 405 });
    if (!/^[0-9a-f]{24}$/.test(m[1])) throw codedError(ErrorCode.NOT_FOUND, msg('gateway.noSuchBase'));
    const token = url.searchParams.get('token') ?? '';
    if (token.length < 10 || token.length > 200) throw codedError(ErrorCode.UNAUTHENTICATED, msg('gateway.calendarTokenNeeded'));
    const call = makeCaller(broker, { requestId }, newCallCounter(), 'gateway');
    const params: RenderCalendarFeedParams = { baseId: m[1], token };
    const feed = await call<CalendarFeedText>(TrainingBaseAction.renderCalendarFeed, { ...params });
    return new Response(request.method === 'HEAD' ? null : feed.ics, {
      status: 200,
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `inline; filename="${feed.filename}"`,
        'cache-control': 'private, max-age=300',
      },
    });
  };
}
