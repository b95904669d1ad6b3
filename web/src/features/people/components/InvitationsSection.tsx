import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PartnershipInvitationsDocument } from '../../../generated/graphql';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { InvitationTable } from './InvitationTable';
import { InviteForm } from './InviteForm';

/** Inviting people and the invitations still open; only for those who may manage people. */
export function InvitationsSection({ partnershipId, slug }: { partnershipId: string; slug: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PartnershipInvitationsDocument, { variables: { slug } });

  return (
    <>
      <section aria-labelledby="people-invite" className="portal-section">
        <h2 id="people-invite" className="kern-heading-medium">
          {t('invite.heading')}
        </h2>
        {data ? (
          <InviteForm
            partnershipId={partnershipId}
            organisations={data.partnership.members.map((member) => member.organisation)}
          />
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
