import type { MessageCatalog } from '../infra/messages.js';

/** The gateway's messages (admission, limits, HTTP policy, routes, exports): zh-CN first, English second. */
export const messages = {
  'gateway.internal': { 'zh-CN': '服务器内部出错，已记录日志。', en: 'Something went wrong on our side; it has been logged.' },
  'gateway.unavailable': { 'zh-CN': '服务暂时不可用，请稍后重试。', en: 'A service is temporarily unavailable; retry in a moment.' },
  'gateway.useGet': { 'zh-CN': '请使用 GET 请求。', en: 'Use GET.' },
  'gateway.notAvailableHere': { 'zh-CN': '此处不提供该功能。', en: 'Not available here.' },
  'gateway.noSuchBase': { 'zh-CN': '没有这个实训基地。', en: 'No such training base.' },
  'gateway.calendarTokenNeeded': { 'zh-CN': '此日历链接缺少令牌。', en: 'This calendar link needs its token.' },
  'gateway.rateLimited': {
    'zh-CN': '请求过于频繁（{limit, select, token {该令牌} other {该地址}}每分钟的限额已用完），请 {seconds} 秒后重试。',
    en: 'Too many requests (per {limit}); retry in {seconds} s.',
  },
  'gateway.notFound': { 'zh-CN': '未找到。', en: 'Not found.' },
  'gateway.metricsToken': { 'zh-CN': '请以 Bearer 方式提供监控指标令牌。', en: 'Send the metrics token as a bearer.' },
  'gateway.contentLengthRequired': { 'zh-CN': '请求体须带 Content-Length 头。', en: 'A request body needs a Content-Length header.' },
  'gateway.bodyTooLarge': { 'zh-CN': '请求体超过 {max} 字节。', en: 'Request body over {max} bytes.' },
  'gateway.methodNotAllowed': { 'zh-CN': 'GraphQL 请求须使用 POST（application/json）或 GET（仅限查询）。', en: 'GraphQL takes POST (application/json) or GET (queries).' },
  'gateway.contentType': { 'zh-CN': '请以 Content-Type: application/json 发送 GraphQL 请求。', en: 'Send the GraphQL request as Content-Type: application/json.' },
  'gateway.tooManyTokens': { 'zh-CN': '查询文档超过 {max} 个记号，请发送更短的文档。', en: 'The document has more than {max} tokens; send a smaller one.' },
  'gateway.nestingTooDeep': { 'zh-CN': '查询文档的括号嵌套超过 {max} 层，请减少字段、列表或输入对象的嵌套。', en: 'The document nests brackets more than {max} deep; nest fewer fields, lists or input objects.' },
  'gateway.queryTooDeep': { 'zh-CN': '查询嵌套了 {depth} 层，最多允许 {max} 层。', en: 'The query is nested {depth} levels deep; at most {max} are allowed.' },
  'gateway.queryTooCostly': {
    'zh-CN': '查询的估算成本为 {cost}，最多允许 {max}。请减小分页、减少嵌套列表或减少调用服务的字段别名。',
    en: "The query's estimated cost is {cost}; at most {max} is allowed. Ask for smaller pages, fewer nested lists or fewer aliases of fields that call services.",
  },
  'gateway.evidenceTooLarge': {
    'zh-CN': '佐证材料的成员超过 {max} 家，请改为查询统计数（counts、criteria），不要查询成员名单。',
    en: 'The evidence has more than {max} members; ask for the counts (counts, criteria) instead of the member lists.',
  },
  'gateway.periodTooLarge': {
    'zh-CN': '该期间的记录超过 {max} 条，请缩短期间（或使用流式导出的 CSV）。',
    en: 'The period holds more than {max} events; ask for a shorter period (or use the CSV export, which streams).',
  },
  'gateway.dateScalar': { 'zh-CN': 'Date 须为 YYYY-MM-DD 格式的有效日期，收到的是 {value}。', en: 'Date must be a calendar date YYYY-MM-DD, got {value}.' },
  'gateway.dateScalarString': { 'zh-CN': 'Date 须为 YYYY-MM-DD 格式的字符串。', en: 'Date must be a string YYYY-MM-DD.' },
  'gateway.dateTimeScalar': {
    'zh-CN': 'DateTime 须为带时区偏移的 ISO 8601 时间，例如 2026-03-03T08:00:00+08:00；收到的是 {value}。',
    en: 'DateTime must be ISO 8601 with an offset, e.g. 2026-03-03T08:00:00+08:00; got {value}.',
  },
  'gateway.dateTimeNotReal': { 'zh-CN': 'DateTime {value} 不是真实存在的时刻。', en: 'DateTime {value} is not a real instant.' },
  'gateway.dateTimeScalarString': { 'zh-CN': 'DateTime 须为字符串。', en: 'DateTime must be a string.' },
} satisfies MessageCatalog;
