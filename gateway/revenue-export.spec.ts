/**
 * The CSV export route over real HTTP (loopback) against a real broker with a revenue stand-in: sums beyond 2^53 fen
 * are written exactly, and a file cut short mid-way never ends like a complete one (issue 14, fault 2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Context, ServiceBroker } from 'moleculer';
import { mintToken } from '../infra/auth.js';
import { logger } from '../infra/logger.js';
import { formatFen, toFenSum } from '../infra/money.js';
import type { RevenueEventDto, StatementLine, StatementPageDto } from '../services/revenue/revenue.contract.js';
import { testBus } from '../test/helpers/gateway.js';
import { REVENUE_CSV_COLUMNS, revenueCsvHeader, revenueStatementCsvRoute } from './revenue-export.js';
import { startGateway, type Gateway } from './server.js';

const ORG = 'b'.repeat(24);
const MAX = Number.MAX_SAFE_INTEGER;

/** One receipt of `fen` wholly to ORG. */
const line = (i: number, fen: number, running: bigint): StatementLine => {
  const event: RevenueEventDto = {
    id: String(i).padStart(24, '0'),
    agreementId: 'c'.repeat(24),
    agreementVersion: 1,
    allianceId: 'd'.repeat(24),
    kind: 'REVENUE',
    receivedOn: '2026-01-05',
    externalReference: `R-${i}`,
    grossFen: fen,
    deductions: [],
    netFen: fen,
    allocations: [{ organizationId: ORG, beneficiary: 'ORGANIZATION', amountFen: fen, inventors: [] }],
    reversesEventId: null,
    reason: null,
    recordedAt: '2026-01-05T00:00:00.000Z',
    recordedBy: 'u',
  };
  return { event, amountFen: fen, runningTotalFen: toFenSum(running), reconciled: true, agreementTitle: '许可' };
};

/**
 * The statement the stand-in serves, one event per page: `amounts` (fen), and `failAt` — the page index whose call
 * fails (a later page of a long export when the service goes away), or -1.
 */
let amounts: number[] = [];
let failAt = -1;
const revenue = {
  name: 'revenue',
  actions: {
    statementPage: {
      handler(ctx: Context<{ after: string | null; openingTotalFen: string }>): StatementPageDto {
        const i = ctx.params.after === null ? 0 : Number(ctx.params.after) + 1;
        if (i === failAt) throw new Error('revenue went away');
        const running = BigInt(ctx.params.openingTotalFen) + BigInt(amounts[i]);
        return { lines: [line(i, amounts[i], running)], totalFen: toFenSum(amounts[i]), reconciled: true, hasNextPage: i + 1 < amounts.length, endCursor: String(i) };
      },
    },
  },
};

let broker: ServiceBroker;
let gw: Gateway;
let logLevel: string;
beforeAll(async () => {
  logLevel = logger().level;
  logger().level = 'silent'; // the cut-short export is logged as a warning, as it should be
  userToken = await mintToken({ sub: 'csv-reader', roles: ['PLATFORM_ADMIN'] });
  broker = await testBus(revenue);
  gw = await startGateway({ broker, port: 0, host: '127.0.0.1', requiredServices: [], routes: [revenueStatementCsvRoute(broker, 1)] });
});
afterAll(async () => {
  logger().level = logLevel;
  await gw?.stop();
  await broker?.stop();
});

const url = () => `${gw.url}/exports/revenue-statement.csv?organizationId=${ORG}&from=2026-01-01&to=2026-12-31`;
/** A real user token: the export verifies it like /graphql does (a service token is refused there). */
let userToken = '';
const get = () => fetch(url(), { headers: { authorization: `Bearer ${userToken}` } });
const rowsOf = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((r) => r.split(','));
const col = (name: (typeof REVENUE_CSV_COLUMNS)[number]) => REVENUE_CSV_COLUMNS.indexOf(name);

describe('the revenue CSV export', () => {
  it('writes two receipts of the largest accepted amount with their exact running total and totals (the handed case)', async () => {
    [amounts, failAt] = [[MAX, MAX], -1];
    const res = await get();
    expect(res.status).toBe(200);
    const rows = rowsOf(await res.text());
    expect(rows).toHaveLength(1 + 2 + 1);
    expect(rows.slice(1, 3).map((r) => r[col('runningTotal')])).toEqual(['90071992547409.91', '180143985094819.82']);
    expect(rows[0]).toEqual(revenueCsvHeader('zh-CN'));
    expect(rows[0][0]).toBe('收款日期');
    expect(rows[3][0]).toBe('合计');
    expect([rows[3][col('gross')], rows[3][col('net')], rows[3][col('organization')], rows[3][col('amount')]]).toEqual(Array(4).fill('180143985094819.82'));
  });

  it('totals any run of accepted amounts exactly (generated amounts up to the largest)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.integer({ min: 0, max: MAX }), fc.constant(MAX)), { minLength: 1, maxLength: 5 }), async (generated) => {
        [amounts, failAt] = [generated, -1];
        const rows = rowsOf(await (await get()).text());
        expect(rows).toHaveLength(1 + generated.length + 1);
        const exact = formatFen(generated.reduce((s, f) => s + BigInt(f), 0n));
        expect(rows[rows.length - 1][0]).toBe('合计');
        expect(rows[rows.length - 1][col('amount')]).toBe(exact);
        expect(rows[rows.length - 2][col('runningTotal')]).toBe(exact);
      }),
      { numRuns: 15 },
    );
  });

  it('writes the header and the totals row in the language asked for (Accept-Language, else zh-CN)', async () => {
    [amounts, failAt] = [[100], -1];
    const en = rowsOf(await (await fetch(url(), { headers: { authorization: `Bearer ${userToken}`, 'accept-language': 'en-US,en;q=0.9' } })).text());
    expect(en[0]).toEqual(revenueCsvHeader('en'));
    expect(en[0][0]).toBe('Received on');
    expect(en[en.length - 1][0]).toBe('TOTAL');
    const zh = rowsOf(await (await get()).text());
    expect(zh[0][col('runningTotal')]).toBe('累计');
    expect(zh[zh.length - 1][0]).toBe('合计');
  });

  it('never ends a file cut short like a complete one: no totals row, a last row saying INCOMPLETE', async () => {
    [amounts, failAt] = [[100, 200, 300], 2];
    const res = await get();
    expect(res.status).toBe(200); // the first page was fine: the response had started
    const rows = rowsOf(await res.text());
    expect(rows.map((r) => r[0])).toEqual(['收款日期', '2026-01-05', '2026-01-05', '导出未完成']);
    expect(rows.filter((r) => r[0] === '合计')).toEqual([]);
    expect(rows[3]).toHaveLength(REVENUE_CSV_COLUMNS.length);
  });

  it('answers a failure of the first page with its coded error, not a 200 with a header only', async () => {
    [amounts, failAt] = [[100], 0];
    const res = await get();
    expect(res.status).toBe(500);
    expect((await res.json()).errors[0].extensions.code).toBe('INTERNAL');
  });
});
