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
import { TableRegion } from '../../shell/components/TableRegion';
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
        <TableRegion caption={t('invitations.caption')}>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('invitations.columns.email')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('invitations.columns.role')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('invitations.columns.organisation')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('invitations.columns.invitedAt')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('invitations.columns.expiresAt')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--action">
                {t('invitations.columns.actions')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {invitations.map((invitation) => (
              <tr className="kern-table__row" key={invitation.id}>
                <th scope="row" className="kern-table__header">
                  {invitation.email}
                </th>
                <td className="kern-table__cell">{t(`role.${invitation.role}`)}</td>
                <td className="kern-table__cell">{invitation.organisation?.name ?? <NotSpecified />}</td>
                <td className="kern-table__cell">
                  <time dateTime={invitation.createdAt}>{format.dateTime(invitation.createdAt)}</time>
                </td>
                <td className="kern-table__cell">
                  <time dateTime={invitation.expiresAt}>{format.dateTime(invitation.expiresAt)}</time>
                </td>
                <td className="kern-table__cell kern-table__cell--action">
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
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
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
