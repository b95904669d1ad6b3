import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  ApproveMinutesDocument,
  CancelSessionDocument,
  CloseSessionDocument,
  CommitteeDocument,
  CommitteeSessionDocument,
  SendSessionInvitationsDocument,
  SessionAttendanceDocument,
  StartSessionDocument,
  type SessionCockpitFieldsFragment,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { OutcomeAlert } from '../../shell/components/OutcomeAlert';
import { useConfirmedAction } from '../../shell/hooks/useConfirmedAction';

type Action = 'invite' | 'start' | 'close' | 'cancel' | 'approve';

/** The community manager's steps through a session: invite, start, close (or cancel), approve the last minutes. */
export function SessionActions({ session }: { session: SessionCockpitFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refetchQueries = [SessionAttendanceDocument, CommitteeDocument];
  const [invite] = useMutation(SendSessionInvitationsDocument);
  const [start] = useMutation(StartSessionDocument, { refetchQueries });
  const [close] = useMutation(CloseSessionDocument, { refetchQueries });
  const [cancel] = useMutation(CancelSessionDocument, { refetchQueries });
  const [approve] = useMutation(ApproveMinutesDocument, {
    refetchQueries: [CommitteeSessionDocument],
    awaitRefetchQueries: true,
  });
  const previous = session.previousMinutesToApprove;

  const action = useConfirmedAction(async (which: Action) => {
    const variables = { id: session.id };
    if (which === 'invite') {
      await invite({ variables });
      return t('sessions.actions.invited');
    }
    if (which === 'start') {
      await start({ variables });
      return t('sessions.actions.started');
    }
    if (which === 'close') {
      await close({ variables });
      return t('sessions.actions.closed');
    }
    if (which === 'cancel') {
      await cancel({ variables });
      return t('sessions.actions.cancelled');
    }
    if (!previous) return '';
    await approve({ variables: { id: previous.id, inSessionId: session.id } });
    return t('sessions.actions.approved', { session: previous.title });
  });

  const buttons: Array<{ which: Action; primary?: boolean }> = [];
  if (session.status === 'PLANNED') {
    buttons.push(
      { which: 'invite', primary: !session.invitationsSentAt },
      { which: 'start', primary: !!session.invitationsSentAt },
      { which: 'cancel' },
    );
  }
  if (session.status === 'IN_PROGRESS') {
    if (previous) buttons.push({ which: 'approve' });
    buttons.push({ which: 'close', primary: true });
  }
  if (buttons.length === 0 && !action.outcome) return null;

  const pending = action.pending;
  return (
    <section aria-labelledby="session-actions" className="portal-section">
      <h2 id="session-actions" className="kern-heading-medium">
        {t('sessions.actions.heading')}
      </h2>
      <OutcomeAlert outcome={action.outcome} />
      {session.status === 'PLANNED' && (
        <p className="kern-body">
          {session.invitationsSentAt
            ? t('sessions.actions.invitedAt', { date: format.dateTime(session.invitationsSentAt) })
            : t('sessions.actions.notInvited')}
        </p>
      )}
      {session.status === 'IN_PROGRESS' && previous && (
        <p className="kern-body">
          {t('sessions.actions.previousMinutes', { session: previous.title, date: format.day(previous.startsAt) })}
        </p>
      )}
      <div className="portal-form__actions">
        {buttons.map(({ which, primary }) => (
          <button
            key={which}
            type="button"
            className={`kern-btn ${primary ? 'kern-btn--primary' : 'kern-btn--secondary'}`}
            onClick={() => action.ask(which)}
            disabled={action.busy}
          >
            <span className="kern-label">{t(`sessions.actions.${which}`)}</span>
          </button>
        ))}
      </div>
      {pending && (
        <ConfirmDialog
          title={t(`sessions.actions.${pending}Title`)}
          message={t(`sessions.actions.${pending}Message`, { title: session.title, session: previous?.title ?? '' })}
          confirmLabel={t(`sessions.actions.${pending}`)}
          busy={action.busy}
          onConfirm={() => void action.confirm()}
          onCancel={action.cancel}
        />
      )}
    </section>
  );
}
