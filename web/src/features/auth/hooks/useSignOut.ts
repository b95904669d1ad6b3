import { useMutation } from '@apollo/client/react';
import { SignOutDocument } from '../../../generated/graphql';
import { whileSigningOut } from '../session-expiry';
import { useSessionChange, type SessionTarget } from './useSessionChange';

/** Signs out and refetches everything as an anonymous visitor; optionally goes somewhere first. */
export function useSignOut() {
  const [mutate, { loading }] = useMutation(SignOutDocument);
  const sessionChanged = useSessionChange();
  const signOut = (target?: SessionTarget) =>
    whileSigningOut(async () => {
      await mutate();
      await sessionChanged(target);
    });
  return { signOut, loading };
}
