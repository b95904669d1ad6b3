import { useQuery } from '@apollo/client/react';
import { PartnershipDocument } from '../../../generated/graphql';

export function usePartnership(slug: string) {
  return useQuery(PartnershipDocument, { variables: { slug } });
}
