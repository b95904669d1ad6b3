import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FeeIncomeByYearDocument } from '../../../generated/graphql';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { centsForDrawing } from '../chart-spec';
import { useChartFormat } from '../hooks/useChartFormat';
import { ChartFigure } from './ChartFigure';

/** The fees page's chart: fees invoiced and payments received per year. */
export function FeeIncomeChart({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const { data, error, refetch } = useQuery(FeeIncomeByYearDocument, {
    variables: { partnershipId },
    fetchPolicy: 'cache-and-network',
  });
  let body;
  if (!data)
    body = error ? <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} /> : <LoadingState />;
  else if (data.feeIncomeByYear.length === 0) body = <p className="kern-body">{t('charts.fees.empty')}</p>;
  else {
    const years = data.feeIncomeByYear;
    const last = years[years.length - 1];
    body = (
      <ChartFigure
        id="fees-income"
        caption={t('charts.fees.caption')}
        summary={t('charts.fees.summary', {
          first: years[0].year,
          last: last.year,
          invoiced: f.cents(last.invoicedCents),
          paid: f.cents(last.paidCents),
        })}
        spec={{
          kind: 'bars',
          format: f.euros,
          series: [
            { key: 'invoiced', label: t('charts.fees.invoiced') },
            { key: 'paid', label: t('charts.fees.paid') },
          ],
          data: years.map((y) => ({
            label: String(y.year),
            invoiced: centsForDrawing(y.invoicedCents),
            paid: centsForDrawing(y.paidCents),
          })),
        }}
        table={{
          rows: years,
          rowKey: (y) => String(y.year),
          columns: [
            { id: 'year', header: t('finance.column.year'), rowHeader: true, cell: (y) => y.year },
            {
              id: 'invoiced',
              header: t('charts.fees.invoiced'),
              kind: 'numeric',
              cell: (y) => f.cents(y.invoicedCents),
            },
            { id: 'paid', header: t('charts.fees.paid'), kind: 'numeric', cell: (y) => f.cents(y.paidCents) },
          ],
        }}
      />
    );
  }
  return (
    <section aria-labelledby="fees-income-heading" className="portal-section">
      <h2 id="fees-income-heading" className="kern-heading-medium">
        {t('charts.fees.heading')}
      </h2>
      {body}
    </section>
  );
}
