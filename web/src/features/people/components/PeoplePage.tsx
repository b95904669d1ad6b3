import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PartnershipPeopleDocument, type PartnershipPeopleQuery } from '../../../generated/graphql';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { SearchField, useSearchText } from '../../shell/components/SearchField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import { InvitationsSection } from './InvitationsSection';
import { PeopleTable } from './PeopleTable';

type Partnership = PartnershipPeopleQuery['partnership'];

const pageSize = 20;

export function PeoplePage() {
  const { slug = '' } = useParams();
  const search = useSearchText();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PartnershipPeopleDocument, {
    variables: { slug, first: pageSize, search: search || null },
  });
  const more = useLoadMore(data?.partnership.peopleList.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        partnership: {
          ...fetchMoreResult.partnership,
          peopleList: {
            ...fetchMoreResult.partnership.peopleList,
            nodes: [...previous.partnership.peopleList.nodes, ...fetchMoreResult.partnership.peopleList.nodes],
          },
        },
      }),
    }),
  );

  // While another search loads, the previous list stays (marked busy) and the search box keeps its focus.
  const shown = data ?? previousData;
  if (shown) return <People partnership={shown.partnership} search={search} updating={!data && loading} more={more} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

interface PeopleProps {
  partnership: Partnership;
  search: string;
  updating: boolean;
  more: ReturnType<typeof useLoadMore>;
}

function People({ partnership, search, updating, more }: PeopleProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('people.documentTitle', { name: partnership.name }));
  const { roles, representativeOrganisations } = partnership.viewerGrants;
  const people = partnership.peopleList;
  const canInvite = roles.length > 0;
  const intro = partnership.viewerPermissions.includes('PEOPLE_MANAGE')
    ? t('people.introManage')
    : canInvite
      ? t('people.introRepresentative')
      : t('people.intro');

  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('people.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{intro}</p>

      <section aria-labelledby="people-roles" className="portal-section" aria-busy={updating || undefined}>
        <h2 id="people-roles" className="kern-heading-medium">
          {t('people.rolesHeading')}
        </h2>
        <SearchField label={t('people.search.label')} hint={t('people.search.hint')} />
        <p className="kern-body kern-body--muted" role="status">
          {search
            ? t('people.search.found', { count: people.totalCount, search })
            : t('people.search.shown', { shown: people.nodes.length, count: people.totalCount })}
        </p>
        {!(search && people.nodes.length === 0) && (
          <PeopleTable partnershipName={partnership.name} people={people.nodes} />
        )}
        <LoadMore
          label={t('people.search.loadMore')}
          hasMore={people.pageInfo.hasNextPage}
          loading={more.loading}
          failed={more.failed}
          onLoad={() => void more.load()}
        />
      </section>

      {canInvite && (
        <InvitationsSection
          partnershipId={partnership.id}
          slug={partnership.slug}
          roles={roles}
          organisations={representativeOrganisations}
        />
      )}
    </>
  );
}
