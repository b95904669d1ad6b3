import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TransparencyFundHistoryDocument } from '../../../generated/graphql';
import { purposeLabel } from '../../fund/purpose-label';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { shareBasisPoints } from '../chart-spec';
import { FundHistoryCharts } from './FundHistoryCharts';
import { SharesChart } from './SharesChart';

interface TransparencyChartsProps {
  slug: string;
  year: number;
  /** The report's contributions per purpose in the year (aggregates only: no contributor is named in public). */
  purposes: readonly {
    purposeId: string | null;
    labelDe: string | null;
    labelEn: string | null;
    contributedCents: string;
  }[];
}

/** The public transparency page's charts: the fund over time, and the year's contributions by purpose. */
export function TransparencyCharts({ slug, year, purposes }: TransparencyChartsProps) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(TransparencyFundHistoryDocument, {
    variables: { slug, year },
    fetchPolicy: 'cache-and-network',
  });
  const language = i18n.resolvedLanguage ?? i18n.language;
  const given = purposes.filter((p) => p.contributedCents !== '0');
  const shares = shareBasisPoints(given.map((p) => p.contributedCents));
  return (
    <section aria-labelledby="transparency-charts" className="portal-section">
      <h2 id="transparency-charts" className="kern-heading-medium">
        {t('charts.transparency.heading')}
      </h2>
      {data ? (
        <FundHistoryCharts history={data.transparencyReport.fundHistory} idPrefix="transparency-fund" />
      ) : error ? (
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
      {given.length > 0 && (
        <SharesChart
          id="transparency-purpose-shares"
          caption={t('charts.transparency.sharesCaption', { year })}
          nameHeader={t('finance.column.purpose')}
          rows={given.map((p, index) => ({
            key: p.purposeId ?? 'general',
            label:
              p.purposeId && p.labelDe && p.labelEn
                ? purposeLabel({ labelDe: p.labelDe, labelEn: p.labelEn }, language)
                : t('finance.generalFund'),
            amountCents: p.contributedCents,
            basisPoints: shares[index],
          }))}
        />
      )}
    </section>
  );
}
