import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordProviderPaymentDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { localToday } from '../../../shared/local-date';
import { parseEuroToCents } from '../../../shared/money';
import { FactList } from '../../shell/components/FactList';
import { Form } from '../../shell/components/Form';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { agreementRefetch, type Agreement } from '../hooks/agreementShared';

/** What the provider of a financed agreement was paid and is still owed (from the ledger); the treasurer records payments. */
export function ProviderPaymentPanel({ agreement, canManage }: { agreement: Agreement; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const owed = BigInt(agreement.owedToProviderCents);
  return (
    <section aria-labelledby="agreement-provider-payments" className="portal-section">
      <h2 id="agreement-provider-payments" className="kern-heading-medium">
        {t('agreements.providerPayment.heading')}
      </h2>
      <FactList
        facts={[
          [
            t('agreements.providerPayment.paid', { name: agreement.provider.name }),
            format.euros(agreement.paidToProviderCents),
          ],
          [
            t('agreements.providerPayment.owed', { name: agreement.provider.name }),
            format.euros(agreement.owedToProviderCents),
          ],
        ]}
      />
      {owed === 0n && (
        <p className="kern-body">{t('agreements.providerPayment.settled', { name: agreement.provider.name })}</p>
      )}
      {canManage && owed > 0n && <RecordProviderPaymentForm agreement={agreement} />}
    </section>
  );
}

function RecordProviderPaymentForm({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const format = useFormat();
  const errors = useFormErrors();
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(localToday());
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordProviderPaymentDocument, agreementRefetch);

  const submit = async () => {
    setSaved(null);
    const cents = parseEuroToCents(amount, language);
    const valid = errors.check({
      amountCents: cents === null || /^0+$/.test(cents) ? [t('agreements.providerPayment.amountInvalid')] : undefined,
      paidOn: /^\d{4}-\d{2}-\d{2}$/.test(paidOn) ? undefined : [t('agreements.providerPayment.dateInvalid')],
    });
    if (!valid || cents === null) return;
    try {
      const result = await record({
        variables: { input: { agreementId: agreement.id, amountCents: cents, paidOn, note: note.trim() || undefined } },
      });
      setSaved(
        t('agreements.providerPayment.saved', {
          amount: format.euros(cents),
          owed: format.euros(result.data?.recordProviderPayment.owedToProviderCents ?? '0'),
        }),
      );
      setAmount('');
      setNote('');
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="agreement-panel">
      <h3 className="kern-heading-small">{t('agreements.providerPayment.formHeading')}</h3>
      {saved && <SuccessAlert message={saved} />}
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('agreements.providerPayment.amount')}
          hint={t('agreements.providerPayment.amountHint', {
            owed: format.euros(agreement.owedToProviderCents),
            name: agreement.provider.name,
          })}
          name="amountCents"
          inputMode="decimal"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.fields.amountCents}
        />
        <TextField
          label={t('agreements.providerPayment.paidOn')}
          name="paidOn"
          type="date"
          required
          value={paidOn}
          onChange={(e) => setPaidOn(e.target.value)}
          errors={errors.fields.paidOn}
        />
        <TextField
          label={t('agreements.providerPayment.note')}
          hint={t('agreements.providerPayment.noteHint')}
          name="note"
          maxLength={300}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          errors={errors.fields.note}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('agreements.providerPayment.submit')}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}
