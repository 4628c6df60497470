/** Every message key the cooperation service raises has zh-CN and English texts in its catalog. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { messages } from './cooperation.messages.js';

const dir = import.meta.dirname;
const sources = [...readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts')).map((f) => path.join(dir, f)), ...readdirSync(path.join(dir, 'ops')).map((f) => path.join(dir, 'ops', f))];

it('has a zh-CN and an English text for every key the service raises', () => {
  const used = new Set<string>();
  for (const file of sources) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/msg\(\s*'cooperation\.([\w.]+)'/g)) used.add(`cooperation.${m[1]}`);
  }
  expect(used.size).toBeGreaterThan(20);
  const catalog = messages as Record<string, { 'zh-CN': string; en: string }>;
  expect([...used].filter((k) => !catalog[k]?.['zh-CN'] || !catalog[k]?.en)).toEqual([]);
});
