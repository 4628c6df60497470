/**
 * graphql-js's own messages in zh-CN (gateway/graphql-messages.ts): real bad documents parsed, validated and executed
 * by the installed graphql-js against the gateway's real schema (gateway/schema.ts). For every pattern of the table:
 * graphql-js still writes exactly the English text the catalog holds (an upgrade that changes a wording fails here),
 * the zh-CN text names the same things, `en` is graphql-js's text unchanged, and the gateway's mapping keeps code,
 * locations and path. Then the same through the gateway in process (yoga.fetch): development and production.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError, execute, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import type { ServiceBroker } from 'moleculer';
import { MESSAGES, render } from '../infra/message-registry.js';
import type { MessageRef, ParamValue } from '../infra/messages.js';
import { maskError } from './errors.js';
import { GRAPHQL_MESSAGES, compiledPatterns, graphqlMessageRef, localizeGraphQLMessage } from './graphql-messages.js';
import { buildGatewaySchema } from './schema.js';
import { gql, testBus, testGateway } from '../test/helpers/gateway.js';

let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildGatewaySchema();
});

/** What graphql-js answers for a document: its syntax error, else its validation errors, else execution's (variables, operation). */
function errorsOf(doc: string, opts: { variables?: Record<string, unknown>; operationName?: string; hideSuggestions?: boolean } = {}): GraphQLError[] {
  let document;
  try {
    document = parse(doc);
  } catch (e) {
    return [e as GraphQLError];
  }
  const invalid = validate(schema, document, specifiedRules, { hideSuggestions: opts.hideSuggestions ?? true });
  if (invalid.length) return [...invalid];
  const result = execute({ schema, document, variableValues: opts.variables, operationName: opts.operationName, contextValue: {}, hideSuggestions: opts.hideSuggestions ?? true });
  if ('then' in result) throw new Error('a case must fail before any resolver runs');
  return [...(result.errors ?? [])];
}

interface Case {
  doc: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** graphql-js's message, exactly. */
  en: string;
  zh: string;
}

const PAGE = '{ pageInfo { hasNextPage } }';
const CASES: Case[] = [
  // Syntax
  { doc: '{ alliance(id: "1") { id ', en: 'Syntax Error: Expected Name, found <EOF>.', zh: '语法错误：此处应为名称，实际是文档结尾。' },
  { doc: 'fragment F Query { me { id } }', en: 'Syntax Error: Expected "on", found Name "Query".', zh: '语法错误：此处应为"on"，实际是名称 "Query"。' },
  { doc: '{ alliance(id: "1") { id } } }', en: 'Syntax Error: Unexpected "}".', zh: '语法错误：此处不应出现"}"。' },
  { doc: '{ me { id } } ~', en: 'Syntax Error: Unexpected character: "~".', zh: '语法错误：此处不应出现字符 "~"。' },
  { doc: '{ me { id } } \uD800', en: 'Syntax Error: Invalid character: U+D800.', zh: '语法错误：无效字符 U+D800。' },
  { doc: "{ alliance(id: 'x') { id } }", en: 'Syntax Error: Unexpected single quote character (\'), did you mean to use a double quote (")?', zh: '语法错误：字符串须用双引号（"）括起，不能用单引号（\'）。' },
  { doc: '{ alliance(id: "x) { id } }', en: 'Syntax Error: Unterminated string.', zh: '语法错误：字符串缺少结尾的双引号。' },
  { doc: '{ alliance(id: "a\uD800") { id } }', en: 'Syntax Error: Invalid character within String: U+D800.', zh: '语法错误：字符串中有无效字符 U+D800。' },
  { doc: `{ alliances(first: 01) ${PAGE} }`, en: 'Syntax Error: Invalid number, unexpected digit after 0: "1".', zh: '语法错误：数字无效：0 后面不能紧跟数字 "1"。' },
  { doc: `{ alliances(first: 1.) ${PAGE} }`, en: 'Syntax Error: Invalid number, expected digit but got: ")".', zh: '语法错误：数字无效：此处应为数字，实际是 ")"。' },
  { doc: '{ alliance(id: "\\q") { id } }', en: 'Syntax Error: Invalid character escape sequence: "\\q".', zh: '语法错误：无效的转义序列“\\q”。' },
  { doc: '{ alliance(id: "\\u12") { id } }', en: 'Syntax Error: Invalid Unicode escape sequence: "\\u12")".', zh: '语法错误：无效的 Unicode 转义序列“\\u12")”。' },
  { doc: 'query($a: ID = $b) { me { id } }', en: 'Syntax Error: Unexpected variable "$b" in constant value.', zh: '语法错误：常量值中不能使用变量“$b”。' },
  // Validation
  { doc: '{ alliance(id: "1") { nope } }', en: 'Cannot query field "nope" on type "Alliance".', zh: '类型“Alliance”上没有可查询的字段“nope”。' },
  { doc: '{ alliance(id: "1", x: 1) { id } }', en: 'Unknown argument "x" on field "Query.alliance".', zh: '字段“Query.alliance”没有名为“x”的参数。' },
  { doc: '{ me @include(if: true, x: true) { id } }', en: 'Unknown argument "x" on directive "@include".', zh: '指令“@include”没有名为“x”的参数。' },
  { doc: '{ alliance { id } }', en: 'Field "alliance" argument "id" of type "ID!" is required, but it was not provided.', zh: '字段“alliance”缺少必填参数“id”（类型为“ID!”）。' },
  { doc: '{ me @include { id } }', en: 'Directive "@include" argument "if" of type "Boolean!" is required, but it was not provided.', zh: '指令“@include”缺少必填参数“if”（类型为“Boolean!”）。' },
  // graphql-js gives this hint even when told to hide suggestions (it names no other field); production removes it.
  {
    doc: '{ alliance(id: "1") }',
    en: 'Field "alliance" of type "Alliance" must have a selection of subfields. Did you mean "alliance { ... }"?',
    zh: '字段“alliance”的类型为“Alliance”，须在花括号中选择它的子字段。你是不是想用 "alliance { ... }"？',
  },
  { doc: '{ alliance(id: "1") { id { x } } }', en: 'Field "id" must not have a selection since type "ID!" has no subfields.', zh: '字段“id”的类型“ID!”没有子字段，其后不能再选择字段。' },
  { doc: 'query($a: Nope) { me { id } }', en: 'Unknown type "Nope".', zh: '未知类型“Nope”。' },
  { doc: '{ ...G }', en: 'Unknown fragment "G".', zh: '未定义的片段“G”。' },
  { doc: '{ me { id } } fragment Z on Query { me { id } }', en: 'Fragment "Z" is never used.', zh: '片段“Z”已定义但从未使用。' },
  { doc: '{ ...F } fragment F on Query { ...F }', en: 'Cannot spread fragment "F" within itself.', zh: '片段“F”不能展开它自身（循环引用）。' },
  { doc: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...A }', en: 'Cannot spread fragment "A" within itself via "B", "C".', zh: '片段“A”经由 "B", "C" 展开了它自身（循环引用）。' },
  { doc: '{ me { ...F } } fragment F on Alliance { id }', en: 'Fragment "F" cannot be spread here as objects of type "Viewer" can never be of type "Alliance".', zh: '片段“F”不能在此展开：“Viewer”类型的对象不可能是“Alliance”类型。' },
  { doc: '{ me { ... on Alliance { id } } }', en: 'Fragment cannot be spread here as objects of type "Viewer" can never be of type "Alliance".', zh: '此处的内联片段不能展开：“Viewer”类型的对象不可能是“Alliance”类型。' },
  { doc: '{ ...F } fragment F on ID { x }', en: 'Fragment "F" cannot condition on non composite type "ID".', zh: '片段“F”的类型条件“ID”不是对象、接口或联合类型。' },
  { doc: '{ me { ... on ID { x } } }', en: 'Fragment cannot condition on non composite type "ID".', zh: '内联片段的类型条件“ID”不是对象、接口或联合类型。' },
  { doc: '{ alliance(id: "1") @nope { id } }', en: 'Unknown directive "@nope".', zh: '未知指令“@nope”。' },
  { doc: 'query @include(if: true) { me { id } }', en: 'Directive "@include" may not be used on QUERY.', zh: '指令“@include”不能用在 QUERY 位置。' },
  { doc: '{ me @include(if: true) @include(if: true) { id } }', en: 'The directive "@include" can only be used once at this location.', zh: '指令“@include”在此位置只能使用一次。' },
  { doc: '{ alliance(id: $x) { id } }', en: 'Variable "$x" is not defined.', zh: '变量“$x”未在操作中声明。' },
  { doc: 'query Q { alliance(id: $x) { id } }', en: 'Variable "$x" is not defined by operation "Q".', zh: '操作“Q”没有声明变量“$x”。' },
  { doc: 'query($x: ID) { me { id } }', en: 'Variable "$x" is never used.', zh: '变量“$x”已声明但从未使用。' },
  { doc: 'query Q($x: ID) { me { id } }', en: 'Variable "$x" is never used in operation "Q".', zh: '变量“$x”在操作“Q”中已声明但从未使用。' },
  { doc: 'query($a: ID) { alliance(id: $a) { id } }', en: 'Variable "$a" of type "ID" used in position expecting type "ID!".', zh: '变量“$a”的类型为“ID”，但此处需要“ID!”类型。' },
  { doc: 'query($a: Alliance) { me { id } }', en: 'Variable "$a" cannot be non-input type "Alliance".', zh: '变量“$a”的类型“Alliance”不是输入类型。' },
  { doc: '{ alliance(id: "1", id: "2") { id } }', en: 'There can be only one argument named "id".', zh: '参数“id”只能出现一次。' },
  { doc: 'query($a: ID!, $a: ID!) { alliance(id: $a) { id } }', en: 'There can be only one variable named "$a".', zh: '变量“$a”只能声明一次。' },
  { doc: '{ ...F } fragment F on Query { me { id } } fragment F on Query { me { id } }', en: 'There can be only one fragment named "F".', zh: '片段名“F”只能定义一次。' },
  { doc: `{ alliances(filter: { status: ACTIVE, status: ACTIVE }) ${PAGE} }`, en: 'There can be only one input field named "status".', zh: '输入字段“status”只能出现一次。' },
  { doc: 'query A { me { id } } query A { me { id } }', en: 'There can be only one operation named "A".', zh: '操作名“A”只能使用一次。' },
  { doc: '{ me { id } } query B { me { id } }', en: 'This anonymous operation must be the only defined operation.', zh: '匿名操作只能是文档中唯一的操作：文档含多个操作时，请为每个操作命名。' },
  { doc: 'type Foo { x: Int } { me { id } }', en: 'The "Foo" definition is not executable.', zh: '"Foo" 定义不可执行：请求文档只能包含操作和片段。' },
  { doc: '{ alliance(id: null) { id } }', en: 'Expected value of type "ID!", found null.', zh: '此处需要“ID!”类型的值，实际是 null。' },
  { doc: 'mutation { createAlliance(input: 5) { id } }', en: 'Expected value of type "CreateAllianceInput!", found 5.', zh: '此处需要“CreateAllianceInput!”类型的值，实际是 5。' },
  {
    doc: 'mutation { createAlliance(input: { name: "x", leadOrganizationId: "1" }) { id } }',
    en: 'Field "CreateAllianceInput.regionCode" of required type "String!" was not provided.',
    zh: '缺少必填字段“CreateAllianceInput.regionCode”（类型为“String!”）。',
  },
  { doc: `{ alliances(filter: { nope: 1 }) ${PAGE} }`, en: 'Field "nope" is not defined by type "AllianceFilter".', zh: '类型“AllianceFilter”没有字段“nope”。' },
  { doc: `{ alliances(first: "x") ${PAGE} }`, en: 'Int cannot represent non-integer value: "x"', zh: 'Int 只能表示整数，收到的是 "x"。' },
  { doc: `{ alliances(first: 99999999999) ${PAGE} }`, en: 'Int cannot represent non 32-bit signed integer value: 99999999999', zh: 'Int 只能表示 32 位有符号整数，99999999999 超出了范围。' },
  { doc: `{ alliances(after: 5) ${PAGE} }`, en: 'String cannot represent a non string value: 5', zh: 'String 只能表示字符串，收到的是 5。' },
  { doc: 'mutation { updateTrainingBase(id: "1", input: {}, cancelConflicting: "yes") { id } }', en: 'Boolean cannot represent a non boolean value: "yes"', zh: 'Boolean 只能表示 true 或 false，收到的是 "yes"。' },
  { doc: '{ alliance(id: 1.5) { id } }', en: 'ID cannot represent a non-string and non-integer value: 1.5', zh: 'ID 须为字符串或整数，收到的是 1.5。' },
  { doc: `{ alliances(filter: { status: ACTIV }) ${PAGE} }`, en: 'Value "ACTIV" does not exist in "AllianceStatus" enum.', zh: '枚举“AllianceStatus”中没有值“ACTIV”。' },
  { doc: `{ alliances(filter: { status: "ACTIVE" }) ${PAGE} }`, en: 'Enum "AllianceStatus" cannot represent non-enum value: "ACTIVE".', zh: '枚举“AllianceStatus”的值须直接写枚举名（不加引号），收到的是 "ACTIVE"。' },
  // Variable values
  { doc: 'query($a: ID!) { alliance(id: $a) { id } }', variables: {}, en: 'Variable "$a" of required type "ID!" was not provided.', zh: '缺少必填变量“$a”（类型为“ID!”）。' },
  { doc: 'query($a: ID!) { alliance(id: $a) { id } }', variables: { a: null }, en: 'Variable "$a" of non-null type "ID!" must not be null.', zh: '变量“$a”的类型为非空的“ID!”，不能为 null。' },
  {
    doc: 'query($a: ID!) { alliance(id: $a) { id } }',
    variables: { a: { x: 1 } },
    en: 'Variable "$a" got invalid value { x: 1 }; ID cannot represent value: { x: 1 }',
    zh: '变量“$a”的值 { x: 1 } 无效：ID 须为字符串或整数，收到的是 { x: 1 }。',
  },
  {
    doc: 'mutation($v: Float!) { enterIndicatorValue(runId: "1", allianceId: "1", key: "k", value: $v, evidence: "e") { id } }',
    variables: { v: 'x' },
    en: 'Variable "$v" got invalid value "x"; Float cannot represent non numeric value: "x"',
    zh: '变量“$v”的值 "x" 无效：Float 只能表示数值，收到的是 "x"。',
  },
  {
    doc: 'mutation($d: [Date!]!) { addClosedDates(baseId: "1", dates: $d) { id } }',
    variables: { d: ['2027-01-04', null] },
    en: 'Variable "$d" got invalid value null at "d[1]"; Expected non-nullable type "Date!" not to be null.',
    zh: '变量“$d”在“d[1]”处的值 null 无效：“Date!”类型的值不能为 null。',
  },
  {
    doc: 'mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id } }',
    variables: { i: 5 },
    en: 'Variable "$i" got invalid value 5; Expected type "CreateAllianceInput" to be an object.',
    zh: '变量“$i”的值 5 无效：“CreateAllianceInput”类型的值须为对象。',
  },
  {
    doc: 'mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id } }',
    variables: { i: { name: 'x', leadOrganizationId: '1' } },
    en: 'Variable "$i" got invalid value { name: "x", leadOrganizationId: "1" }; Field "regionCode" of required type "String!" was not provided.',
    zh: '变量“$i”的值 { name: "x", leadOrganizationId: "1" } 无效：缺少必填字段“regionCode”（类型为“String!”）。',
  },
  {
    doc: `query($s: AllianceStatus) { alliances(filter: { status: $s }) ${PAGE} }`,
    variables: { s: 'ACTIV' },
    en: 'Variable "$s" got invalid value "ACTIV"; Value "ACTIV" does not exist in "AllianceStatus" enum.',
    zh: '变量“$s”的值 "ACTIV" 无效：枚举“AllianceStatus”中没有值“ACTIV”。',
  },
  {
    doc: `query($s: AllianceStatus) { alliances(filter: { status: $s }) ${PAGE} }`,
    variables: { s: 5 },
    en: 'Variable "$s" got invalid value 5; Enum "AllianceStatus" cannot represent non-string value: 5.',
    zh: '变量“$s”的值 5 无效：枚举“AllianceStatus”的值须为字符串，收到的是 5。',
  },
];

/** Documents graphql-js validates but cannot run without the right operation name (through the gateway, yoga answers first: below). */
const OPERATION_CASES: { doc: string; operationName?: string; en: string; zh: string }[] = [
  { doc: 'query A { me { id } } query B { me { id } }', en: 'Must provide operation name if query contains multiple operations.', zh: '文档含多个操作时须给出 operationName。' },
  { doc: 'query A { me { id } }', operationName: 'C', en: 'Unknown operation named "C".', zh: '文档中没有名为“C”的操作。' },
  { doc: 'fragment F on Query { me { id } }', en: 'Must provide an operation.', zh: '文档中没有可执行的操作。' },
];

/** Every key a reference names, nested ones (an embedded message, a token word, a hint) included. */
function keysOf(ref: MessageRef, out = new Set<string>()): Set<string> {
  out.add(ref.key);
  const walk = (v: ParamValue) => {
    if (v && typeof v === 'object' && '$key' in v) keysOf({ key: v.$key, params: v.params ?? {} }, out);
    if (v && typeof v === 'object' && '$list' in v) v.$list.forEach(walk);
  };
  Object.values(ref.params).forEach(walk);
  return out;
}

const seenKeys = new Set<string>();

describe('graphql-js messages against the real schema', () => {
  it.each(CASES.map((c) => [c.en, c] as const))('%s', (_, c) => {
    const errors = errorsOf(c.doc, { variables: c.variables, operationName: c.operationName });
    const error = errors.find((e) => e.message === c.en);
    // graphql-js still says exactly this (a changed wording after an upgrade fails here).
    expect(errors.map((e) => e.message)).toContain(c.en);
    const ref = graphqlMessageRef(c.en);
    expect(ref).not.toBeNull();
    keysOf(ref!, seenKeys);
    expect(render(ref!.key, ref!.params, 'en')).toBe(c.en);
    expect(localizeGraphQLMessage(c.en, 'zh-CN')).toBe(c.zh);
    expect(localizeGraphQLMessage(c.en, 'en')).toBe(c.en);
    // Through the gateway's mapping: the code a client sees, locations and path unchanged, en untouched.
    const zh = maskError(error!, { locale: 'zh-CN', hideSuggestions: true });
    const en = maskError(errorsOf(c.doc, { variables: c.variables, operationName: c.operationName }).find((e) => e.message === c.en)!, { locale: 'en', hideSuggestions: true });
    expect(zh.message).toBe(c.zh.replace(/你是不是想用[^？]*？$/, ''));
    expect(en.message).toBe(c.en.replace(/ Did you mean [^?]*\?$/, ''));
    expect(zh.locations).toEqual(error!.locations);
    expect(zh.path).toEqual(error!.path);
    expect(zh.extensions.code).toBe(en.extensions.code);
  });

  it.each(OPERATION_CASES.map((c) => [c.en, c] as const))('%s (execute)', (_, c) => {
    const result = execute({ schema, document: parse(c.doc), operationName: c.operationName });
    expect('then' in result).toBe(false);
    const errors = (result as { errors?: readonly GraphQLError[] }).errors ?? [];
    expect(errors.map((e) => e.message)).toEqual([c.en]);
    keysOf(graphqlMessageRef(c.en)!, seenKeys);
    expect(localizeGraphQLMessage(c.en, 'zh-CN')).toBe(c.zh);
    expect(maskError(errors[0], { locale: 'zh-CN' }).message).toBe(c.zh);
    expect(maskError(errors[0], { locale: 'en' }).message).toBe(c.en);
  });

  it('translates the "Did you mean …?" hints (development) and keeps graphql-js\'s text for en', () => {
    const hinted = (doc: string) => errorsOf(doc, { hideSuggestions: false })[0].message;
    const cases: [string, string][] = [
      ['{ alliance(id: "1") { nam } }', '类型“Alliance”上没有可查询的字段“nam”。你是不是想用 "name"？'],
      ['{ alliance(id: "1") }', '字段“alliance”的类型为“Alliance”，须在花括号中选择它的子字段。你是不是想用 "alliance { ... }"？'],
      [`{ alliances(filter: { status: ACTIV }) ${PAGE} }`, '枚举“AllianceStatus”中没有值“ACTIV”。你是不是想用枚举值 "ACTIVE"？'],
    ];
    for (const [doc, zh] of cases) {
      const en = hinted(doc);
      expect(en).toMatch(/ Did you mean [^?]+\?$/);
      keysOf(graphqlMessageRef(en)!, seenKeys);
      expect(localizeGraphQLMessage(en, 'zh-CN')).toBe(zh);
      expect(localizeGraphQLMessage(en, 'en')).toBe(en);
      // Production removes the hint before translating, in both languages.
      expect(maskError(errorsOf(doc, { hideSuggestions: false })[0], { locale: 'zh-CN', hideSuggestions: true }).message).toBe(zh.replace(/你是不是想用[^？]*？$/, ''));
    }
    // Several suggestions: graphql-js's English list ("a", "b", or "c") as the locale joins a list.
    const many = 'Cannot query field "x" on type "Query". Did you mean "me", "alliance", or "alliances"?';
    expect(render(graphqlMessageRef(many)!.key, graphqlMessageRef(many)!.params, 'en')).toBe(many);
    expect(localizeGraphQLMessage(many, 'zh-CN')).toBe('类型“Query”上没有可查询的字段“x”。你是不是想用 "me"、"alliance"或"alliances"？');
    keysOf(graphqlMessageRef('Cannot query field "x" on type "Query". Did you mean to use an inline fragment on "A" or "B"?')!, seenKeys);
  });

  it('keeps graphql-js\'s English for a message it does not know, and for an embedded one it does not know', () => {
    for (const text of ['Something graphql-js never said.', 'Cannot query field "x" on type "Y" (new wording).', 'Unexpected character: "~" here.']) {
      expect(graphqlMessageRef(text)).toBeNull();
      expect(localizeGraphQLMessage(text, 'zh-CN')).toBe(text);
    }
    expect(localizeGraphQLMessage('Variable "$a" got invalid value 1; A library said so.', 'zh-CN')).toBe('变量“$a”的值 1 无效：A library said so.');
    expect(localizeGraphQLMessage('Syntax Error: Document contains more that 10 tokens. Parsing aborted.', 'zh-CN')).toBe('语法错误：Document contains more that 10 tokens. Parsing aborted.');
  });

  it('has a real document for every pattern, token word and hint of the table', () => {
    expect(compiledPatterns()).toHaveLength(GRAPHQL_MESSAGES.length);
    // Token words and <SOF> that no real document reaches are the lexer's: their texts still render back.
    const unreached = Object.keys(MESSAGES).filter((k) => k.startsWith('gateway.graphql.') && !seenKeys.has(k));
    expect(unreached.sort()).toEqual([
      'gateway.graphql.operationUndetermined', // yoga's: through the gateway below
      'gateway.graphql.token.blockString',
      'gateway.graphql.token.comment',
      'gateway.graphql.token.float',
      'gateway.graphql.token.int',
      'gateway.graphql.token.sof',
      'gateway.graphql.token.string',
    ]);
  });
});

describe('through the gateway (yoga.fetch, the real schema)', () => {
  let broker: ServiceBroker;
  beforeAll(async () => {
    broker = await testBus();
  });
  afterAll(async () => broker?.stop());

  it.each([false, true])('answers zh-CN by default and graphql-js\'s English for en, same code, status and locations (production %s)', async (production) => {
    const yoga = testGateway(broker, { schema: buildGatewaySchema(), production });
    const cases: { query: string; variables?: Record<string, unknown>; code: string; zh: string }[] = [
      { query: '{ alliance(id: "1") { id ', code: 'GRAPHQL_PARSE_FAILED', zh: '语法错误：此处应为名称，实际是文档结尾。' },
      { query: '{ alliance(id: "1") { nam } }', code: 'GRAPHQL_VALIDATION_FAILED', zh: `类型“Alliance”上没有可查询的字段“nam”。${production ? '' : '你是不是想用 "name"？'}` },
      { query: 'query($a: ID!) { alliance(id: $a) { id } }', variables: {}, code: 'BAD_USER_INPUT', zh: '缺少必填变量“$a”（类型为“ID!”）。' },
      { query: '{ me { id } } { me { id } }', code: 'BAD_USER_INPUT', zh: '无法确定要执行哪个操作：文档含多个操作时须给出 operationName，且须与其中一个操作同名。' },
    ];
    for (const c of cases) {
      const zh = await gql(yoga, c.query, c.variables);
      const en = await gql(yoga, c.query, c.variables, { 'accept-language': 'en-US,en;q=0.9' });
      expect(zh.body.errors).toHaveLength(1);
      expect(en.body.errors).toHaveLength(1);
      const [z, e] = [zh.body.errors![0] as Record<string, unknown>, en.body.errors![0] as Record<string, unknown>];
      expect(z.message).toBe(c.zh);
      expect(e.message).not.toBe(c.zh);
      expect(graphqlMessageRef(e.message as string)).not.toBeNull();
      expect(localizeGraphQLMessage(e.message as string, 'zh-CN')).toBe(c.zh);
      expect(z.extensions).toEqual(e.extensions);
      expect((z.extensions as { code: string }).code).toBe(c.code);
      expect(z.locations).toEqual(e.locations);
      expect(zh.status).toBe(en.status);
    }
    if (production) expect((await gql(yoga, '{ alliance(id: "1") { nam } }', undefined, { 'x-lang': 'en' })).body.errors![0].message).toBe('Cannot query field "nam" on type "Alliance".');
  });

  it('answers each request in its own language when yoga hands over the same cached error (one document, zh-CN, en, zh-CN)', async () => {
    const yoga = testGateway(broker, { schema: buildGatewaySchema(), production: true });
    const query = '{ certifiedEnterprises(asOf: "2026-13-01") { organizationName } }';
    const [zh1, en, zh2] = [await gql(yoga, query), await gql(yoga, query, undefined, { 'x-lang': 'en' }), await gql(yoga, query)];
    expect(zh1.body.errors![0].message).toBe('Date 须为 YYYY-MM-DD 格式的有效日期，收到的是 "2026-13-01"。');
    expect(en.body.errors![0].message).toBe('Date must be a calendar date YYYY-MM-DD, got "2026-13-01".');
    expect(zh2.body.errors![0].message).toBe(zh1.body.errors![0].message);
    const parse = '{ me { id }';
    const [pz, pe] = [await gql(yoga, parse), await gql(yoga, parse, undefined, { 'x-lang': 'en' })];
    expect([pz.body.errors![0].message, pe.body.errors![0].message]).toEqual(['语法错误：此处应为名称，实际是文档结尾。', 'Syntax Error: Expected Name, found <EOF>.']);
  });
});
