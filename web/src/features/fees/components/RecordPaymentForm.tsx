import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FeeInvoicesDocument,
  FeeMemberBalancesDocument,
  RecordPaymentDocument,
  type FeeInvoicesQuery,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { parseEuroToCents } from '../../../shared/money';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import type { FeesPartnership } from '../fees-page';

type Invoice = FeeInvoicesQuery['feeInvoices']['nodes'][number];

const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** A payment received: any amount (partial, full, more), against one of the member's invoices or its account. */
export function RecordPaymentForm({ partnership, invoices }: { partnership: FeesPartnership; invoices: Invoice[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const format = useFormat();
  const errors = useFormErrors();
  const [organisationId, setOrganisationId] = useState('');
  const [invoiceId, setInvoiceId] = useState('');
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(localToday());
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordPaymentDocument, {
    refetchQueries: [FeeInvoicesDocument, FeeMemberBalancesDocument],
  });
  const organisations = partnership.members
    .map((m) => m.organisation)
    .sort((a, b) => a.name.localeCompare(b.name, language));
  const ofMember = invoices.filter(
    (invoice) => invoice.organisation.id === organisationId && invoice.status !== 'CANCELLED',
  );

  const submit = async () => {
    setSaved(null);
    const cents = parseEuroToCents(amount, language);
    const valid = errors.check({
      organisationId: organisationId ? undefined : [t('fees.payment.memberMissing')],
      amountCents: cents === null || /^0+$/.test(cents) ? [t('fees.payment.amountInvalid')] : undefined,
      receivedOn: /^\d{4}-\d{2}-\d{2}$/.test(receivedOn) ? undefined : [t('fees.payment.receivedOnInvalid')],
    });
    if (!valid || cents === null) return;
    try {
      await record({
        variables: {
          input: {
            partnershipId: partnership.id,
            organisationId,
            invoiceId: invoiceId || null,
            amountCents: cents,
            receivedOn,
            note: note.trim(),
          },
        },
      });
      const member = organisations.find((o) => o.id === organisationId)?.name ?? '';
      setSaved(t('fees.payment.saved', { amount: format.euros(cents), member }));
      setAmount('');
      setNote('');
      setInvoiceId('');
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="fees-payment" className="portal-section">
      <h2 id="fees-payment" className="kern-heading-medium">
        {t('fees.payment.heading')}
      </h2>
      {saved && <SuccessAlert message={saved} />}
      <Form errors={errors} onSubmit={submit}>
        <SelectField
          label={t('fees.payment.member')}
          name="organisationId"
          required
          value={organisationId}
          onChange={(e) => {
            setOrganisationId(e.target.value);
            setInvoiceId('');
          }}
          errors={errors.fields.organisationId}
        >
          <option value="">{t('fees.payment.chooseMember')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('fees.payment.invoice')}
          name="invoiceId"
          value={invoiceId}
          onChange={(e) => setInvoiceId(e.target.value)}
          errors={errors.fields.invoiceId}
        >
          <option value="">{t('fees.payment.noInvoice')}</option>
          {ofMember.map((invoice) => (
            <option key={invoice.id} value={invoice.id}>
              {t('fees.payment.invoiceOption', {
                number: invoice.number,
                year: invoice.year,
                outstanding: format.euros(invoice.outstandingCents),
              })}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('fees.payment.amount')}
          hint={t('fees.payment.amountHint')}
          name="amountCents"
          inputMode="decimal"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.fields.amountCents}
        />
        <TextField
          label={t('fees.payment.receivedOn')}
          name="receivedOn"
          type="date"
          required
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.target.value)}
          errors={errors.fields.receivedOn}
        />
        <TextField
          label={t('fees.payment.note')}
          name="note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          errors={errors.fields.note}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('fees.payment.submit')}</span>
          </button>
        </div>
      </Form>
    </section>
  );
}
