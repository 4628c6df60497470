/**
 * Runs the README's GraphQL examples against a running platform (`npm start`, fresh: the examples create things, so a
 * second run against the same database meets its own first run), so an example that no longer works against the demo
 * data is found before a reader finds it:
 *
 *   PORT=4399 npm start   # in another terminal
 *   node --import tsx test/readme/check-readme-examples.ts http://127.0.0.1:4399
 *
 * test/e2e/readme-examples.e2e.spec.ts runs the same check (`checkReadmeExamples`) on a seeded test platform.
 *
 * Conventions the README's ```graphql blocks follow:
 * - Each block is split into its top-level operations, run in order. A block is self-contained: it finds the demo
 *   records it needs by name (or creates them) and never relies on another block.
 * - **Who.** An operation runs as the demo identity the nearest comment above it names (the first of: "platform admin",
 *   "funder", "school", "enterprise"/"firm", "lead" in the comment, each at the start of a word, so "confirms" names
 *   nobody); a comment naming none keeps the previous operation's caller; a block starts as the demo lead admin.
 *   Identities come from /console/dev-identities (loopback only) or are passed in.
 * - **Ids from earlier answers.** An operation's GraphQL variables (`mutation ($allianceId: ID!) …`) take their values
 *   from fields ALIASED with the same name in earlier answers of the same block (`{ allianceId: id }`; in a list the
 *   first element; a later answer replaces an earlier one). The README says so in a comment
 *   (`# $allianceId from the answer above`). A variable no earlier answer names makes the operation SKIPPED.
 * - A placeholder (`<id>`, `"…"`) makes the operation SKIPPED: it cannot run as written.
 * Exit code 1 when any operation is ERROR or SKIPPED.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse, visit } from 'graphql';

export interface ReadmeIdentity {
  label: string;
  roles: string[];
  org?: string | null;
  token: string;
}
export interface ExampleResult {
  status: 'OK' | 'ERROR' | 'SKIPPED';
  /** The operation's first line. */
  first: string;
  as?: string;
  detail?: string;
}
interface GqlAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The ```graphql blocks of a markdown text. */
export function graphqlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Top-level operations of a block (`mutation {…}`, `query … {…}`, `{…}`), each with the comment lines just above it. */
export function operations(block: string): { comment: string; op: string }[] {
  const out: { comment: string; op: string }[] = [];
  let comment = '';
  let i = 0;
  while (i < block.length) {
    if (block[i] === '#') {
      const end = block.indexOf('\n', i);
      comment += block.slice(i, end < 0 ? undefined : end) + '\n';
      i = end < 0 ? block.length : end + 1;
      continue;
    }
    if (/\s/.test(block[i])) {
      i++;
      continue;
    }
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < block.length; i++) {
      const c = block[i];
      if (c === '"' && block[i - 1] !== '\\') inString = !inString;
      if (inString) continue;
      if (c === '{') depth++;
      if (c === '}' && --depth === 0) {
        i++;
        break;
      }
    }
    out.push({ comment, op: block.slice(start, i).trim() });
    comment = '';
  }
  return out;
}

type Role = 'admin' | 'lead' | 'school' | 'firm' | 'funder';
const CALLERS: [Role, RegExp][] = [
  ['admin', /\bplatform admin/],
  ['funder', /\bfunder/],
  ['school', /\bschool/],
  ['firm', /\benterprise|\bfirm/],
  ['lead', /\blead/],
];
/** The caller a comment names (the keyword that comes first in it, at the start of a word: "confirms" names nobody), or null. */
export function callerOf(comment: string): Role | null {
  const c = comment.toLowerCase();
  let best: { role: Role; at: number } | null = null;
  for (const [role, re] of CALLERS) {
    const m = re.exec(c);
    if (m && (!best || m.index < best.at)) best = { role, at: m.index };
  }
  return best?.role ?? null;
}

/** The aliases an operation gives its fields: the names its answer binds for later operations. */
export function aliasesOf(op: string): Set<string> {
  const names = new Set<string>();
  visit(parse(op), { Field: (f) => void (f.alias && names.add(f.alias.value)) });
  return names;
}

/** Values of the aliased fields in an answer (the first element of a list). */
export function harvest(data: unknown, aliases: Set<string>, into: Record<string, unknown>, seen = new Set<string>()): void {
  if (Array.isArray(data)) {
    for (const x of data) harvest(x, aliases, into, seen);
    return;
  }
  if (!data || typeof data !== 'object') return;
  for (const [k, v] of Object.entries(data)) {
    if (aliases.has(k) && !seen.has(k) && v !== null && typeof v !== 'object') {
      into[k] = v;
      seen.add(k);
    } else harvest(v, aliases, into, seen);
  }
}

/** A placeholder a reader would have to replace (`<id>`, `…`), or null. */
export function placeholderIn(op: string): string | null {
  return /<[^<>\s"][^<>"]*>|…/.exec(op)?.[0] ?? null;
}

/** Runs every operation of every ```graphql block of `markdown` against the gateway at `base`. */
export async function checkReadmeExamples(base: string, identities: ReadmeIdentity[], markdown: string): Promise<ExampleResult[]> {
  const who = (label: RegExp) => {
    const id = identities.find((i) => label.test(i.label));
    if (!id) throw new Error(`no demo identity labelled ${label}`);
    return id;
  };
  const as: Record<Role, ReadmeIdentity> = {
    admin: who(/Platform admin/),
    lead: who(/lead admin/),
    school: who(/school admin/),
    firm: who(/Enterprise admin/),
    funder: who(/Funder/),
  };
  const gql = async (query: string, variables: Record<string, unknown>, token: string): Promise<GqlAnswer> => {
    const r = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'en' },
      body: JSON.stringify({ query, variables }),
    });
    return (await r.json()) as GqlAnswer;
  };

  const results: ExampleResult[] = [];
  for (const block of graphqlBlocks(markdown)) {
    const bound: Record<string, unknown> = {};
    let role: Role = 'lead';
    for (const o of operations(block)) {
      role = callerOf(o.comment) ?? role;
      const first = o.op.split('\n')[0].slice(0, 100);
      const placeholder = placeholderIn(o.op);
      if (placeholder) {
        results.push({ status: 'SKIPPED', first, detail: `placeholder ${placeholder}` });
        continue;
      }
      let aliases: Set<string>;
      try {
        aliases = aliasesOf(o.op);
      } catch (e) {
        results.push({ status: 'ERROR', first, detail: `not GraphQL: ${(e as Error).message}` });
        continue;
      }
      const declared: string[] = [];
      visit(parse(o.op), { VariableDefinition: (d) => void declared.push(d.variable.name.value) });
      const missing = declared.filter((v) => !(v in bound));
      if (missing.length) {
        results.push({ status: 'SKIPPED', first, detail: `no earlier answer in the block names ${missing.map((m) => `$${m}`).join(', ')}` });
        continue;
      }
      const variables = Object.fromEntries(declared.map((v) => [v, bound[v]]));
      const caller = as[role];
      const r = await gql(o.op, variables, caller.token);
      if (r.errors?.length) {
        results.push({ status: 'ERROR', first, as: caller.label, detail: r.errors.map((e) => `${e.extensions?.code} ${e.message}`).join(' | ') });
        continue;
      }
      harvest(r.data, aliases, bound);
      results.push({ status: 'OK', first, as: caller.label });
    }
  }
  return results;
}

/** One line per operation, and the totals. */
export function report(results: ExampleResult[]): string {
  const lines = results.map((r) => `${r.status.padEnd(8)} ${r.first}${r.status === 'OK' ? '' : `\n         ${r.as ? `as ${r.as}: ` : ''}${r.detail}`}`);
  const n = (s: ExampleResult['status']) => results.filter((r) => r.status === s).length;
  lines.push(`\n${n('OK')} OK, ${n('ERROR')} ERROR, ${n('SKIPPED')} SKIPPED`);
  return lines.join('\n');
}

const main = async () => {
  const base = process.argv[2] ?? 'http://127.0.0.1:4000';
  const { identities } = (await (await fetch(`${base}/console/dev-identities`)).json()) as { identities: ReadmeIdentity[] };
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const results = await checkReadmeExamples(base, identities, readme);
  console.log(report(results));
  process.exitCode = results.some((r) => r.status !== 'OK') ? 1 : 0;
};
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
