import { useMutation } from '@apollo/client/react';
import { CreatePartnershipDocument } from '../../../generated/graphql';
import { partnershipList } from './usePartnerships';

export function useCreatePartnership() {
  // By document rather than by name: the list page is not on screen while the form is, and Apollo refetches
  // a query named only while something watches it.
  return useMutation(CreatePartnershipDocument, { refetchQueries: [partnershipList], awaitRefetchQueries: true });
}
