import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FundHistoryDocument } from '../../../generated/graphql';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { FundHistoryCharts } from './FundHistoryCharts';
import { SharesChart } from './SharesChart';

interface FundChartsProps {
  partnershipId: string;
  /** The fund dashboard's contributors with their shares (largest remainder, adding up to 100 %). */
  contributors: readonly {
    organisationId: string;
    organisationName: string;
    amountCents: string;
    basisPoints: number;
  }[];
}

/** The treasury's fund charts: the fund over time and each contributor's share of all contributions. */
export function FundCharts({ partnershipId, contributors }: FundChartsProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(FundHistoryDocument, {
    variables: { partnershipId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section aria-labelledby="fund-charts" className="portal-section">
      <h2 id="fund-charts" className="kern-heading-medium">
        {t('charts.fund.heading')}
      </h2>
      {data ? (
        <FundHistoryCharts history={data.fundHistory} />
      ) : error ? (
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
      <SharesChart
        id="fund-contributor-shares"
        caption={t('charts.fund.sharesCaption')}
        nameHeader={t('charts.fund.contributor')}
        rows={contributors.map((c) => ({
          key: c.organisationId,
          label: c.organisationName,
          amountCents: c.amountCents,
          basisPoints: c.basisPoints,
        }))}
      />
    </section>
  );
}
