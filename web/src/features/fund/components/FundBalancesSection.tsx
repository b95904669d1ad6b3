import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { FactList } from '../../shell/components/FactList';
import { DataTable } from '../../shell/components/DataTable';
import type { FundOverview } from '../fund-page';
import { purposeLabel } from '../purpose-label';

/** Balance per purpose and of the general fund: every figure a sum over the ledger. */
export function FundBalancesSection({ overview }: { overview: FundOverview }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const format = useFormat();
  const d = overview.fundDashboard;
  const rows = [
    ...d.purposes.map((p) => ({
      key: p.purpose?.id ?? 'general',
      name: p.purpose ? purposeLabel(p.purpose, language) : t('fund.generalFund'),
      archived: !!p.purpose?.archivedAt,
      pool: p,
    })),
    { key: 'general', name: t('fund.generalFund'), archived: false, pool: d.generalFund },
  ];
  return (
    <section aria-labelledby="fund-balances" className="portal-section">
      <h2 id="fund-balances" className="kern-heading-medium">
        {t('fund.balances.heading')}
      </h2>
      <FactList
        facts={[
          [t('fund.balances.totalContributed'), format.euros(d.totalContributedCents)],
          [t('fund.balances.totalAvailable'), format.euros(d.totalAvailableCents)],
          [t('fund.balances.pending'), format.euros(d.pendingCents)],
          [t('fund.balances.minimum'), format.euros(d.minimumContributionCents)],
        ]}
      />
      <DataTable
        caption={t('fund.balances.caption')}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          {
            id: 'purpose',
            header: t('fund.balances.purpose'),
            rowHeader: true,
            cell: (r) => (
              <>
                {r.name}
                {r.archived && <span className="fund-note">{t('fund.purposes.archived')}</span>}
              </>
            ),
          },
          {
            id: 'contributed',
            header: t('fund.balances.contributed'),
            kind: 'numeric',
            cell: (r) => format.euros(r.pool.contributedCents),
          },
          {
            id: 'drawn',
            header: t('fund.balances.drawn'),
            kind: 'numeric',
            cell: (r) => format.euros(r.pool.drawnCents),
          },
          {
            id: 'available',
            header: t('fund.balances.available'),
            kind: 'numeric',
            cell: (r) => format.euros(r.pool.availableCents),
          },
          {
            id: 'allocated',
            header: t('fund.balances.allocated'),
            kind: 'numeric',
            cell: (r) => format.euros(r.pool.allocatedCents),
          },
          {
            id: 'disbursed',
            header: t('fund.balances.disbursed'),
            kind: 'numeric',
            cell: (r) => format.euros(r.pool.disbursedCents),
          },
          {
            id: 'committed',
            header: t('fund.balances.committed'),
            kind: 'numeric',
            cell: (r) => format.euros(r.pool.committedCents),
          },
        ]}
      />
      <p className="kern-body kern-body--small">{t('fund.balances.explain')}</p>
    </section>
  );
}
