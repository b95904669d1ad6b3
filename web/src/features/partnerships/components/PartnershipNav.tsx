import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { PartnershipNavDocument, type Permission } from '../../../generated/graphql';

interface NavItem {
  to: string;
  label: string;
  /** Shown only when the viewer holds this permission in the partnership. */
  needs?: Permission;
  end?: boolean;
}

/**
 * The sections of one partnership a signed-in person may open, from what the API says they may do there
 * (viewerPermissions), not from their role names: roles and their rights may change on the server.
 */
export function PartnershipNav({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(PartnershipNavDocument, { variables: { slug } });
  // Unknown, hidden or failed partnership: the page itself explains; the navigation stays out of the way.
  if (!data) return null;
  const { partnership } = data;
  const permissions = new Set<string>(partnership.viewerPermissions);
  const items: NavItem[] = [
    { to: `/p/${slug}`, label: t('partnershipNav.overview'), end: true },
    { to: `/p/${slug}/gremien`, label: t('partnershipNav.committees') },
    { to: `/p/${slug}/abstimmungen`, label: t('partnershipNav.votes') },
    { to: `/p/${slug}/anliegen`, label: t('requests.nav.backlog'), needs: 'PARTNERSHIP_READ' },
    { to: `/p/${slug}/roadmap`, label: t('requests.nav.roadmap') },
    { to: `/p/${slug}/personen`, label: t('partnershipNav.people'), needs: 'PEOPLE_READ' },
    // Any role there (every role reads the partnership); what each may see inside, the finance pages decide.
    { to: `/p/${slug}/finanzen`, label: t('finance.nav.finance'), needs: 'PARTNERSHIP_READ' },
    ...(partnership.publicTransparency ? [{ to: `/p/${slug}/transparenz`, label: t('finance.nav.transparency') }] : []),
    { to: `/p/${slug}/mitgliedschaft`, label: t('applications.nav'), needs: 'MEMBERS_MANAGE' },
    { to: `/p/${slug}/protokoll`, label: t('partnershipNav.auditLog'), needs: 'AUDIT_READ' },
  ];
  return (
    <nav className="partnership-nav" aria-label={t('partnershipNav.label', { name: partnership.name })}>
      <div className="kern-container partnership-nav__inner">
        <span className="partnership-nav__name" aria-hidden="true">
          {partnership.name}
        </span>
        <ul className="portal-nav__list">
          {items
            .filter((item) => !item.needs || permissions.has(item.needs))
            .map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="portal-nav__link portal-nav__link--small">
                  {item.label}
                </NavLink>
              </li>
            ))}
        </ul>
      </div>
    </nav>
  );
}
