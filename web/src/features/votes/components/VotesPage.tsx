import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  PartnershipVotesDocument,
  type PartnershipVotesQuery,
  type PartnershipVotesQueryVariables,
  type VoteListFieldsFragment,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { JumpLink } from '../../shell/components/JumpLink';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { SearchField, useSearchText } from '../../shell/components/SearchField';
import { DataTable } from '../../shell/components/DataTable';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { appendPartnershipPage, useLoadMore } from '../../shell/hooks/useLoadMore';
import { useVoteWords } from '../hooks/useVoteWords';
import { StartWrittenProcedureForm } from './StartWrittenProcedureForm';
import { VoteOutcomeText, VoteStatusText } from './VoteStatusText';
import '../votes.css';

type Partnership = PartnershipVotesQuery['partnership'];
type VoteList = 'openVotes' | 'closedVotes' | 'cancelledVotes';

const pageSize = 20;

export function VotesPage() {
  const { slug = '' } = useParams();
  // The search applies to the closed votes, the list that grows without end.
  const search = useSearchText();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PartnershipVotesDocument, {
    variables: { slug, first: pageSize, search: search || null },
    fetchPolicy: 'cache-and-network',
  });
  // Each list has its own cursor.
  const nextPage = (list: VoteList, variables: PartnershipVotesQueryVariables) =>
    fetchMore({ variables, updateQuery: appendPartnershipPage(list) });
  const more = {
    openVotes: useLoadMore(data?.partnership.openVotes.pageInfo.endCursor, (openAfter) =>
      nextPage('openVotes', { slug, first: pageSize, openAfter }),
    ),
    closedVotes: useLoadMore(data?.partnership.closedVotes.pageInfo.endCursor, (after) =>
      nextPage('closedVotes', { slug, first: pageSize, after }),
    ),
    cancelledVotes: useLoadMore(data?.partnership.cancelledVotes.pageInfo.endCursor, (cancelledAfter) =>
      nextPage('cancelledVotes', { slug, first: pageSize, cancelledAfter }),
    ),
  };

  // While another search loads, the previous lists stay (marked busy) and the search box keeps its focus.
  const shown = data ?? previousData;
  if (shown) return <Votes partnership={shown.partnership} search={search} updating={!data && loading} more={more} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

interface VotesProps {
  partnership: Partnership;
  search: string;
  updating: boolean;
  more: Record<VoteList, ReturnType<typeof useLoadMore>>;
}

function Votes({ partnership, search, updating, more }: VotesProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('votes.documentTitle', { name: partnership.name }));
  const canManage = partnership.viewerPermissions.includes('COMMITTEES_MANAGE');
  const votingCommittees = partnership.committees.filter((committee) => committee.votes);

  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('votes.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('votes.intro')}</p>
      {canManage && <JumpLink target="votes-start" label={t('votes.start.heading')} />}

      <section aria-labelledby="votes-open" className="portal-section">
        <h2 id="votes-open" className="kern-heading-medium">
          {t('votes.openHeading')}
        </h2>
        {partnership.openVotes.pageInfo.hasNextPage && (
          <p className="kern-body kern-body--muted" role="status">
            {t('votes.openList.shown', {
              shown: partnership.openVotes.nodes.length,
              count: partnership.openVotes.totalCount,
            })}
          </p>
        )}
        <VoteTable
          slug={partnership.slug}
          votes={partnership.openVotes.nodes}
          caption={t('votes.openCaption')}
          empty={t('votes.openEmpty')}
        />
        <LoadMore
          label={t('votes.openList.loadMore')}
          hasMore={partnership.openVotes.pageInfo.hasNextPage}
          loading={more.openVotes.loading}
          failed={more.openVotes.failed}
          onLoad={() => void more.openVotes.load()}
        />
      </section>

      <section aria-labelledby="votes-closed" className="portal-section" aria-busy={updating || undefined}>
        <h2 id="votes-closed" className="kern-heading-medium">
          {t('votes.closedHeading')}
        </h2>
        <SearchField label={t('votes.closedSearch.label')} hint={t('votes.closedSearch.hint')} />
        <p className="kern-body kern-body--muted" role="status">
          {search
            ? t('votes.closedSearch.found', { count: partnership.closedVotes.totalCount, search })
            : t('votes.closedSearch.shown', {
                shown: partnership.closedVotes.nodes.length,
                count: partnership.closedVotes.totalCount,
              })}
        </p>
        {!(search && partnership.closedVotes.nodes.length === 0) && (
          <VoteTable
            slug={partnership.slug}
            votes={partnership.closedVotes.nodes}
            caption={t('votes.closedCaption')}
            empty={t('votes.closedEmpty')}
          />
        )}
        <LoadMore
          label={t('votes.closedSearch.loadMore')}
          hasMore={partnership.closedVotes.pageInfo.hasNextPage}
          loading={more.closedVotes.loading}
          failed={more.closedVotes.failed}
          onLoad={() => void more.closedVotes.load()}
        />
      </section>

      {partnership.cancelledVotes.totalCount > 0 && (
        <section aria-labelledby="votes-cancelled" className="portal-section">
          <h2 id="votes-cancelled" className="kern-heading-medium">
            {t('votes.cancelledHeading')}
          </h2>
          <p className="kern-body kern-body--muted" role="status">
            {t('votes.cancelledList.shown', {
              shown: partnership.cancelledVotes.nodes.length,
              count: partnership.cancelledVotes.totalCount,
            })}
          </p>
          <VoteTable
            slug={partnership.slug}
            votes={partnership.cancelledVotes.nodes}
            caption={t('votes.cancelledCaption')}
            empty=""
          />
          <LoadMore
            label={t('votes.cancelledList.loadMore')}
            hasMore={partnership.cancelledVotes.pageInfo.hasNextPage}
            loading={more.cancelledVotes.loading}
            failed={more.cancelledVotes.failed}
            onLoad={() => void more.cancelledVotes.load()}
          />
        </section>
      )}

      {canManage && (
        <section aria-labelledby="votes-start" className="portal-section">
          <h2 id="votes-start" className="kern-heading-medium">
            {t('votes.start.heading')}
          </h2>
          <StartWrittenProcedureForm slug={partnership.slug} committees={votingCommittees} />
        </section>
      )}
    </>
  );
}

interface VoteTableProps {
  slug: string;
  votes: VoteListFieldsFragment[];
  caption: string;
  empty: string;
}

function VoteTable({ slug, votes, caption, empty }: VoteTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useVoteWords();
  if (votes.length === 0) return <p className="kern-body">{empty}</p>;
  return (
    <DataTable
      caption={caption}
      stacked
      rows={votes}
      rowKey={(vote) => vote.id}
      columns={[
        {
          id: 'title',
          header: t('votes.column.title'),
          rowHeader: true,
          cell: (vote) => (
            <>
              <Link to={`/p/${slug}/abstimmungen/${vote.id}`} className="kern-link">
                {vote.title}
              </Link>
              {vote.decision && <span className="kern-body kern-body--small vote-note">{t('votes.jointShort')}</span>}
              {vote.agendaItem && !vote.agendaItem.public && (
                <span className="kern-body kern-body--small vote-note">{t('votes.nonPublicShort')}</span>
              )}
            </>
          ),
        },
        { id: 'committee', header: t('votes.column.committee'), cell: (vote) => vote.committee.name },
        {
          id: 'procedure',
          header: t('votes.column.procedure'),
          cell: (vote) => (
            <>
              {t(`votes.procedure.${vote.procedure}`)}
              {vote.session && <span className="kern-body kern-body--small vote-note">{vote.session.title}</span>}
            </>
          ),
        },
        {
          id: 'deadline',
          header: t('votes.column.deadline'),
          cell: (vote) =>
            vote.deadline
              ? format.dateTime(vote.deadline)
              : vote.closedAt
                ? format.dateTime(vote.closedAt)
                : t('votes.noDeadline'),
        },
        {
          id: 'status',
          header: t('votes.column.status'),
          cell: (vote) => (
            <>
              <VoteStatusText status={vote.status} />
              <span className="kern-body kern-body--small vote-note">
                {t('votes.participation', { count: vote.tally.castCount, entitled: vote.tally.entitledCount })}
              </span>
            </>
          ),
        },
        {
          id: 'outcome',
          header: t('votes.column.outcome'),
          cell: (vote) => {
            if (vote.status === 'CANCELLED') return t('votes.outcome.cancelled');
            const sentence = words.sentence(vote.tally);
            return (
              <>
                <VoteOutcomeText outcome={vote.outcome} />
                {vote.status === 'CLOSED' && sentence && (
                  <span className="kern-body kern-body--small vote-note">{sentence}</span>
                )}
              </>
            );
          },
        },
      ]}
    />
  );
}
