/**
 * The parse-time limit: before graphql-js's recursive-descent parser sees a document, one linear pass of graphql-js's
 * own lexer counts its tokens and the nesting of its brackets (`{`, `(`, `[`). graphql-js's parser recurses once per
 * bracket and overflows the stack at about 2,000 levels (a 6 KB document), and every validation rule after it walks
 * the same nesting; refusing before parsing means no document can reach a stack overflow, whatever its shape.
 * The token limit is also given to graphql-js's parser (`maxTokens`), which enforces it itself.
 */
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { ErrorCode } from '../infra/errors.js';
import { msg } from '../infra/message-registry.js';
import type { Msg } from '../infra/messages.js';
import { spend, type WorkMeter } from './admission-work.js';

export interface ScanLimits {
  /** Most lexical tokens a document may have (graphql-js `maxTokens`). */
  maxTokens: number;
  /** Deepest nesting of `{ ( [` brackets a document may have. */
  maxNesting: number;
}

/** What a limit refusal names in `extensions.details`: which limit, its maximum, and what the document had (at least). */
export interface LimitDetails {
  limit: 'TOKENS' | 'NESTING' | 'DEPTH' | 'COST';
  max: number;
  actual: number;
}

/** The coded refusal of a document over a limit: BAD_USER_INPUT, HTTP 400 (200 to legacy application/json clients). */
export function limitError(message: Msg, details: LimitDetails, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message.message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400, spec: true }, details: { ...details, i18n: { key: message.key, params: message.params } }, ...extra },
  });
}

const OPEN = new Set<string>([TokenKind.BRACE_L, TokenKind.PAREN_L, TokenKind.BRACKET_L]);
const CLOSE = new Set<string>([TokenKind.BRACE_R, TokenKind.PAREN_R, TokenKind.BRACKET_R]);

/**
 * Counts tokens and bracket nesting in one pass (time linear in the text, constant stack). Throws a coded limit
 * error at the first token past either limit; leaves syntax errors to the parser (the lexer's own errors are
 * rethrown unchanged: they are graphql-js syntax errors, GRAPHQL_PARSE_FAILED). `meter` counts one unit per token lexed.
 */
export function scanDocument(source: string | Source, limits: ScanLimits, meter?: WorkMeter): { tokens: number; nesting: number } {
  const lexer = new Lexer(typeof source === 'string' ? new Source(source) : source);
  let tokens = 0;
  let depth = 0;
  let deepest = 0;
  for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) {
    spend(meter);
    if (++tokens > limits.maxTokens) {
      throw limitError(msg('gateway.tooManyTokens', { max: limits.maxTokens }), { limit: 'TOKENS', max: limits.maxTokens, actual: tokens });
    }
    if (OPEN.has(t.kind)) {
      if (++depth > limits.maxNesting) {
        throw limitError(msg('gateway.nestingTooDeep', { max: limits.maxNesting }), {
          limit: 'NESTING',
          max: limits.maxNesting,
          actual: depth,
        });
      }
      if (depth > deepest) deepest = depth;
    } else if (CLOSE.has(t.kind) && depth > 0) depth--;
  }
  return { tokens, nesting: deepest };
}
