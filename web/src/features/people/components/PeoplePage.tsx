import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PartnershipPeopleDocument, type PartnershipPeopleQuery } from '../../../generated/graphql';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { LoadingState } from '../../shell/components/LoadingState';
import { SearchField, useSearchText } from '../../shell/components/SearchField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { InvitationsSection } from './InvitationsSection';
import { PeopleTable } from './PeopleTable';

type Partnership = PartnershipPeopleQuery['partnership'];

export function PeoplePage() {
  const { slug = '' } = useParams();
  const search = useSearchText();
  const { data, previousData, loading, error, refetch } = useQuery(PartnershipPeopleDocument, {
    variables: { slug, search: search || null },
  });

  // While another search loads, the previous list stays (marked busy) and the search box keeps its focus.
  const shown = data ?? previousData;
  if (shown) return <People partnership={shown.partnership} search={search} updating={!data && loading} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function People({ partnership, search, updating }: { partnership: Partnership; search: string; updating: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t('people.documentTitle', { name: partnership.name }));
  const { roles, representativeOrganisations } = partnership.viewerGrants;
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
        {search && (
          <p className="kern-body" role="status">
            {t('people.search.found', { count: partnership.people.length, search })}
          </p>
        )}
        {!(search && partnership.people.length === 0) && (
          <PeopleTable partnershipName={partnership.name} people={partnership.people} />
        )}
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
