import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeeInvoicesDocument, FeeMemberBalancesDocument, type FeeInvoiceStatus } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { SelectField } from '../../shell/components/SelectField';
import { TableRegion } from '../../shell/components/TableRegion';
import { TextField } from '../../shell/components/TextField';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import { parseYear } from '../fee-values';
import type { FeesPartnership } from '../fees-page';
import { useFeeWords } from '../hooks/useFeeWords';
import { RecordPaymentForm } from './RecordPaymentForm';

const statuses: FeeInvoiceStatus[] = ['OPEN', 'PARTLY_PAID', 'PAID', 'OVERPAID', 'CANCELLED'];

/** Invoices of a year with what is paid and outstanding (from the ledger), the totals per member, and payments. */
export function FeeInvoicesSection({ partnership, canManage }: { partnership: FeesPartnership; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useFeeWords();
  const [yearText, setYearText] = useState(String(new Date().getFullYear()));
  const [status, setStatus] = useState<FeeInvoiceStatus | ''>('');
  const year = parseYear(yearText);
  const variables = { partnershipId: partnership.id, year, status: status || null, first: 50 };
  const { data, loading, error, refetch, fetchMore } = useQuery(FeeInvoicesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const balances = useQuery(FeeMemberBalancesDocument, {
    variables: { partnershipId: partnership.id, year },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.feeInvoices;
  const more = useLoadMore(page?.pageInfo.endCursor, (after) => fetchMore({ variables: { ...variables, after } }));

  return (
    <>
      <section aria-labelledby="fees-invoices" className="portal-section">
        <h2 id="fees-invoices" className="kern-heading-medium">
          {t('fees.invoices.heading')}
        </h2>
        <div className="fees-filters">
          <TextField
            label={t('fees.invoices.yearFilter')}
            name="invoiceYear"
            inputMode="numeric"
            value={yearText}
            onChange={(e) => setYearText(e.target.value)}
          />
          <SelectField
            label={t('fees.invoices.statusFilter')}
            name="invoiceStatus"
            value={status}
            onChange={(e) => setStatus(e.target.value as FeeInvoiceStatus | '')}
          >
            <option value="">{t('fees.invoices.allStatuses')}</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {t(`fees.status.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {!page && loading && <LoadingState />}
        {error && !page && <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />}
        {page && page.nodes.length === 0 && <p className="kern-body">{t('fees.invoices.none')}</p>}
        {page && page.nodes.length > 0 && (
          <TableRegion
            caption={
              year
                ? t('fees.invoices.caption', { year, count: page.totalCount })
                : t('fees.invoices.captionAll', { count: page.totalCount })
            }
          >
            <thead>
              <tr>
                <th scope="col">{t('fees.invoices.number')}</th>
                <th scope="col">{t('fees.invoices.member')}</th>
                <th scope="col">{t('fees.invoices.issuedOn')}</th>
                <th scope="col">{t('fees.invoices.dueOn')}</th>
                <th scope="col" className="fees-amount">
                  {t('fees.invoices.amount')}
                </th>
                <th scope="col" className="fees-amount">
                  {t('fees.invoices.paid')}
                </th>
                <th scope="col" className="fees-amount">
                  {t('fees.invoices.outstanding')}
                </th>
                <th scope="col">{t('fees.invoices.status')}</th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((invoice) => (
                <tr key={invoice.id}>
                  <th scope="row">{invoice.number}</th>
                  <td>
                    {invoice.organisation.name}
                    <span className="fees-note">{words.explain(invoice.explanation)}</span>
                  </td>
                  <td>{format.localDate(invoice.issuedOn)}</td>
                  <td>{format.localDate(invoice.dueOn)}</td>
                  <td className="fees-amount">{format.euros(invoice.amountCents)}</td>
                  <td className="fees-amount">{format.euros(invoice.paidCents)}</td>
                  <td className="fees-amount">{format.euros(invoice.outstandingCents)}</td>
                  <td>{t(`fees.status.${invoice.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
        <LoadMore
          label={t('fees.invoices.more')}
          hasMore={!!page?.pageInfo.hasNextPage}
          loading={more.loading}
          failed={more.failed}
          onLoad={() => void more.load()}
        />
      </section>

      <section aria-labelledby="fees-balances" className="portal-section">
        <h2 id="fees-balances" className="kern-heading-medium">
          {t('fees.balances.heading')}
        </h2>
        {balances.data && balances.data.feeMemberBalances.length === 0 && (
          <p className="kern-body">{t('fees.balances.none')}</p>
        )}
        {balances.data && balances.data.feeMemberBalances.length > 0 && (
          <TableRegion caption={t('fees.balances.caption', { year: year ?? '' })}>
            <thead>
              <tr>
                <th scope="col">{t('fees.balances.member')}</th>
                <th scope="col" className="fees-amount">
                  {t('fees.balances.invoiced')}
                </th>
                <th scope="col" className="fees-amount">
                  {t('fees.balances.paid')}
                </th>
                <th scope="col" className="fees-amount">
                  {t('fees.balances.outstanding')}
                </th>
                <th scope="col" className="fees-amount">
                  {t('fees.balances.openInvoices')}
                </th>
              </tr>
            </thead>
            <tbody>
              {balances.data.feeMemberBalances.map((balance) => (
                <tr key={balance.organisation.id}>
                  <th scope="row">{balance.organisation.name}</th>
                  <td className="fees-amount">{format.euros(balance.invoicedCents)}</td>
                  <td className="fees-amount">{format.euros(balance.paidCents)}</td>
                  <td className="fees-amount">{format.euros(balance.outstandingCents)}</td>
                  <td className="fees-amount">{format.integer(balance.openInvoices)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </section>

      {canManage && <RecordPaymentForm partnership={partnership} invoices={page?.nodes ?? []} />}
    </>
  );
}
