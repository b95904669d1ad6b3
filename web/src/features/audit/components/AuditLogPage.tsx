import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PartnershipAuditLogDocument, type PartnershipAuditLogQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { SearchField, useSearchText } from '../../shell/components/SearchField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import { AuditTable } from './AuditTable';
import { ChainStatus } from './ChainStatus';
import { CheckpointCheck } from './CheckpointCheck';

const pageSize = 50;

type Partnership = PartnershipAuditLogQuery['partnership'];

export function AuditLogPage() {
  const { slug = '' } = useParams();
  const search = useSearchText();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PartnershipAuditLogDocument, {
    variables: { slug, first: pageSize, search: search || null },
  });
  const more = useLoadMore(data?.partnership.auditLog.pageInfo.endCursor, (after) =>
    fetchMore({ variables: { after } }),
  );

  // While another search loads, the previous list stays (marked busy) and the search box keeps its focus.
  const shown = data ?? previousData;
  if (shown)
    return <AuditLog partnership={shown.partnership} search={search} updating={!data && loading} more={more} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

interface AuditLogProps {
  partnership: Partnership;
  search: string;
  updating: boolean;
  more: ReturnType<typeof useLoadMore>;
}

function AuditLog({ partnership, search, updating, more }: AuditLogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('audit.documentTitle', { name: partnership.name }));
  const { auditLog, auditChainStatus } = partnership;

  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('audit.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('audit.intro')}</p>

      <ChainStatus status={auditChainStatus} />
      <CheckpointCheck partnershipId={partnership.id} />

      <section aria-labelledby="audit-entries" className="portal-section" aria-busy={updating || undefined}>
        <h2 id="audit-entries" className="kern-heading-medium">
          {t('audit.entriesHeading')}
        </h2>
        <SearchField label={t('audit.search.label')} hint={t('audit.search.hint')} />
        <p className="kern-body kern-body--muted" role="status">
          {search && auditLog.totalCount === 0
            ? t('audit.search.none', { search })
            : t(search ? 'audit.search.shown' : 'audit.shown', {
                shown: format.integer(auditLog.nodes.length),
                count: auditLog.totalCount,
                search,
              })}
        </p>
        {!(search && auditLog.nodes.length === 0) && (
          <AuditTable
            events={auditLog.nodes}
            brokenAt={auditChainStatus.valid ? null : auditChainStatus.brokenAtSequence}
          />
        )}
        <LoadMore
          label={t('audit.loadMore')}
          hasMore={auditLog.pageInfo.hasNextPage}
          loading={more.loading}
          failed={more.failed}
          onLoad={() => void more.load()}
        />
      </section>
    </>
  );
}
