import { useQuery } from '@apollo/client/react';
import { AgreementsPartnershipDocument, type AgreementsPartnershipQuery } from '../../../generated/graphql';

export type AgreementsPartnership = AgreementsPartnershipQuery['partnership'];

/** The partnership a finance page belongs to: its id, name, the viewer's permissions and its active members. */
export function useAgreementsPartnership(slug: string) {
  return useQuery(AgreementsPartnershipDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
}
