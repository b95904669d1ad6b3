import { useQuery } from '@apollo/client/react';
import { PartnershipsDocument } from '../../../generated/graphql';

const pageSize = 50;

/** The list as the list page first shows it (no search); a change to the partnerships refetches exactly this. */
export const partnershipList = { query: PartnershipsDocument, variables: { first: pageSize, search: null } };

/** One page of the partnerships the viewer may see, by name; later pages through `fetchMore` (the cache appends). */
export function usePartnerships(search: string) {
  return useQuery(partnershipList.query, {
    variables: { ...partnershipList.variables, search: search || null },
  });
}
