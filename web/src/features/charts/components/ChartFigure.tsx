import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '../../shell/components/DataTable';
import { ErrorBoundary } from '../../shell/components/ErrorBoundary';
import { LoadingState } from '../../shell/components/LoadingState';
import type { ChartSpec } from '../chart-spec';
import '../charts.css';

// Recharts is loaded with the first chart a page shows, never with the portal's entry.
const ChartSvg = lazy(() => import('./ChartSvg'));

interface ChartFigureProps<Row> {
  /** Unique on the page: names the caption and summary. */
  id: string;
  caption: string;
  /** The chart's message in a sentence or two: its text alternative, read before the drawing. */
  summary: string;
  spec: ChartSpec;
  /** The drawing's height in pixels (it takes the full width). */
  height?: number;
  table: {
    columns: readonly (DataTableColumn<Row> | false)[];
    rows: readonly Row[];
    rowKey: (row: Row) => string;
  };
}

/**
 * A chart as a figure: caption, a summary in words, the drawing (SVG), and the same figures exactly as a data
 * table behind a toggle, so nothing is only in the picture.
 */
export function ChartFigure<Row>({ id, caption, summary, spec, height = 300, table }: ChartFigureProps<Row>) {
  const { t } = useTranslation();
  return (
    <figure
      className="chart-figure"
      aria-labelledby={`${id}-caption`}
      aria-describedby={`${id}-summary`}
      data-chart={id}
    >
      <figcaption id={`${id}-caption`} className="kern-heading-small chart-figure__caption">
        {caption}
      </figcaption>
      <p id={`${id}-summary`} className="kern-body">
        {summary}
      </p>
      <div className="chart-figure__drawing" style={{ height }}>
        <ErrorBoundary>
          <Suspense fallback={<LoadingState />}>
            <ChartSvg spec={spec} title={caption} desc={summary} />
          </Suspense>
        </ErrorBoundary>
      </div>
      <details className="chart-figure__data">
        <summary className="kern-body">{t('charts.showTable')}</summary>
        <DataTable caption={caption} captionHidden columns={table.columns} rows={table.rows} rowKey={table.rowKey} />
      </details>
    </figure>
  );
}
