import { useState } from 'react';

/**
 * "Load more" for a paged list: fetches the page after `endCursor` through `fetchPage` (the cache policy
 * appends it) and tracks whether that is running or failed.
 */
export function useLoadMore(endCursor: string | null | undefined, fetchPage: (after: string) => Promise<unknown>) {
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const load = async () => {
    if (!endCursor || loading) return;
    setLoading(true);
    setFailed(false);
    try {
      await fetchPage(endCursor);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };
  return { load, loading, failed };
}

/**
 * fetchMore's `updateQuery` for one of a partnership's paged lists: the new page's nodes after those already
 * shown, so a page of one list leaves the pages already shown of the others as they are.
 */
export function appendPartnershipPage<L extends string, Q extends { partnership: Record<L, { nodes: unknown[] }> }>(
  list: L,
) {
  return (previous: Q, { fetchMoreResult }: { fetchMoreResult: Q }): Q => ({
    ...previous,
    partnership: {
      ...previous.partnership,
      [list]: {
        ...fetchMoreResult.partnership[list],
        nodes: [...previous.partnership[list].nodes, ...fetchMoreResult.partnership[list].nodes],
      },
    },
  });
}
