import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MemberFinanceHistoryDocument } from '../../../generated/graphql';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { centsForDrawing } from '../chart-spec';
import { useChartFormat } from '../hooks/useChartFormat';
import { ChartFigure } from './ChartFigure';

interface MemberHistoryChartProps {
  partnershipId: string;
  organisationId: string;
  organisationName: string;
  headingLevel?: 2 | 3;
}

/** A member's years: what it paid and gave, and what sharing costs saved it, per year (its statements' figures). */
export function MemberHistoryChart({
  partnershipId,
  organisationId,
  organisationName,
  headingLevel = 2,
}: MemberHistoryChartProps) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const { data, error, refetch } = useQuery(MemberFinanceHistoryDocument, {
    variables: { partnershipId, organisationId },
    fetchPolicy: 'cache-and-network',
  });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `member-history-${organisationId}`;
  let body;
  if (!data)
    body = error ? <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} /> : <LoadingState />;
  else if (data.memberFinanceHistory.length === 0) body = <p className="kern-body">{t('charts.member.empty')}</p>;
  else {
    const years = data.memberFinanceHistory;
    const sum = (field: 'paymentsCents' | 'savedCents') => years.reduce((s, y) => s + BigInt(y[field]), 0n).toString();
    body = (
      <ChartFigure
        id={id}
        caption={t('charts.member.caption', { name: organisationName })}
        summary={t('charts.member.summary', {
          name: organisationName,
          first: years[0].year,
          last: years[years.length - 1].year,
          paid: f.cents(sum('paymentsCents')),
          saved: f.cents(sum('savedCents')),
        })}
        spec={{
          kind: 'bars',
          format: f.euros,
          series: [
            { key: 'payments', label: t('charts.member.payments') },
            { key: 'contributions', label: t('charts.member.contributions') },
            { key: 'saved', label: t('charts.member.saved') },
          ],
          data: years.map((y) => ({
            label: String(y.year),
            payments: centsForDrawing(y.paymentsCents),
            contributions: centsForDrawing(y.fundContributionsCents),
            saved: centsForDrawing(y.savedCents),
          })),
        }}
        table={{
          rows: years,
          rowKey: (y) => String(y.year),
          columns: [
            { id: 'year', header: t('finance.column.year'), rowHeader: true, cell: (y) => y.year },
            { id: 'fees', header: t('charts.member.fees'), kind: 'numeric', cell: (y) => f.cents(y.feesCents) },
            {
              id: 'costShares',
              header: t('charts.member.costShares'),
              kind: 'numeric',
              cell: (y) => f.cents(y.costSharesCents),
            },
            {
              id: 'payments',
              header: t('charts.member.payments'),
              kind: 'numeric',
              cell: (y) => f.cents(y.paymentsCents),
            },
            {
              id: 'contributions',
              header: t('charts.member.contributions'),
              kind: 'numeric',
              cell: (y) => f.cents(y.fundContributionsCents),
            },
            { id: 'saved', header: t('charts.member.saved'), kind: 'numeric', cell: (y) => f.cents(y.savedCents) },
          ],
        }}
      />
    );
  }
  return (
    <section aria-labelledby={`${id}-heading`} className="portal-section">
      <Heading id={`${id}-heading`} className={headingLevel === 2 ? 'kern-heading-medium' : 'kern-heading-small'}>
        {t('charts.member.heading')}
      </Heading>
      <p className="kern-body">{t('charts.member.savingsNote')}</p>
      {body}
    </section>
  );
}
