import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { BackLink } from '../../partnerships/components/BackLink';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { type FinanceAccess, type FinancePartnership, useFinancePartnership } from '../hooks/useFinancePartnership';
import '../finance.css';

interface FinanceFrameProps {
  /** The page's heading (and tab title). */
  title: string;
  /** Sub-pages lead back to the finance home; the home leads back to the partnership. */
  subPage?: boolean;
  children: (partnership: FinancePartnership, access: FinanceAccess) => ReactNode;
}

/** Loads the partnership and what the viewer may see of its money, then renders the page under its heading. */
export function FinanceFrame({ title, subPage = false, children }: FinanceFrameProps) {
  const { slug = '' } = useParams();
  const { partnership, access, error, loading, refetch } = useFinancePartnership(slug);
  if (partnership && access) {
    return (
      <Framed partnership={partnership} title={title} subPage={subPage}>
        {children(partnership, access)}
      </Framed>
    );
  }
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function Framed({
  partnership,
  title,
  subPage,
  children,
}: {
  partnership: FinancePartnership;
  title: string;
  subPage: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('finance.documentTitle', { page: title, name: partnership.name }));
  return (
    <>
      {subPage ? (
        <p className="portal-back">
          <Link to={`/p/${partnership.slug}/finanzen`} className="kern-link">
            <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
            {t('finance.backToHome')}
          </Link>
        </p>
      ) : (
        <BackLink partnership={partnership} />
      )}
      <h1 className="kern-heading-large">
        {title}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      {children}
    </>
  );
}

/** Shown where the viewer holds a role but may not see this part of the money. */
export function FinanceNotForYou({ slug, publicTransparency }: { slug: string; publicTransparency: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="kern-alert kern-alert--info">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span className="kern-title">{t('finance.notForYou.title')}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('finance.notForYou.body')}</p>
        {publicTransparency && (
          <p className="kern-body">
            <Link to={`/p/${slug}/transparenz`} className="kern-link">
              {t('finance.links.transparency')}
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
