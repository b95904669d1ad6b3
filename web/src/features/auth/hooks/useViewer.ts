import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../../../generated/graphql';

/** The signed-in person, or null when signed out (or while that is not known yet: see `loading`). */
export function useViewer() {
  const { data, loading } = useQuery(MeDocument);
  return { viewer: data?.me ?? null, loading: loading && !data };
}
