/**
 * The standings read-model: one row per alliance and program, in the grantStandings database's `standings`
 * collection (same schema and indexes as when it lived in the grants database). Only this service touches it.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { oid } from '../../infra/entity.js';
import { regionPrefix } from '../../infra/auth.js';
import { escapeRegex } from '../../infra/params.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../grants/grants.contract.js';
import type { StandingsScope } from './grantStandings.rules.js';
import type { MessageRef } from '../../infra/messages.js';

export interface StandingDoc {
  _id: Types.ObjectId;
  allianceId: Types.ObjectId;
  programId: Types.ObjectId;
  programCode: string | null;
  programName: string | null;
  programRegionCode: string | null;
  funderOrganizationId: Types.ObjectId;
  /** The alliance's region: funders list the rows of their region. */
  regionCode: string;
  allianceName: string;
  eligible: boolean;
  shortfall: string[];
  /** `shortfall` as catalog messages (absent on rows written before catalogs). */
  shortfallI18n?: MessageRef[] | null;
  counts: { total: number; schools: number; enterprises: number; distinctSchoolTypes: number };
  /** The date evaluated (today, platform time zone, when it was computed). */
  evaluatedOn: string;
  evaluatedAt: Date;
  /** When the source data was read (ms since epoch): a slower, older recomputation never overwrites a newer one. */
  readAt: number;
  applicationStatus: ApplicationStatus | null;
  awarded: boolean;
}

const standingSchema = new Schema<StandingDoc>(
  {
    allianceId: { type: Schema.Types.ObjectId, required: true },
    programId: { type: Schema.Types.ObjectId, required: true },
    programCode: { type: String, default: null },
    programName: { type: String, default: null },
    programRegionCode: { type: String, default: null },
    funderOrganizationId: { type: Schema.Types.ObjectId, required: true },
    regionCode: { type: String, required: true },
    allianceName: { type: String, required: true },
    eligible: { type: Boolean, required: true },
    shortfall: { type: [String], default: [] },
    shortfallI18n: { type: Schema.Types.Mixed, default: null },
    counts: { total: Number, schools: Number, enterprises: Number, distinctSchoolTypes: Number },
    evaluatedOn: { type: String, required: true },
    evaluatedAt: { type: Date, required: true },
    readAt: { type: Number, required: true },
    applicationStatus: { type: String, enum: [...APPLICATION_STATUSES, null], default: null },
    awarded: { type: Boolean, default: false },
  },
  { collection: 'standings', strict: 'throw' },
);
standingSchema.index({ allianceId: 1, programId: 1 }, { unique: true });
standingSchema.index({ programId: 1, _id: 1 });
standingSchema.index({ funderOrganizationId: 1, _id: 1 });
standingSchema.index({ regionCode: 1, _id: 1 });

/** The models on the service's own connection (see infra/mongo.mixin.ts). */
export function standingModels(conn: Connection) {
  return { Standing: conn.model<StandingDoc>('Standing', standingSchema) as Model<StandingDoc> };
}
export type StandingModels = ReturnType<typeof standingModels>;

// ---------------------------------------------------------------- named query builders (each tested against its rule)

type Filter = Record<string, unknown>;

/**
 * Rows a caller lists (rule: `standingListed`): within its scope (null = all; a funder's region covers the alliance's,
 * by GB/T 2260 prefix), optionally one program, optionally by verdict.
 */
export function standingsFilter(scope: StandingsScope | null, args: { programId?: string | null; eligible?: boolean | null }): Filter {
  const q: Filter = {};
  if (scope) q.regionCode = { $regex: `^${escapeRegex(regionPrefix(scope.regionCode))}` };
  if (args.programId) q.programId = oid(args.programId);
  if (args.eligible !== undefined && args.eligible !== null) q.eligible = args.eligible;
  return q;
}

/**
 * The row a reading made at `readAt` may overwrite (rule: `supersedes`): the alliance and program's row only if it
 * was read earlier. Upserted with this filter, a newer stored row makes the filter miss and the insert collide with
 * the unique (alliance, program) index: the stale result is dropped.
 */
export const olderReadingFilter = (allianceId: string, programId: string, readAt: number): Filter => ({ allianceId: oid(allianceId), programId: oid(programId), readAt: { $lt: readAt } });

/** Rows evaluated before `today` (rule: `isStale`). */
export const staleFilter = (today: string): Filter => ({ evaluatedOn: { $lt: today } });
