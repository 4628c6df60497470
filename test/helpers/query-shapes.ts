/**
 * Generated GraphQL documents of the shapes that make validation and cost checks slow or blind, for the admission
 * tests (gateway/admission.spec.ts, test/e2e/admission.e2e.spec.ts) and the benchmark (bench/lib/admission.ts):
 * random fragment graphs with a given number of spreads, N aliases of a field, the same field N times, deep nesting,
 * many fragments selecting the same fields into one set, and sample argument and variable values for any field.
 * Deterministic: every generator takes a seed.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** A small deterministic PRNG (mulberry32): same seed, same documents. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random fragment graph on `type` with exactly `spreads` spreads among `fragments` fragments: F0 selects
 * `__typename`, every other fragment spreads earlier ones (a DAG, so it is valid), the operation spreads the last.
 * With 8 fragments and 70 spreads this includes the handed 10×-per-level bomb (`{ ...F7 }`) as one instance.
 * `leaf` replaces F0's selection (e.g. a field that calls a service).
 */
export function fragmentGraph(opts: { fragments: number; spreads: number; seed: number; type?: string; leaf?: string; wrap?: (sel: string) => string }): string {
  const rnd = prng(opts.seed);
  const type = opts.type ?? 'Query';
  const n = Math.max(2, opts.fragments);
  const bodies: string[][] = Array.from({ length: n }, () => []);
  // Every fragment after F0 spreads its predecessor once (so the last reaches all), the rest at random below it.
  for (let i = 1; i < n; i++) bodies[i].push(`...F${i - 1}`);
  for (let s = n - 1; s < opts.spreads - 1; s++) {
    const i = 1 + Math.floor(rnd() * (n - 1));
    bodies[i].push(`...F${Math.floor(rnd() * i)}`);
  }
  const defs = bodies.map((b, i) => `fragment F${i} on ${type} { ${i === 0 ? (opts.leaf ?? '__typename') : b.join(' ')} }`);
  const op = opts.wrap ? opts.wrap(`...F${n - 1}`) : `{ ...F${n - 1} }`;
  return `${op}\n${defs.join('\n')}`;
}

/** The handed bomb: F0 = { __typename }, each Fi spreads F(i-1) ten times, `{ ...F7 }`. */
export function tenfoldBomb(levels = 7): string {
  const defs = ['fragment F0 on Query { __typename }'];
  for (let i = 1; i <= levels; i++) defs.push(`fragment F${i} on Query { ${Array(10).fill(`...F${i - 1}`).join(' ')} }`);
  return `{ ...F${levels} }\n${defs.join('\n')}`;
}

/** `{ field { field { … leaf } } }` nested `depth` levels of `field`. */
export function deepNest(depth: number, field = 'me', leaf = '__typename'): string {
  return `{ ${`${field} { `.repeat(depth)}${leaf}${' }'.repeat(depth)} }`;
}

/** The same selection `n` times in one selection set: `{ me { id id id … } }`. */
export function sameField(n: number, field = 'id', parent = 'me'): string {
  return `{ ${parent} { ${Array(n).fill(field).join(' ')} } }`;
}

/** `n` fragments that each select the same fields, all spread into one set (the overlapping-fields check's pairs). */
export function overlappingFragments(n: number, fields = 'id roles'): string {
  const defs = Array.from({ length: n }, (_, i) => `fragment V${i} on Viewer { ${fields} }`);
  return `{ me { ${defs.map((_, i) => `...V${i}`).join(' ')} } }\n${defs.join('\n')}`;
}

/** `n` aliases of one root field with the given argument text and selection: `a0: f(args) sel a1: …`. */
export function aliases(n: number, field: string, args: string, selection: string, operation: 'query' | 'mutation' = 'query'): string {
  const parts = Array.from({ length: n }, (_, i) => `a${i}: ${field}${args}${selection ? ` ${selection}` : ''}`);
  return `${operation} { ${parts.join(' ')} }`;
}

// ---------------------------------------------------------------- sample values for any argument

const HEX24 = 'a'.repeat(24);

/** A GraphQL literal for a value of `type` that coerces (ids, dates, enums, required input fields). */
export function sampleLiteral(type: GraphQLInputType): string {
  const t = getNullableType(type);
  if (isListType(t)) return `[${sampleLiteral(t.ofType)}]`;
  if (isEnumType(t)) return t.getValues()[0].name;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${sampleLiteral(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(t)) {
    switch (t.name) {
      case 'ID':
        return `"${HEX24}"`;
      case 'Int':
        return '1';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'Date':
        return '"2024-01-01"';
      case 'DateTime':
        return '"2024-01-01T08:00:00+08:00"';
      default:
        return '"x"';
    }
  }
  return 'null';
}

/** A JSON value of `type` that coerces (a variable's value); Int is `int` (default 100: the largest page). */
export function sampleValue(type: GraphQLInputType, int = 100): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sampleValue(t.ofType, int)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sampleValue(f.type, int)]));
  }
  if (isScalarType(t)) {
    switch (t.name) {
      case 'ID':
        return HEX24;
      case 'Int':
        return int;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'Date':
        return '2024-01-01';
      case 'DateTime':
        return '2024-01-01T08:00:00+08:00';
      default:
        return 'x';
    }
  }
  return null;
}

/** The argument list of a field with every required argument given a sample value (`""` when there are none). */
export function requiredArgs(field: GraphQLField<unknown, unknown>): string {
  const req = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  return req.length ? `(${req.map((a) => `${a.name}: ${sampleLiteral(a.type)}`).join(', ')})` : '';
}

/** The cheapest selection of a field's type: `{ __typename }` for objects, nothing for scalars. */
export function minimalSelection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) || isInterfaceType(named) ? '{ __typename }' : '';
}

/** Root fields of `operation` in `schema`, by name. */
export function rootFields(schema: GraphQLSchema, operation: 'query' | 'mutation'): GraphQLField<unknown, unknown>[] {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  return root ? Object.values(root.getFields()) : [];
}
