import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { HomeLink } from '../../shell/components/HomeLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { signInPath } from '../next-path';

/** For a page only signed-in people may see: explains that and leads to the sign-in, which comes back here. */
export function SignInRequiredPage() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  useDocumentTitle(t('access.signInTitle'));
  return (
    <>
      <h1 className="kern-heading-large">{t('access.signInTitle')}</h1>
      <p className="kern-body kern-body--large portal-lead">{t('access.signInBody')}</p>
      <p className="kern-body">
        <Link to={signInPath(`${pathname}${search}`)} className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('access.signInLink')}</span>
        </Link>
      </p>
    </>
  );
}

/** For a signed-in person without the permission the page needs. */
export function NoAccessPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('access.noAccessTitle'));
  return (
    <>
      <h1 className="kern-heading-large">{t('access.noAccessTitle')}</h1>
      <p className="kern-body kern-body--large portal-lead">{t('access.noAccessBody')}</p>
      <HomeLink />
    </>
  );
}
