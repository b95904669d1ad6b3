import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PartnershipRoadmapDocument, type PartnershipRoadmapQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { RoadmapCharts } from '../../charts/components/RoadmapCharts';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { usePick } from '../hooks/useRequestWords';
import { contentLanguage } from '../request-page';
import '../requests.css';

type Partnership = PartnershipRoadmapQuery['partnership'];

/** The public roadmap: accepted → in development → testing → released, readable without signing in when the partnership is public. */
export function RoadmapPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PartnershipRoadmapDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  if (data) return <Roadmap partnership={data.partnership} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function Roadmap({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pick = usePick();
  useDocumentTitle(t('requests.roadmap.documentTitle', { name: partnership.name }));
  // Members open the requests; the public sees the titles only.
  const member = partnership.viewerPermissions.includes('PARTNERSHIP_READ');

  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('requests.roadmap.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('requests.roadmap.intro')}</p>
      <p className="kern-body">
        <Link to={`/p/${partnership.slug}/aenderungen`} className="kern-link">
          {t('requests.links.changelog')}
        </Link>
        {member && (
          <>
            {' · '}
            <Link to={`/p/${partnership.slug}/anliegen`} className="kern-link">
              {t('requests.links.backlog')}
            </Link>
          </>
        )}
      </p>
      <div className="request-roadmap">
        {partnership.roadmap.map((column) => (
          <section key={column.column} aria-labelledby={`roadmap-${column.column}`} className="request-roadmap__column">
            <h2 id={`roadmap-${column.column}`} className="kern-heading-small">
              {t(`requests.roadmap.column.${column.column}`)}{' '}
              <span className="request-roadmap__count">
                {t('requests.roadmap.count', { count: column.items.length })}
              </span>
            </h2>
            {column.items.length === 0 ? (
              <p className="kern-body kern-body--small">{t('requests.roadmap.empty')}</p>
            ) : (
              <ul className="request-roadmap__items">
                {column.items.map((item) => (
                  <li key={item.id} className="request-roadmap__item">
                    <p className="kern-body kern-body--bold" lang={contentLanguage}>
                      {member ? (
                        <Link to={`/p/${partnership.slug}/anliegen/${item.number}`} className="kern-link">
                          #{item.number} {item.title}
                        </Link>
                      ) : (
                        <>
                          #{item.number} {item.title}
                        </>
                      )}
                    </p>
                    <p className="kern-body kern-body--small">
                      {pick(item.stageLabelDe, item.stageLabelEn)} · {t(`requests.kind.${item.kind}`)} ·{' '}
                      {t(`requests.target.${item.target}`)}
                    </p>
                    {item.releaseVersion && (
                      <p className="kern-body kern-body--small">
                        {item.releasedAt
                          ? t('requests.roadmap.releasedIn', {
                              version: item.releaseVersion,
                              date: format.day(item.releasedAt),
                            })
                          : t('requests.roadmap.version', { version: item.releaseVersion })}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <RoadmapCharts columns={partnership.roadmap} />
    </>
  );
}
