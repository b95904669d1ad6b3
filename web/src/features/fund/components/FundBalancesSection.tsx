import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { FactList } from '../../shell/components/FactList';
import { TableRegion } from '../../shell/components/TableRegion';
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
      <TableRegion caption={t('fund.balances.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('fund.balances.purpose')}</th>
            <th scope="col" className="fund-amount">
              {t('fund.balances.contributed')}
            </th>
            <th scope="col" className="fund-amount">
              {t('fund.balances.drawn')}
            </th>
            <th scope="col" className="fund-amount">
              {t('fund.balances.available')}
            </th>
            <th scope="col" className="fund-amount">
              {t('fund.balances.allocated')}
            </th>
            <th scope="col" className="fund-amount">
              {t('fund.balances.disbursed')}
            </th>
            <th scope="col" className="fund-amount">
              {t('fund.balances.committed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                {r.name}
                {r.archived && <span className="fund-note">{t('fund.purposes.archived')}</span>}
              </th>
              <td className="fund-amount">{format.euros(r.pool.contributedCents)}</td>
              <td className="fund-amount">{format.euros(r.pool.drawnCents)}</td>
              <td className="fund-amount">{format.euros(r.pool.availableCents)}</td>
              <td className="fund-amount">{format.euros(r.pool.allocatedCents)}</td>
              <td className="fund-amount">{format.euros(r.pool.disbursedCents)}</td>
              <td className="fund-amount">{format.euros(r.pool.committedCents)}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <p className="kern-body kern-body--small">{t('fund.balances.explain')}</p>
    </section>
  );
}
