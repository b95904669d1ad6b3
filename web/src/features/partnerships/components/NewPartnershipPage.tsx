import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NoAccessPage, SignInRequiredPage } from '../../auth/components/AccessPages';
import { useViewer } from '../../auth/hooks/useViewer';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { BackLink } from './BackLink';
import { CreatePartnershipForm } from './CreatePartnershipForm';

/**
 * Creating a partnership is up to the platform admins. The API checks that again; asking `me` first spares
 * everyone else a form they could not send.
 */
export function NewPartnershipPage() {
  const { t } = useTranslation();
  const { viewer, loading, failed, refetch } = useViewer();

  if (viewer?.isPlatformAdmin) {
    return (
      <NewPartnership>
        <p className="kern-body kern-body--large portal-lead">{t('newPartnership.intro')}</p>
        <CreatePartnershipForm />
      </NewPartnership>
    );
  }
  if (viewer) return <NoAccessPage />;
  if (loading) return <LoadingState />;
  if (failed) {
    return (
      <NewPartnership>
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      </NewPartnership>
    );
  }
  return <SignInRequiredPage />;
}

function NewPartnership({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('newPartnership.title'));
  return (
    <>
      <BackLink />
      <h1 className="kern-heading-large">{t('newPartnership.title')}</h1>
      {children}
    </>
  );
}
