import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LegalPageDocument, type LegalPageKind, type LegalPageQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useViewer } from '../../auth/hooks/useViewer';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { legalEditorPath, pageLanguage } from '../legal-pages';
import { LegalMarkdown } from './LegalMarkdown';
import '../legal.css';

type Page = LegalPageQuery['legalPage'];

/** The Impressum, privacy notice or accessibility statement in the portal's language; readable by anyone. */
export function LegalPageView({ kind }: { kind: LegalPageKind }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const title = t(`legal.title.${kind}`);
  useDocumentTitle(title);
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(LegalPageDocument, {
    variables: { kind, language: pageLanguage(i18n.resolvedLanguage) },
  });
  const page = data?.legalPage;

  return (
    <>
      <h1 className="kern-heading-large">{title}</h1>
      {page ? (
        <>
          {viewer?.isPlatformAdmin && <AdminNotice page={page} />}
          <LegalMarkdown text={page.body} />
          {page.updatedAt && (
            <p className="kern-body kern-body--muted">{t('legal.updatedAt', { date: format.day(page.updatedAt) })}</p>
          )}
        </>
      ) : error ? (
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      ) : loading ? (
        <LoadingState />
      ) : null}
    </>
  );
}

/**
 * For platform admins only: that the page still shows the template or lacks facts, which ones, and where to fill
 * them in. Everyone else sees the marked placeholders in the text itself.
 */
function AdminNotice({ page }: { page: Page }) {
  const { t } = useTranslation();
  const open = page.openPlaceholders;
  const editor = legalEditorPath(page.kind, page.language);
  if (!page.isTemplate && open.length === 0)
    return (
      <p className="kern-body">
        <Link to={editor} className="kern-link">
          {t('legal.edit')}
        </Link>
      </p>
    );
  return (
    <section className="kern-alert kern-alert--warning legal-notice" aria-labelledby="legal-notice-title">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title" id="legal-notice-title">
          {t('legal.notice.title')}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{page.isTemplate ? t('legal.notice.template') : t('legal.notice.incomplete')}</p>
        {open.length > 0 && (
          <>
            <p className="kern-body">{t('legal.notice.open', { count: open.length })}</p>
            <ul className="kern-list kern-list--bullet">
              {open.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </>
        )}
        <p className="kern-body">
          <Link to={editor} className="kern-link">
            {t('legal.notice.edit')}
          </Link>
        </p>
      </div>
    </section>
  );
}
