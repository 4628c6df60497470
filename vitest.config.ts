import { createRequire } from 'node:module';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const require = createRequire(import.meta.url);

// One copy of graphql-js: vitest would otherwise load its ESM build for our files and the CommonJS build
// for graphql-tools/yoga, and graphql-js refuses to mix the two.
const resolve = { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] };

/** The console's browser specs: they drive the one demo platform the `browser` project starts per run. */
const CONSOLE_BROWSER_SPECS = ['console', 'cooperation', 'listings', 'notifications', 'oversight', 'roles'].map((f) => `test/browser/${f}.spec.ts`);

/** What every project shares. Each project lists the run's servers (test/helpers/global-setup.ts starts them once). */
const project = (name: string, include: string[], extra: Partial<TestProjectInlineConfiguration['test']> = {}): TestProjectInlineConfiguration => ({
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
    ...extra,
  },
});

export default defineConfig({
  test: {
    // Two cores: two files at a time keeps integration tests (several brokers each) from starving each other.
    maxWorkers: 2,
    projects: [
      // `npm run test:unit`: the specs beside the code (pure rules, one in-process broker each).
      project('unit', ['services/**/*.spec.ts', 'gateway/**/*.spec.ts', 'infra/**/*.spec.ts']),
      project('integration', ['test/**/*.spec.ts'], { exclude: ['node_modules/**', 'console/**', ...CONSOLE_BROWSER_SPECS] }),
      // The console in Chromium: one demo platform for all of them (started in the background by browser-setup.ts while
      // the other projects run), so they run one file at a time — they act on the same demo data — after the others.
      project('browser', CONSOLE_BROWSER_SPECS, {
        globalSetup: ['test/helpers/global-setup.ts', 'test/helpers/browser-setup.ts'],
        maxWorkers: 1,
      }),
    ],
  },
});
