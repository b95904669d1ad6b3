import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  PartnershipInvitationsDocument,
  RevokeInvitationDocument,
  type PartnershipInvitationsQuery,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { NotSpecified } from '../../shell/components/NotSpecified';
import { OutcomeAlert } from '../../shell/components/OutcomeAlert';
import { DataTable } from '../../shell/components/DataTable';
import { useConfirmedAction } from '../../shell/hooks/useConfirmedAction';

type OpenInvitation = PartnershipInvitationsQuery['partnership']['invitations'][number];

export function InvitationTable({ invitations }: { invitations: OpenInvitation[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [revokeInvitation] = useMutation(RevokeInvitationDocument, {
    refetchQueries: [PartnershipInvitationsDocument],
    awaitRefetchQueries: true,
  });
  const revocation = useConfirmedAction(async (invitation: OpenInvitation) => {
    await revokeInvitation({ variables: { id: invitation.id } });
    return t('invitations.revoked', { email: invitation.email });
  });

  return (
    <>
      <OutcomeAlert outcome={revocation.outcome} />
      {invitations.length === 0 ? (
        <p className="kern-body">{t('invitations.none')}</p>
      ) : (
        <DataTable
          caption={t('invitations.caption')}
          stacked
          rows={invitations}
          rowKey={(invitation) => invitation.id}
          columns={[
            {
              id: 'email',
              header: t('invitations.columns.email'),
              rowHeader: true,
              cell: (invitation) => invitation.email,
            },
            { id: 'role', header: t('invitations.columns.role'), cell: (invitation) => t(`role.${invitation.role}`) },
            {
              id: 'organisation',
              header: t('invitations.columns.organisation'),
              cell: (invitation) => invitation.organisation?.name ?? <NotSpecified />,
            },
            {
              id: 'invitedAt',
              header: t('invitations.columns.invitedAt'),
              cell: (invitation) => (
                <time dateTime={invitation.createdAt}>{format.dateTime(invitation.createdAt)}</time>
              ),
            },
            {
              id: 'expiresAt',
              header: t('invitations.columns.expiresAt'),
              cell: (invitation) => (
                <time dateTime={invitation.expiresAt}>{format.dateTime(invitation.expiresAt)}</time>
              ),
            },
            {
              id: 'actions',
              header: t('invitations.columns.actions'),
              kind: 'action',
              cell: (invitation) => (
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary kern-btn--x-small"
                  onClick={() => revocation.ask(invitation)}
                >
                  <span className="kern-icon kern-icon--close" aria-hidden="true" />
                  <span className="kern-label">
                    {t('invitations.revoke')}
                    <span className="portal-sr-only">
                      {' '}
                      {t('invitations.revokeContext', { email: invitation.email })}
                    </span>
                  </span>
                </button>
              ),
            },
          ]}
        />
      )}
      {revocation.pending && (
        <ConfirmDialog
          title={t('invitations.revokeTitle')}
          message={t('invitations.revokeQuestion', {
            email: revocation.pending.email,
            role: t(`role.${revocation.pending.role}`),
          })}
          confirmLabel={t('invitations.revokeConfirm')}
          busy={revocation.busy}
          onConfirm={() => void revocation.confirm()}
          onCancel={revocation.cancel}
        />
      )}
    </>
  );
}
