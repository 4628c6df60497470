import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the platform's GraphQL schema (schemas/*.graphql: the public contract plus each domain's
 * additions). Run from the repository root (npm run codegen:console); the output in src/gql/ is committed so the
 * console type-checks without running codegen. `documentMode: 'string'` keeps graphql-js out of the bundle.
 */
const config: CodegenConfig = {
  schema: 'schemas/*.graphql',
  documents: ['gateway/console/src/**/*.{ts,tsx}', '!gateway/console/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'gateway/console/src/gql/': {
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
