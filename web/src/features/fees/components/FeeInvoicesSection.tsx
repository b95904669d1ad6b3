import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeeInvoicesDocument, FeeMemberBalancesDocument, type FeeInvoiceStatus } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { SelectField } from '../../shell/components/SelectField';
import { DataTable } from '../../shell/components/DataTable';
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
          <DataTable
            caption={
              year
                ? t('fees.invoices.caption', { year, total: page.totalCount })
                : t('fees.invoices.captionAll', { total: page.totalCount })
            }
            stacked
            rows={page.nodes}
            rowKey={(invoice) => invoice.id}
            columns={[
              { id: 'number', header: t('fees.invoices.number'), rowHeader: true, cell: (invoice) => invoice.number },
              {
                id: 'member',
                header: t('fees.invoices.member'),
                cell: (invoice) => (
                  <>
                    {invoice.organisation.name}
                    <span className="fees-note">{words.explain(invoice.explanation)}</span>
                  </>
                ),
              },
              {
                id: 'issuedOn',
                header: t('fees.invoices.issuedOn'),
                cell: (invoice) => format.localDate(invoice.issuedOn),
              },
              { id: 'dueOn', header: t('fees.invoices.dueOn'), cell: (invoice) => format.localDate(invoice.dueOn) },
              {
                id: 'amount',
                header: t('fees.invoices.amount'),
                kind: 'numeric',
                cell: (invoice) => format.euros(invoice.amountCents),
              },
              {
                id: 'paid',
                header: t('fees.invoices.paid'),
                kind: 'numeric',
                cell: (invoice) => format.euros(invoice.paidCents),
              },
              {
                id: 'outstanding',
                header: t('fees.invoices.outstanding'),
                kind: 'numeric',
                cell: (invoice) => format.euros(invoice.outstandingCents),
              },
              {
                id: 'status',
                header: t('fees.invoices.status'),
                cell: (invoice) => t(`fees.status.${invoice.status}`),
              },
            ]}
          />
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
          <DataTable
            caption={t('fees.balances.caption', { year: year ?? '' })}
            rows={balances.data.feeMemberBalances}
            rowKey={(balance) => balance.organisation.id}
            columns={[
              { id: 'member', header: t('fees.balances.member'), rowHeader: true, cell: (b) => b.organisation.name },
              {
                id: 'invoiced',
                header: t('fees.balances.invoiced'),
                kind: 'numeric',
                cell: (b) => format.euros(b.invoicedCents),
              },
              { id: 'paid', header: t('fees.balances.paid'), kind: 'numeric', cell: (b) => format.euros(b.paidCents) },
              {
                id: 'outstanding',
                header: t('fees.balances.outstanding'),
                kind: 'numeric',
                cell: (b) => format.euros(b.outstandingCents),
              },
              {
                id: 'open',
                header: t('fees.balances.openInvoices'),
                kind: 'numeric',
                cell: (b) => format.integer(b.openInvoices),
              },
            ]}
          />
        )}
      </section>

      {canManage && <RecordPaymentForm partnership={partnership} invoices={page?.nodes ?? []} />}
    </>
  );
}
