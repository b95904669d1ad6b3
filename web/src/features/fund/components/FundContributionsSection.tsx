import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { DataTable } from '../../shell/components/DataTable';
import type { FundOverview } from '../fund-page';

/** Contributions by contributor and year (a column per year), and each contributor's share of all of them. */
export function FundContributionsSection({ overview }: { overview: FundOverview }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const d = overview.fundDashboard;
  const language = i18n.resolvedLanguage ?? i18n.language;
  // Listed by name in the table per year; by share (as the API orders them) in the table of shares.
  const byName = new Intl.Collator(language);
  const contributors = [...d.contributors].sort((a, b) => byName.compare(a.organisationName, b.organisationName));
  const percent = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Basis points as an exact percentage text for Intl (a decimal string, no float arithmetic).
  const percentOf = (basisPoints: number) =>
    `${percent.format(`${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}` as `${number}`)} %`;
  const who = (member: boolean) => (member ? t('fund.contributions.member') : t('fund.contributions.nonMember'));
  return (
    <section aria-labelledby="fund-contributions" className="portal-section">
      <h2 id="fund-contributions" className="kern-heading-medium">
        {t('fund.contributions.heading')}
      </h2>
      {contributors.length === 0 ? (
        <p className="kern-body">{t('fund.contributions.none')}</p>
      ) : (
        <>
          <DataTable
            caption={t('fund.contributions.caption')}
            rows={contributors}
            rowKey={(c) => c.organisationId}
            columns={[
              {
                id: 'contributor',
                header: t('fund.contributions.contributor'),
                rowHeader: true,
                cell: (c) => (
                  <>
                    {c.organisationName}
                    <span className="fund-note">{who(c.member)}</span>
                  </>
                ),
              },
              ...d.years.map((year, i) => ({
                id: String(year),
                header: String(year),
                kind: 'numeric' as const,
                cell: (c: (typeof contributors)[number]) => {
                  const cents = c.amountsByYearCents[i] ?? '0';
                  return cents !== '0' ? (
                    format.euros(cents)
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="portal-sr-only">{t('fund.contributions.nothing')}</span>
                    </>
                  );
                },
              })),
            ]}
          />
          <h3 className="kern-heading-small">{t('fund.shares.heading')}</h3>
          <DataTable
            caption={t('fund.shares.caption')}
            rows={d.contributors}
            rowKey={(s) => s.organisationId}
            columns={[
              {
                id: 'contributor',
                header: t('fund.contributions.contributor'),
                rowHeader: true,
                cell: (s) => (
                  <>
                    {s.organisationName}
                    <span className="fund-note">{who(s.member)}</span>
                  </>
                ),
              },
              {
                id: 'amount',
                header: t('fund.shares.amount'),
                kind: 'numeric',
                cell: (s) => format.euros(s.amountCents),
              },
              { id: 'share', header: t('fund.shares.share'), kind: 'numeric', cell: (s) => percentOf(s.basisPoints) },
            ]}
          />
          <p className="kern-body kern-body--small">{t('fund.shares.explain')}</p>
        </>
      )}
    </section>
  );
}
