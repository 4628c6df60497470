/**
 * Issue 18: every GraphQL example in README.md runs as written against the demo data. The platform is started the way
 * `npm start` starts it (every service on one broker, in-process transport, the HTTP gateway) on a fresh database,
 * seeded with the demo (app/seed.ts), and the README checker (test/readme/check-readme-examples.ts) runs every
 * operation of every ```graphql block in order, as the demo identity its comment names. Any ERROR (the example fails
 * as written) or SKIPPED (a placeholder, or an id no earlier answer gives) fails the spec.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { SERVICE_NAMES } from '../../app/services.js';
import { seedDemo, type Demo } from '../../app/seed.js';
import { checkReadmeExamples, graphqlBlocks, operations, report } from '../readme/check-readme-examples.js';

let p: TestPlatform;
let demo: Demo;
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

beforeAll(async () => {
  p = await startTestPlatform({ services: SERVICE_NAMES, transport: 'local' });
  demo = await seedDemo(p.client);
}, 120_000);
afterAll(async () => p?.stop());

describe('README examples', () => {
  it('run as written against a freshly seeded platform: every operation OK, none skipped', async () => {
    const expected = graphqlBlocks(readme).flatMap((b) => operations(b)).length;
    expect(expected).toBeGreaterThan(0);
    const results = await checkReadmeExamples(p.url, demo.identities, readme);
    expect(results).toHaveLength(expected);
    // The report names each failing operation, its caller and the error: the message is what a reader would see.
    expect(results.filter((r) => r.status !== 'OK'), report(results)).toEqual([]);
  }, 180_000);
});
