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
