import type { MemberBasesQuery } from '../../gql/graphql';

/** A training base as the member's bases screen loads it (MemberBases query in BasesScreen.tsx). */
export type Base = NonNullable<NonNullable<MemberBasesQuery['me']>['organization']>['memberships'][number]['alliance']['trainingBases']['edges'][number]['node'];
