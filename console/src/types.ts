import type { MeQuery } from './gql/graphql';

/**
 * The signed-in identity as the console sees it (the `Me` query in App.tsx): roles, organization and its
 * memberships. Here rather than in App.tsx so that the role pages, which App.tsx loads, need not import App.tsx.
 */
export type Viewer = NonNullable<MeQuery['me']>;
