import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { saveOpenDrafts } from '../../shell/draft-storage';
import { useSessionChange } from '../hooks/useSessionChange';
import { MeDocument } from '../../../generated/graphql';
import { expiredSignInPath, onUnauthenticated } from '../session-expiry';

/**
 * When the API refuses a signed-in person's request (UNAUTHENTICATED: the session expired or was ended in
 * another tab), keeps the input of the forms on screen and leads to the sign-in, which comes back to this page.
 * A visitor who never signed in keeps the page's own "sign in first" explanation instead.
 */
export function SessionExpiryRedirect() {
  const client = useApolloClient();
  const { pathname, search } = useLocation();
  const sessionChanged = useSessionChange();
  const state = useRef({ here: '/', sessionChanged, leaving: false });
  state.current.here = `${pathname}${search}`;
  state.current.sessionChanged = sessionChanged;

  // Subscribed once; the latest page is read through the ref.
  useEffect(
    () =>
      onUnauthenticated(() => {
        const { here, leaving } = state.current;
        // Signed in as far as the portal knows (the cache, cleared at once on every sign-in and sign-out).
        const signedIn = !!client.cache.readQuery({ query: MeDocument })?.me;
        if (leaving || !signedIn || here.startsWith('/anmelden')) return;
        // Once only, however many requests were refused at the same time.
        state.current.leaving = true;
        saveOpenDrafts(window.sessionStorage);
        void state.current.sessionChanged({ to: expiredSignInPath(here) }).finally(() => {
          state.current.leaving = false;
        });
      }),
    [client],
  );
  return null;
}
