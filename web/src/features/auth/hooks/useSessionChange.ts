import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import type { NoticeKind } from '../../shell/components/Notice';

export interface SessionTarget {
  to: string;
  notice?: NoticeKind;
}

/**
 * Call after signing in or out: everything cached was fetched with the previous rights, so the store is reset
 * and every query on screen asks again. Navigating first means the page being left does not show its
 * refetched (and possibly forbidden) answer.
 */
export function useSessionChange() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    async (target?: SessionTarget) => {
      if (target) navigate(target.to, { state: target.notice ? { notice: target.notice } : null });
      // A refetched query that now fails reports that where it is shown; nothing to add here.
      await client.resetStore().catch(() => undefined);
    },
    [client, navigate],
  );
}
