/**
 * GET /exports/revenue-statement.csv?organizationId=&from=&to= — an organization's revenue statement as CSV, with
 * the same bearer token as the API (Authorization header) and the same rules (the revenue service decides).
 * UTF-8 with a BOM so Excel shows Chinese correctly; CRLF line ends (RFC 4180); pages of events are streamed
 * from the service and written as they arrive. The last row is the totals row, equal to the GraphQL statement's.
 */
import type { ServiceBroker } from 'moleculer';
import { ErrorCode } from '../infra/errors.js';
import { logger } from '../infra/logger.js';
import { formatFen, sumFen, toFenSum } from '../infra/money.js';
import { makeCaller, newCallCounter } from './call.js';
import { bearerToken, verifyPublicToken } from './context.js';
import { codedError } from './errors.js';
import type { Route } from './plugins/use-routes.js';
import { RevenueAction, type StatementLine, type StatementPageDto } from '../services/revenue/revenue.contract.js';
import { msg, render } from '../infra/message-registry.js';
import { DEFAULT_LOCALE, type Locale } from '../infra/messages.js';
import { localeOf } from './locale.js';

export const REVENUE_STATEMENT_CSV_PATH = '/exports/revenue-statement.csv';

/**
 * The columns, in order (documented in the README), by their stable key. The header row is written in the
 * request's language from the catalog (`gateway.csv.revenue.<key>`, gateway/gateway.messages.ts); cells hold data
 * (dates YYYY-MM-DD, amounts in yuan with two decimals, codes such as REVENUE/REVERSAL and TRUE/FALSE).
 */
export const REVENUE_CSV_COLUMNS = [
  'receivedOn',
  'eventId',
  'kind',
  'reversesEventId',
  'agreementTitle',
  'agreementId',
  'agreementVersion',
  'externalReference',
  'gross',
  'deductions',
  'deductionDetail',
  'net',
  'organization',
  'teachers',
  'schoolFunds',
  'amount',
  'runningTotal',
  'reconciled',
] as const;

/** The header row's labels in `locale`. */
export const revenueCsvHeader = (locale: Locale): string[] => REVENUE_CSV_COLUMNS.map((c) => render(`gateway.csv.revenue.${c}`, {}, locale));

const BOM = '\uFEFF';

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(value: string | number | boolean | null, text = false): string {
  let s = value === null ? '' : String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: string[]) => `${cells.join(',')}\r\n`;

/** The totals row's figures, added up as bigint: exact at any size (infra/money.ts, sums). */
interface Totals {
  gross: bigint;
  deductions: bigint;
  net: bigint;
  organization: bigint;
  teachers: bigint;
  schoolFunds: bigint;
  amount: bigint;
  reconciled: boolean;
}

export const emptyTotals = (): Totals => ({ gross: 0n, deductions: 0n, net: 0n, organization: 0n, teachers: 0n, schoolFunds: 0n, amount: 0n, reconciled: true });

export function statementCsvRow(l: StatementLine, organizationId: string, t: Totals): string {
  const e = l.event;
  const mine = (b: string) => sumFen(e.allocations.filter((a) => a.organizationId === organizationId && a.beneficiary === b).map((a) => a.amountFen));
  const deducted = sumFen(e.deductions.map((d) => d.amountFen));
  const [org, teachers, funds] = [mine('ORGANIZATION'), mine('TEACHERS'), mine('SCHOOL_FUNDS')];
  const cells = row([
    csvCell(e.receivedOn),
    csvCell(e.id),
    csvCell(e.kind),
    csvCell(e.reversesEventId),
    csvCell(l.agreementTitle, true),
    csvCell(e.agreementId),
    csvCell(e.agreementVersion),
    csvCell(e.externalReference, true),
    csvCell(formatFen(e.grossFen)),
    csvCell(formatFen(deducted)),
    csvCell(e.deductions.map((d) => `${d.kind} ${formatFen(d.amountFen)}`).join('; '), true),
    csvCell(formatFen(e.netFen)),
    csvCell(formatFen(org)),
    csvCell(formatFen(teachers)),
    csvCell(formatFen(funds)),
    csvCell(formatFen(l.amountFen)),
    csvCell(formatFen(l.runningTotalFen)),
    csvCell(l.reconciled ? 'TRUE' : 'FALSE'),
  ]);
  // Added once the row is formatted: a row that cannot be written counts in no total.
  t.gross += BigInt(e.grossFen);
  t.deductions += deducted;
  t.net += BigInt(e.netFen);
  t.organization += org;
  t.teachers += teachers;
  t.schoolFunds += funds;
  t.amount += BigInt(l.amountFen);
  t.reconciled &&= l.reconciled;
  return cells;
}

/** The last row of a file that was cut short: it has no totals row, and says so in its first cell. */
export const incompleteCsvRow = (locale: Locale = DEFAULT_LOCALE): string => row([csvCell(render('gateway.csv.incomplete', {}, locale)), ...Array.from({ length: REVENUE_CSV_COLUMNS.length - 1 }, () => '')]);

export function totalsCsvRow(t: Totals, locale: Locale = DEFAULT_LOCALE): string {
  return row([
    csvCell(render('gateway.csv.total', {}, locale)),
    '', '', '', '', '', '', '',
    csvCell(formatFen(t.gross)),
    csvCell(formatFen(t.deductions)),
    '',
    csvCell(formatFen(t.net)),
    csvCell(formatFen(t.organization)),
    csvCell(formatFen(t.teachers)),
    csvCell(formatFen(t.schoolFunds)),
    csvCell(formatFen(t.amount)),
    csvCell(formatFen(t.amount)),
    csvCell(t.reconciled ? 'TRUE' : 'FALSE'),
  ]);
}

/**
 * The route. `pageSize`: events fetched from the service per call (tests use a small one to prove pages join
 * seamlessly). Calls the revenue service through the request's caller (the user's token, the request's id); the
 * first page is fetched before any byte is sent, so its errors are answered by the gateway's one mapping with their
 * status (401 without a token, 403 FORBIDDEN, 400 BAD_USER_INPUT …). A later page that fails ends the file without
 * its totals row and ends with a row `导出未完成` (en: `INCOMPLETE`) instead, so a truncated file cannot pass for a
 * complete one. Totals are added up as bigint: exact at any size.
 */
export function revenueStatementCsvRoute(broker: ServiceBroker, pageSize = 500): Route {
  return async ({ request, url, requestId }) => {
    if (url.pathname !== REVENUE_STATEMENT_CSV_PATH) return null;
    if (request.method !== 'GET') throw codedError(ErrorCode.BAD_USER_INPUT, msg('gateway.useGet'), { status: 405 });
    const token = bearerToken(request.headers.get('authorization'));
    if (!token) throw codedError(ErrorCode.UNAUTHENTICATED, msg('infra.signIn'));
    // A user's token only (the revenue service verifies it again): an internal service token is refused here.
    await verifyPublicToken(token);
    const organizationId = url.searchParams.get('organizationId') ?? '';
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '';
    const call = makeCaller(broker, { token, requestId }, newCallCounter());
    const locale = localeOf(request);
    const page = (after: string | null, openingTotalFen: bigint) =>
      call<StatementPageDto>(RevenueAction.statementPage, { organizationId, from, to, after, first: pageSize, openingTotalFen: toFenSum(openingTotalFen) });
    const totals = emptyTotals();
    /** A page's rows (and, on the last page, the totals row), the totals advanced. */
    const rowsOf = (p: StatementPageDto): string => {
      totals.reconciled &&= p.reconciled;
      const chunk = p.lines.map((l) => statementCsvRow(l, organizationId, totals)).join('');
      return p.hasNextPage ? chunk : chunk + totalsCsvRow(totals, locale);
    };

    // The first page is fetched and written out before any byte is sent: its failure is an ordinary coded error.
    let current = await page(null, 0n);
    const first = rowsOf(current);
    const utf8 = new TextEncoder();
    let done = !current.hasNextPage;
    // One page per pull: the next page is asked for only when the client has taken the previous one.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(utf8.encode(BOM + row(revenueCsvHeader(locale).map((c) => csvCell(c))) + first));
        if (done) controller.close();
      },
      async pull(controller) {
        if (done) return;
        try {
          current = await page(current.endCursor, totals.amount);
          const chunk = rowsOf(current);
          if (chunk) controller.enqueue(utf8.encode(chunk));
          if (!current.hasNextPage) {
            done = true;
            controller.close();
          }
        } catch (err) {
          // Cut short after the 200 went out: the file ends with a row that says so instead of the totals row.
          // (Erroring the stream instead would leave the HTTP response hanging open: the server adapter only logs
          // a body stream's failure and never ends or resets the connection.)
          done = true;
          logger().warn({ err, requestId }, 'revenue statement export cut short: a later page failed');
          controller.enqueue(utf8.encode(incompleteCsvRow(locale)));
          controller.close();
        }
      },
    });
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="revenue-statement-${organizationId}-${from}-${to}.csv"`,
        'cache-control': 'no-store',
      },
    });
  };
}
