import { useMutation } from '@apollo/client/react';
import { AcceptInvitationDocument, type AcceptInvitationInput } from '../../../generated/graphql';
import { useSessionChange } from '../../auth/hooks/useSessionChange';

/**
 * Accepts an invitation (which signs the person in) and opens the partnership with their new rights.
 * `onAccepted` runs before the store is reset, so the page stops asking for the now used-up invitation.
 */
export function useAcceptInvitation(partnershipSlug: string, onAccepted: () => void) {
  const [mutate, { loading }] = useMutation(AcceptInvitationDocument);
  const sessionChanged = useSessionChange();
  const accept = async (input: AcceptInvitationInput) => {
    await mutate({ variables: { input } });
    onAccepted();
    await sessionChanged({ to: `/p/${partnershipSlug}`, notice: 'invitationAccepted' });
  };
  return { accept, loading };
}
