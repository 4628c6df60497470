import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the platform's GraphQL schema (schemas/*.graphql: the public contract plus each domain's
 * additions) — the console is a client of the public API like any other and imports nothing else of the platform.
 * Run from the repository root (npm run codegen:console); the output in console/src/gql/ is committed so the
 * console type-checks without running codegen. `documentMode: 'string'` keeps graphql-js out of the bundle.
 */
const config: CodegenConfig = {
  schema: 'schemas/*.graphql',
  documents: ['console/src/**/*.{ts,tsx}', '!console/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'console/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
