import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SessionListFieldsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { DataTable } from '../../shell/components/DataTable';
import '../../votes/votes.css';

interface SessionListProps {
  slug: string;
  sessions: Array<SessionListFieldsFragment & { committee?: { name: string }; minutesApprovedAt?: string | null }>;
  caption: string;
  empty: string;
  showCommittee?: boolean;
}

/** Sessions as a table: when, where, which committee, and how far they got. */
export function SessionList({ slug, sessions, caption, empty, showCommittee = false }: SessionListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (sessions.length === 0) return <p className="kern-body">{empty}</p>;
  return (
    <DataTable
      caption={caption}
      stacked
      rows={sessions}
      rowKey={(session) => session.id}
      columns={[
        {
          id: 'title',
          header: t('sessions.column.title'),
          rowHeader: true,
          cell: (session) => (
            <Link to={`/p/${slug}/sitzungen/${session.id}`} className="kern-link">
              {session.title}
            </Link>
          ),
        },
        showCommittee && {
          id: 'committee',
          header: t('sessions.column.committee'),
          cell: (session) => session.committee?.name,
        },
        { id: 'when', header: t('sessions.column.when'), cell: (session) => format.dateTime(session.startsAt) },
        {
          id: 'where',
          header: t('sessions.column.where'),
          cell: (session) =>
            [session.location, session.videoUrl ? t('sessions.video') : ''].filter(Boolean).join(' · ') || '–',
        },
        {
          id: 'status',
          header: t('sessions.column.status'),
          cell: (session) => (
            <>
              {t(`sessions.status.${session.status}`)}
              {session.status === 'CLOSED' && session.minutesApprovedAt !== undefined && (
                <span className="kern-body kern-body--small vote-note">
                  {session.minutesApprovedAt ? t('sessions.minutesApproved') : t('sessions.minutesPending')}
                </span>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
