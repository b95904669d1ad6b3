import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LegalPagesDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NoAccessPage, SignInRequiredPage } from '../../auth/components/AccessPages';
import { useViewer } from '../../auth/hooks/useViewer';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { TableRegion } from '../../shell/components/TableRegion';
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

  if (viewerLoading) return <LoadingState />;
  if (!viewer) return <SignInRequiredPage />;
  if (!viewer.isPlatformAdmin) return <NoAccessPage />;
  return (
    <>
      <h1 className="kern-heading-large">{t('legal.admin.title')}</h1>
      <p className="kern-body kern-body--large portal-lead">{t('legal.admin.intro')}</p>
      {data ? (
        <TableRegion caption={t('legal.admin.caption')}>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('legal.admin.page')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('legal.admin.language')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('legal.admin.state')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('legal.admin.open')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('legal.admin.actions')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {data.legalPages.map((page) => {
              const name = t(`legal.title.${page.kind}`);
              const language = t(`language.names.${page.language === 'EN' ? 'en' : 'de'}`);
              return (
                <tr key={`${page.kind}/${page.language}`} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    <Link to={legalPagePath[page.kind]} className="kern-link">
                      {name}
                    </Link>
                  </th>
                  <td className="kern-table__cell">{language}</td>
                  <td className="kern-table__cell">
                    {page.updatedAt
                      ? t('legal.admin.savedOn', { date: format.day(page.updatedAt) })
                      : t('legal.admin.template')}
                  </td>
                  <td className="kern-table__cell">
                    {page.openPlaceholders.length > 0
                      ? format.integer(page.openPlaceholders.length)
                      : t('legal.admin.none')}
                  </td>
                  <td className="kern-table__cell">
                    <Link to={legalEditorPath(page.kind, page.language)} className="kern-link">
                      {t('legal.admin.edit', { page: name, language })}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableRegion>
      ) : error ? (
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      ) : loading ? (
        <LoadingState />
      ) : null}
    </>
  );
}
