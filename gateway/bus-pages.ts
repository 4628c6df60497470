/**
 * Lists that can grow are paged ON THE BUS, whatever the GraphQL answer's size: the gateway asks a service for pages
 * of at most `BUS_PAGE_EVENTS` ledger events or `BUS_PAGE_BOOKINGS` bookings and assembles the answer, so no single NATS message carries a whole revenue
 * statement (a 2,000-event statement is 1.4 MB of JSON; NATS carries at most 1 MB per message). An answer larger
 * than `MAX_ANSWER_EVENTS` is refused with RESPONSE_TOO_LARGE before the pages are read ("ask for a shorter period").
 */
import type { Caller } from '../infra/caller.js';
import { ErrorCode } from '../infra/errors.js';
import { codedError } from './errors.js';
import { encodeKeyedCursor } from '../infra/pagination.js';
import { MY_BOOKINGS_MAX, TrainingBaseAction, type BookingDto } from '../services/trainingBases/trainingBases.contract.js';
import {
  RevenueAction,
  type AgreementStatementDto,
  type BeneficiaryTotal,
  type RevenueStatementDto,
  type StatementPageDto,
} from '../services/revenue/revenue.contract.js';
import { msg } from '../infra/message-registry.js';

/** Ledger events per bus message (≈ 0.7 KB each as JSON: a page stays near 150 KB, far below NATS's 1 MB). */
export const BUS_PAGE_EVENTS = 200;
/** The most events one GraphQL answer assembles (≈ 25 MB of JSON); more: RESPONSE_TOO_LARGE. */
export const MAX_ANSWER_EVENTS = 20_000;

function tooManyEvents(count: number): never {
  throw codedError(ErrorCode.RESPONSE_TOO_LARGE, msg('gateway.periodTooLarge', { max: MAX_ANSWER_EVENTS }), {
    details: { maxEvents: MAX_ANSWER_EVENTS, events: count },
  });
}

/** An organization's statement for [from, to], read page by page from `revenue.statementPage`. */
export async function revenueStatementFromPages(call: Caller, p: { organizationId: string; from: string; to: string }): Promise<RevenueStatementDto> {
  const lines: StatementPageDto['lines'] = [];
  let total = 0n;
  let reconciled = true;
  let after: string | null = null;
  for (;;) {
    const page: StatementPageDto = await call<StatementPageDto>(RevenueAction.statementPage, { ...p, after, first: BUS_PAGE_EVENTS, openingTotalFen: total.toString() });
    lines.push(...page.lines);
    total += BigInt(page.totalFen);
    reconciled &&= page.reconciled;
    if (lines.length > MAX_ANSWER_EVENTS) tooManyEvents(lines.length);
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return { organizationId: p.organizationId, from: p.from, to: p.to, lines, totalFen: total.toString(), reconciled };
}

/** Adds one page of an agreement's ledger to what was read before it (totals add up; the check holds on every page). */
function addPage(acc: AgreementStatementDto, page: AgreementStatementDto): AgreementStatementDto {
  const totals = new Map<string, BeneficiaryTotal>(acc.byOrganization.map((t) => [`${t.organizationId}:${t.beneficiary}`, { ...t }]));
  for (const t of page.byOrganization) {
    const k = `${t.organizationId}:${t.beneficiary}`;
    const cur = totals.get(k);
    if (cur) cur.amountFen = (BigInt(cur.amountFen) + BigInt(t.amountFen)).toString();
    else totals.set(k, { ...t });
  }
  return {
    ...acc,
    lines: [...acc.lines, ...page.lines],
    // Sums are `FenSum`s (decimal strings of integer fen): added as bigints, never as strings or floats.
    grossFen: (BigInt(acc.grossFen) + BigInt(page.grossFen)).toString(),
    deductionsFen: (BigInt(acc.deductionsFen) + BigInt(page.deductionsFen)).toString(),
    netFen: (BigInt(acc.netFen) + BigInt(page.netFen)).toString(),
    byOrganization: [...totals.values()],
    reconciled: acc.reconciled && page.reconciled,
    hasNextPage: page.hasNextPage,
    endCursor: page.endCursor,
  };
}

/**
 * An agreement's whole ledger for [from, to]: `first` (a batch entry or the first page) continued with
 * `revenue.agreementStatement` pages while it says more follow. Without `first`, it starts from the beginning.
 */
export async function agreementStatementFromPages(call: Caller, p: { agreementId: string; from: string; to: string }, first?: AgreementStatementDto): Promise<AgreementStatementDto> {
  let acc: AgreementStatementDto = first ?? (await call<AgreementStatementDto>(RevenueAction.agreementStatement, { ...p, first: BUS_PAGE_EVENTS }));
  while (acc.hasNextPage) {
    if (acc.lines.length > MAX_ANSWER_EVENTS) tooManyEvents(acc.lines.length);
    const opening = acc.lines.length ? String(acc.lines[acc.lines.length - 1].runningNetFen) : '0';
    const page = await call<AgreementStatementDto>(RevenueAction.agreementStatement, { ...p, after: acc.endCursor ?? null, first: BUS_PAGE_EVENTS, openingNetFen: opening });
    acc = addPage(acc, page);
  }
  const { hasNextPage: _more, endCursor: _cursor, ...whole } = acc;
  return whole;
}

/** Bookings per bus message (≈ 0.4 KB each). */
export const BUS_PAGE_BOOKINGS = 100;

/** The caller's organization's bookings (at most `MY_BOOKINGS_MAX`, by start), read in pages from `trainingBases.myBookings`. */
export async function myBookingsFromPages(call: Caller, p: { from?: string | null; to?: string | null }): Promise<BookingDto[]> {
  const out: BookingDto[] = [];
  let after: string | null = null;
  while (out.length < MY_BOOKINGS_MAX) {
    const first = Math.min(BUS_PAGE_BOOKINGS, MY_BOOKINGS_MAX - out.length);
    const page: BookingDto[] = await call<BookingDto[]>(TrainingBaseAction.myBookings, { from: p.from, to: p.to, first, after });
    out.push(...page);
    if (page.length < first) break;
    const last = page[page.length - 1];
    after = encodeKeyedCursor(new Date(last.start).toISOString(), last.id);
  }
  return out;
}
