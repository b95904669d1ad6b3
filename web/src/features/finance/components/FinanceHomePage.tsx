import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AccountBalancesDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { MemberHistoryChart } from '../../charts/components/MemberHistoryChart';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { DataTable } from '../../shell/components/DataTable';
import { useAccountOwner } from '../hooks/useAccountOwner';
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
          <Fragment key={organisation.id}>
            <StatementView partnership={partnership} organisationId={organisation.id} year={year} />
            <MemberHistoryChart
              partnershipId={partnership.id}
              organisationId={organisation.id}
              organisationName={organisation.name}
            />
          </Fragment>
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
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, loading, refetch } = useQuery(AccountBalancesDocument, {
    variables: { partnershipId },
    fetchPolicy: 'cache-and-network',
  });
  const accountOwner = useAccountOwner();
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
          <DataTable
            caption={t('finance.balances.caption')}
            stacked
            rows={data.accountBalances}
            rowKey={(account) => account.accountId}
            columns={[
              {
                id: 'account',
                header: t('finance.column.account'),
                rowHeader: true,
                cell: (account) => t(`finance.accountKind.${account.kind}`),
              },
              {
                id: 'for',
                header: t('finance.column.accountFor'),
                cell: (account) => accountOwner(account),
              },
              {
                id: 'entries',
                header: t('finance.column.entries'),
                kind: 'numeric',
                cell: (account) => format.integer(account.entryCount),
              },
              {
                id: 'balance',
                header: t('finance.column.balance'),
                kind: 'numeric',
                cell: (account) => format.euros(account.balanceCents),
              },
            ]}
          />
        ))}
    </section>
  );
}
