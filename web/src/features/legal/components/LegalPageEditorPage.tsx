import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  LegalPageForEditingDocument,
  SetLegalPageDocument,
  type LegalPageForEditingQuery,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NoAccessPage, SignInRequiredPage } from '../../auth/components/AccessPages';
import { useViewer } from '../../auth/hooks/useViewer';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { Form } from '../../shell/components/Form';
import { LoadingState } from '../../shell/components/LoadingState';
import { NotFoundPage } from '../../shell/components/NotFoundPage';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { legalAdminPath, legalPagePath, parseEditorPath } from '../legal-pages';
import { LegalMarkdown } from './LegalMarkdown';
import '../legal.css';
import { useDraft } from '../../shell/hooks/useDraft';

type Page = LegalPageForEditingQuery['legalPage'];

/** Platform admins: one legal page in one language, as Markdown, with a preview of what readers will see. */
export function LegalPageEditorPage() {
  const { t } = useTranslation();
  const params = useParams();
  const target = parseEditorPath(params.page, params.language);
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, error, loading, refetch } = useQuery(LegalPageForEditingDocument, {
    variables: target ?? { kind: 'IMPRINT', language: 'DE' },
    skip: !target || !viewer?.isPlatformAdmin,
  });
  const title = target
    ? t('legal.editor.title', {
        page: t(`legal.title.${target.kind}`),
        language: t(`language.names.${target.language === 'EN' ? 'en' : 'de'}`),
      })
    : undefined;
  useDocumentTitle(title);

  if (!target) return <NotFoundPage />;
  if (viewerLoading) return <LoadingState />;
  if (!viewer) return <SignInRequiredPage />;
  if (!viewer.isPlatformAdmin) return <NoAccessPage />;
  return (
    <>
      <p className="kern-body">
        <Link to={legalAdminPath} className="kern-link">
          {t('legal.editor.back')}
        </Link>
      </p>
      <h1 className="kern-heading-large">{title}</h1>
      {data ? (
        <Editor key={`${target.kind}/${target.language}`} page={data.legalPage} />
      ) : error ? (
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      ) : loading ? (
        <LoadingState />
      ) : null}
    </>
  );
}

function Editor({ page }: { page: Page }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The answer updates the cached page (keyed by kind and language, app/apollo-client.ts), here and in every list.
  const [setLegalPage, { loading }] = useMutation(SetLegalPageDocument);
  const errors = useFormErrors();
  const [body, setBody] = useDraft('legalPage.body', page.body);
  const [saved, setSaved] = useState(false);
  const [confirmTemplate, setConfirmTemplate] = useState(false);
  const lang = page.language === 'EN' ? 'en' : 'de';
  const label = t('legal.editor.body');

  const submit = async () => {
    setSaved(false);
    if (!errors.check({ body: body.trim() ? undefined : [t('form.required', { field: label })] })) return;
    try {
      const { data } = await setLegalPage({ variables: { input: { kind: page.kind, language: page.language, body } } });
      if (data) setBody(data.setLegalPage.body);
      errors.clear();
      setSaved(true);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <>
      <p className="kern-body kern-body--large portal-lead">{t('legal.editor.intro')}</p>
      <p className="kern-body">
        {page.updatedAt
          ? t('legal.editor.savedOn', { date: format.dateTime(page.updatedAt) })
          : t('legal.editor.isTemplate')}{' '}
        <Link to={legalPagePath[page.kind]} className="kern-link">
          {t('legal.editor.view')}
        </Link>
      </p>
      {page.openPlaceholders.length > 0 && (
        <div className="kern-alert kern-alert--warning legal-notice">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <span className="kern-title">{t('legal.notice.open', { count: page.openPlaceholders.length })}</span>
          </div>
          <div className="kern-alert__body">
            <ul className="kern-list kern-list--bullet" lang={lang}>
              {page.openPlaceholders.map((placeholder) => (
                <li key={placeholder}>{placeholder}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <section aria-labelledby="legal-editor-form" className="portal-section legal-editor">
        <h2 id="legal-editor-form" className="kern-heading-medium">
          {t('legal.editor.text')}
        </h2>
        <Form errors={errors} onSubmit={submit}>
          {saved && <SuccessAlert message={t('legal.editor.saved')} />}
          <TextAreaField
            label={label}
            hint={t('legal.editor.hint')}
            name="body"
            lang={lang}
            spellCheck
            value={body}
            onChange={(event) => {
              setSaved(false);
              setBody(event.target.value);
            }}
            errors={errors.fields.body}
          />
          <div className="portal-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
              <span className="kern-label">{t('legal.editor.save')}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              disabled={body === page.template}
              onClick={() => setConfirmTemplate(true)}
            >
              <span className="kern-label">{t('legal.editor.useTemplate')}</span>
            </button>
          </div>
        </Form>
      </section>
      <section aria-labelledby="legal-editor-preview" className="portal-section">
        <h2 id="legal-editor-preview" className="kern-heading-medium">
          {t('legal.editor.preview')}
        </h2>
        <div className="legal-preview">
          <LegalMarkdown text={body} top={3} lang={lang} />
        </div>
      </section>
      {confirmTemplate && (
        <ConfirmDialog
          title={t('legal.editor.confirmTemplateTitle')}
          message={t('legal.editor.confirmTemplateMessage')}
          confirmLabel={t('legal.editor.useTemplate')}
          onConfirm={() => {
            setBody(page.template);
            setSaved(false);
            setConfirmTemplate(false);
          }}
          onCancel={() => setConfirmTemplate(false)}
        />
      )}
    </>
  );
}
