/**
 * Who may import whom (npm run depcheck; npm test runs it before vitest). dependency-cruiser rather than
 * eslint-plugin-boundaries: it needs no linter set-up of its own (the project has no ESLint), reads the TypeScript
 * imports as tsc resolves them (`.js` suffixes onto `.ts` files, type-only imports included), and its rules are plain
 * path patterns with a back-reference for "its own folder", which is all these rules need.
 *
 *   services/<a>/  → infra/, services/<a>/, services/<b>/<b>.contract.ts
 *   gateway/       → infra/, gateway/, services/<b>/<b>.contract.ts
 *   infra/         → infra/ only (nothing from app/, services/, gateway/, console/), except the message registry
 *                    (infra/message-registry.ts), which collects the catalogs: services/<b>/<b>.messages.ts and
 *                    gateway/gateway.messages.ts (pure data)
 *   bench/, test/  → services only through their contracts
 *   console/       → nothing of the platform (a client of the public API)
 *   app/           → anything (the composition roots)
 * Spec files (*.spec.ts) may also use the shared test helpers (test/helpers/).
 */
const CONTRACT = '^services/[^/]+/[^/]+\\.contract\\.ts$';
const TEST_HELPERS = '^test/helpers/';
const SPEC = '\\.spec\\.ts$';
/** Project folders (anything else is a package or node's own module). */
const PROJECT = '^(app|bench|console|gateway|infra|services|test)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'service-reaches-outside',
      comment: 'A service imports infra/, its own folder and other services\' contracts only (never their models, rules or service files, nor the gateway or app/).',
      severity: 'error',
      from: { path: '^services/([^/]+)/', pathNot: SPEC },
      to: { path: PROJECT, pathNot: ['^infra/', '^services/$1/', CONTRACT] },
    },
    {
      name: 'service-spec-reaches-outside',
      comment: 'A service\'s spec files: the same, plus the shared test helpers.',
      severity: 'error',
      from: { path: `^services/([^/]+)/.*${SPEC}` },
      to: { path: PROJECT, pathNot: ['^infra/', '^services/$1/', CONTRACT, TEST_HELPERS] },
    },
    {
      name: 'gateway-reaches-outside',
      comment: 'The gateway imports infra/ and the services\' contracts only: it talks to services over the bus.',
      severity: 'error',
      from: { path: '^gateway/', pathNot: ['^gateway/console/', SPEC] },
      to: { path: PROJECT, pathNot: ['^infra/', '^gateway/', CONTRACT] },
    },
    {
      name: 'gateway-spec-reaches-outside',
      comment: 'The gateway\'s spec files: the same, plus the shared test helpers.',
      severity: 'error',
      from: { path: `^gateway/.*${SPEC}`, pathNot: '^gateway/console/' },
      to: { path: PROJECT, pathNot: ['^infra/', '^gateway/', CONTRACT, TEST_HELPERS] },
    },
    {
      name: 'infra-reaches-up',
      comment: 'infra/ is the ground floor: it imports nothing from the floors above.',
      severity: 'error',
      from: { path: '^infra/' },
      to: { path: '^(app|services|gateway|console)/', pathNot: ['^services/([^/]+)/\\1\\.messages\\.ts$', '^gateway/gateway\\.messages\\.ts$'] },
    },
    {
      name: 'console-is-a-client',
      comment: 'The web console is a client of the public GraphQL API like any other: it imports nothing of the platform.',
      severity: 'error',
      from: { path: '^console/' },
      to: { path: '^(app|bench|gateway|infra|services|test)/' },
    },
    {
      name: 'bench-or-test-bypasses-contract',
      comment: 'Benchmarks and tests outside a service folder use a service only through its contract (and the bus).',
      severity: 'error',
      from: {
        path: '^(bench|test)/',
        // bench/lib/seed.ts, revenue.ts and claims.ts write the benchmark's large data set straight through the
        // models (thousands of documents; through the bus it would take minutes): see the next rule.
        pathNot: '^bench/lib/(seed|revenue|claims)\\.ts$',
      },
      to: { path: '^services/', pathNot: CONTRACT },
    },
    {
      name: 'bench-seeding-beyond-models',
      comment: 'The two bench seeding files may reach a service\'s model (to write documents directly), nothing else inside it.',
      severity: 'error',
      from: { path: '^bench/lib/(seed|revenue|claims)\\.ts$' },
      to: { path: '^services/', pathNot: [CONTRACT, '^services/[^/]+/[^/]+\\.model\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The console is its own build; its generated client code (console/src/gql/) is not ours to check.
    exclude: { path: ['^node_modules', '^console/src/gql/', '^console/dist/'] },
    // Count type-only imports too: a DTO imported from a service file is a dependency on that file.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
