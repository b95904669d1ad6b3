import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { MeQuery } from '../../../generated/graphql';
import { useSignOut } from '../hooks/useSignOut';
import { useViewer } from '../hooks/useViewer';
import { signInPath } from '../next-path';

/** Pages from which signing in should not come back to themselves. */
const authPaths = ['/anmelden', '/passwort-vergessen', '/passwort-zuruecksetzen'];

/** The header's account area: "Anmelden" when signed out, the person's name with a small menu when signed in. */
export function UserMenu() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const { pathname, search } = useLocation();
  // Until the session is known, show nothing rather than a sign-in link that then turns into a name.
  if (loading) return null;
  if (viewer) return <AccountMenu viewer={viewer} />;
  const here = authPaths.some((path) => pathname.startsWith(path)) ? '/' : `${pathname}${search}`;
  return (
    <Link to={signInPath(here)} className="kern-btn kern-btn--secondary kern-btn--x-small">
      <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
      <span className="kern-label">{t('userMenu.signIn')}</span>
    </Link>
  );
}

type Viewer = NonNullable<MeQuery['me']>;

/** A disclosure (button + list), not an ARIA menu: its entries are ordinary links and buttons in tab order. */
function AccountMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const { signOut, loading } = useSignOut();
  const container = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const { pathname } = useLocation();

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const signOutNow = async () => {
    setFailed(false);
    try {
      await signOut({ to: '/', notice: 'signedOut' });
    } catch {
      setFailed(true);
    }
  };

  return (
    <div
      className="account-menu"
      ref={container}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="kern-btn kern-btn--tertiary kern-btn--x-small account-menu__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
        <span className="kern-label">
          <span className="portal-sr-only">{t('userMenu.signedInAs')} </span>
          {viewer.displayName}
        </span>
        <span className={`kern-icon ${open ? 'kern-icon--arrow-up' : 'kern-icon--arrow-down'}`} aria-hidden="true" />
      </button>
      <ul id={listId} className="account-menu__list" hidden={!open}>
        <li>
          <Link to="/konto" className="kern-link account-menu__item">
            {t('userMenu.account')}
          </Link>
        </li>
        <li>
          <button
            type="button"
            className="kern-btn kern-btn--tertiary kern-btn--x-small account-menu__item"
            disabled={loading}
            onClick={() => void signOutNow()}
          >
            <span className="kern-icon kern-icon--logout" aria-hidden="true" />
            <span className="kern-label">{t('userMenu.signOut')}</span>
          </button>
        </li>
        {failed && (
          <li role="alert" className="kern-body kern-body--small account-menu__error">
            {t('userMenu.signOutFailed')}
          </li>
        )}
      </ul>
    </div>
  );
}
