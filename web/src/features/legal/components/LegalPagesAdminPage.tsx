import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LegalPagesDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NoAccessPage, SignInRequiredPage } from '../../auth/components/AccessPages';
import { useViewer } from '../../auth/hooks/useViewer';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { DataTable } from '../../shell/components/DataTable';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { legalEditorPath, legalPagePath } from '../legal-pages';
import '../legal.css';

/** Platform admins: the three legal pages in both languages, which are still templates, and links to edit them. */
export function LegalPagesAdminPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('legal.admin.title'));
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, error, loading, refetch } = useQuery(LegalPagesDocument, { skip: !viewer?.isPlatformAdmin });

  const languageName = (page: { language: string }) => t(`language.names.${page.language === 'EN' ? 'en' : 'de'}`);

  if (viewerLoading) return <LoadingState />;
  if (!viewer) return <SignInRequiredPage />;
  if (!viewer.isPlatformAdmin) return <NoAccessPage />;
  return (
    <>
      <h1 className="kern-heading-large">{t('legal.admin.title')}</h1>
      <p className="kern-body kern-body--large portal-lead">{t('legal.admin.intro')}</p>
      {data ? (
        <DataTable
          caption={t('legal.admin.caption')}
          stacked
          rows={data.legalPages}
          rowKey={(page) => `${page.kind}/${page.language}`}
          columns={[
            {
              id: 'page',
              header: t('legal.admin.page'),
              rowHeader: true,
              cell: (page) => (
                <Link to={legalPagePath[page.kind]} className="kern-link">
                  {t(`legal.title.${page.kind}`)}
                </Link>
              ),
            },
            { id: 'language', header: t('legal.admin.language'), cell: languageName },
            {
              id: 'state',
              header: t('legal.admin.state'),
              cell: (page) =>
                page.updatedAt
                  ? t('legal.admin.savedOn', { date: format.day(page.updatedAt) })
                  : t('legal.admin.template'),
            },
            {
              id: 'open',
              header: t('legal.admin.open'),
              kind: 'numeric',
              cell: (page) =>
                page.openPlaceholders.length > 0 ? format.integer(page.openPlaceholders.length) : t('legal.admin.none'),
            },
            {
              id: 'actions',
              header: t('legal.admin.actions'),
              kind: 'action',
              cell: (page) => (
                <Link to={legalEditorPath(page.kind, page.language)} className="kern-link">
                  {t('legal.admin.edit', { page: t(`legal.title.${page.kind}`), language: languageName(page) })}
                </Link>
              ),
            },
          ]}
        />
      ) : error ? (
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      ) : loading ? (
        <LoadingState />
      ) : null}
    </>
  );
}
