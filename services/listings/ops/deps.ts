import type { ServiceBroker } from 'moleculer';
import type { ListingIndex } from '../listings.search.js';
import type { ListingModels } from '../listings.model.js';

/** What the listings flows need: the models, this replica's index, the broker (events) and the day. */
export interface ListingDeps {
  models: ListingModels;
  index: ListingIndex;
  broker: ServiceBroker;
  today: () => string;
}
