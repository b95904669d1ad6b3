import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isNotFound } from '../../../app/graphql-errors';
import type { PartnershipQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { NotFoundPage } from '../../shell/components/NotFoundPage';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { usePartnership } from '../hooks/usePartnership';
import { MemberTable } from './MemberTable';

type Partnership = PartnershipQuery['partnership'];

// Partnerships describe themselves in German, whatever language the interface is in; marking the text lets a
// screen reader in English pronounce it as German (WCAG 3.1.2). The API has no content-language field yet.
const contentLanguage = 'de';

export function PartnershipDetailPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = usePartnership(slug);

  if (data) return <PartnershipDetail partnership={data.partnership} />;
  if (error && isNotFound(error)) {
    return <NotFoundPage title={t('notFound.partnershipTitle')} message={t('notFound.partnershipBody', { slug })} />;
  }
  if (error) return <PartnershipLoadError onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
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

function PartnershipDetail({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(partnership.name);
  const facts: Array<[label: string, value: string]> = [
    [t('partnership.product'), partnership.productName],
    [t('partnership.governanceModel'), t(`governanceModel.${partnership.governanceModel}`)],
    [t('partnership.productOwner'), partnership.productOwner?.name ?? t('common.notSpecified')],
    [t('partnership.communityManagement'), partnership.communityManagement?.name ?? t('common.notSpecified')],
    [t('partnership.activeMembers'), format.integer(partnership.memberCount)],
  ];

  return (
    <>
      <BackLink />
      <h1 className="kern-heading-large">{partnership.name}</h1>
      {partnership.description && (
        <p className="kern-body kern-body--large portal-lead" lang={contentLanguage}>
          {partnership.description}
        </p>
      )}

      <section aria-labelledby="partnership-overview" className="portal-section">
        <h2 id="partnership-overview" className="kern-heading-medium">
          {t('partnership.overview')}
        </h2>
        <dl className="kern-description-list">
          {facts.map(([label, value]) => (
            <div className="kern-description-list-item" key={label}>
              <dt className="kern-description-list-item__key">{label}</dt>
              <dd className="kern-description-list-item__value">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="partnership-members" className="portal-section">
        <h2 id="partnership-members" className="kern-heading-medium">
          {t('partnership.members')}
        </h2>
        <MemberTable partnershipName={partnership.name} members={partnership.members} />
      </section>
    </>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <p className="portal-back">
      <Link to="/" className="kern-link">
        <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
        {t('partnership.backToList')}
      </Link>
    </p>
  );
}
