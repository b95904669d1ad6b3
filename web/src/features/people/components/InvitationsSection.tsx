import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PartnershipInvitationsDocument, type Role } from '../../../generated/graphql';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { InvitationTable } from './InvitationTable';
import { InviteForm } from './InviteForm';

interface InvitationsSectionProps {
  partnershipId: string;
  slug: string;
  /** What the viewer may grant (the server checks again): the roles, and the members whose representatives it may name. */
  roles: readonly Role[];
  organisations: Array<{ id: string; name: string }>;
}

/**
 * Inviting people and the invitations still open; for those who may grant a role: people managers, and
 * representatives for further representatives of their own organisation.
 */
export function InvitationsSection({ partnershipId, slug, roles, organisations }: InvitationsSectionProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PartnershipInvitationsDocument, { variables: { slug } });

  return (
    <>
      <section aria-labelledby="people-invite" className="portal-section">
        <h2 id="people-invite" className="kern-heading-medium">
          {t('invite.heading')}
        </h2>
        {data ? (
          <InviteForm partnershipId={partnershipId} grantable={roles} organisations={organisations} />
        ) : error ? (
          <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
        ) : loading ? (
          <LoadingState />
        ) : null}
      </section>
      <section aria-labelledby="people-invitations" className="portal-section">
        <h2 id="people-invitations" className="kern-heading-medium">
          {t('invitations.heading')}
        </h2>
        {data && <InvitationTable invitations={data.partnership.invitations} />}
      </section>
    </>
  );
}
