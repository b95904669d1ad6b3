import { useTranslation } from 'react-i18next';
import type { FundHistoryQuery } from '../../../generated/graphql';
import { purposeLabel } from '../../fund/purpose-label';
import { centsForDrawing } from '../chart-spec';
import { useChartFormat } from '../hooks/useChartFormat';
import { ChartFigure } from './ChartFigure';

type FundYear = FundHistoryQuery['fundHistory'][number];
type Pool = FundYear['purposes'][number];

/** The development fund over time: what came in, was allocated and paid out per year, and what each pool held. */
export function FundHistoryCharts({ history, idPrefix = 'fund' }: { history: readonly FundYear[]; idPrefix?: string }) {
  const { t, i18n } = useTranslation();
  const f = useChartFormat();
  if (history.length === 0) return <p className="kern-body">{t('charts.fund.empty')}</p>;
  const language = i18n.resolvedLanguage ?? i18n.language;
  const poolName = (pool: Pool) =>
    pool.purposeId && pool.labelDe && pool.labelEn
      ? purposeLabel({ labelDe: pool.labelDe, labelEn: pool.labelEn }, language)
      : t('finance.generalFund');
  const pools = history[history.length - 1].purposes.map((pool, index) => ({
    key: `pool${index}`,
    id: pool.purposeId,
    label: poolName(pool),
  }));
  const first = history[0];
  const last = history[history.length - 1];
  const total = (field: 'contributedCents' | 'disbursedCents') =>
    history.reduce((sum, y) => sum + BigInt(y[field]), 0n).toString();
  const flows = [
    { key: 'contributed', label: t('charts.fund.contributed') },
    { key: 'allocated', label: t('charts.fund.allocated') },
    { key: 'disbursed', label: t('charts.fund.disbursed') },
  ];
  const poolBalance = (year: FundYear, id: string | null) =>
    year.purposes.find((p) => p.purposeId === id)?.balanceCents ?? '0';

  return (
    <>
      <ChartFigure
        id={`${idPrefix}-flows`}
        caption={t('charts.fund.flowsCaption')}
        summary={t('charts.fund.flowsSummary', {
          first: first.year,
          last: last.year,
          contributed: f.cents(total('contributedCents')),
          disbursed: f.cents(total('disbursedCents')),
          balance: f.cents(last.balanceCents),
        })}
        spec={{
          kind: 'bars',
          series: flows,
          format: f.euros,
          data: history.map((y) => ({
            label: String(y.year),
            contributed: centsForDrawing(y.contributedCents),
            allocated: centsForDrawing(y.allocatedCents),
            disbursed: centsForDrawing(y.disbursedCents),
          })),
        }}
        table={{
          rows: history,
          rowKey: (y) => String(y.year),
          columns: [
            { id: 'year', header: t('finance.column.year'), rowHeader: true, cell: (y) => y.year },
            {
              id: 'contributed',
              header: t('charts.fund.contributed'),
              kind: 'numeric',
              cell: (y) => f.cents(y.contributedCents),
            },
            {
              id: 'allocated',
              header: t('charts.fund.allocated'),
              kind: 'numeric',
              cell: (y) => f.cents(y.allocatedCents),
            },
            {
              id: 'disbursed',
              header: t('charts.fund.disbursed'),
              kind: 'numeric',
              cell: (y) => f.cents(y.disbursedCents),
            },
            { id: 'balance', header: t('charts.fund.balance'), kind: 'numeric', cell: (y) => f.cents(y.balanceCents) },
          ],
        }}
      />
      <ChartFigure
        id={`${idPrefix}-balances`}
        caption={t('charts.fund.balancesCaption')}
        summary={t('charts.fund.balancesSummary', {
          year: last.year,
          balance: f.cents(last.balanceCents),
          pools: pools.length,
        })}
        spec={{
          kind: 'lines',
          series: pools,
          format: f.euros,
          data: history.map((y) => ({
            label: String(y.year),
            ...Object.fromEntries(pools.map((p) => [p.key, centsForDrawing(poolBalance(y, p.id))])),
          })),
        }}
        table={{
          rows: history,
          rowKey: (y) => String(y.year),
          columns: [
            { id: 'year', header: t('finance.column.year'), rowHeader: true, cell: (y) => y.year },
            ...pools.map((p) => ({
              id: p.key,
              header: p.label,
              kind: 'numeric' as const,
              cell: (y: FundYear) => f.cents(poolBalance(y, p.id)),
            })),
            { id: 'total', header: t('charts.fund.balance'), kind: 'numeric', cell: (y) => f.cents(y.balanceCents) },
          ],
        }}
      />
    </>
  );
}
