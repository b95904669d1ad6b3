import { useMutation } from '@apollo/client/react';
import { SignInDocument } from '../../../generated/graphql';
import { useAdoptLanguage } from './useAdoptLanguage';
import { useSessionChange } from './useSessionChange';

/** Signs in, switches to the person's language and refetches everything with their rights. */
export function useSignIn() {
  const [mutate, { loading }] = useMutation(SignInDocument);
  const sessionChanged = useSessionChange();
  const adoptLanguage = useAdoptLanguage();
  const signIn = async (email: string, password: string, next: string) => {
    const { data } = await mutate({ variables: { email, password } });
    if (data) await adoptLanguage(data.signIn.preferredLanguage);
    await sessionChanged({ to: next });
  };
  return { signIn, loading };
}
