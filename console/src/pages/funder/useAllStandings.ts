import { useState } from 'react';
import { graphql } from '../../gql';
import type { StandingsQuery } from '../../gql/graphql';
import { useQuery } from '../../api';

const StandingsDoc = graphql(`
  query Standings($first: Int, $after: String) {
    grantStandings(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          alliance { id }
          allianceName
          program { id }
          regionCode
          eligible
          shortfall
          schools
          enterprises
          distinctSchoolTypes
          evaluatedOn
          applicationStatus
          awarded
        }
      }
    }
  }
`);

/** One cell of the standings projection: an alliance × one of the funder's programs, as evaluated last. */
export type Standing = StandingsQuery['grantStandings']['edges'][number]['node'];

/** Collects the standings projection page by page (100 per request, "load more"). */
export function useAllStandings() {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<Standing[]>([]);
  const q = useQuery(StandingsDoc, { first: 100, after });
  const fresh = after !== null && q.loading ? [] : (q.data?.grantStandings.edges.map((e) => e.node) ?? []);
  const standings = [...earlier, ...fresh];
  const pageInfo = q.data?.grantStandings.pageInfo;
  const more = () => {
    if (!pageInfo?.hasNextPage) return;
    setEarlier(standings);
    setAfter(pageInfo.endCursor ?? null);
  };
  const reload = () => {
    setEarlier([]);
    if (after === null) q.reload();
    else setAfter(null);
  };
  return { q: { ...q, reload }, standings, hasMore: !!pageInfo?.hasNextPage && !q.loading, more };
}
