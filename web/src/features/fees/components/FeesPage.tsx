import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { FeesPartnershipDocument } from '../../../generated/graphql';
import { FeeIncomeChart } from '../../charts/components/FeeIncomeChart';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { JumpLink } from '../../shell/components/JumpLink';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import type { FeesPartnership } from '../fees-page';
import { FeeInvoicesSection } from './FeeInvoicesSection';
import { FeeRunSection } from './FeeRunSection';
import { FeeScheduleSection } from './FeeScheduleSection';
import '../fees.css';

/** The treasurer's fee page: schedule, yearly run, invoices with what is outstanding, and payments. */
export function FeesPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FeesPartnershipDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  if (data) return <Fees partnership={data.partnership} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function Fees({ partnership }: { partnership: FeesPartnership }) {
  const { t } = useTranslation();
  useDocumentTitle(t('fees.documentTitle', { name: partnership.name }));
  const canRead = partnership.viewerPermissions.includes('FINANCE_READ');
  const canManage = partnership.viewerPermissions.includes('FINANCE_MANAGE');
  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('fees.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('fees.intro')}</p>
      {canManage && <JumpLink target="fees-run" label={t('fees.run.heading')} />}
      {canRead ? (
        <>
          <FeeScheduleSection partnershipId={partnership.id} canManage={canManage} />
          <FeeRunSection partnershipId={partnership.id} canManage={canManage} />
          <FeeInvoicesSection partnership={partnership} canManage={canManage} />
          <FeeIncomeChart partnershipId={partnership.id} />
        </>
      ) : (
        <p className="kern-body">{t('fees.noAccess')}</p>
      )}
    </>
  );
}
