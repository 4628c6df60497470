/**
 * Grant programs: a funder's program for a region with its application window, award amount and criteria (data, so
 * another city's program needs no release), its edit and close history, the params that create, edit, close and
 * list programs, and the payload of `grants.programCreated` / `grants.programUpdated`. Part of the grants contract:
 * import it through grants.contract.ts.
 */

export const CRITERION_KINDS = ['MIN_SCHOOLS', 'MIN_DISTINCT_SCHOOL_TYPES', 'MIN_ENTERPRISES', 'ALLIANCE_ACTIVE', 'LEAD_IN_GOOD_STANDING'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/** A criterion is data, so a second city's program with other numbers needs no release. `threshold` only for MIN_* kinds. */
export interface Criterion {
  kind: CriterionKind;
  threshold: number | null;
}

// ---------------------------------------------------------------- DTOs

export interface GrantProgramDto {
  id: string;
  code: string;
  name: string;
  funderOrganizationId: string;
  regionCode: string;
  /** Application window, inclusive; null = open on that side. */
  opensOn: string | null;
  closesOn: string | null;
  awardAmountFen: number;
  currency: string;
  criteria: { kind: CriterionKind; threshold: number | null; description: string }[];
  createdAt: string;
  /** Set once the program is closed (ISO-8601 UTC): from then on no application is accepted. */
  closedAt: string | null;
  closeReason: string | null;
  /** Every edit and the close, in the order recorded (never changed). */
  history: ProgramChange[];
}

/** The fields of a program an edit touched (only those present changed). Money in integer fen. */
export interface ProgramTerms {
  name?: string;
  opensOn?: string | null;
  closesOn?: string | null;
  awardAmountFen?: number;
  /** Described in words in DTOs (as `GrantProgramDto.criteria`). */
  criteria?: (Criterion & { description?: string })[];
}

/** One edit or the close of a program: who, when (UTC), why, old → new. */
export interface ProgramChange {
  action: 'UPDATED' | 'CLOSED';
  at: string;
  by: string;
  byOrganizationId: string | null;
  reason: string;
  old: ProgramTerms;
  new: ProgramTerms;
}

// ---------------------------------------------------------------- params

export interface CreateProgramParams {
  code: string;
  name: string;
  regionCode: string;
  opensOn?: string | null;
  closesOn?: string | null;
  /** A decimal string, e.g. '1000000.00'; CNY only. */
  awardAmount: { amount: string; currency?: string | null };
  criteria: { kind: CriterionKind; threshold?: number | null }[];
  /** Platform admins and services create a program on behalf of a GOVERNMENT organization; funders always for their own. */
  funderOrganizationId?: string | null;
}

/**
 * `grants.updateProgram`: what may change and when (grants.rules.ts `programUpdatePlan`): the name, always; the
 * window's `closesOn` while the program is not closed, never before today (a window is not shut retroactively: use
 * `closeProgram`); `opensOn`, the award amount and the criteria — the terms applicants apply under — only before the
 * program opens (FAILED_PRECONDITION, data { reason: TERMS_FIXED }). Code, funder and region never change (a program
 * elsewhere or under other terms is a new program). Absent and null fields stay as they are.
 */
export interface UpdateProgramParams {
  programId: string;
  name?: string | null;
  opensOn?: string | null;
  closesOn?: string | null;
  awardAmount?: { amount: string; currency?: string | null } | null;
  criteria?: { kind: CriterionKind; threshold?: number | null }[] | null;
  reason: string;
}

/**
 * `grants.closeProgram`: closed from now on — no application is accepted afterwards (one racing the close is
 * refused and leaves nothing); applications already submitted are still decided, past evaluations, frozen
 * evidence and awards stay as they are. CONFLICT when already closed.
 */
export interface CloseProgramParams {
  programId: string;
  reason: string;
}

/** Programs covering a region (its own, its prefecture's, its province's), or one funder's. */
export interface ListProgramsParams {
  funderOrganizationId?: string | null;
  regionCode?: string | null;
}

// ---------------------------------------------------------------- events

export interface GrantProgramEventPayload {
  programId: string;
  funderOrganizationId: string;
  regionCode: string;
}
