import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PartnershipAuditLogDocument, type PartnershipAuditLogQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import { AuditTable } from './AuditTable';
import { ChainStatus } from './ChainStatus';
import { CheckpointCheck } from './CheckpointCheck';

const pageSize = 50;

type Partnership = PartnershipAuditLogQuery['partnership'];

export function AuditLogPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnershipAuditLogDocument, {
    variables: { slug, first: pageSize },
  });
  const more = useLoadMore(data?.partnership.auditLog.pageInfo.endCursor, (after) =>
    fetchMore({ variables: { after } }),
  );

  if (data) return <AuditLog partnership={data.partnership} more={more} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function AuditLog({ partnership, more }: { partnership: Partnership; more: ReturnType<typeof useLoadMore> }) {
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

      <section aria-labelledby="audit-entries" className="portal-section">
        <h2 id="audit-entries" className="kern-heading-medium">
          {t('audit.entriesHeading')}
        </h2>
        <p className="kern-body kern-body--muted">
          {t('audit.shown', { shown: format.integer(auditLog.nodes.length), count: auditLog.totalCount })}
        </p>
        <AuditTable
          events={auditLog.nodes}
          brokenAt={auditChainStatus.valid ? null : auditChainStatus.brokenAtSequence}
        />
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
