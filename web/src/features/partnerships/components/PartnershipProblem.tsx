import { useTranslation } from 'react-i18next';
import { isForbidden, isNotFound, isUnauthenticated } from '../../../app/graphql-errors';
import { NoAccessPage, SignInRequiredPage } from '../../auth/components/AccessPages';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { NotFoundPage } from '../../shell/components/NotFoundPage';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { BackLink } from './BackLink';

interface PartnershipProblemProps {
  error: unknown;
  slug: string;
  onRetry: () => void;
}

/**
 * Why a partnership page cannot be shown: it does not exist, it is not public and the visitor is not signed
 * in, the signed-in person has no access, or the request failed.
 */
export function PartnershipProblem({ error, slug, onRetry }: PartnershipProblemProps) {
  const { t } = useTranslation();
  if (isNotFound(error))
    return <NotFoundPage title={t('notFound.partnershipTitle')} message={t('notFound.partnershipBody', { slug })} />;
  if (isUnauthenticated(error)) return <SignInRequiredPage />;
  if (isForbidden(error)) return <NoAccessPage />;
  return <PartnershipLoadError onRetry={onRetry} />;
}

function PartnershipLoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('partnership.loadErrorTitle'));
  return (
    <>
      <BackLink />
      <h1 className="kern-heading-large">{t('partnership.loadErrorTitle')}</h1>
      <ErrorAlert message={t('common.loadError')} onRetry={onRetry} />
    </>
  );
}
