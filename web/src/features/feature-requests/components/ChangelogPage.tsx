import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PartnershipChangelogDocument, type PartnershipChangelogQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { contentLanguage } from '../request-page';
import { Markdown } from './Markdown';
import '../requests.css';

type Partnership = PartnershipChangelogQuery['partnership'];

/** Released requests with version and changelog entry, newest first; public with the transparency pages. */
export function ChangelogPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PartnershipChangelogDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  if (data) return <Changelog partnership={data.partnership} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function Changelog({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('requests.changelog.documentTitle', { name: partnership.name }));
  const member = partnership.viewerPermissions.includes('PARTNERSHIP_READ');
  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('requests.changelog.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('requests.changelog.intro')}</p>
      <p className="kern-body">
        <Link to={`/p/${partnership.slug}/roadmap`} className="kern-link">
          {t('requests.links.roadmap')}
        </Link>
      </p>
      {partnership.changelog.length === 0 ? (
        <p className="kern-body">{t('requests.changelog.empty')}</p>
      ) : (
        <ol className="request-changelog">
          {partnership.changelog.map((entry) => (
            <li key={entry.number} className="request-changelog__entry">
              <h2 className="kern-heading-small">
                {t('requests.changelog.version', { version: entry.releaseVersion })}{' '}
                <span className="request-changelog__date">
                  <time dateTime={entry.releasedAt}>{format.day(entry.releasedAt)}</time>
                </span>
              </h2>
              <p className="kern-body kern-body--bold" lang={contentLanguage}>
                {member ? (
                  <Link to={`/p/${partnership.slug}/anliegen/${entry.number}`} className="kern-link">
                    #{entry.number} {entry.title}
                  </Link>
                ) : (
                  <>
                    #{entry.number} {entry.title}
                  </>
                )}
              </p>
              <Markdown text={entry.changelogEntry} lang={contentLanguage} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
