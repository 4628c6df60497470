import type { ServiceBroker } from 'moleculer';
import { systemToken } from '../infra/auth.js';
import { HTTP_STATUS, type ErrorCode } from '../infra/errors.js';
import { logger } from '../infra/logger.js';
import type { CalendarFeedData } from '../services/trainingBases/trainingBases.contract.js';
import { renderCalendar } from '../services/trainingBases/trainingBases.ical.js';
import type { Route } from './server.js';

const PATH = /^\/calendar\/bases\/([^/]+)\.ics$/;

/**
 * GET /calendar/bases/<baseId>.ics?token=<feed secret>: a base's bookings as an iCalendar feed (RFC 5545).
 * Calendar apps send no headers, so the secret in the URL is the credential; the gateway asks the
 * trainingBases service with its own service token and the service checks the secret (hashed, revocable).
 */
export function calendarRoute(broker: ServiceBroker): Route {
  return async (req, res, url) => {
    const m = PATH.exec(url.pathname);
    if (!m) return false;
    const plain = (status: number, text: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(text);
      return true;
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(405, 'Method not allowed');
    if (!/^[0-9a-f]{24}$/.test(m[1])) return plain(404, 'No such training base');
    const feedToken = url.searchParams.get('token') ?? '';
    if (feedToken.length < 10 || feedToken.length > 200) return plain(401, 'This calendar link needs its token.');
    try {
      const token = await systemToken('gateway');
      const data = (await broker.call('trainingBases.calendarFeed', { baseId: m[1], feedToken }, { meta: { token } })) as CalendarFeedData;
      const body = renderCalendar({
        baseId: data.base.id,
        baseName: data.base.name,
        timeZone: data.base.timeZone,
        host: 'training-bases.cej',
        generatedAt: data.generatedAt,
        events: data.events,
      });
      res.writeHead(200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `inline; filename="base-${data.base.id}.ics"`,
        'cache-control': 'private, max-age=300',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    } catch (err) {
      const type = (err as { type?: string }).type as ErrorCode | undefined;
      if (type && type in HTTP_STATUS && type !== 'INTERNAL') return plain(HTTP_STATUS[type], (err as Error).message);
      logger().error({ err }, 'calendar feed failed');
      return plain(503, 'The calendar is temporarily unavailable.');
    }
  };
}
