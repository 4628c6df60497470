import { createRequire } from 'node:module';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const require = createRequire(import.meta.url);

// One copy of graphql-js: vitest would otherwise load its ESM build for our files and the CommonJS build
// for graphql-tools/yoga, and graphql-js refuses to mix the two.
const resolve = { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] };

/** What every project shares. Each project lists the run's servers (test/helpers/global-setup.ts starts them once). */
const project = (name: string, include: string[]): TestProjectInlineConfiguration => ({
  resolve,
  test: {
    name,
    include,
    exclude: ['node_modules/**', 'console/**'],
    globalSetup: ['test/helpers/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' },
  },
});

export default defineConfig({
  test: {
    // Two cores: two files at a time keeps integration tests (several brokers each) from starving each other.
    maxWorkers: 2,
    projects: [
      // `npm run test:unit`: the specs beside the code (pure rules, one in-process broker each).
      project('unit', ['services/**/*.spec.ts', 'gateway/**/*.spec.ts', 'infra/**/*.spec.ts']),
      // Everything under test/: end-to-end, integration, faults, security, i18n, and the console in Chromium (all its
      // suites in test/browser/console.spec.ts: one worker, one demo platform, beside the other files).
      project('integration', ['test/**/*.spec.ts']),
    ],
  },
});
