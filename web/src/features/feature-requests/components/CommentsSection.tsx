import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddRequestCommentDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { Form } from '../../shell/components/Form';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { contentLanguage, requestRefetch, type Request } from '../request-page';
import { Markdown } from './Markdown';
import { useDraft } from '../../shell/hooks/useDraft';

export function CommentsSection({ request }: { request: Request }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errors = useFormErrors();
  const [body, setBody] = useDraft('comment.body', '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [add, { loading }] = useMutation(AddRequestCommentDocument, requestRefetch);

  const submit = async () => {
    setOutcome(null);
    if (!errors.check({ body: body.trim() ? undefined : [t('requests.comments.bodyRequired')] })) return;
    try {
      await add({ variables: { input: { requestId: request.id, body: body.trim() } } });
      setBody('');
      setOutcome({ ok: true, text: t('requests.comments.added') });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="request-comments" className="portal-section">
      <h2 id="request-comments" className="kern-heading-medium">
        {t('requests.comments.heading')}
      </h2>
      {request.comments.length === 0 ? (
        <p className="kern-body">{t('requests.comments.empty')}</p>
      ) : (
        <ol className="request-comments">
          {request.comments.map((comment) => (
            <li key={comment.id} className="request-comments__item">
              <p className="kern-body kern-body--small kern-body--bold">
                {comment.author?.displayName ?? t('requests.unknownPerson')},{' '}
                <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
              </p>
              <Markdown text={comment.body} lang={contentLanguage} headingLevel={4} />
            </li>
          ))}
        </ol>
      )}
      <OutcomeAlert outcome={outcome} />
      <Form errors={errors} onSubmit={submit}>
        <TextAreaField
          label={t('requests.comments.body')}
          hint={t('requests.markdownHint')}
          name="body"
          rows={4}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          errors={errors.fields.body}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('requests.comments.submit')}</span>
          </button>
        </div>
      </Form>
    </section>
  );
}
