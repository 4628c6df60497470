/**
 * The README's error table lists exactly the codes a client can receive (gateway/errors.ts `CLIENT_CODES`: the
 * `ErrorCode` enum and the protocol codes yoga, graphql-js and APQ give), each with the HTTP status it is answered with.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_CODES } from '../../gateway/errors.js';
import { ErrorCode, HTTP_STATUS } from '../../infra/errors.js';

const README = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

/** Rows of the table under "### Errors": code → the HTTP statuses it names. */
function table(): Map<string, string> {
  const section = README.slice(README.indexOf('### Errors'), README.indexOf('### Tokens and who may do what'));
  const rows = new Map<string, string>();
  for (const m of section.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)) rows.set(m[1], m[2].trim());
  return rows;
}

describe("the README's error table", () => {
  it('lists every code a client can receive, and nothing else', () => {
    expect([...table().keys()].sort()).toEqual([...CLIENT_CODES].sort());
  });

  it('gives each of our codes the HTTP status it is answered with', () => {
    const rows = table();
    for (const code of Object.values(ErrorCode)) expect(rows.get(code)?.split(/,\s*/), code).toContain(String(HTTP_STATUS[code]));
  });
});
