/**
 * The params the trainingBases actions share: one record or several by id, a base, a time window, keyset paging,
 * and the batch params of the gateway's per-parent fields (one answer entry per base id, in order). Part of the
 * trainingBases contract: import it through trainingBases.contract.ts.
 */
import type { Page } from '../../../infra/pagination.js';

/** One record by id. */
export interface IdParams {
  id: string;
}
/** Records by id (answers in id order, null where missing or not visible). */
export interface IdsParams {
  ids: string[];
}
/** One base by id. */
export interface BaseIdParams {
  baseId: string;
}
/** A time window [from, to) (ISO date-times with offset). */
export interface WindowParams {
  from: string;
  to: string;
}
/** A base and a window. */
export interface BaseWindowParams extends WindowParams {
  baseId: string;
}

/** Keyset paging: `first` ≤ 100 (default 20), `after` an opaque cursor. */
export interface PageParams {
  first?: number | null;
  after?: string | null;
}

/** Batch params for the gateway's per-parent fields: one answer entry per id, in order. */
export interface BasesParams {
  baseIds: string[];
}
/** `getAvailability` / `getUtilization`: one window for every base. */
export interface BasesWindowParams extends BasesParams, WindowParams {}

/** The answers of batch actions: one entry per parent id; see infra/batch.ts for per-entry failures. */
export type { Page };
