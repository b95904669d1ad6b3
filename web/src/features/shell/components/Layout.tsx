import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
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
  // On a phone the header keeps only the brand and this menu's button, so the page starts on the first screen.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuToggle = useRef<HTMLButtonElement>(null);
  const toolsId = useId();
  const menuId = useId();

  // A client-side navigation does not reload the page, so neither focus nor a screen reader would notice
  // it; moving focus to the new content does what a page load would.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    setMenuOpen(false);
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="portal">
      <a className="skip-link kern-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header
        className={`portal-header${menuOpen ? ' portal-header--open' : ''}`}
        onKeyDown={(event) => {
          // The account menu inside closes itself on Escape; the header's menu stays open around it.
          if (event.key !== 'Escape' || !menuOpen || (event.target as Element).closest('.account-menu')) return;
          setMenuOpen(false);
          menuToggle.current?.focus();
        }}
      >
        <div className="kern-container portal-header__inner">
          <Link to="/" className="portal-brand">
            <span className="portal-brand__mark" aria-hidden="true" />
            <span className="portal-brand__text">
              <span className="portal-brand__name">{t('app.name')}</span>
              <span className="portal-brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          {/* Shown only on narrow screens (CSS); elsewhere tools and navigation are always visible. */}
          <button
            ref={menuToggle}
            type="button"
            className="kern-btn kern-btn--secondary kern-btn--x-small portal-menu-toggle"
            aria-expanded={menuOpen}
            aria-controls={`${toolsId} ${menuId}`}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className={`kern-icon ${menuOpen ? 'kern-icon--close' : 'kern-icon--dehaze'}`} aria-hidden="true" />
            <span className="kern-label">{t('layout.menu')}</span>
          </button>
          <div id={toolsId} className="portal-header__tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
        <div id={menuId} className="portal-header__menu">
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
        </div>
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
