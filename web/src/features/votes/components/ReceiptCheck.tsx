import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ReceiptInAuditDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { Form } from '../../shell/components/Form';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { normaliseReceipt } from '../receipt-code';

interface ReceiptCheckProps {
  voteId: string;
  slug: string;
  status: string;
  secret: boolean;
  /** Secret votes, once closed: every counted receipt, sorted. */
  receipts: readonly string[] | null | undefined;
  /** Whether the viewer may read the partnership's record of events, where open ballots' receipts stand. */
  canReadRecord: boolean;
}

type Found = { kind: 'counted' } | { kind: 'recorded'; at: string } | { kind: 'missing' };

/**
 * "Was my vote counted?": a receipt code typed or pasted, checked against the closed secret vote's published
 * receipts, or (open ballots) found in the partnership's record of events for this vote.
 */
export function ReceiptCheck({ voteId, slug, status, secret, receipts, canReadRecord }: ReceiptCheckProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errors = useFormErrors();
  const [code, setCode] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const [lookUp, audit] = useLazyQuery(ReceiptInAuditDocument, { fetchPolicy: 'network-only' });
  const published = secret && status === 'CLOSED' && receipts ? receipts : null;
  if (status === 'CANCELLED' || (!published && (secret || !canReadRecord))) {
    return secret && status === 'OPEN' ? (
      <section aria-labelledby="vote-receipt-check" className="portal-section">
        <h2 id="vote-receipt-check" className="kern-heading-medium">
          {t('votes.receiptCheck.heading')}
        </h2>
        <p className="kern-body">{t('votes.receiptCheck.secretOpen')}</p>
      </section>
    ) : null;
  }

  const submit = () => {
    const receipt = normaliseReceipt(code);
    if (!errors.check({ receipt: receipt ? undefined : [t('votes.receiptCheck.invalid')] }) || !receipt) return;
    setChecked(receipt);
    if (!published) void lookUp({ variables: { slug, search: receipt } });
  };

  let found: Found | null = null;
  if (checked && published) found = { kind: published.includes(checked) ? 'counted' : 'missing' };
  else if (checked && audit.data) {
    const event = audit.data.partnership.auditLog.nodes.find(
      (node) => node.subjectId === voteId && (node.payload as { receipt?: unknown }).receipt === checked,
    );
    found = event ? { kind: 'recorded', at: event.occurredAt } : { kind: 'missing' };
  }

  return (
    <section aria-labelledby="vote-receipt-check" className="portal-section">
      <h2 id="vote-receipt-check" className="kern-heading-medium">
        {t('votes.receiptCheck.heading')}
      </h2>
      <p className="kern-body">
        {published ? t('votes.receiptCheck.introPublished') : t('votes.receiptCheck.introRecord')}
      </p>
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('votes.receiptCheck.label')}
          hint={t('votes.receiptCheck.hint')}
          name="receipt"
          autoComplete="off"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          errors={errors.fields.receipt}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={audit.loading}>
            <span className="kern-label">{t('votes.receiptCheck.submit')}</span>
          </button>
        </div>
      </Form>
      <div aria-live="polite">
        {checked && audit.error && !published && <ErrorAlert message={t('common.loadError')} />}
        {checked && found && (
          <p className="kern-body vote-receipt-check__result">
            {found.kind === 'counted'
              ? t('votes.receiptCheck.counted', { receipt: checked })
              : found.kind === 'recorded'
                ? t('votes.receiptCheck.recorded', { receipt: checked, time: format.dateTime(found.at) })
                : t(published ? 'votes.receiptCheck.notCounted' : 'votes.receiptCheck.notRecorded', {
                    receipt: checked,
                  })}
          </p>
        )}
      </div>
      {checked && canReadRecord && (
        <p className="kern-body">
          <Link to={`/p/${slug}/protokoll?suche=${encodeURIComponent(checked)}`} className="kern-link">
            {t('votes.receiptCheck.recordLink')}
          </Link>
        </p>
      )}
    </section>
  );
}
