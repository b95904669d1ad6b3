import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useMatch } from 'react-router-dom';
import { UserMenu } from '../../auth/components/UserMenu';
import { useViewer } from '../../auth/hooks/useViewer';
import { LegalLinks } from '../../legal/components/LegalLinks';
import { NotificationsLink } from '../../notifications/components/NotificationsLink';
import { PartnershipNav } from '../../partnerships/components/PartnershipNav';
import { LanguageSwitch } from './LanguageSwitch';
import { Notice } from './Notice';

interface LayoutProps {
  children: ReactNode;
}

export function Layout({ children }: LayoutProps) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPath = useRef(pathname);
  const { viewer } = useViewer();
  const partnershipSlug = useMatch('/p/:slug/*')?.params.slug;

  // A client-side navigation does not reload the page, so neither focus nor a screen reader would notice
  // it; moving focus to the new content does what a page load would.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="portal">
      <a className="skip-link kern-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="portal-header">
        <div className="kern-container portal-header__inner">
          <Link to="/" className="portal-brand">
            <span className="portal-brand__mark" aria-hidden="true" />
            <span className="portal-brand__text">
              <span className="portal-brand__name">{t('app.name')}</span>
              <span className="portal-brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="portal-header__tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
        <nav className="portal-nav" aria-label={t('layout.mainNavigation')}>
          <div className="kern-container">
            <ul className="portal-nav__list">
              <li>
                <NavLink to="/" end className="portal-nav__link">
                  {t('nav.partnerships')}
                </NavLink>
              </li>
              {viewer && (
                <li>
                  <NotificationsLink />
                </li>
              )}
              {viewer?.isPlatformAdmin && (
                <li>
                  <NavLink to="/postausgang" className="portal-nav__link">
                    {t('nav.outbox')}
                  </NavLink>
                </li>
              )}
              {viewer?.isPlatformAdmin && (
                <li>
                  <NavLink to="/verwaltung/rechtstexte" className="portal-nav__link">
                    {t('nav.legalPages')}
                  </NavLink>
                </li>
              )}
            </ul>
          </div>
        </nav>
        {viewer && partnershipSlug && <PartnershipNav slug={partnershipSlug} />}
      </header>
      <main id="main" ref={main} tabIndex={-1} className="kern-container portal-main">
        <Notice />
        {children}
      </main>
      <footer className="portal-footer">
        <div className="kern-container">
          <LegalLinks />
          <p className="kern-body kern-body--bold">{t('app.name')}</p>
          <p className="kern-body kern-body--small">{t('layout.footerAbout')}</p>
          <p className="kern-body kern-body--small">{t('layout.footerLicence')}</p>
        </div>
      </footer>
    </div>
  );
}
