import { useMutation } from '@apollo/client/react';
import { CreatePartnershipDocument } from '../../../generated/graphql';
import { partnershipList } from './usePartnerships';

export function useCreatePartnership() {
  // As query options (document and variables) rather than a bare document: the list page is not on screen
  // while the form is, and Apollo refetches a query given by name or document only while something watches it.
  return useMutation(CreatePartnershipDocument, { refetchQueries: [partnershipList], awaitRefetchQueries: true });
}
