import type { ServiceBroker } from 'moleculer';
import { ErrorCode } from '../infra/errors.js';
import { TrainingBaseAction, type CalendarFeedText, type RenderCalendarFeedParams } from '../services/trainingBases/trainingBases.contract.js';
import { makeCaller, newCallCounter } from './call.js';
import { codedError } from './errors.js';
import type { Route } from './plugins/use-routes.js';
import { localeOfTag, msg } from '../infra/message-registry.js';
import { DEFAULT_LOCALE, type Locale } from '../infra/messages.js';

const PATH = /^\/calendar\/bases\/([^/]+)\.ics$/;

/**
 * The language of a feed: its URL's `lang` (`zh-CN` / `en`, any zh-* or en-* tag), else zh-CN. Only the URL decides
 * (not Accept-Language): a subscription reads the same whichever app or server fetches it.
 */
export const feedLocale = (url: URL): Locale => localeOfTag(url.searchParams.get('lang')) ?? DEFAULT_LOCALE;

/** The subscription URL of a base's feed, for a subscriber's secret and language (what `TrainingBase.calendarFeedUrl` answers). */
export const calendarFeedUrl = (publicUrl: string, baseId: string, token: string, locale: Locale): string =>
  `${publicUrl}/calendar/bases/${baseId}.ics?token=${encodeURIComponent(token)}&lang=${locale}`;

/**
 * GET /calendar/bases/<baseId>.ics?token=<feed secret>&lang=<zh-CN|en>: a base's bookings as an iCalendar feed
 * (RFC 5545), its calendar name and events' SUMMARY and DESCRIPTION in `lang` (default zh-CN; `feedLocale`).
 * Calendar apps send no headers, so the secret in the URL is the credential: the gateway asks the trainingBases
 * service, through the request's caller with its own service token, for the feed's text and streams it; the
 * service checks the secret (hashed, revocable) and renders. Errors are the gateway's one mapping (JSON):
 * 405 for another method, 404 NOT_FOUND for a malformed base id (and an unknown one, once the token is well formed),
 * 401 UNAUTHENTICATED for a missing, malformed or unknown secret, 403 FORBIDDEN for a revoked one.
 */
export function calendarRoute(broker: ServiceBroker): Route {
  return async ({ request, url, requestId }) => {
    const m = PATH.exec(url.pathname);
    if (!m) return null;
    if (request.method !== 'GET' && request.method !== 'HEAD') throw codedError(ErrorCode.BAD_USER_INPUT, msg('gateway.useGet'), { status: 405 });
    if (!/^[0-9a-f]{24}$/.test(m[1])) throw codedError(ErrorCode.NOT_FOUND, msg('gateway.noSuchBase'));
    const token = url.searchParams.get('token') ?? '';
    if (!token) throw codedError(ErrorCode.UNAUTHENTICATED, msg('gateway.calendarTokenNeeded'));
    // A token of the wrong shape is refused before the service is asked (nor told whether the base exists).
    if (token.length < 10 || token.length > 200) throw codedError(ErrorCode.UNAUTHENTICATED, msg('gateway.calendarTokenInvalid'));
    const call = makeCaller(broker, { requestId }, newCallCounter(), 'gateway');
    const params: RenderCalendarFeedParams = { baseId: m[1], token, lang: feedLocale(url) };
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
