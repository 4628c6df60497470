/**
 * GET /exports/revenue-statement.csv?organizationId=&from=&to= — an organization's revenue statement as CSV, with
 * the same bearer token as the API (Authorization header) and the same rules (the revenue service decides).
 * UTF-8 with a BOM so Excel shows Chinese correctly; CRLF line ends (RFC 4180); pages of events are streamed
 * from the service and written as they arrive. The last row is the totals row, equal to the GraphQL statement's.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceBroker } from 'moleculer';
import { GraphQLError } from 'graphql';
import { formatFen } from '../infra/money.js';
import { makeCaller, type CallCounter } from './call.js';
import { bearerToken } from './context.js';
import type { Route } from './server.js';
import type { StatementLine, StatementPageDto } from '../services/revenue/revenue.contract.js';

export const REVENUE_STATEMENT_CSV_PATH = '/exports/revenue-statement.csv';

/** The columns, in order (documented in the README): Chinese label and a stable English key. */
export const REVENUE_CSV_COLUMNS = [
  '收款日期 receivedOn',
  '事件编号 eventId',
  '类型 kind',
  '冲销的事件 reversesEventId',
  '协议 agreementTitle',
  '协议编号 agreementId',
  '协议版本 agreementVersion',
  '外部参考号 externalReference',
  '总收入 gross',
  '扣除合计 deductions',
  '扣除明细 deductionDetail',
  '净收入 net',
  '本单位(单位) organization',
  '本单位(教师报酬) teachers',
  '本单位(学校经费) schoolFunds',
  '本单位合计 amount',
  '累计 runningTotal',
  '已核对 reconciled',
] as const;

const BOM = '\uFEFF';

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(value: string | number | boolean | null, text = false): string {
  let s = value === null ? '' : String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: string[]) => `${cells.join(',')}\r\n`;

interface Totals {
  gross: number;
  deductions: number;
  net: number;
  organization: number;
  teachers: number;
  schoolFunds: number;
  amount: number;
  reconciled: boolean;
}

export function statementCsvRow(l: StatementLine, organizationId: string, t: Totals): string {
  const e = l.event;
  const mine = (b: string) => e.allocations.filter((a) => a.organizationId === organizationId && a.beneficiary === b).reduce((s, a) => s + a.amountFen, 0);
  const deducted = e.deductions.reduce((s, d) => s + d.amountFen, 0);
  const [org, teachers, funds] = [mine('ORGANIZATION'), mine('TEACHERS'), mine('SCHOOL_FUNDS')];
  t.gross += e.grossFen;
  t.deductions += deducted;
  t.net += e.netFen;
  t.organization += org;
  t.teachers += teachers;
  t.schoolFunds += funds;
  t.amount += l.amountFen;
  t.reconciled &&= l.reconciled;
  return row([
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
}

export function totalsCsvRow(t: Totals): string {
  return row([
    csvCell('合计 TOTAL'),
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

/** `pageSize`: events fetched from the service per call (tests use a small one to prove pages join seamlessly). */
export function revenueStatementCsvRoute(broker: ServiceBroker, pageSize = 500): Route {
  return async (req, res, url) => {
    if (url.pathname !== REVENUE_STATEMENT_CSV_PATH) return false;
    const fail = (status: number, code: string, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
      return true;
    };
    if (req.method !== 'GET') return fail(405, 'BAD_USER_INPUT', 'Use GET.');
    const token = bearerToken(req.headers.authorization ?? null);
    if (!token) return fail(401, 'UNAUTHENTICATED', 'Sign in first: send a valid bearer token.');
    const organizationId = url.searchParams.get('organizationId') ?? '';
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '';
    const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64).replace(/[^\w.-]/g, '')) || randomUUID();
    const counter: CallCounter = { calls: 0, byAction: {} };
    const call = makeCaller(broker, { token, requestId }, counter);
    const page = (after: string | null, openingTotalFen: number) =>
      call<StatementPageDto>('revenue.statementPage', { organizationId, from, to, after, first: pageSize, openingTotalFen });

    let current: StatementPageDto;
    try {
      current = await page(null, 0); // before any byte is written, so errors keep their HTTP status
    } catch (err) {
      const e = err as GraphQLError;
      const code = String(e.extensions?.code ?? 'INTERNAL');
      const status = Number((e.extensions?.http as { status?: number } | undefined)?.status ?? 500);
      return fail(status, code, e.message);
    }
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="revenue-statement-${organizationId}-${from}-${to}.csv"`,
      'cache-control': 'no-store',
      'x-request-id': requestId,
    });
    res.write(BOM + row(REVENUE_CSV_COLUMNS.map((c) => csvCell(c))));
    const totals: Totals = { gross: 0, deductions: 0, net: 0, organization: 0, teachers: 0, schoolFunds: 0, amount: 0, reconciled: true };
    for (;;) {
      totals.reconciled &&= current.reconciled;
      const chunk = current.lines.map((l) => statementCsvRow(l, organizationId, totals)).join('');
      if (chunk && !res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      if (!current.hasNextPage) break;
      try {
        current = await page(current.endCursor, totals.amount);
      } catch {
        // Headers are gone: end without a totals row, so a truncated file cannot pass for a complete one.
        res.end();
        return true;
      }
    }
    res.end(totalsCsvRow(totals));
    return true;
  };
}
