import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { UnreadNotificationsDocument } from '../../../generated/graphql';
import '../notifications.css';

/** How often the header asks for new notifications while the portal is open. */
const pollMs = 60_000;

/** The header's link to the notifications, with the number of unread ones in its name. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const { data } = useQuery(UnreadNotificationsDocument, { pollInterval: pollMs, fetchPolicy: 'cache-and-network' });
  const unread = data?.myNotifications.length ?? 0;
  return (
    <NavLink to="/benachrichtigungen" className="portal-nav__link">
      {t('notifications.nav')}
      {unread > 0 && (
        <>
          {' '}
          <span className="notification-badge" aria-hidden="true">
            {unread >= 100 ? '99+' : unread}
          </span>
          <span className="kern-sr-only">{t('notifications.navUnread', { count: unread })}</span>
        </>
      )}
    </NavLink>
  );
}
