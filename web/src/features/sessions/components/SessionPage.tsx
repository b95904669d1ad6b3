import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isForbidden, isNotFound, isUnauthenticated } from '../../../app/graphql-errors';
import {
  CommitteeSessionDocument,
  SessionAttendanceDocument,
  SessionChangedDocument,
  type SessionCockpitFieldsFragment,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { type AuditCheckpointView, CheckpointNote } from '../../audit/components/CheckpointNote';
import { NoAccessPage, SignInRequiredPage } from '../../auth/components/AccessPages';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { FactList, type Fact } from '../../shell/components/FactList';
import { LoadingState } from '../../shell/components/LoadingState';
import { NotFoundPage } from '../../shell/components/NotFoundPage';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { AgendaPanel } from './AgendaPanel';
import { AttendancePanel } from './AttendancePanel';
import { QuorumLight } from './QuorumLight';
import { SessionActions } from './SessionActions';
import '../sessions.css';
import '../../votes/votes.css';

export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CommitteeSessionDocument, {
    variables: { id: sessionId },
    fetchPolicy: 'cache-and-network',
  });

  if (data) return <Cockpit session={data.committeeSession} checkpoint={data.committeeSession.auditCheckpoint} />;
  if (error) {
    if (isNotFound(error))
      return <NotFoundPage title={t('sessions.notFoundTitle')} message={t('sessions.notFoundBody')} />;
    if (isUnauthenticated(error)) return <SignInRequiredPage />;
    if (isForbidden(error)) return <NoAccessPage />;
    return <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />;
  }
  return loading ? <LoadingState /> : null;
}

/**
 * One page for everyone: the public and members read agenda, results and minutes; the community manager
 * runs the session from here (attendance, quorum, votes, minutes). Every change arrives live through the
 * sessionChanged subscription, which updates the cached session in place.
 */
function Cockpit({
  session,
  checkpoint,
}: {
  session: SessionCockpitFieldsFragment;
  checkpoint: AuditCheckpointView | null | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { committee } = session;
  const { partnership } = committee;
  useDocumentTitle(t('sessions.documentTitle', { title: session.title, name: partnership.name }));
  const canManage = partnership.viewerPermissions.includes('COMMITTEES_MANAGE');
  const isMember = partnership.viewerPermissions.includes('PARTNERSHIP_READ');
  const live = session.status === 'PLANNED' || session.status === 'IN_PROGRESS';
  const attendance = useQuery(SessionAttendanceDocument, { variables: { id: session.id }, skip: !isMember });
  useSubscription(SessionChangedDocument, {
    variables: { sessionId: session.id },
    skip: !live,
    onData: () => {
      if (isMember) void attendance.refetch();
    },
  });

  const facts: Fact[] = [
    [t('sessions.fact.committee'), committee.name],
    [t('sessions.fact.status'), t(`sessions.status.${session.status}`)],
    [t('sessions.fact.when'), `${format.dateTime(session.startsAt)} – ${format.dateTime(session.endsAt)}`],
  ];
  if (session.location) facts.push([t('sessions.fact.location'), session.location]);
  if (session.invitationsSentAt)
    facts.push([t('sessions.fact.invitationsSent'), format.dateTime(session.invitationsSentAt)]);
  if (session.closedAt) facts.push([t('sessions.fact.closedAt'), format.dateTime(session.closedAt)]);
  if (session.status === 'CLOSED') {
    facts.push([
      t('sessions.fact.minutes'),
      session.minutesApprovedAt
        ? t('sessions.minutesApprovedIn', {
            date: format.day(session.minutesApprovedAt),
            session: session.minutesApprovedIn?.title ?? '',
          })
        : t('sessions.minutesPending'),
    ]);
  }

  return (
    <>
      <p className="portal-back">
        <Link to={`/p/${partnership.slug}/gremien/${committee.id}`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('sessions.backToCommittee', { committee: committee.name })}
        </Link>
      </p>
      <h1 className="kern-heading-large">
        {session.title}
        <span className="portal-heading-context">
          {t('sessions.headingContext', { committee: committee.name, name: partnership.name })}
        </span>
      </h1>
      <FactList facts={facts} />
      {session.videoUrl && (
        <p className="kern-body">
          <a href={session.videoUrl} className="kern-link" rel="noopener noreferrer">
            {t('sessions.joinVideo')}
          </a>
        </p>
      )}

      {canManage && <SessionActions session={session} />}

      {committee.votes && session.status !== 'CANCELLED' && (
        <QuorumLight quorum={session.quorum} status={session.status} />
      )}

      {isMember && attendance.data && (
        <AttendancePanel
          sessionId={session.id}
          rows={attendance.data.committeeSession.attendance}
          editable={canManage && live}
        />
      )}

      <AgendaPanel session={session} canManage={canManage} />
      {(session.status === 'IN_PROGRESS' || session.status === 'CLOSED') && (
        <CheckpointNote checkpoint={checkpoint} slug={partnership.slug} />
      )}
    </>
  );
}
