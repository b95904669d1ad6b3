import { useTranslation } from 'react-i18next';
import { useChartFormat } from '../hooks/useChartFormat';
import { ChartFigure } from './ChartFigure';

export interface ShareRow {
  key: string;
  label: string;
  amountCents: string;
  /** Hundredths of a percent; all rows add up to 10000. */
  basisPoints: number;
}

interface SharesChartProps {
  id: string;
  caption: string;
  /** The header of the rows' names in the table (contributor, purpose). */
  nameHeader: string;
  rows: readonly ShareRow[];
}

/** Who or what has which share of a total: one bar per row, largest first, each labelled with its percentage. */
export function SharesChart({ id, caption, nameHeader, rows }: SharesChartProps) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const sorted = [...rows].sort((a, b) => b.basisPoints - a.basisPoints);
  if (sorted.length === 0) return null;
  const total = rows.reduce((sum, r) => sum + BigInt(r.amountCents), 0n).toString();
  return (
    <ChartFigure
      id={id}
      caption={caption}
      summary={t('charts.shares.summary', {
        count: sorted.length,
        total: f.cents(total),
        top: sorted[0].label,
        percent: f.percentText(sorted[0].basisPoints),
      })}
      height={Math.max(120, sorted.length * 40 + 40)}
      spec={{
        kind: 'shares',
        series: [{ key: 'share', label: t('charts.shares.share') }],
        format: f.basisPoints,
        data: sorted.map((r) => ({ label: r.label, share: r.basisPoints })),
      }}
      table={{
        rows: sorted,
        rowKey: (r) => r.key,
        columns: [
          { id: 'name', header: nameHeader, rowHeader: true, cell: (r) => r.label },
          { id: 'amount', header: t('charts.shares.amount'), kind: 'numeric', cell: (r) => f.cents(r.amountCents) },
          { id: 'share', header: t('charts.shares.share'), kind: 'numeric', cell: (r) => f.percentText(r.basisPoints) },
        ],
      }}
    />
  );
}
