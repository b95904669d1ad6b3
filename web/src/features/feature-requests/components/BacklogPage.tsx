import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import {
  PartnershipBacklogDocument,
  type BacklogSort,
  type PartnershipBacklogQuery,
  type RequestKind,
  type RequestTarget,
  type StageCategory,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { SearchField } from '../../shell/components/SearchField';
import { SelectField } from '../../shell/components/SelectField';
import { DataTable } from '../../shell/components/DataTable';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import { requestKinds, requestTargets, useStageLabel } from '../hooks/useRequestWords';
import { RequestLinks } from './RequestLinks';
import '../requests.css';

const pageSize = 20;
const categories: StageCategory[] = [
  'SUBMITTED',
  'SURVEY',
  'ASSESSMENT',
  'DECISION',
  'ACCEPTED',
  'FINANCING',
  'DEVELOPMENT',
  'TESTING',
  'RELEASED',
  'REJECTED',
  'DEVELOPED_OUTSIDE',
  'WITHDRAWN',
];
const sorts: BacklogSort[] = ['NEWEST', 'MOST_INTERESTED'];

type Partnership = PartnershipBacklogQuery['partnership'];

/** The filters live in the address, so a filtered backlog can be bookmarked, shared and reached with "back". */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const phase = params.get('stufe') ?? '';
  const kind = params.get('art') ?? '';
  const target = params.get('ziel') ?? '';
  const sort: BacklogSort = params.get('sortierung') === 'interesse' ? 'MOST_INTERESTED' : 'NEWEST';
  const search = (params.get('suche') ?? '').trim();
  const set = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return { phase, kind, target, sort, search, set };
}

export function BacklogPage() {
  const { slug = '' } = useParams();
  const filters = useFilters();
  const stage = filters.phase.startsWith('stage:') ? filters.phase.slice(6) : null;
  const category =
    filters.phase.startsWith('category:') && categories.includes(filters.phase.slice(9) as StageCategory)
      ? (filters.phase.slice(9) as StageCategory)
      : null;
  const kind = requestKinds.includes(filters.kind as RequestKind) ? (filters.kind as RequestKind) : null;
  const target = requestTargets.includes(filters.target as RequestTarget) ? (filters.target as RequestTarget) : null;
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PartnershipBacklogDocument, {
    variables: {
      slug,
      first: pageSize,
      stage,
      category,
      kind,
      target,
      sort: filters.sort,
      search: filters.search || null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const more = useLoadMore(data?.partnership.featureRequests.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        partnership: {
          ...fetchMoreResult.partnership,
          featureRequests: {
            ...fetchMoreResult.partnership.featureRequests,
            nodes: [
              ...previous.partnership.featureRequests.nodes,
              ...fetchMoreResult.partnership.featureRequests.nodes,
            ],
          },
        },
      }),
    }),
  );

  const shown = data ?? previousData;
  if (shown)
    return <Backlog partnership={shown.partnership} filters={filters} updating={!data && loading} more={more} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

interface BacklogProps {
  partnership: Partnership;
  filters: ReturnType<typeof useFilters>;
  updating: boolean;
  more: ReturnType<typeof useLoadMore>;
}

function Backlog({ partnership, filters, updating, more }: BacklogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel(partnership.workflow.stages);
  useDocumentTitle(t('requests.backlog.documentTitle', { name: partnership.name }));
  const canSubmit = partnership.viewerPermissions.includes('REQUESTS_SUBMIT');
  const { nodes, totalCount, pageInfo } = partnership.featureRequests;
  const presentCategories = categories.filter((category) =>
    partnership.workflow.stages.some((stage) => stage.category === category),
  );
  const filtered = Boolean(filters.phase || filters.kind || filters.target || filters.search);

  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('requests.backlog.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('requests.backlog.intro')}</p>
      {canSubmit && (
        <p className="kern-body">
          <Link to={`/p/${partnership.slug}/anliegen/neu`} className="kern-btn kern-btn--primary">
            <span className="kern-label">{t('requests.backlog.submitLink')}</span>
          </Link>
        </p>
      )}
      <RequestLinks slug={partnership.slug} />

      <section aria-labelledby="backlog-filters" className="portal-section">
        <h2 id="backlog-filters" className="kern-heading-medium">
          {t('requests.backlog.filtersHeading')}
        </h2>
        <SearchField label={t('requests.backlog.search.label')} hint={t('requests.backlog.search.hint')} />
        <div className="request-filters">
          <SelectField
            label={t('requests.backlog.filter.stage')}
            name="stage"
            value={filters.phase}
            onChange={(event) => filters.set('stufe', event.target.value)}
          >
            <option value="">{t('requests.backlog.filter.all')}</option>
            <optgroup label={t('requests.backlog.filter.stages')}>
              {partnership.workflow.stages.map((stage) => (
                <option key={stage.key} value={`stage:${stage.key}`}>
                  {stageLabel(stage.key)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('requests.backlog.filter.categories')}>
              {presentCategories.map((category) => (
                <option key={category} value={`category:${category}`}>
                  {t(`requests.category.${category}`)}
                </option>
              ))}
            </optgroup>
          </SelectField>
          <SelectField
            label={t('requests.backlog.filter.kind')}
            name="kind"
            value={filters.kind}
            onChange={(event) => filters.set('art', event.target.value)}
          >
            <option value="">{t('requests.backlog.filter.all')}</option>
            {requestKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`requests.kind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('requests.backlog.filter.target')}
            name="target"
            value={filters.target}
            onChange={(event) => filters.set('ziel', event.target.value)}
          >
            <option value="">{t('requests.backlog.filter.all')}</option>
            {requestTargets.map((target) => (
              <option key={target} value={target}>
                {t(`requests.target.${target}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('requests.backlog.sort.label')}
            name="sort"
            value={filters.sort}
            onChange={(event) => filters.set('sortierung', event.target.value === 'MOST_INTERESTED' ? 'interesse' : '')}
          >
            {sorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`requests.backlog.sort.${sort}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </section>

      <section aria-labelledby="backlog-list" className="portal-section" aria-busy={updating || undefined}>
        <h2 id="backlog-list" className="kern-heading-medium">
          {t('requests.backlog.listHeading')}
        </h2>
        <p className="kern-body" role="status">
          {filtered
            ? t('requests.backlog.countFiltered', { count: totalCount })
            : t('requests.backlog.count', { count: totalCount })}
        </p>
        {nodes.length === 0 ? (
          <p className="kern-body">{filtered ? t('requests.backlog.emptyFiltered') : t('requests.backlog.empty')}</p>
        ) : (
          <DataTable
            caption={t(`requests.backlog.caption.${filters.sort}`, { shown: nodes.length, total: totalCount })}
            stacked
            rows={nodes}
            rowKey={(request) => request.id}
            columns={[
              { id: 'number', header: t('requests.column.number'), cell: (request) => `#${request.number}` },
              {
                id: 'title',
                header: t('requests.column.title'),
                rowHeader: true,
                cell: (request) => (
                  <Link to={`/p/${partnership.slug}/anliegen/${request.number}`} className="kern-link" lang="de">
                    {request.title}
                  </Link>
                ),
              },
              { id: 'stage', header: t('requests.column.stage'), cell: (request) => stageLabel(request.stage) },
              { id: 'kind', header: t('requests.column.kind'), cell: (request) => t(`requests.kind.${request.kind}`) },
              {
                id: 'target',
                header: t('requests.column.target'),
                cell: (request) => t(`requests.target.${request.target}`),
              },
              {
                id: 'interested',
                header: t('requests.column.interested'),
                kind: 'numeric',
                cell: (request) => format.integer(request.interestCount),
              },
              {
                id: 'coFunding',
                header: t('requests.column.coFunding'),
                kind: 'numeric',
                cell: (request) => format.euros(request.coFundingTotalCents),
              },
            ]}
          />
        )}
        <LoadMore
          label={t('requests.backlog.loadMore')}
          hasMore={pageInfo.hasNextPage}
          loading={more.loading}
          failed={more.failed}
          onLoad={() => void more.load()}
        />
      </section>
    </>
  );
}
