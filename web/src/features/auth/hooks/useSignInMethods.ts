import { useQuery } from '@apollo/client/react';
import { SignInMethodsDocument } from '../../../generated/graphql';

/** Whether the organisation's OpenID Connect sign-in is configured on this server. */
export function useSignInMethods() {
  const { data } = useQuery(SignInMethodsDocument);
  return { oidc: data?.signInMethods.oidc ?? false };
}
