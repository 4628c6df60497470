/** The committed resolver types are what GraphQL Code Generator makes from schemas/*.graphql today. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import { gatewayCodegen } from './codegen.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGET = 'gateway/generated/resolvers-types.ts';

describe('gateway resolver types', () => {
  it(`${TARGET} is up to date (run npm run codegen:gateway)`, async () => {
    const outputs = (await generate({ ...gatewayCodegen, cwd: ROOT, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.map((o) => path.relative(ROOT, path.resolve(ROOT, o.filename)))).toEqual([TARGET]);
    expect(readFileSync(path.join(ROOT, TARGET), 'utf8')).toBe(outputs[0].content);
  }, 60_000);
});
