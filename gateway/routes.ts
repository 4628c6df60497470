import type { ServiceBroker } from 'moleculer';
import type { Route } from './server.js';
import { calendarRoute } from './calendar.js';
import { revenueStatementCsvRoute } from './revenue-export.js';
import { consoleRoute } from './console-route.js';

/** Plain-HTTP routes beside /graphql that need the broker (calendar feeds, metrics). */
export function gatewayRoutes(broker: ServiceBroker): Route[] {
  return [revenueStatementCsvRoute(broker), calendarRoute(broker), consoleRoute()];
}
