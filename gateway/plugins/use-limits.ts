import { NoSchemaIntrospectionCustomRule, parse, type DocumentNode, type GraphQLSchema, type ParseOptions, type Source } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { scanDocument, limitError } from '../query-scan.js';
import { operationCost, operationDepths, type FieldWeights } from '../query-cost.js';
import { msg } from '../../infra/message-registry.js';
import type { WorkMeter } from '../admission-work.js';

export interface LimitOptions {
  /** Deepest nesting of fields a query may have (fragments followed). */
  maxDepth: number;
  /** Highest estimated cost (gateway/query-cost.ts). */
  maxCost: number;
  /** Most lexical tokens a document may have (checked before parsing). */
  maxTokens: number;
  /** Deepest bracket nesting a document may have (checked before parsing, so the parser never overflows its stack). */
  maxNesting: number;
  /** What service-backed fields weigh (gateway/field-weights.ts); unlisted fields weigh 1. */
  weights?: FieldWeights;
  /** Refuse introspection (production: the schema is published in the repository, not served). */
  noIntrospection?: boolean;
  /** Counts the admission's work units (gateway/admission-work.ts); tests only, none in production. */
  meter?: WorkMeter;
}

/**
 * Admission of a GraphQL request, in three steps that each take time linear in the document:
 * 1. parse: the document's tokens and bracket nesting are counted by one lexer pass before the parser runs
 *    (gateway/query-scan.ts), and graphql-js's parser enforces `maxTokens` itself;
 * 2. validation: the field depth of every operation, fragments measured once (gateway/query-cost.ts). A document
 *    over the depth limit is refused without running the other validation rules. The verdict is cached with the
 *    document by yoga, as it does not depend on variables. Production adds graphql-js's no-introspection rule;
 * 3. before execution: the cost of the operation with this request's variables (coerced, defaults applied), so
 *    `first: $n` costs what `first: 100` costs. Refused before any resolver runs.
 * Every refusal is BAD_USER_INPUT with `extensions.details { limit, max, actual }` (and `cost`, `maxCost`).
 */
export function useLimits(opts: LimitOptions): Plugin {
  const weights = opts.weights ?? {};
  const parseWithLimits = (source: string | Source, options?: ParseOptions): DocumentNode => {
    scanDocument(source, opts, opts.meter);
    return parse(source, { ...options, maxTokens: opts.maxTokens });
  };
  const costs = new WeakMap<object, Map<string, number>>();
  return {
    onParse({ setParseFn }) {
      setParseFn(parseWithLimits);
    },
    onValidate({ params, addValidationRule, setResult }) {
      for (const depth of operationDepths(params.documentAST, opts.meter).values()) {
        if (depth > opts.maxDepth) {
          setResult([limitError(msg('gateway.queryTooDeep', { depth, max: opts.maxDepth }), { limit: 'DEPTH', max: opts.maxDepth, actual: depth })]);
          return;
        }
      }
      if (opts.noIntrospection) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      // The cost depends on the document (yoga hands the same parsed document for the same text), the operation and the
      // variables only: computed once per such triple, as the dashboard repeats the same query with the same variables.
      const byDoc = costs.get(args.document) ?? new Map<string, number>();
      costs.set(args.document, byDoc);
      const key = `${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
      let cost = byDoc.get(key);
      if (cost === undefined) {
        cost = operationCost(args.schema as GraphQLSchema, args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined, weights, opts.meter).cost;
        if (byDoc.size >= 200) byDoc.clear();
        byDoc.set(key, cost);
      }
      if (cost > opts.maxCost) {
        setResultAndStopExecution({
          errors: [
            limitError(
              msg('gateway.queryTooCostly', { cost, max: opts.maxCost }),
              { limit: 'COST', max: opts.maxCost, actual: cost },
              { cost, maxCost: opts.maxCost },
            ),
          ],
        });
      }
    },
  };
}
