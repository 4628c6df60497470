/**
 * No refusal in English only: a static scan of the services (rules, ops, service files), the gateway and infra.
 * - every `Problem` literal in `services/<name>/<name>.rules.ts` and the files it re-exports from
 *   `services/<name>/rules/` (an object with `code: ErrorCode.X`) spreads a
 *   catalog message (`...msg(…)`, or a helper's `Msg` parameter) and none sets `message:` to a literal text;
 * - no error helper (`badInput`, `forbidden`, `conflict`, `failedPrecondition`, `unauthenticated`, `appError`,
 *   `codedError`, `requireAdminOf`, rules' `bad`/`refused`/`clash`/`precondition`) is called with a literal text,
 *   and no `gaveUp:` is one;
 * - no helper in a rules file takes a plain `message: string`.
 * The runtime side (each message key exists, its arguments are given) is infra/message-registry.spec.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!['node_modules', 'generated', 'console'].includes(name)) files(p, out);
    } else if (p.endsWith('.ts') && !p.endsWith('.spec.ts') && !p.endsWith('.messages.ts')) out.push(p);
  }
  return out;
}
const read = (f: string) => ({ file: f, text: readFileSync(f, 'utf8') });
const ALL = ['services', 'gateway', 'infra'].flatMap((d) => files(d)).map(read);
/** A service's rules file, and the sub-domain files it re-exports (services/<name>/rules/<sub-domain>.ts). */
const MAIN_RULES = /^services\/([^/]+)\/\1\.rules\.ts$/;
const RULES = ALL.filter((f) => MAIN_RULES.test(f.file) || /^services\/[^/]+\/rules\/[^/]+\.ts$/.test(f.file));
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The object literal around `index` (from its opening brace to the matching closing one). */
function enclosingObject(text: string, index: number): string {
  let depth = 0;
  let start = index;
  for (; start >= 0; start--) {
    if (text[start] === '}') depth++;
    else if (text[start] === '{') {
      if (depth === 0) break;
      depth--;
    }
  }
  depth = 0;
  let end = start;
  for (; end < text.length; end++) {
    if (text[end] === '{') depth++;
    else if (text[end] === '}' && --depth === 0) break;
  }
  return text.slice(start, end + 1);
}

describe('every refusal names a catalog message', () => {
  it('finds the rules files of every service', () => {
    expect(RULES.map((f) => f.file).filter((f) => MAIN_RULES.test(f)).sort()).toEqual([
      'services/alliances/alliances.rules.ts',
      'services/certification/certification.rules.ts',
      'services/cooperation/cooperation.rules.ts',
      'services/evaluation/evaluation.rules.ts',
      'services/grantStandings/grantStandings.rules.ts',
      'services/grants/grants.rules.ts',
      'services/listings/listings.rules.ts',
      'services/matchmaking/matchmaking.rules.ts',
      'services/notifications/notifications.rules.ts',
      'services/organizations/organizations.rules.ts',
      'services/projects/projects.rules.ts',
      'services/revenue/revenue.rules.ts',
      'services/trainingBases/trainingBases.rules.ts',
    ]);
    // The sub-domain files of the rules files split per sub-domain are scanned as well.
    expect(RULES.map((f) => f.file)).toEqual(expect.arrayContaining(['services/grants/rules/programs.ts', 'services/revenue/rules/policies.ts', 'services/trainingBases/rules/bookings.ts']));
  });

  it('builds every Problem of a rules file from a catalog message', () => {
    const literals: string[] = [];
    const unkeyed: string[] = [];
    for (const { file, text } of RULES) {
      for (const m of text.matchAll(/code: ErrorCode\.[A-Z_]+/g)) {
        literals.push(`${file}:${lineOf(text, m.index!)}`);
        const obj = enclosingObject(text, m.index!);
        if (!/\.\.\.(msg\(|m\b|order\b|\()/.test(obj) && !/\bkey:/.test(obj)) unkeyed.push(`${file}:${lineOf(text, m.index!)}`);
      }
    }
    expect(literals.length).toBeGreaterThan(30);
    expect(unkeyed).toEqual([]);
  });

  it('sets no message to a literal text and calls no error helper with one', () => {
    const helper = /\b(badInput|forbidden|conflict|failedPrecondition|unauthenticated|appError|codedError|requireAdminOf|bad|refused|clash|precondition|limitError|badRequest)\(\s*(?:ErrorCode\.[A-Z_]+,\s*|[^,()]*\[[^\]]*\],\s*|'[a-zA-Z]+',\s*)?(['"`])/g;
    const found: string[] = [];
    for (const { file, text } of ALL) {
      for (const m of text.matchAll(helper)) {
        // A field name first (organizations' `bad('field', msg(…))`) is not a message.
        if (/^[a-zA-Z.]+',\s*msg\(/.test(text.slice(m.index! + m[0].length))) continue;
        found.push(`${file}:${lineOf(text, m.index!)} ${m[0]}`);
      }
      for (const m of text.matchAll(/\b(message|gaveUp): (['"`])/g)) found.push(`${file}:${lineOf(text, m.index!)} ${m[0]}`);
    }
    // The allowed ones: the English fallback texts of infra/errors.ts's two built-in messages, and mongoose validators
    // (a schema's own guard, never shown to a user: the service validates first).
    const allowed = [/^infra\/errors\.ts:/, /^services\/(grants|certification)\/\1\.model\.ts:.*message: '/];
    expect(found.filter((f) => !allowed.some((a) => a.test(f)))).toEqual([]);
  });

  it('takes no plain message text in a rules helper', () => {
    const found = RULES.flatMap(({ file, text }) => [...text.matchAll(/\(\s*(?:[a-z]+: string, )?message: string\b/g)].map((m) => `${file}:${lineOf(text, m.index!)}`));
    expect(found).toEqual([]);
  });
});
