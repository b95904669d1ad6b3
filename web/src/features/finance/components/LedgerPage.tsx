import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { FinanceMembersDocument, LedgerTransactionsDocument, type TransactionKind } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { SearchField, useSearchText } from '../../shell/components/SearchField';
import { SelectField } from '../../shell/components/SelectField';
import { DataTable } from '../../shell/components/DataTable';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import {
  exportUrl,
  type FinanceAccess,
  type FinancePartnership,
  yearOptions,
  yearParam,
} from '../hooks/useFinancePartnership';
import { ExportLink } from './ExportLinks';
import { FinanceFrame, FinanceNotForYou } from './FinanceFrame';
import { type LedgerNode, movedCents, transactionKinds } from '../hooks/ledger-node';
import { useAccountOwner } from '../hooks/useAccountOwner';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { ReversalForm } from './ReversalForm';

const pageSize = 25;

/** `/p/:slug/finanzen/buchungen`: the journal, newest first, with filters in the address and reversals for the treasurer. */
export function LedgerPage() {
  const { t } = useTranslation();
  return (
    <FinanceFrame title={t('finance.ledger.title')} subPage>
      {(partnership, access) =>
        access.canRead ? (
          <Ledger partnership={partnership} access={access} />
        ) : (
          <FinanceNotForYou slug={partnership.slug} publicTransparency={partnership.publicTransparency} />
        )
      }
    </FinanceFrame>
  );
}

function useFilters() {
  const [params, setParams] = useSearchParams();
  const year = params.get('jahr') ? yearParam(params.get('jahr'), 0) || null : null;
  const kindParam = params.get('art') ?? '';
  const kind = transactionKinds.includes(kindParam as TransactionKind) ? (kindParam as TransactionKind) : null;
  const organisationId = params.get('organisation') || null;
  const set = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return { year, kind, organisationId, set };
}

function Ledger({ partnership, access }: { partnership: FinancePartnership; access: FinanceAccess }) {
  const { t } = useTranslation();
  const filters = useFilters();
  const search = useSearchText();
  const [reversing, setReversingNode] = useState<LedgerNode | null>(null);
  const [reversed, setReversed] = useState<string | null>(null);
  const setReversing = (node: LedgerNode | null) => {
    if (node) setReversed(null);
    setReversingNode(node);
  };
  const members = useQuery(FinanceMembersDocument, { variables: { slug: partnership.slug } });
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(LedgerTransactionsDocument, {
    variables: {
      partnershipId: partnership.id,
      year: filters.year,
      kind: filters.kind,
      organisationId: filters.organisationId,
      search: search || null,
      first: pageSize,
    },
    fetchPolicy: 'cache-and-network',
  });
  const more = useLoadMore(data?.ledgerTransactions.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        ledgerTransactions: {
          ...fetchMoreResult.ledgerTransactions,
          nodes: [...previous.ledgerTransactions.nodes, ...fetchMoreResult.ledgerTransactions.nodes],
        },
      }),
    }),
  );
  const shown = data ?? previousData;
  const organisations = (members.data?.partnership.members ?? [])
    .map((m) => m.organisation)
    .sort((a, b) => a.name.localeCompare(b.name));
  const exportName = filters.year
    ? t('finance.exports.kind.ledger', { year: filters.year })
    : t('finance.exports.kind.ledgerAll');

  return (
    <>
      <p className="kern-body kern-body--large portal-lead">{t('finance.ledger.intro')}</p>
      <p className="kern-body finance-downloads">
        <ExportLink
          href={exportUrl(partnership.slug, 'ledger', 'csv', { year: filters.year ?? undefined })}
          label={t('finance.exports.csv')}
          context={exportName}
        />
        <ExportLink
          href={exportUrl(partnership.slug, 'ledger', 'xlsx', { year: filters.year ?? undefined })}
          label={t('finance.exports.xlsx')}
          context={exportName}
        />
      </p>
      <section aria-labelledby="ledger-filters" className="portal-section">
        <h2 id="ledger-filters" className="kern-heading-medium">
          {t('finance.ledger.filtersHeading')}
        </h2>
        <SearchField label={t('finance.ledger.search.label')} hint={t('finance.ledger.search.hint')} />
        <div className="finance-filters">
          <SelectField
            label={t('finance.ledger.filter.year')}
            name="year"
            value={filters.year ?? ''}
            onChange={(event) => filters.set('jahr', event.target.value)}
          >
            <option value="">{t('finance.ledger.filter.all')}</option>
            {yearOptions().map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('finance.ledger.filter.kind')}
            name="kind"
            value={filters.kind ?? ''}
            onChange={(event) => filters.set('art', event.target.value)}
          >
            <option value="">{t('finance.ledger.filter.all')}</option>
            {transactionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`finance.kind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('finance.ledger.filter.organisation')}
            name="organisation"
            value={filters.organisationId ?? ''}
            onChange={(event) => filters.set('organisation', event.target.value)}
          >
            <option value="">{t('finance.ledger.filter.all')}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
        </div>
      </section>

      {reversed && <SuccessAlert message={reversed} />}
      {reversing && access.canManage && (
        <ReversalForm
          key={reversing.id}
          transaction={reversing}
          onDone={(message) => {
            setReversing(null);
            setReversed(message);
            void refetch();
          }}
          onCancel={() => setReversing(null)}
        />
      )}

      <section aria-labelledby="ledger-list" className="portal-section" aria-busy={(!data && loading) || undefined}>
        <h2 id="ledger-list" className="kern-heading-medium">
          {t('finance.ledger.listHeading')}
        </h2>
        {error && !shown && <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />}
        {!shown && loading && <LoadingState />}
        {shown && (
          <>
            <p className="kern-body" role="status">
              {t('finance.ledger.count', { count: shown.ledgerTransactions.totalCount })}
            </p>
            {shown.ledgerTransactions.nodes.length === 0 ? (
              <p className="kern-body">
                {search ? t('finance.ledger.search.none', { search }) : t('finance.ledger.empty')}
              </p>
            ) : (
              <JournalTable
                nodes={shown.ledgerTransactions.nodes}
                canManage={access.canManage}
                onReverse={setReversing}
                total={shown.ledgerTransactions.totalCount}
              />
            )}
            <LoadMore
              label={t('finance.ledger.more')}
              hasMore={shown.ledgerTransactions.pageInfo.hasNextPage}
              loading={more.loading}
              failed={more.failed}
              onLoad={() => void more.load()}
            />
          </>
        )}
      </section>
    </>
  );
}

function JournalTable({
  nodes,
  canManage,
  onReverse,
  total,
}: {
  nodes: LedgerNode[];
  canManage: boolean;
  onReverse: (node: LedgerNode) => void;
  total: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const accountOwner = useAccountOwner();
  const accountName = (account: LedgerNode['entries'][number]['account']) => {
    const kind = t(`finance.accountKind.${account.kind}`);
    const of = accountOwner(account);
    return of ? `${kind}: ${of}` : kind;
  };
  return (
    <DataTable
      caption={t('finance.ledger.caption', { shown: nodes.length, total })}
      stacked
      rows={nodes}
      rowKey={(node) => node.id}
      columns={[
        {
          id: 'date',
          header: t('finance.column.date'),
          cell: (node) => <time dateTime={node.bookedOn}>{format.localDate(node.bookedOn)}</time>,
        },
        {
          id: 'description',
          header: t('finance.column.description'),
          rowHeader: true,
          cell: (node) => (
            <>
              {node.description}
              {node.counterparty && <span className="finance-muted"> · {node.counterparty.name}</span>}
            </>
          ),
        },
        {
          id: 'kind',
          header: t('finance.column.kind'),
          cell: (node) => (
            <>
              {t(`finance.kind.${node.kind}`)}
              {node.reversedById && <span className="finance-muted"> · {t('finance.ledger.reversed')}</span>}
            </>
          ),
        },
        {
          id: 'entries',
          header: t('finance.column.entriesList'),
          cell: (node) => (
            <ul className="finance-entries">
              {node.entries.map((entry, index) => (
                <li key={index}>
                  {accountName(entry.account)}: {format.euros(entry.amountCents)}
                </li>
              ))}
            </ul>
          ),
        },
        {
          id: 'amount',
          header: t('finance.column.amount'),
          kind: 'numeric',
          cell: (node) => format.euros(movedCents(node)),
        },
        canManage && {
          id: 'actions',
          header: t('finance.column.actions'),
          kind: 'action',
          cell: (node) =>
            node.kind !== 'REVERSAL' &&
            !node.reversedById && (
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onReverse(node)}>
                <span className="kern-label">
                  {t('finance.ledger.reverse')}
                  <span className="portal-sr-only">
                    :{' '}
                    {t('finance.ledger.reverseWhat', {
                      description: node.description,
                      date: format.localDate(node.bookedOn),
                    })}
                  </span>
                </span>
              </button>
            ),
        },
      ]}
    />
  );
}
