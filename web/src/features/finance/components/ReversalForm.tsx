import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReverseLedgerTransactionDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { Form } from '../../shell/components/Form';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { type LedgerNode, movedCents } from '../hooks/ledger-node';
import { useDraft } from '../../shell/hooks/useDraft';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The reason and date of a reversal, then a confirmation: the books are never edited, so a reversal posts
 * the movement again with opposite signs, and it cannot be undone in turn.
 */
export function ReversalForm({
  transaction,
  onDone,
  onCancel,
}: {
  transaction: LedgerNode;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errors = useFormErrors();
  const heading = useRef<HTMLHeadingElement>(null);
  const [reason, setReason] = useDraft(`reversal.${transaction.id}.reason`, '');
  const [bookedOn, setBookedOn] = useState(() => (today() < transaction.bookedOn ? transaction.bookedOn : today()));
  const [confirming, setConfirming] = useState(false);
  const [reverse, { loading }] = useMutation(ReverseLedgerTransactionDocument);

  useEffect(() => heading.current?.focus(), [transaction.id]);

  const what = {
    description: transaction.description,
    date: format.localDate(transaction.bookedOn),
    amount: format.euros(movedCents(transaction)),
  };
  const check = () =>
    errors.check({
      reason: reason.trim().length < 3 || reason.trim().length > 400 ? [t('finance.reversal.reasonInvalid')] : [],
      bookedOn: !/^\d{4}-\d{2}-\d{2}$/.test(bookedOn)
        ? [t('finance.reversal.dateInvalid')]
        : bookedOn < transaction.bookedOn
          ? [t('finance.reversal.dateTooEarly', { date: what.date })]
          : [],
    });

  const confirm = async () => {
    try {
      await reverse({ variables: { input: { transactionId: transaction.id, reason: reason.trim(), bookedOn } } });
      setConfirming(false);
      onDone(t('finance.reversal.done', what));
    } catch (error) {
      setConfirming(false);
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="reversal-heading" className="portal-section portal-card">
      <h2 id="reversal-heading" ref={heading} tabIndex={-1} className="kern-heading-medium">
        {t('finance.reversal.heading')}
      </h2>
      <p className="kern-body">{t('finance.reversal.intro', what)}</p>
      <Form errors={errors} onSubmit={() => (check() ? setConfirming(true) : undefined)}>
        <TextAreaField
          label={t('finance.reversal.reason')}
          hint={t('finance.reversal.reasonHint')}
          name="reason"
          value={reason}
          errors={errors.fields.reason}
          onChange={(event) => setReason(event.target.value)}
          rows={3}
        />
        <TextField
          label={t('finance.reversal.bookedOn')}
          hint={t('finance.reversal.bookedOnHint')}
          name="bookedOn"
          type="date"
          value={bookedOn}
          min={transaction.bookedOn}
          errors={errors.fields.bookedOn}
          onChange={(event) => setBookedOn(event.target.value)}
        />
        <div className="portal-form__actions">
          {/* Destructive, and asked about before it runs: never the primary button. */}
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t('finance.reversal.submit')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
            <span className="kern-label">{t('common.cancel')}</span>
          </button>
        </div>
      </Form>
      {confirming && (
        <ConfirmDialog
          title={t('finance.reversal.confirmTitle')}
          message={t('finance.reversal.confirmMessage', what)}
          confirmLabel={t('finance.reversal.confirm')}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
