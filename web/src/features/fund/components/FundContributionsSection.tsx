import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { TableRegion } from '../../shell/components/TableRegion';
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
          <TableRegion caption={t('fund.contributions.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('fund.contributions.contributor')}</th>
                {d.years.map((year) => (
                  <th key={year} scope="col" className="fund-amount">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {contributors.map((c) => (
                <tr key={c.organisationId}>
                  <th scope="row">
                    {c.organisationName}
                    <span className="fund-note">{who(c.member)}</span>
                  </th>
                  {d.years.map((year, i) => {
                    const cents = c.amountsByYearCents[i] ?? '0';
                    return (
                      <td key={year} className="fund-amount">
                        {cents !== '0' ? (
                          format.euros(cents)
                        ) : (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="portal-sr-only">{t('fund.contributions.nothing')}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <h3 className="kern-heading-small">{t('fund.shares.heading')}</h3>
          <TableRegion caption={t('fund.shares.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('fund.contributions.contributor')}</th>
                <th scope="col" className="fund-amount">
                  {t('fund.shares.amount')}
                </th>
                <th scope="col" className="fund-amount">
                  {t('fund.shares.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {d.contributors.map((s) => (
                <tr key={s.organisationId}>
                  <th scope="row">
                    {s.organisationName}
                    <span className="fund-note">{who(s.member)}</span>
                  </th>
                  <td className="fund-amount">{format.euros(s.amountCents)}</td>
                  <td className="fund-amount">{percentOf(s.basisPoints)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <p className="kern-body kern-body--small">{t('fund.shares.explain')}</p>
        </>
      )}
    </section>
  );
}
