import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CostAgreementsDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { DataTable } from '../../shell/components/DataTable';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import { useAgreementsPartnership, type AgreementsPartnership } from '../hooks/useAgreementsPartnership';
import '../agreements.css';

const pageSize = 20;

export function AgreementsListPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useAgreementsPartnership(slug);
  if (data) return <AgreementList partnership={data.partnership} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function AgreementList({ partnership }: { partnership: AgreementsPartnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('agreements.list.documentTitle', { name: partnership.name }));
  const canManage = partnership.viewerPermissions.includes('FINANCE_MANAGE');
  const { data, loading, error, refetch, fetchMore } = useQuery(CostAgreementsDocument, {
    variables: { partnershipId: partnership.id, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const more = useLoadMore(data?.costAgreements.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        costAgreements: {
          ...fetchMoreResult.costAgreements,
          nodes: [...previous.costAgreements.nodes, ...fetchMoreResult.costAgreements.nodes],
        },
      }),
    }),
  );
  const base = `/p/${partnership.slug}/finanzen/vereinbarungen`;

  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('agreements.list.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('agreements.list.intro')}</p>
      <p className="kern-body agreement-actions">
        {canManage && (
          <Link to={`${base}/neu`} className="kern-btn kern-btn--primary">
            <span className="kern-label">{t('agreements.list.newLink')}</span>
          </Link>
        )}
        <Link to={`/p/${partnership.slug}/module`} className="kern-link">
          {t('agreements.list.modulesLink')}
        </Link>
      </p>
      <section aria-labelledby="agreements-list" className="portal-section">
        <h2 id="agreements-list" className="kern-heading-medium">
          {t('agreements.list.listHeading')}
        </h2>
        {error && !data && <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />}
        {!data && loading && <LoadingState />}
        {data && data.costAgreements.nodes.length === 0 && <p className="kern-body">{t('agreements.list.empty')}</p>}
        {data && data.costAgreements.nodes.length > 0 && (
          <>
            <DataTable
              caption={t('agreements.list.caption', {
                shown: data.costAgreements.nodes.length,
                count: data.costAgreements.totalCount,
              })}
              stacked
              rows={data.costAgreements.nodes}
              rowKey={(agreement) => agreement.id}
              columns={[
                {
                  id: 'title',
                  header: t('agreements.column.title'),
                  cell: (agreement) => (
                    <Link to={`${base}/${agreement.id}`} className="kern-link" lang="de">
                      {agreement.title}
                    </Link>
                  ),
                },
                {
                  id: 'subject',
                  header: t('agreements.column.subject'),
                  cell: (agreement) =>
                    agreement.request
                      ? t('agreements.subject.request', { number: agreement.request.number })
                      : t('agreements.subject.module', { name: agreement.module?.name ?? '', year: agreement.year }),
                },
                {
                  id: 'total',
                  header: t('agreements.column.total'),
                  kind: 'numeric',
                  cell: (agreement) => format.euros(agreement.totalCents),
                },
                {
                  id: 'status',
                  header: t('agreements.column.status'),
                  cell: (agreement) => t(`agreements.status.${agreement.status}`),
                },
                {
                  id: 'signed',
                  header: t('agreements.column.signed'),
                  cell: (agreement) => {
                    if (agreement.recurring) return t('agreements.list.noContracts');
                    const current = agreement.contracts.filter((c) => c.version === agreement.currentVersion);
                    return t('agreements.list.signedOf', {
                      signed: current.filter((c) => c.status === 'SIGNED').length,
                      count: current.length,
                    });
                  },
                },
              ]}
            />
            <LoadMore
              label={t('agreements.list.loadMore')}
              hasMore={data.costAgreements.pageInfo.hasNextPage}
              loading={more.loading}
              failed={more.failed}
              onLoad={() => void more.load()}
            />
          </>
        )}
      </section>
    </>
  );
}
