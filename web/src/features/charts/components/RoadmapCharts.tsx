import { useTranslation } from 'react-i18next';
import type { PartnershipRoadmapQuery } from '../../../generated/graphql';
import { useChartFormat } from '../hooks/useChartFormat';
import { ChartFigure } from './ChartFigure';

type RoadmapColumn = PartnershipRoadmapQuery['partnership']['roadmap'][number];

interface RoadmapChartsProps {
  columns: readonly { column: RoadmapColumn['column']; items: readonly { id: string; releasedAt?: string | null }[] }[];
}

/** The roadmap in numbers: requests per stage, and releases per quarter. */
export function RoadmapCharts({ columns }: RoadmapChartsProps) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const stages = columns.map((c) => ({
    key: c.column,
    label: t(`requests.roadmap.column.${c.column}`),
    count: c.items.length,
  }));
  const total = stages.reduce((sum, s) => sum + s.count, 0);
  const quarters = new Map<string, number>();
  for (const item of columns.flatMap((c) => c.items)) {
    if (!item.releasedAt) continue;
    const day = new Date(item.releasedAt);
    // Sortable key: year and quarter number.
    const key = `${day.getUTCFullYear()}-${Math.floor(day.getUTCMonth() / 3) + 1}`;
    quarters.set(key, (quarters.get(key) ?? 0) + 1);
  }
  const released = [...quarters.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => {
      const [year, quarter] = key.split('-');
      return { key, quarter: t('charts.roadmap.quarterLabel', { year, quarter }), count };
    });
  return (
    <section aria-labelledby="roadmap-charts" className="portal-section">
      <h2 id="roadmap-charts" className="kern-heading-medium">
        {t('charts.roadmap.heading')}
      </h2>
      <ChartFigure
        id="roadmap-stages"
        caption={t('charts.roadmap.stagesCaption')}
        summary={t('charts.roadmap.stagesSummary', {
          count: total,
          stages: stages.map((s) => `${s.label}: ${f.count.full(s.count)}`).join(', '),
        })}
        height={260}
        spec={{
          kind: 'bars',
          format: f.count,
          series: [{ key: 'count', label: t('charts.roadmap.requests') }],
          data: stages.map((s) => ({ label: s.label, count: s.count })),
        }}
        table={{
          rows: stages,
          rowKey: (s) => s.key,
          columns: [
            { id: 'stage', header: t('charts.roadmap.stage'), rowHeader: true, cell: (s) => s.label },
            { id: 'count', header: t('charts.roadmap.requests'), kind: 'numeric', cell: (s) => f.count.full(s.count) },
          ],
        }}
      />
      {released.length > 0 && (
        <ChartFigure
          id="roadmap-released"
          caption={t('charts.roadmap.releasedCaption')}
          summary={t('charts.roadmap.releasedSummary', {
            count: released.reduce((sum, r) => sum + r.count, 0),
            first: released[0].quarter,
            last: released[released.length - 1].quarter,
          })}
          height={240}
          spec={{
            kind: 'bars',
            format: f.count,
            series: [{ key: 'count', label: t('charts.roadmap.released') }],
            data: released.map((r) => ({ label: r.quarter, count: r.count })),
          }}
          table={{
            rows: released,
            rowKey: (r) => r.key,
            columns: [
              { id: 'quarter', header: t('charts.roadmap.quarter'), rowHeader: true, cell: (r) => r.quarter },
              {
                id: 'count',
                header: t('charts.roadmap.released'),
                kind: 'numeric',
                cell: (r) => f.count.full(r.count),
              },
            ],
          }}
        />
      )}
    </section>
  );
}
