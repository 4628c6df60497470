import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One copy of graphql-js: vitest would otherwise load its ESM build for our files and the CommonJS build
  // for graphql-tools/yoga, and graphql-js refuses to mix the two.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['services/**/*.spec.ts', 'gateway/**/*.spec.ts', 'infra/**/*.spec.ts', 'test/**/*.spec.ts'],
    exclude: ['node_modules/**', 'console/**'],
    globalSetup: ['test/helpers/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    // Two cores: two files at a time keeps integration tests (several brokers each) from starving each other.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' },
  },
});
