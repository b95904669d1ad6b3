import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  PartnershipCommitteesDocument,
  type PartnershipCommitteesQuery,
  type PartnershipCommitteesQueryVariables,
} from '../../../generated/graphql';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { DataTable } from '../../shell/components/DataTable';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { appendPartnershipPage, useLoadMore } from '../../shell/hooks/useLoadMore';
import { useVoteWords } from '../../votes/hooks/useVoteWords';
import { CreateCommitteeForm } from './CreateCommitteeForm';
import { SessionList } from './SessionList';
import '../committees.css';

type Partnership = PartnershipCommitteesQuery['partnership'];
type SessionPages = 'upcomingSessions' | 'pastSessions';

const pageSize = 20;

export function CommitteesPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnershipCommitteesDocument, {
    variables: { slug, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });
  // Each list has its own cursor.
  const nextPage = (list: SessionPages, variables: PartnershipCommitteesQueryVariables) =>
    fetchMore({ variables, updateQuery: appendPartnershipPage(list) });
  const more = {
    upcomingSessions: useLoadMore(data?.partnership.upcomingSessions.pageInfo.endCursor, (upcomingAfter) =>
      nextPage('upcomingSessions', { slug, first: pageSize, upcomingAfter }),
    ),
    pastSessions: useLoadMore(data?.partnership.pastSessions.pageInfo.endCursor, (pastAfter) =>
      nextPage('pastSessions', { slug, first: pageSize, pastAfter }),
    ),
  };

  if (data) return <Committees partnership={data.partnership} more={more} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

interface CommitteesProps {
  partnership: Partnership;
  more: Record<SessionPages, ReturnType<typeof useLoadMore>>;
}

function Committees({ partnership, more }: CommitteesProps) {
  const { t } = useTranslation();
  const words = useVoteWords();
  useDocumentTitle(t('committees.documentTitle', { name: partnership.name }));
  const canManage = partnership.viewerPermissions.includes('COMMITTEES_MANAGE');

  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('committees.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('committees.intro')}</p>

      <section aria-labelledby="committees-list" className="portal-section">
        <h2 id="committees-list" className="kern-heading-medium">
          {t('committees.listHeading')}
        </h2>
        {partnership.committees.length === 0 ? (
          <p className="kern-body">{t('committees.empty')}</p>
        ) : (
          <DataTable
            caption={t('committees.caption', { count: partnership.committees.length })}
            stacked
            rows={partnership.committees}
            rowKey={(committee) => committee.id}
            columns={[
              {
                id: 'name',
                header: t('committees.column.name'),
                rowHeader: true,
                cell: (committee) => (
                  <Link to={`/p/${partnership.slug}/gremien/${committee.id}`} className="kern-link">
                    {committee.name}
                  </Link>
                ),
              },
              { id: 'kind', header: t('committees.column.kind'), cell: (c) => t(`committees.kind.${c.kind}`) },
              {
                id: 'cadence',
                header: t('committees.column.cadence'),
                cell: (c) => t(`committees.cadence.${c.cadence}`),
              },
              {
                id: 'rule',
                header: t('committees.column.rule'),
                cell: (c) => (c.votes ? words.ruleName(c.defaultRuleName) : t('committees.noVotes')),
              },
              {
                id: 'seats',
                header: t('committees.column.seats'),
                cell: (c) => {
                  const voting = c.seats.filter((seat) => seat.kind === 'VOTING').length;
                  return t('committees.seatCount', { voting, advisory: c.seats.length - voting });
                },
              },
              {
                id: 'chair',
                header: t('committees.column.chair'),
                cell: (c) => c.seats.find((seat) => seat.chair)?.organisation.name ?? t('committees.noChair'),
              },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="committees-upcoming" className="portal-section">
        <h2 id="committees-upcoming" className="kern-heading-medium">
          {t('committees.upcomingHeading')}
        </h2>
        {partnership.upcomingSessions.pageInfo.hasNextPage && (
          <p className="kern-body kern-body--muted" role="status">
            {t('committees.upcomingShown', {
              shown: partnership.upcomingSessions.nodes.length,
              count: partnership.upcomingSessions.totalCount,
            })}
          </p>
        )}
        <SessionList
          slug={partnership.slug}
          sessions={partnership.upcomingSessions.nodes}
          caption={t('committees.upcomingCaption')}
          empty={t('committees.upcomingEmpty')}
          showCommittee
        />
        <LoadMore
          label={t('committees.upcomingLoadMore')}
          hasMore={partnership.upcomingSessions.pageInfo.hasNextPage}
          loading={more.upcomingSessions.loading}
          failed={more.upcomingSessions.failed}
          onLoad={() => void more.upcomingSessions.load()}
        />
      </section>

      <section aria-labelledby="committees-past" className="portal-section">
        <h2 id="committees-past" className="kern-heading-medium">
          {t('committees.sessionsPast')}
        </h2>
        {partnership.pastSessions.totalCount > 0 && (
          <p className="kern-body kern-body--muted" role="status">
            {t('committees.pastShown', {
              shown: partnership.pastSessions.nodes.length,
              count: partnership.pastSessions.totalCount,
            })}
          </p>
        )}
        <SessionList
          slug={partnership.slug}
          sessions={partnership.pastSessions.nodes}
          caption={t('committees.sessionsPastCaption')}
          empty={t('committees.sessionsPastEmpty')}
          showCommittee
        />
        <LoadMore
          label={t('committees.pastLoadMore')}
          hasMore={partnership.pastSessions.pageInfo.hasNextPage}
          loading={more.pastSessions.loading}
          failed={more.pastSessions.failed}
          onLoad={() => void more.pastSessions.load()}
        />
      </section>

      {canManage && (
        <section aria-labelledby="committees-create" className="portal-section">
          <h2 id="committees-create" className="kern-heading-medium">
            {t('committees.create.heading')}
          </h2>
          <CreateCommitteeForm partnershipId={partnership.id} slug={partnership.slug} />
        </section>
      )}
    </>
  );
}
