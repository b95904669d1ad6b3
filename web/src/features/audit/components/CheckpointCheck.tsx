import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { AuditCheckpointCheckDocument } from '../../../generated/graphql';
import { Form } from '../../shell/components/Form';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { checkpointFromParams, checkpointProblems } from '../checkpoint-link';

/**
 * Checks a checkpoint a member kept (from a ballot receipt, minutes or a statement) against the log as it is now.
 * A link from a checkpoint fills the form in.
 */
export function CheckpointCheck({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [params] = useSearchParams();
  const [typed, setTyped] = useState(() => checkpointFromParams(params));
  const [check, { data, loading }] = useLazyQuery(AuditCheckpointCheckDocument, { fetchPolicy: 'network-only' });
  const result = data?.auditCheckpointCheck;

  const submit = async () => {
    const problems = checkpointProblems(typed.sequence, typed.hash);
    const ok = errors.check({
      sequence: problems.includes('sequence') ? [t('audit.checkpoint.sequenceInvalid')] : [],
      hash: problems.includes('hash') ? [t('audit.checkpoint.hashInvalid')] : [],
    });
    if (!ok) return;
    try {
      await check({ variables: { partnershipId, sequence: Number(typed.sequence.trim()), hash: typed.hash.trim() } });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="pruefpunkt-heading" id="pruefpunkt" className="portal-section">
      <h2 id="pruefpunkt-heading" className="kern-heading-medium">
        {t('audit.checkpoint.checkHeading')}
      </h2>
      <p className="kern-body">{t('audit.checkpoint.checkIntro')}</p>
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('audit.checkpoint.sequence')}
          name="sequence"
          inputMode="numeric"
          autoComplete="off"
          value={typed.sequence}
          errors={errors.fields.sequence}
          onChange={(event) => setTyped({ ...typed, sequence: event.target.value })}
        />
        <TextField
          label={t('audit.checkpoint.hash')}
          hint={t('audit.checkpoint.hashHint')}
          name="hash"
          autoComplete="off"
          spellCheck={false}
          value={typed.hash}
          errors={errors.fields.hash}
          onChange={(event) => setTyped({ ...typed, hash: event.target.value })}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('audit.checkpoint.submit')}</span>
          </button>
        </div>
      </Form>
      <div aria-live="polite">
        {result && (
          <div
            className={`kern-alert ${result.status === 'FOUND' ? 'kern-alert--success' : 'kern-alert--danger'} chain-status`}
          >
            <div className="kern-alert__header">
              <span
                className={`kern-icon ${result.status === 'FOUND' ? 'kern-icon--success' : 'kern-icon--danger'}`}
                aria-hidden="true"
              />
              <h3 className="kern-title">{t(`audit.checkpoint.status.${result.status}.title`)}</h3>
            </div>
            <div className="kern-alert__body">
              <p className="kern-body">
                {t(`audit.checkpoint.status.${result.status}.body`, {
                  sequence: result.sequence,
                  newest: result.newestSequence,
                })}
              </p>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
