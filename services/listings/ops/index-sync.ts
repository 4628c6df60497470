/**
 * Keeping this replica's index current. Every replica rebuilds from MongoDB at start, applies the broadcast
 * `listings.changed` events (each carries the listing with its `rev`; an older or repeated revision is ignored) and
 * catches up periodically from its `updatedAt` watermark (minus a margin for clock skew between writers), which
 * repairs an event lost while the replica was disconnected. A write is also applied at once on the replica that made
 * it, so its caller finds the listing immediately; other replicas find it after one event hop (measured in the bench).
 */
import type { Types } from 'mongoose';
import type { ListingDto } from '../listings.contract.js';
import { ListingEvent, type ListingChangedPayload } from '../listings.contract.js';
import { toListingDto } from '../listings.mappers.js';
import { changedSinceFilter, type ListingDoc } from '../listings.model.js';
import type { ListingDeps } from './deps.js';

/** How far behind the watermark a catch-up reads (writers' clocks and in-flight writes). */
export const CATCH_UP_MARGIN_MS = 60_000;

/** Loads every OPEN listing (in pages of 5,000 by id) into the index. */
export async function rebuild(d: ListingDeps): Promise<number> {
  const today = d.today();
  let last: Types.ObjectId | null = null;
  let n = 0;
  for (;;) {
    const rows: ListingDoc[] = await d.models.Listing.find({ status: 'OPEN', ...(last ? { _id: { $gt: last } } : {}) })
      .sort({ _id: 1 })
      .limit(5_000)
      .lean<ListingDoc[]>();
    if (!rows.length) break;
    d.index.load(rows.map((r) => toListingDto(r, today)));
    n += rows.length;
    last = rows[rows.length - 1]._id;
  }
  return n;
}

/** Applies every listing changed since the watermark (minus the margin); returns how many revisions were new. */
export async function catchUp(d: ListingDeps): Promise<number> {
  const wm = d.index.watermark;
  const since = wm ? new Date(Date.parse(wm) - CATCH_UP_MARGIN_MS) : new Date(0);
  const rows = await d.models.Listing.find(changedSinceFilter(since)).sort({ updatedAt: 1 }).limit(10_000).lean<ListingDoc[]>();
  const today = d.today();
  let n = 0;
  for (const r of rows) if (d.index.apply(toListingDto(r, today)).applied) n++;
  d.index.stats.catchUps++;
  return n;
}

/** After a write: apply here at once, then broadcast to every listings replica (each applies it in `rev` order). */
export function announce(d: ListingDeps, listing: ListingDto): void {
  d.index.apply(listing);
  void d.broker.broadcast(ListingEvent.changed, { listing } satisfies ListingChangedPayload);
}
