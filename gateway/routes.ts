import type { ServiceBroker } from 'moleculer';
import type { Route } from './server.js';

/** Plain-HTTP routes beside /graphql that need the broker (calendar feeds, metrics). */
export function gatewayRoutes(_broker: ServiceBroker): Route[] {
  return [];
}
