import { useQuery } from '@apollo/client/react';
import { PartnershipsDocument } from '../../../generated/graphql';

// The API pages at most 100; until there are that many partnerships, one page is the whole list.
const pageSize = 100;

/** The list as the list page asks for it; a change to the partnerships refetches exactly this. */
export const partnershipList = { query: PartnershipsDocument, variables: { first: pageSize } };

export function usePartnerships() {
  return useQuery(partnershipList.query, { variables: partnershipList.variables });
}
