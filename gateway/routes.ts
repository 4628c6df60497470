import type { ServiceBroker } from 'moleculer';
import type { Route } from './plugins/use-routes.js';
import { calendarRoute } from './calendar.js';
import { revenueStatementCsvRoute } from './revenue-export.js';
import { consoleRoute } from './console-route.js';

/** The plain-HTTP routes beside /graphql: CSV exports, calendar feeds, the built console (last: it takes the rest). */
export function gatewayRoutes(broker: ServiceBroker): Route[] {
  return [revenueStatementCsvRoute(broker), calendarRoute(broker), consoleRoute()];
}
