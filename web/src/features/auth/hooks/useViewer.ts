import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../../../generated/graphql';

/**
 * The signed-in person, or null when signed out (or while that is not known yet: see `loading`, and `failed`
 * when the API could not be asked).
 */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  return { viewer: data?.me ?? null, loading: loading && !data, failed: !!error && !data, refetch };
}
