import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SessionListFieldsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { TableRegion } from '../../shell/components/TableRegion';
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
    <TableRegion caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('sessions.column.title')}</th>
          {showCommittee && <th scope="col">{t('sessions.column.committee')}</th>}
          <th scope="col">{t('sessions.column.when')}</th>
          <th scope="col">{t('sessions.column.where')}</th>
          <th scope="col">{t('sessions.column.status')}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id}>
            <th scope="row">
              <Link to={`/p/${slug}/sitzungen/${session.id}`} className="kern-link">
                {session.title}
              </Link>
            </th>
            {showCommittee && <td>{session.committee?.name}</td>}
            <td>{format.dateTime(session.startsAt)}</td>
            <td>
              {[session.location, session.videoUrl ? t('sessions.video') : ''].filter(Boolean).join(' · ') || '–'}
            </td>
            <td>
              {t(`sessions.status.${session.status}`)}
              {session.status === 'CLOSED' && session.minutesApprovedAt !== undefined && (
                <span className="kern-body kern-body--small vote-note">
                  {session.minutesApprovedAt ? t('sessions.minutesApproved') : t('sessions.minutesPending')}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
