import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PartnershipsQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useViewer } from '../../auth/hooks/useViewer';
import { MyOpenVotes } from '../../votes/components/MyOpenVotes';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { SearchField, useSearchText } from '../../shell/components/SearchField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import { usePartnerships } from '../hooks/usePartnerships';

type PartnershipSummary = PartnershipsQuery['partnerships']['nodes'][number];

export function PartnershipListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('partnershipList.title'));
  const search = useSearchText();
  const { data, previousData, loading, error, refetch, fetchMore } = usePartnerships(search);
  const { viewer } = useViewer();
  const more = useLoadMore(data?.partnerships.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));
  // While another search loads, the previous list stays and the search box keeps its focus.
  const shown = data ?? previousData;

  return (
    <>
      <h1 className="kern-heading-large">{t('partnershipList.title')}</h1>
      <p className="kern-body kern-body--large portal-lead">{t('partnershipList.intro')}</p>
      <MyOpenVotes />
      {viewer?.isPlatformAdmin && (
        <p className="kern-body portal-page-actions">
          <Link to="/partnerschaften/neu" className="kern-btn kern-btn--secondary">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t('partnershipList.create')}</span>
          </Link>
        </p>
      )}
      <SearchField label={t('partnershipList.search.label')} hint={t('partnershipList.search.hint')} />
      {shown ? (
        <div aria-busy={(!data && loading) || undefined}>
          <PartnershipList
            partnerships={shown.partnerships.nodes}
            totalCount={shown.partnerships.totalCount}
            search={search}
          />
          <LoadMore
            label={t('partnershipList.loadMore')}
            hasMore={shown.partnerships.pageInfo.hasNextPage}
            loading={more.loading}
            failed={more.failed}
            onLoad={() => void more.load()}
          />
        </div>
      ) : error ? (
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      ) : loading ? (
        <LoadingState />
      ) : null}
    </>
  );
}

interface PartnershipListProps {
  partnerships: PartnershipSummary[];
  totalCount: number;
  search: string;
}

function PartnershipList({ partnerships, totalCount, search }: PartnershipListProps) {
  const { t } = useTranslation();
  if (partnerships.length === 0)
    return (
      <p className="kern-body" role="status">
        {search ? t('partnershipList.search.none', { search }) : t('partnershipList.empty')}
      </p>
    );
  return (
    <>
      <p className="kern-body kern-body--muted" role="status">
        {search
          ? t('partnershipList.search.found', { count: totalCount, search })
          : t('partnershipList.count', { count: totalCount })}
      </p>
      <ul className="partnership-cards">
        {partnerships.map((partnership) => (
          <li key={partnership.id}>
            <PartnershipCard partnership={partnership} />
          </li>
        ))}
      </ul>
    </>
  );
}

function PartnershipCard({ partnership }: { partnership: PartnershipSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className="kern-card kern-card--interactive">
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h2 className="kern-title">
            <Link to={`/p/${partnership.slug}`} className="kern-link kern-link--stretched">
              {partnership.name}
            </Link>
          </h2>
        </header>
        <div className="kern-card__body">
          <dl className="kern-description-list kern-description-list--col">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('partnershipList.product')}</dt>
              <dd className="kern-description-list-item__value">{partnership.productName}</dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('partnershipList.governanceModel')}</dt>
              <dd className="kern-description-list-item__value">
                {t(`governanceModel.${partnership.governanceModel}`)}
              </dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('partnershipList.activeMembers')}</dt>
              <dd className="kern-description-list-item__value">{format.integer(partnership.memberCount)}</dd>
            </div>
          </dl>
        </div>
      </div>
    </article>
  );
}
