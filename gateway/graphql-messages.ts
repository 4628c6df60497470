/**
 * graphql-js's own messages (parse, validation, variable and argument coercion) and yoga's "Could not determine what
 * operation to execute." in the request's language. graphql-js writes them in English only; the gateway recognizes
 * the common ones and names their catalog message (`gateway.graphql.*` in gateway/gateway.messages.ts) with the
 * names graphql-js put in them (field, type, argument, variable, token, value…) as parameters.
 *
 * The pattern of each message is built from its English catalog text, which is graphql-js 16's wording exactly:
 * `Cannot query field "{field}" on type "{type}".` matches `Cannot query field "nope" on type "Alliance".` with
 * `{ field: 'nope', type: 'Alliance' }`. A match counts only when the English text rendered back from it is the
 * message itself, so a message this table does not know keeps graphql-js's text, never a wrong translation, and
 * gateway/graphql-messages.spec.ts (real documents against the real schema) fails when graphql-js changes a wording.
 *
 * Messages that embed another one (`Syntax Error: …`, `Variable "$x" got invalid value …; …`, `Expected value of
 * type …; …`) translate the inner one too, or keep it in English when it is not known. A trailing
 * "Did you mean …?" hint (development only: production removes it, gateway/errors.ts) is translated with it.
 */
import { render } from '../infra/message-registry.js';
import type { MessageKey } from '../infra/message-registry.js';
import { P, type Locale, type MessageParams, type MessageRef, type ParamValue } from '../infra/messages.js';

/**
 * What a parameter of a message holds, which decides what it may match and how it is written in another language:
 * - `name`: a GraphQL name (`alliance`); `coordinate`: a name or `Type.field` (`Query.alliance`);
 * - `type`: a type reference (`[ID!]!`); `location`: a directive location (`FIELD`);
 * - `token`: the parser's description of a token (`Name "x"`, `<EOF>`, `"{"`), written in words per language;
 * - `character`: the lexer's description of a character (`"x"`, `U+00A0`, `<EOF>`);
 * - `text`: anything graphql-js printed (a value, a path), kept as it is;
 * - `detail`: another graphql-js message (always last), translated in turn when known.
 */
export type ParamKind = 'name' | 'coordinate' | 'type' | 'location' | 'token' | 'character' | 'text' | 'detail';

/** One graphql-js message form: its catalog key, what each parameter holds, and where graphql-js writes it. */
export interface GraphQLMessagePattern {
  key: MessageKey;
  params: Readonly<Record<string, ParamKind>>;
  /** The graphql-js (or yoga) module that writes the message, for whoever checks the wording after an upgrade. */
  source: string;
}

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const TOKEN_WORDS: Readonly<Record<string, MessageKey>> = {
  '<SOF>': 'gateway.graphql.token.sof',
  '<EOF>': 'gateway.graphql.token.eof',
  Name: 'gateway.graphql.token.name',
  Int: 'gateway.graphql.token.int',
  Float: 'gateway.graphql.token.float',
  String: 'gateway.graphql.token.string',
  BlockString: 'gateway.graphql.token.blockString',
  Comment: 'gateway.graphql.token.comment',
};
const KIND_SOURCE: Readonly<Record<ParamKind, string>> = {
  name: NAME,
  coordinate: `${NAME}(?:\\.${NAME})?`,
  type: '[_0-9A-Za-z\\[\\]!]+',
  location: '[A-Z_]+',
  token: '<SOF>|<EOF>|"[^"]+"|(?:Name|Int|Float|String|BlockString|Comment)(?: "[\\s\\S]*")?',
  character: `"[\\s\\S]"|'"'|U\\+[0-9A-F]{4,6}|<EOF>`,
  text: '[\\s\\S]+?',
  detail: '[\\s\\S]+',
};

const VALIDATION = 'graphql/validation/rules';
/**
 * The messages known, most specific first (a message is matched by the first pattern that fits). graphql-js 16.x:
 * language/lexer.js and parser.js (syntax), validation/rules/*Rule.js, execution/values.js and execute.js,
 * utilities/coerceInputValue.js, type/scalars.js and definition.js (coercion); yoga's operation check.
 */
export const GRAPHQL_MESSAGES: readonly GraphQLMessagePattern[] = [
  // Syntax (GRAPHQL_PARSE_FAILED): "Syntax Error: " and one of the lexer's or parser's descriptions.
  { key: 'gateway.graphql.syntaxError', params: { detail: 'detail' }, source: 'graphql/error/syntaxError.js' },
  { key: 'gateway.graphql.syntax.singleQuote', params: {}, source: 'graphql/language/lexer.js' },
  { key: 'gateway.graphql.syntax.unexpectedCharacter', params: { character: 'character' }, source: 'graphql/language/lexer.js' },
  { key: 'gateway.graphql.syntax.invalidCharacter', params: { character: 'character' }, source: 'graphql/language/lexer.js' },
  { key: 'gateway.graphql.syntax.unterminatedString', params: {}, source: 'graphql/language/lexer.js' },
  { key: 'gateway.graphql.syntax.invalidStringCharacter', params: { character: 'character' }, source: 'graphql/language/lexer.js' },
  { key: 'gateway.graphql.syntax.digitAfterZero', params: { character: 'character' }, source: 'graphql/language/lexer.js' },
  { key: 'gateway.graphql.syntax.expectedDigit', params: { character: 'character' }, source: 'graphql/language/lexer.js' },
  { key: 'gateway.graphql.syntax.invalidEscape', params: { sequence: 'text' }, source: 'graphql/language/lexer.js' },
  { key: 'gateway.graphql.syntax.invalidUnicodeEscape', params: { sequence: 'text' }, source: 'graphql/language/lexer.js' },
  { key: 'gateway.graphql.syntax.variableInConstant', params: { variable: 'name' }, source: 'graphql/language/parser.js' },
  { key: 'gateway.graphql.syntax.expected', params: { expected: 'token', found: 'token' }, source: 'graphql/language/parser.js' },
  { key: 'gateway.graphql.syntax.unexpected', params: { found: 'token' }, source: 'graphql/language/parser.js' },
  // Validation (GRAPHQL_VALIDATION_FAILED).
  { key: 'gateway.graphql.fieldNotOnType', params: { field: 'name', type: 'name' }, source: `${VALIDATION}/FieldsOnCorrectTypeRule.js` },
  { key: 'gateway.graphql.unknownArgument', params: { argument: 'name', field: 'coordinate' }, source: `${VALIDATION}/KnownArgumentNamesRule.js` },
  { key: 'gateway.graphql.unknownDirectiveArgument', params: { argument: 'name', directive: 'name' }, source: `${VALIDATION}/KnownArgumentNamesRule.js` },
  { key: 'gateway.graphql.requiredArgument', params: { field: 'name', argument: 'name', type: 'type' }, source: `${VALIDATION}/ProvidedRequiredArgumentsRule.js` },
  { key: 'gateway.graphql.requiredDirectiveArgument', params: { directive: 'name', argument: 'name', type: 'type' }, source: `${VALIDATION}/ProvidedRequiredArgumentsRule.js` },
  { key: 'gateway.graphql.selectionRequired', params: { field: 'name', type: 'type' }, source: `${VALIDATION}/ScalarLeafsRule.js` },
  { key: 'gateway.graphql.selectionForbidden', params: { field: 'name', type: 'type' }, source: `${VALIDATION}/ScalarLeafsRule.js` },
  { key: 'gateway.graphql.unknownType', params: { type: 'name' }, source: `${VALIDATION}/KnownTypeNamesRule.js` },
  { key: 'gateway.graphql.unknownFragment', params: { fragment: 'name' }, source: `${VALIDATION}/KnownFragmentNamesRule.js` },
  { key: 'gateway.graphql.unusedFragment', params: { fragment: 'name' }, source: `${VALIDATION}/NoUnusedFragmentsRule.js` },
  { key: 'gateway.graphql.fragmentCycle', params: { fragment: 'name' }, source: `${VALIDATION}/NoFragmentCyclesRule.js` },
  { key: 'gateway.graphql.fragmentCycleVia', params: { fragment: 'name', path: 'text' }, source: `${VALIDATION}/NoFragmentCyclesRule.js` },
  { key: 'gateway.graphql.fragmentImpossible', params: { fragment: 'name', parentType: 'name', type: 'name' }, source: `${VALIDATION}/PossibleFragmentSpreadsRule.js` },
  { key: 'gateway.graphql.inlineFragmentImpossible', params: { parentType: 'name', type: 'name' }, source: `${VALIDATION}/PossibleFragmentSpreadsRule.js` },
  { key: 'gateway.graphql.fragmentOnNonComposite', params: { fragment: 'name', type: 'type' }, source: `${VALIDATION}/FragmentsOnCompositeTypesRule.js` },
  { key: 'gateway.graphql.inlineFragmentOnNonComposite', params: { type: 'type' }, source: `${VALIDATION}/FragmentsOnCompositeTypesRule.js` },
  { key: 'gateway.graphql.unknownDirective', params: { directive: 'name' }, source: `${VALIDATION}/KnownDirectivesRule.js` },
  { key: 'gateway.graphql.misplacedDirective', params: { directive: 'name', location: 'location' }, source: `${VALIDATION}/KnownDirectivesRule.js` },
  { key: 'gateway.graphql.duplicateDirective', params: { directive: 'name' }, source: `${VALIDATION}/UniqueDirectivesPerLocationRule.js` },
  { key: 'gateway.graphql.undefinedVariable', params: { variable: 'name' }, source: `${VALIDATION}/NoUndefinedVariablesRule.js` },
  { key: 'gateway.graphql.undefinedVariableInOperation', params: { variable: 'name', operation: 'name' }, source: `${VALIDATION}/NoUndefinedVariablesRule.js` },
  { key: 'gateway.graphql.unusedVariable', params: { variable: 'name' }, source: `${VALIDATION}/NoUnusedVariablesRule.js` },
  { key: 'gateway.graphql.unusedVariableInOperation', params: { variable: 'name', operation: 'name' }, source: `${VALIDATION}/NoUnusedVariablesRule.js` },
  { key: 'gateway.graphql.variablePosition', params: { variable: 'name', type: 'type', expected: 'type' }, source: `${VALIDATION}/VariablesInAllowedPositionRule.js` },
  { key: 'gateway.graphql.variableNotInputType', params: { variable: 'name', type: 'type' }, source: `${VALIDATION}/VariablesAreInputTypesRule.js` },
  { key: 'gateway.graphql.duplicateArgument', params: { argument: 'name' }, source: `${VALIDATION}/UniqueArgumentNamesRule.js` },
  { key: 'gateway.graphql.duplicateVariable', params: { variable: 'name' }, source: `${VALIDATION}/UniqueVariableNamesRule.js` },
  { key: 'gateway.graphql.duplicateFragment', params: { fragment: 'name' }, source: `${VALIDATION}/UniqueFragmentNamesRule.js` },
  { key: 'gateway.graphql.duplicateInputField', params: { field: 'name' }, source: `${VALIDATION}/UniqueInputFieldNamesRule.js` },
  { key: 'gateway.graphql.duplicateOperation', params: { operation: 'name' }, source: `${VALIDATION}/UniqueOperationNamesRule.js` },
  { key: 'gateway.graphql.loneAnonymousOperation', params: {}, source: `${VALIDATION}/LoneAnonymousOperationRule.js` },
  { key: 'gateway.graphql.notExecutable', params: { definition: 'text' }, source: `${VALIDATION}/ExecutableDefinitionsRule.js` },
  { key: 'gateway.graphql.expectedValue', params: { type: 'type', value: 'text' }, source: `${VALIDATION}/ValuesOfCorrectTypeRule.js` },
  // Input fields: ValuesOfCorrectTypeRule (literals, `Type.field`) and utilities/coerceInputValue.js (variables, `field`).
  { key: 'gateway.graphql.inputFieldRequired', params: { field: 'coordinate', type: 'type' }, source: `${VALIDATION}/ValuesOfCorrectTypeRule.js` },
  { key: 'gateway.graphql.inputFieldUnknown', params: { field: 'name', type: 'name' }, source: `${VALIDATION}/ValuesOfCorrectTypeRule.js` },
  // Scalars and enums (literals in validation, variable values in coercion).
  { key: 'gateway.graphql.intNotInteger', params: { value: 'text' }, source: 'graphql/type/scalars.js' },
  { key: 'gateway.graphql.intOutOfRange', params: { value: 'text' }, source: 'graphql/type/scalars.js' },
  { key: 'gateway.graphql.floatNotNumeric', params: { value: 'text' }, source: 'graphql/type/scalars.js' },
  { key: 'gateway.graphql.stringNotString', params: { value: 'text' }, source: 'graphql/type/scalars.js' },
  { key: 'gateway.graphql.booleanNotBoolean', params: { value: 'text' }, source: 'graphql/type/scalars.js' },
  { key: 'gateway.graphql.idLiteral', params: { value: 'text' }, source: 'graphql/type/scalars.js' },
  { key: 'gateway.graphql.idValue', params: { value: 'text' }, source: 'graphql/type/scalars.js' },
  { key: 'gateway.graphql.enumUnknownValue', params: { value: 'text', enum: 'name' }, source: 'graphql/type/definition.js' },
  { key: 'gateway.graphql.enumNotString', params: { enum: 'name', value: 'text' }, source: 'graphql/type/definition.js' },
  { key: 'gateway.graphql.enumNotEnumLiteral', params: { enum: 'name', value: 'text' }, source: 'graphql/type/definition.js' },
  // Variable values (BAD_USER_INPUT): execution/values.js, utilities/coerceInputValue.js.
  { key: 'gateway.graphql.variableRequired', params: { variable: 'name', type: 'type' }, source: 'graphql/execution/values.js' },
  { key: 'gateway.graphql.variableNotNull', params: { variable: 'name', type: 'type' }, source: 'graphql/execution/values.js' },
  { key: 'gateway.graphql.variableInvalidAt', params: { variable: 'name', value: 'text', path: 'text', detail: 'detail' }, source: 'graphql/execution/values.js' },
  { key: 'gateway.graphql.variableInvalid', params: { variable: 'name', value: 'text', detail: 'detail' }, source: 'graphql/execution/values.js' },
  { key: 'gateway.graphql.notNullable', params: { type: 'type' }, source: 'graphql/utilities/coerceInputValue.js' },
  { key: 'gateway.graphql.notAnObject', params: { type: 'name' }, source: 'graphql/utilities/coerceInputValue.js' },
  // Choosing the operation: yoga's check before execution, and graphql-js's own in execute.js.
  { key: 'gateway.graphql.operationUndetermined', params: {}, source: 'graphql-yoga/plugins/request-validation/use-prevent-mutation-via-get.js' },
  { key: 'gateway.graphql.operationNameRequired', params: {}, source: 'graphql/execution/execute.js' },
  { key: 'gateway.graphql.unknownOperation', params: { operation: 'name' }, source: 'graphql/execution/execute.js' },
  { key: 'gateway.graphql.noOperation', params: {}, source: 'graphql/execution/execute.js' },
];

/** The "Did you mean …?" forms of graphql-js's jsutils/didYouMean.js, by the words before the quoted list. */
const HINTS: readonly { prefix: string; key: MessageKey }[] = [
  { prefix: 'the enum value ', key: 'gateway.graphql.didYouMeanEnumValue' },
  { prefix: 'to use an inline fragment on ', key: 'gateway.graphql.didYouMeanInlineFragment' },
  { prefix: '', key: 'gateway.graphql.didYouMean' },
];

interface Compiled {
  pattern: GraphQLMessagePattern;
  re: RegExp;
  names: string[];
}
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARK = '\u0000';

/** The regular expression of a pattern: its English text with each parameter a capture of its kind. */
function compile(pattern: GraphQLMessagePattern): Compiled {
  const names = Object.keys(pattern.params);
  const marked = render(pattern.key, Object.fromEntries(names.map((n) => [n, `${MARK}${n}${MARK}`])), 'en');
  const parts = marked.split(MARK);
  const order: string[] = [];
  let source = '^';
  parts.forEach((part, i) => {
    if (i % 2 === 0) source += escapeRe(part);
    else {
      const kind = pattern.params[part];
      if (!kind) throw new Error(`${pattern.key}: the text names {${part}}, which the pattern does not describe`);
      order.push(part);
      source += `(${KIND_SOURCE[kind]})`;
    }
  });
  if (order.length !== names.length) throw new Error(`${pattern.key}: a parameter the pattern describes is not in the text`);
  return { pattern, re: new RegExp(`${source}$`), names: order };
}

let compiled: Compiled[] | null = null;
/** Every pattern compiled (once, on first use; a broken pattern throws here, which the spec runs). */
export function compiledPatterns(): readonly Compiled[] {
  compiled ??= GRAPHQL_MESSAGES.map(compile);
  return compiled;
}

/** A token description in words of the catalog (`Name "x"` → the word for a name and `"x"`); punctuators as they are. */
function tokenParam(desc: string): ParamValue {
  const m = /^(Name|Int|Float|String|BlockString|Comment) ("[\s\S]*")$/.exec(desc);
  if (m) return P.key('gateway.graphql.tokenWithValue', { kind: P.key(TOKEN_WORDS[m[1]]), value: m[2] });
  const word = TOKEN_WORDS[desc];
  return word ? P.key(word) : desc;
}

function paramValue(kind: ParamKind, value: string): ParamValue {
  if (kind === 'token') return tokenParam(value);
  if (kind === 'character' && value === '<EOF>') return P.key('gateway.graphql.token.eof');
  if (kind === 'detail') {
    const inner = matchOne(value);
    return inner ? P.key(inner.key, inner.params) : value;
  }
  return value;
}

/** The first pattern that fits the whole of `message`, as a reference with its parameters. */
function matchOne(message: string): MessageRef | null {
  for (const c of compiledPatterns()) {
    const m = c.re.exec(message);
    if (!m) continue;
    const params: MessageParams = {};
    c.names.forEach((n, i) => {
      params[n] = paramValue(c.pattern.params[n], m[i + 1]);
    });
    return { key: c.pattern.key, params };
  }
  return null;
}

/** A "Did you mean …?" hint as a reference (the quoted names as a list: `"a", "b", or "c"`), or null. */
function hintRef(hint: string): MessageRef | null {
  const m = /^Did you mean ([\s\S]*)\?$/.exec(hint);
  if (!m) return null;
  for (const h of HINTS) {
    if (!m[1].startsWith(h.prefix)) continue;
    const items = [...m[1].slice(h.prefix.length).matchAll(/"[^"]*"/g)].map((x) => x[0]);
    return items.length ? { key: h.key, params: { suggestions: P.list(items, 'disjunction') } } : null;
  }
  return null;
}

/**
 * The catalog reference of a graphql-js message (key and the names in it), or null when the message is not one of
 * `GRAPHQL_MESSAGES` — or when the English text of the reference would not be the message itself.
 */
export function graphqlMessageRef(message: string): MessageRef | null {
  const hint = / (Did you mean [^?]*\?)$/.exec(message);
  let ref: MessageRef | null;
  if (hint) {
    const main = matchOne(message.slice(0, hint.index));
    const h = hintRef(hint[1]);
    ref = main && h ? { key: 'gateway.graphql.withHint', params: { message: P.key(main.key, main.params), hint: P.key(h.key, h.params) } } : null;
  } else ref = matchOne(message);
  return ref && render(ref.key, ref.params, 'en') === message ? ref : null;
}

/** A graphql-js message in `locale`: English (`en`) and messages not known are graphql-js's text unchanged. */
export function localizeGraphQLMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  const ref = graphqlMessageRef(message);
  return ref ? render(ref.key, ref.params, locale) : message;
}
