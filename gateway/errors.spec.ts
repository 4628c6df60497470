/**
 * The gateway's one error mapping, in process (`yoga.fetch`) against a real broker with tiny services: /graphql,
 * /calendar and /exports answer a bus error of each code with the same code, HTTP status and details; validation
 * errors are BAD_USER_INPUT; an unreachable service is SERVICE_UNAVAILABLE; anything unexpected is INTERNAL, masked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError, locatedError, parse } from 'graphql';
import type { Context, ServiceBroker } from 'moleculer';
import { ErrorCode, HTTP_STATUS } from '../infra/errors.js';
import type { CallMeta } from '../infra/auth.js';
import { logger } from '../infra/logger.js';
import { mintToken } from '../infra/auth.js';
import { internalMessage, codedError, httpErrorResponse, maskError, toGraphQLError } from './errors.js';
import { calendarFeedUrl, calendarRoute } from './calendar.js';
import { REVENUE_CSV_COLUMNS, revenueCsvHeader, revenueStatementCsvRoute } from './revenue-export.js';
import type { GatewayYoga } from './server.js';
import { LEAKED_SECRET, gql, probeService, send, testBus, testGateway, throwFor } from '../test/helpers/gateway.js';

const CODES = Object.values(ErrorCode);
const BASE = 'a'.repeat(24);

/** A trainingBases stand-in: the feed token names the error to throw (`code-<CODE>`), else a tiny calendar naming the request and language. */
const trainingBases = {
  name: 'trainingBases',
  actions: {
    renderCalendarFeed: {
      params: { baseId: 'string', token: 'string', lang: { type: 'enum', values: ['zh-CN', 'en'] } },
      handler(ctx: Context<{ baseId: string; token: string; lang: string }, CallMeta>) {
        if (ctx.params.token.startsWith('code-')) throwFor(ctx.params.token.slice(5));
        return { ics: `BEGIN:VCALENDAR\r\nX-REQUEST:${ctx.meta.requestId}\r\nX-LANG:${ctx.params.lang}\r\nEND:VCALENDAR\r\n`, filename: `base-${ctx.params.baseId}.ics` };
      },
    },
  },
};

/** A revenue stand-in: `organizationId` names the error to throw (`code-<CODE>`), else a one-page statement. */
const revenue = {
  name: 'revenue',
  actions: {
    statementPage: {
      handler(ctx: Context<{ organizationId: string }>) {
        if (ctx.params.organizationId.startsWith('code-')) throwFor(ctx.params.organizationId.slice(5));
        return { lines: [], totalFen: '0', reconciled: true, hasNextPage: false, endCursor: null };
      },
    },
  },
};

let broker: ServiceBroker;
let yoga: GatewayYoga;
/** A user's token: /exports verifies it (user tokens only) before calling the revenue stand-in. */
let userToken: string;

let logLevel: string;

beforeAll(async () => {
  // The unexpected errors these tests provoke are logged at error level, as they should be; not in the test output.
  logLevel = logger().level;
  logger().level = 'silent';
  userToken = await mintToken({ sub: 'member', roles: ['ORG_ADMIN'], org: 'b'.repeat(24), expiresIn: '1h' });
  broker = await testBus(probeService, trainingBases, revenue);
  yoga = testGateway(broker, { routes: [revenueStatementCsvRoute(broker), calendarRoute(broker)] });
});
afterAll(async () => {
  logger().level = logLevel;
  await broker?.stop();
});

/** What a client can rely on in a failed answer: status, code, details, and whether it is retryable. */
interface Seen {
  status: number;
  code: string | undefined;
  details: unknown;
  retryable: unknown;
  message: string;
}
const seen = (r: Awaited<ReturnType<typeof send>>): Seen => {
  expect(r.body.errors).toHaveLength(1);
  const e = r.body.errors![0];
  return { status: r.status, code: e.extensions?.code, details: e.extensions?.details, retryable: e.extensions?.retryable, message: e.message };
};

const viaGraphql = async (what: string) => seen(await gql(yoga, `query($c: String!) { fail(code: $c) }`, { c: what }));
const viaCalendar = async (what: string) => seen(await send(yoga, `/calendar/bases/${BASE}.ics?token=code-${what}`));
const viaExport = async (what: string) =>
  seen(await send(yoga, `/exports/revenue-statement.csv?organizationId=code-${what}&from=2025-01-01&to=2025-12-31`, { headers: { authorization: `Bearer ${userToken}` } }));

describe('one error mapping for /graphql, /calendar and /exports', () => {
  it.each(CODES)('a bus error %s keeps its code, its HTTP status and its data as details, on all three routes', async (code) => {
    const graphql = await viaGraphql(code);
    expect(graphql).toEqual({
      status: HTTP_STATUS[code],
      code,
      details: { reason: 'PROBE', code },
      retryable: code === ErrorCode.SERVICE_UNAVAILABLE ? true : undefined,
      message: `refused (${code})`,
    });
    expect(await viaCalendar(code)).toEqual(graphql);
    expect(await viaExport(code)).toEqual(graphql);
  });

  it('masks an unexpected service error as INTERNAL (500, fixed message, nothing leaked), on all three routes', async () => {
    const graphql = await viaGraphql('BOOM-BOOM');
    expect(graphql).toEqual({ status: 500, code: ErrorCode.INTERNAL, details: undefined, retryable: undefined, message: internalMessage() });
    expect(await viaCalendar('BOOM-BOOM')).toEqual(graphql);
    expect(await viaExport('BOOM-BOOM')).toEqual(graphql);
    for (const r of [await gql(yoga, `{ fail(code: "BOOM-BOOM") }`), await send(yoga, `/calendar/bases/${BASE}.ics?token=code-BOOM-BOOM`)]) {
      expect(r.text).not.toContain(LEAKED_SECRET);
    }
  });

  it('masks an error a resolver throws itself as INTERNAL, keeping its path', async () => {
    const r = await gql(yoga, `{ broken }`);
    expect(r.status).toBe(500);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0]).toMatchObject({ message: internalMessage(), path: ['broken'], extensions: { code: ErrorCode.INTERNAL } });
    expect(r.text).not.toContain('Cannot read');
  });

  it("answers Moleculer's parameter validation as BAD_USER_INPUT with the fields", async () => {
    const r = seen(await gql(yoga, `{ strict(id: "short") }`));
    expect(r.status).toBe(400);
    expect(r.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect((r.details as { fields: { field: string; problem: string }[] }).fields).toEqual([expect.objectContaining({ field: 'id', problem: 'stringLength' })]);
  });

  it('answers a service nobody offers as SERVICE_UNAVAILABLE (503, retryable, reason)', async () => {
    const r = seen(await gql(yoga, `{ gone }`));
    expect(r).toMatchObject({ status: 503, code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, details: { reason: 'SERVICE_NOT_FOUND' } });
  });

  it('gives graphql-js errors without a code BAD_USER_INPUT (variable coercion) and keeps yoga’s own codes', async () => {
    const coercion = seen(await gql(yoga, `query($c: String!) { fail(code: $c) }`, { c: { $gt: '' } }));
    expect(coercion.code).toBe(ErrorCode.BAD_USER_INPUT);
    const unknownField = seen(await gql(yoga, `{ nope }`));
    expect(unknownField.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers the plain routes’ own checks with the same JSON shape', async () => {
    const noToken = seen(await send(yoga, `/exports/revenue-statement.csv?organizationId=x&from=2025-01-01&to=2025-12-31`));
    expect(noToken).toMatchObject({ status: 401, code: ErrorCode.UNAUTHENTICATED });
    const method = seen(await send(yoga, `/exports/revenue-statement.csv`, { method: 'DELETE', headers: { authorization: `Bearer ${userToken}` } }));
    expect(method).toMatchObject({ status: 405, code: ErrorCode.BAD_USER_INPUT });
    expect(seen(await send(yoga, `/calendar/bases/${BASE}.ics`))).toMatchObject({ status: 401, code: ErrorCode.UNAUTHENTICATED });
    expect(seen(await send(yoga, `/calendar/bases/not-an-id.ics?token=long-enough-token`))).toMatchObject({ status: 404, code: ErrorCode.NOT_FOUND });
  });
});

describe('the mapping functions', () => {
  it('toGraphQLError keeps coded GraphQL errors and maps bus errors by type', () => {
    const coded = codedError(ErrorCode.CONFLICT, 'taken', { details: { id: 'x' } });
    expect(toGraphQLError(coded)).toBe(coded);
    expect(toGraphQLError({ type: 'REQUEST_TIMEOUT', message: 'slow' }).extensions).toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, http: { status: 503 } });
    expect(toGraphQLError({ type: 'FORBIDDEN', message: 'no', data: { who: 'x' } }).extensions).toEqual({ code: ErrorCode.FORBIDDEN, http: { status: 403 }, details: { who: 'x' } });
    expect(toGraphQLError('a string thrown').extensions).toEqual({ code: ErrorCode.INTERNAL, http: { status: 500 } });
  });

  it('maskError maps what graphql-js wrapped and keeps the location', () => {
    const doc = parse('{ broken }');
    const wrapped = locatedError(new TypeError('x is undefined'), doc.definitions, ['broken']);
    const masked = maskError(wrapped);
    expect(masked.message).toBe(internalMessage());
    expect(masked.path).toEqual(['broken']);
    expect(masked.extensions).toMatchObject({ code: ErrorCode.INTERNAL, http: { status: 500 } });
    const busInResolver = maskError(locatedError(Object.assign(new Error('gone'), { type: 'NOT_FOUND', data: { id: '1' } }), doc.definitions, ['broken']));
    expect(busInResolver.extensions).toMatchObject({ code: ErrorCode.NOT_FOUND, details: { id: '1' } });
    expect(maskError(new GraphQLError('yoga masked', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })).extensions.code).toBe(ErrorCode.INTERNAL);
    expect(maskError(new GraphQLError('coercion')).extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('httpErrorResponse answers JSON with the status and extra headers, without the http extension', async () => {
    const res = httpErrorResponse(codedError(ErrorCode.RATE_LIMITED, 'slow down'), { 'retry-after': '7' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ errors: [{ message: 'slow down', extensions: { code: ErrorCode.RATE_LIMITED } }] });
  });
});

describe('the plain routes on success', () => {
  it('/calendar streams the text the service rendered, with the request id carried into the call', async () => {
    const r = await send(yoga, `/calendar/bases/${BASE}.ics?token=a-good-enough-token`, { headers: { 'x-request-id': 'cal-1' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe(`inline; filename="base-${BASE}.ics"`);
    expect(r.headers.get('x-request-id')).toBe('cal-1');
    expect(r.text).toBe('BEGIN:VCALENDAR\r\nX-REQUEST:cal-1\r\nX-LANG:zh-CN\r\nEND:VCALENDAR\r\n');
    const head = await send(yoga, `/calendar/bases/${BASE}.ics?token=a-good-enough-token`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });

  it('/calendar asks for the feed in the language of its URL (lang=zh-CN|en, any zh-*/en-* tag), else zh-CN whatever the headers say', async () => {
    const langOf = async (query: string, headers: Record<string, string> = {}) =>
      /X-LANG:(.*)\r\n/.exec((await send(yoga, `/calendar/bases/${BASE}.ics?token=a-good-enough-token${query}`, { headers })).text)?.[1];
    expect(await langOf('&lang=en')).toBe('en');
    expect(await langOf('&lang=en-US')).toBe('en');
    expect(await langOf('&lang=zh-CN', { 'accept-language': 'en' })).toBe('zh-CN');
    expect(await langOf('&lang=fr')).toBe('zh-CN');
    // A calendar app's (or its server's) Accept-Language does not change a subscription without lang.
    expect(await langOf('', { 'accept-language': 'en-US,en;q=0.9' })).toBe('zh-CN');
  });

  it('hands out feed URLs with the secret encoded and the language named', () => {
    expect(calendarFeedUrl('https://api.example.cn', BASE, 'a/b+c=', 'en')).toBe(`https://api.example.cn/calendar/bases/${BASE}.ics?token=a%2Fb%2Bc%3D&lang=en`);
    expect(calendarFeedUrl('https://api.example.cn', BASE, 'secret-token', 'zh-CN')).toBe(`https://api.example.cn/calendar/bases/${BASE}.ics?token=secret-token&lang=zh-CN`);
  });

  it('/exports answers a CSV with the header and totals rows', async () => {
    const r = await send(yoga, `/exports/revenue-statement.csv?organizationId=org-1&from=2025-01-01&to=2025-12-31`, { headers: { authorization: `Bearer ${userToken}` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = r.text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(2);
    expect(rows[0].split(',')).toEqual(revenueCsvHeader('zh-CN'));
    expect(rows[0].split(',')).toHaveLength(REVENUE_CSV_COLUMNS.length);
    expect(rows[1].startsWith('合计,')).toBe(true);
  });
});

describe('localize: texts beside their catalog references', () => {
  it('writes a field-keyed map and a list of problems in the request language and drops the references', async () => {
    const { localize } = await import('./errors.js');
    const make = () =>
      new GraphQLError('x', {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          details: {
            field: 'openingHours',
            fields: { regionCode: 'english text' },
            fieldsI18n: { regionCode: { key: 'organizations.regionShape', params: {} } },
            problems: ['english one'],
            problemsI18n: [{ key: 'infra.validation.stringControl', params: { field: 'name' } }],
          },
        },
      });
    const zh = make();
    localize(zh, 'zh-CN');
    expect(zh.extensions.details).toEqual({
      field: 'openingHours',
      fields: { regionCode: '须为 6 位行政区划代码（GB/T 2260），例如 450200' },
      problems: ['name 含有不可见的控制字符或文字方向控制符，请删除后重试。'],
    });
    const en = make();
    localize(en, 'en');
    expect((en.extensions.details as { fields: Record<string, string> }).fields.regionCode).toBe('must be a 6-digit administrative division code (GB/T 2260), e.g. 450200');
  });
});
