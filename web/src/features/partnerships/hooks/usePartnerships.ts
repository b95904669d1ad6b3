import { useQuery } from '@apollo/client/react';
import { PartnershipsDocument } from '../../../generated/graphql';

// The API pages at most 100; until there are that many partnerships, one page is the whole list.
const pageSize = 100;

export function usePartnerships() {
  return useQuery(PartnershipsDocument, { variables: { first: pageSize } });
}
