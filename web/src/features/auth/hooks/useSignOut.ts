import { useMutation } from '@apollo/client/react';
import { SignOutDocument } from '../../../generated/graphql';
import { useSessionChange, type SessionTarget } from './useSessionChange';

/** Signs out and refetches everything as an anonymous visitor; optionally goes somewhere first. */
export function useSignOut() {
  const [mutate, { loading }] = useMutation(SignOutDocument);
  const sessionChanged = useSessionChange();
  const signOut = async (target?: SessionTarget) => {
    await mutate();
    await sessionChanged(target);
  };
  return { signOut, loading };
}
