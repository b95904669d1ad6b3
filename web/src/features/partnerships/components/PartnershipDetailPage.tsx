import { useTranslation } from 'react-i18next';
import { useParams, Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { PartnershipNavDocument, type PartnershipQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { FactList, type Fact } from '../../shell/components/FactList';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { usePartnership } from '../hooks/usePartnership';
import { BackLink } from './BackLink';
import { MemberTable } from './MemberTable';
import { PartnershipProblem } from './PartnershipProblem';

type Partnership = PartnershipQuery['partnership'];

// Partnerships describe themselves in German, whatever language the interface is in; marking the text lets a
// screen reader in English pronounce it as German (WCAG 3.1.2). The API has no content-language field yet.
const contentLanguage = 'de';

export function PartnershipDetailPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = usePartnership(slug);

  if (data) return <PartnershipDetail partnership={data.partnership} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function PartnershipDetail({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(partnership.name);
  // The navigation's query says what the viewer may open (already cached when signed in).
  const { data: nav } = useQuery(PartnershipNavDocument, { variables: { slug: partnership.slug } });
  const member = nav?.partnership.viewerPermissions.includes('PARTNERSHIP_READ') ?? false;
  const facts: Fact[] = [
    [t('partnership.product'), partnership.productName],
    [t('partnership.governanceModel'), t(`governanceModel.${partnership.governanceModel}`)],
    [t('partnership.productOwner'), partnership.productOwner?.name ?? t('common.notSpecified')],
    [t('partnership.communityManagement'), partnership.communityManagement?.name ?? t('common.notSpecified')],
    [t('partnership.activeMembers'), format.integer(partnership.memberCount)],
  ];

  return (
    <>
      <BackLink />
      <h1 className="kern-heading-large">{partnership.name}</h1>
      {partnership.description && (
        <p className="kern-body kern-body--large portal-lead" lang={contentLanguage}>
          {partnership.description}
        </p>
      )}

      <section aria-labelledby="partnership-overview" className="portal-section">
        <h2 id="partnership-overview" className="kern-heading-medium">
          {t('partnership.overview')}
        </h2>
        <FactList facts={facts} />
      </section>

      <section aria-labelledby="partnership-requests" className="portal-section">
        <h2 id="partnership-requests" className="kern-heading-medium">
          {t('requests.backlog.title')}
        </h2>
        <ul className="kern-list">
          {member && (
            <li>
              <Link to={`/p/${partnership.slug}/anliegen`} className="kern-link">
                {t('requests.links.backlog')}
              </Link>
            </li>
          )}
          <li>
            <Link to={`/p/${partnership.slug}/roadmap`} className="kern-link">
              {t('requests.links.roadmap')}
            </Link>
          </li>
          <li>
            <Link to={`/p/${partnership.slug}/aenderungen`} className="kern-link">
              {t('requests.links.changelog')}
            </Link>
          </li>
          <li>
            <Link to={`/p/${partnership.slug}/ablauf`} className="kern-link">
              {t('requests.links.workflow')}
            </Link>
          </li>
        </ul>
      </section>

      {(nav?.partnership.publicTransparency || member) && (
        <section aria-labelledby="partnership-finance" className="portal-section">
          <h2 id="partnership-finance" className="kern-heading-medium">
            {t('finance.nav.finance')}
          </h2>
          <ul className="kern-list">
            {member && (
              <li>
                <Link to={`/p/${partnership.slug}/finanzen`} className="kern-link">
                  {t('finance.home.title')}
                </Link>
              </li>
            )}
            <li>
              <Link to={`/p/${partnership.slug}/transparenz`} className="kern-link">
                {t('finance.home.section.transparency.title')}
              </Link>
            </li>
          </ul>
        </section>
      )}

      <section aria-labelledby="partnership-members" className="portal-section">
        <h2 id="partnership-members" className="kern-heading-medium">
          {t('partnership.members')}
        </h2>
        <MemberTable partnershipName={partnership.name} members={partnership.members} />
        {/* Offered only to those whose organisation is neither a member nor has applied already. */}
        {partnership.viewerApplicationState === 'NONE' ? (
          <p className="kern-body">
            <Link to={`/p/${partnership.slug}/mitglied-werden`} className="kern-link">
              {t('applications.applyLink')}
            </Link>
          </p>
        ) : (
          partnership.viewerApplicationState === 'PENDING' && (
            <p className="kern-body">{t('applications.viewerState.PENDING.text', { name: partnership.name })}</p>
          )
        )}
      </section>
    </>
  );
}
