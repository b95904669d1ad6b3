import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { FundOverviewDocument, FundPartnershipDocument } from '../../../generated/graphql';
import { CheckpointNote } from '../../audit/components/CheckpointNote';
import { FundCharts } from '../../charts/components/FundCharts';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { JumpLink } from '../../shell/components/JumpLink';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import type { FundPartnership } from '../fund-page';
import { FundAllocationsSection } from './FundAllocationsSection';
import { FundBalancesSection } from './FundBalancesSection';
import { FundContributionsSection } from './FundContributionsSection';
import { FundSettingsSection } from './FundSettingsSection';
import { ProposeAllocationForm } from './ProposeAllocationForm';
import { RecordContributionForm } from './RecordContributionForm';
import '../fund.css';

/** `/p/:slug/finanzen/fonds`: the development fund. The treasurer records and proposes; FINANCE_READ reads. */
export function FundPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FundPartnershipDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  if (data) return <Fund partnership={data.partnership} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function Fund({ partnership }: { partnership: FundPartnership }) {
  const { t } = useTranslation();
  useDocumentTitle(t('fund.documentTitle', { name: partnership.name }));
  const canRead = partnership.viewerPermissions.includes('FINANCE_READ');
  const canManage = partnership.viewerPermissions.includes('FINANCE_MANAGE');
  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('fund.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('fund.intro')}</p>
      {canManage && <JumpLink target="fund-contribution" label={t('fund.contribution.heading')} />}
      {canRead ? (
        <FundBody partnership={partnership} canManage={canManage} />
      ) : (
        <p className="kern-body">{t('fund.noAccess')}</p>
      )}
    </>
  );
}

function FundBody({ partnership, canManage }: { partnership: FundPartnership; canManage: boolean }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(FundOverviewDocument, {
    variables: { partnershipId: partnership.id },
    fetchPolicy: 'cache-and-network',
  });
  if (!data)
    return error ? <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} /> : <LoadingState />;
  return (
    <>
      {!canManage && <p className="kern-body">{t('fund.readOnly')}</p>}
      <FundBalancesSection overview={data} />
      <FundContributionsSection overview={data} />
      <FundCharts partnershipId={partnership.id} contributors={data.fundDashboard.contributors} />
      <CheckpointNote checkpoint={data.fundDashboard.auditCheckpoint} slug={partnership.slug} />
      <FundAllocationsSection partnership={partnership} canManage={canManage} />
      {canManage && (
        <>
          <RecordContributionForm partnership={partnership} overview={data} />
          <ProposeAllocationForm partnership={partnership} overview={data} />
          <FundSettingsSection partnership={partnership} overview={data} />
        </>
      )}
    </>
  );
}
