import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeProblem, isUnauthenticated } from '../../../app/graphql-errors';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  UnreadNotificationsDocument,
  type MyNotificationsQuery,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { SignInRequiredPage } from '../../auth/components/AccessPages';
import { BackLink } from '../../partnerships/components/BackLink';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import '../notifications.css';

type Notification = MyNotificationsQuery['myNotifications'][number];

/** The notifications are written by the platform in German (request titles and stage names are German too). */
const notificationLanguage = 'de';
const refetch = { refetchQueries: [MyNotificationsDocument, UnreadNotificationsDocument], awaitRefetchQueries: true };

export function NotificationsPage() {
  const { t } = useTranslation();
  const {
    data,
    loading,
    error,
    refetch: retry,
  } = useQuery(MyNotificationsDocument, { fetchPolicy: 'cache-and-network' });
  if (data) return <Notifications notifications={data.myNotifications} />;
  if (error) {
    if (isUnauthenticated(error)) return <SignInRequiredPage />;
    return <ErrorAlert message={t('common.loadError')} onRetry={() => void retry()} />;
  }
  return loading ? <LoadingState /> : null;
}

function Notifications({ notifications }: { notifications: Notification[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('notifications.title'));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [markRead, { loading }] = useMutation(MarkNotificationsReadDocument, refetch);
  const unread = notifications.filter((notification) => !notification.readAt);

  const mark = async (ids: string[] | null) => {
    try {
      const { data } = await markRead({ variables: { ids } });
      setOutcome({ ok: true, text: t('notifications.marked', { count: data?.markNotificationsRead ?? 0 }) });
    } catch (error) {
      const problem = describeProblem(error, t('form.networkError'));
      setOutcome({ ok: false, text: problem.message, lang: problem.lang });
    }
  };

  return (
    <>
      <BackLink />
      <h1 className="kern-heading-large">{t('notifications.title')}</h1>
      <p className="kern-body kern-body--large portal-lead">{t('notifications.intro')}</p>
      <OutcomeAlert outcome={outcome} />
      <p className="kern-body">{t('notifications.unreadCount', { count: unread.length })}</p>
      {unread.length > 0 && (
        <p className="kern-body">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={loading}
            onClick={() => void mark(null)}
          >
            <span className="kern-label">{t('notifications.markAll')}</span>
          </button>
        </p>
      )}
      {notifications.length === 0 ? (
        <p className="kern-body">{t('notifications.empty')}</p>
      ) : (
        <ol className="notification-list">
          {notifications.map((notification) => (
            <li
              key={notification.id}
              className={`notification-list__item${notification.readAt ? '' : ' notification-list__item--unread'}`}
            >
              <p className="kern-body kern-body--small">
                <span className="notification-list__state">
                  {notification.readAt ? t('notifications.read') : t('notifications.unread')}
                </span>
                {' · '}
                <time dateTime={notification.createdAt}>{format.dateTime(notification.createdAt)}</time>
                {' · '}
                {t(`notifications.kind.${notification.kind}`)}
                {' · '}
                {notification.partnership.name}
              </p>
              <p className="kern-body" lang={notificationLanguage}>
                {notification.request ? (
                  <Link
                    to={`/p/${notification.partnership.slug}/anliegen/${notification.request.number}`}
                    className="kern-link"
                  >
                    {notification.text}
                  </Link>
                ) : (
                  notification.text
                )}
              </p>
              {!notification.readAt && (
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary kern-btn--x-small"
                  disabled={loading}
                  onClick={() => void mark([notification.id])}
                >
                  <span className="kern-label">
                    {t('notifications.markOne')}
                    <span className="portal-sr-only">: {notification.text}</span>
                  </span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
