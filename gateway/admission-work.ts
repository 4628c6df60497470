/**
 * The gateway's admission work, counted in units instead of timed: a wall-clock bound says little on a loaded
 * 2-core machine, while a count of the steps the admission code takes is exact and the same everywhere. A unit is
 * one token lexed by the parse-time scan (query-scan.ts), or one selection (field, inline fragment or spread) or one
 * fragment-graph step visited by the depth and cost measures (query-cost.ts). Each of these visits every token or
 * selection of the document at most once, so an admission costs at most `ADMISSION_UNITS_PER_TOKEN` units per token
 * of the document: a count above that means some step walks a part of the document more than once (per fragment
 * path, per pair of selections, …), the super-linear work a hostile document exploits.
 *
 * Not counted: graphql-js's parser (one pass) and its validation rules (one traversal; the one rule that compares
 * pairs, OverlappingFieldsCanBeMerged, stops at its own complexity budget of 500,000 comparisons in graphql 16.15).
 */

/** A counter the admission steps add their units to; tests pass one through `LimitOptions.meter`. */
export interface WorkMeter {
  /** Units counted so far (see the module comment). */
  units: number;
}

/**
 * The most units one admission may take per token of its document: the scan lexes each token once, the fragment
 * graph visits each selection inside a fragment once and takes at most one step per spread and one per fragment,
 * and depth and cost visit each selection once; a selection is at least one token.
 */
export const ADMISSION_UNITS_PER_TOKEN = 5;

/** Adds `n` units to `meter` when there is one (production passes none: the counting costs nothing there). */
export function spend(meter: WorkMeter | undefined, n = 1): void {
  if (meter) meter.units += n;
}
