import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AccountBalancesDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { TableRegion } from '../../shell/components/TableRegion';
import { currentYear, type FinanceAccess, type FinancePartnership } from '../hooks/useFinancePartnership';
import { ExportLinks } from './ExportLinks';
import { FinanceFrame, FinanceNotForYou } from './FinanceFrame';
import { StatementView } from './StatementView';

/** The treasury's sections (the fund, agreements and fees pages belong to their own features). */
const sections = [
  { path: 'fonds', key: 'fund' },
  { path: 'vereinbarungen', key: 'agreements' },
  { path: 'beitraege', key: 'fees' },
  { path: 'buchungen', key: 'ledger' },
  { path: 'auszug', key: 'statements' },
] as const;

/** `/p/:slug/finanzen`: for the treasury the sections, balances and exports; for a representative its own statement. */
export function FinanceHomePage() {
  const { t } = useTranslation();
  return (
    <FinanceFrame title={t('finance.home.title')}>
      {(partnership, access) => <FinanceHome partnership={partnership} access={access} />}
    </FinanceFrame>
  );
}

function FinanceHome({ partnership, access }: { partnership: FinancePartnership; access: FinanceAccess }) {
  const { t } = useTranslation();
  const year = currentYear();
  if (!access.canRead) {
    if (access.represented.length === 0)
      return <FinanceNotForYou slug={partnership.slug} publicTransparency={partnership.publicTransparency} />;
    return (
      <>
        <p className="kern-body kern-body--large portal-lead">{t('finance.home.representativeIntro')}</p>
        <p className="kern-body">
          <Link to={`/p/${partnership.slug}/finanzen/auszug`} className="kern-link">
            {t('finance.home.otherYears')}
          </Link>
        </p>
        {access.represented.map((organisation) => (
          <StatementView key={organisation.id} partnership={partnership} organisationId={organisation.id} year={year} />
        ))}
      </>
    );
  }
  return (
    <>
      <p className="kern-body kern-body--large portal-lead">{t('finance.home.intro')}</p>
      <ul className="partnership-cards finance-cards">
        {sections.map((section) => (
          <li key={section.key} className="portal-card">
            <h2 className="kern-heading-small">
              <Link to={`/p/${partnership.slug}/finanzen/${section.path}`} className="kern-link">
                {t(`finance.home.section.${section.key}.title`)}
              </Link>
            </h2>
            <p className="kern-body">{t(`finance.home.section.${section.key}.body`)}</p>
          </li>
        ))}
        <li className="portal-card">
          <h2 className="kern-heading-small">
            <Link to={`/p/${partnership.slug}/transparenz`} className="kern-link">
              {t('finance.home.section.transparency.title')}
            </Link>
          </h2>
          <p className="kern-body">
            {t(
              partnership.publicTransparency
                ? 'finance.home.section.transparency.public'
                : 'finance.home.section.transparency.private',
            )}
          </p>
        </li>
      </ul>
      <section aria-labelledby="finance-exports" className="portal-section">
        <h2 id="finance-exports" className="kern-heading-medium">
          {t('finance.exports.heading')}
        </h2>
        <p className="kern-body">{t('finance.exports.intro')}</p>
        <ExportLinks slug={partnership.slug} year={year} />
      </section>
      <AccountBalances partnershipId={partnership.id} />
    </>
  );
}

function AccountBalances({ partnershipId }: { partnershipId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { data, error, loading, refetch } = useQuery(AccountBalancesDocument, {
    variables: { partnershipId },
    fetchPolicy: 'cache-and-network',
  });
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (
    <section aria-labelledby="finance-balances" className="portal-section">
      <h2 id="finance-balances" className="kern-heading-medium">
        {t('finance.balances.heading')}
      </h2>
      <p className="kern-body">{t('finance.balances.intro')}</p>
      {error && <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />}
      {!data && loading && <LoadingState />}
      {data &&
        (data.accountBalances.length === 0 ? (
          <p className="kern-body">{t('finance.balances.empty')}</p>
        ) : (
          <TableRegion caption={t('finance.balances.caption')}>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('finance.column.account')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('finance.column.accountFor')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.column.entries')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.column.balance')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {data.accountBalances.map((account) => (
                <tr className="kern-table__row" key={account.accountId}>
                  <th scope="row" className="kern-table__header">
                    {t(`finance.accountKind.${account.kind}`)}
                  </th>
                  <td className="kern-table__cell">
                    {account.organisation?.name ??
                      (account.purpose
                        ? english
                          ? account.purpose.labelEn
                          : account.purpose.labelDe
                        : account.kind === 'FUND'
                          ? t('finance.generalFund')
                          : '')}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.integer(account.entryCount)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.euros(account.balanceCents)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        ))}
    </section>
  );
}
