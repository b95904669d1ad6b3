import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FundAllocationsDocument, type FundAllocationsQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { DataTable } from '../../shell/components/DataTable';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import type { FundAllocation, FundPartnership } from '../fund-page';
import { purposeLabel } from '../purpose-label';
import { RecordDisbursementForm } from './RecordDisbursementForm';

const PAGE = 50;
const outcomes = ['ACCEPTED', 'REJECTED', 'NO_QUORUM', 'VETOED'] as const;
/** A closed vote's outcome, or NONE for a cancelled one. */
const outcomeOf = (outcome: string | null) => outcomes.find((o) => o === outcome) ?? 'NONE';

/** Allocations newest first: status, the vote deciding them, what was paid out and what remains. */
export function FundAllocationsSection({
  partnership,
  canManage,
}: {
  partnership: FundPartnership;
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const format = useFormat();
  const [payFor, setPayFor] = useState<FundAllocation | null>(null);
  const variables = { partnershipId: partnership.id, first: PAGE };
  const { data, loading, error, refetch, fetchMore } = useQuery(FundAllocationsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.fundAllocations;
  const more = useLoadMore(page?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { ...variables, after },
      // Pages are appended here rather than by a cache policy: only this page reads the list.
      updateQuery: (previous, { fetchMoreResult }) => ({
        fundAllocations: {
          ...fetchMoreResult.fundAllocations,
          nodes: [
            ...(previous as FundAllocationsQuery).fundAllocations.nodes,
            ...fetchMoreResult.fundAllocations.nodes,
          ],
        },
      }),
    }),
  );
  const status = (a: FundAllocation) =>
    a.status === 'REJECTED' && a.refusalReason === 'INSUFFICIENT_FUNDS'
      ? t('fund.allocations.unfunded')
      : a.status === 'APPROVED' && a.allocatedCents === '0'
        ? t('fund.allocations.reversed')
        : t(`fund.allocations.status.${a.status}`);
  const payable = page?.nodes.filter((a) => a.status === 'APPROVED' && a.remainingCents !== '0') ?? [];

  return (
    <section aria-labelledby="fund-allocations" className="portal-section">
      <h2 id="fund-allocations" className="kern-heading-medium">
        {t('fund.allocations.heading')}
      </h2>
      {!page && loading && <LoadingState />}
      {error && !page && <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />}
      {page && page.nodes.length === 0 && <p className="kern-body">{t('fund.allocations.none')}</p>}
      {page && page.nodes.length > 0 && (
        <DataTable
          caption={t('fund.allocations.caption', { count: page.totalCount })}
          stacked
          rows={page.nodes}
          rowKey={(a) => a.id}
          columns={[
            {
              id: 'title',
              header: t('fund.allocations.title'),
              rowHeader: true,
              cell: (a) => (
                <>
                  {a.title}
                  {a.featureRequest && (
                    <span className="fund-note">
                      <Link className="kern-link" to={`/p/${partnership.slug}/anliegen/${a.featureRequest.number}`}>
                        {t('fund.allocations.request', {
                          number: a.featureRequest.number,
                          title: a.featureRequest.title,
                        })}
                      </Link>
                    </span>
                  )}
                </>
              ),
            },
            { id: 'purpose', header: t('fund.allocations.purpose'), cell: (a) => purposeLabel(a.purpose, language) },
            {
              id: 'status',
              header: t('fund.allocations.statusHeading'),
              cell: (a) => (
                <>
                  {status(a)}
                  {a.decidedAt && <span className="fund-note">{format.day(a.decidedAt)}</span>}
                </>
              ),
            },
            {
              id: 'vote',
              header: t('fund.allocations.vote'),
              cell: (a) =>
                a.vote ? (
                  <Link className="kern-link" to={`/p/${partnership.slug}/abstimmungen/${a.vote.id}`}>
                    {a.vote.status === 'OPEN'
                      ? t('fund.allocations.voteOpen', {
                          deadline: a.vote.deadline ? format.dateTime(a.vote.deadline) : '–',
                        })
                      : t(`fund.allocations.outcome.${outcomeOf(a.vote.outcome)}`)}
                  </Link>
                ) : a.agendaItemId ? (
                  t('fund.allocations.onAgenda')
                ) : (
                  '–'
                ),
            },
            {
              id: 'amount',
              header: t('fund.allocations.amount'),
              kind: 'numeric',
              cell: (a) => format.euros(a.amountCents),
            },
            {
              id: 'disbursed',
              header: t('fund.allocations.disbursed'),
              kind: 'numeric',
              cell: (a) => format.euros(a.disbursedCents),
            },
            {
              id: 'remaining',
              header: t('fund.allocations.remaining'),
              kind: 'numeric',
              cell: (a) => format.euros(a.remainingCents),
            },
          ]}
        />
      )}
      {page && (
        <LoadMore
          label={t('fund.allocations.more')}
          hasMore={page.pageInfo.hasNextPage}
          loading={more.loading}
          failed={more.failed}
          onLoad={() => void more.load()}
        />
      )}
      {canManage && payable.length > 0 && (
        <RecordDisbursementForm
          allocations={payable}
          selected={payFor}
          onSelect={setPayFor}
          onDone={() => {
            setPayFor(null);
            void refetch();
          }}
        />
      )}
    </section>
  );
}
