import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FundOverviewDocument, RecordFundDisbursementDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { localToday } from '../../../shared/local-date';
import { parseEuroToCents } from '../../../shared/money';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import type { FundAllocation } from '../fund-page';
import { OrganisationSelect } from './OrganisationSelect';

interface RecordDisbursementFormProps {
  allocations: FundAllocation[];
  selected: FundAllocation | null;
  onSelect: (allocation: FundAllocation | null) => void;
  onDone: () => void;
}

/** Pays a provider against an approved allocation; the server refuses more than remains of it. */
export function RecordDisbursementForm({ allocations, selected, onSelect, onDone }: RecordDisbursementFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const format = useFormat();
  const errors = useFormErrors();
  const [providerId, setProviderId] = useState('');
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(localToday());
  const [saved, setSaved] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordFundDisbursementDocument, { refetchQueries: [FundOverviewDocument] });

  const submit = async () => {
    setSaved(null);
    const cents = parseEuroToCents(amount, language);
    const valid = errors.check({
      allocationId: selected ? undefined : [t('fund.disbursement.allocationMissing')],
      providerOrganisationId: providerId ? undefined : [t('fund.disbursement.providerMissing')],
      amountCents: cents === null || /^0+$/.test(cents) ? [t('fund.amountInvalid')] : undefined,
      paidOn: /^\d{4}-\d{2}-\d{2}$/.test(paidOn) ? undefined : [t('fund.dateInvalid')],
    });
    if (!valid || !selected || cents === null) return;
    try {
      const result = await record({
        variables: {
          input: { allocationId: selected.id, providerOrganisationId: providerId, amountCents: cents, paidOn },
        },
      });
      setSaved(
        t('fund.disbursement.saved', {
          amount: format.euros(cents),
          remaining: format.euros(result.data?.recordFundDisbursement.remainingCents ?? '0'),
        }),
      );
      setAmount('');
      onDone();
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="portal-subsection">
      <h3 className="kern-heading-small">{t('fund.disbursement.heading')}</h3>
      {saved && <SuccessAlert message={saved} />}
      <Form errors={errors} onSubmit={submit}>
        <SelectField
          label={t('fund.disbursement.allocation')}
          name="allocationId"
          required
          value={selected?.id ?? ''}
          onChange={(e) => onSelect(allocations.find((a) => a.id === e.target.value) ?? null)}
          errors={errors.fields.allocationId}
        >
          <option value="">{t('fund.disbursement.chooseAllocation')}</option>
          {allocations.map((a) => (
            <option key={a.id} value={a.id}>
              {t('fund.disbursement.allocationOption', { title: a.title, remaining: format.euros(a.remainingCents) })}
            </option>
          ))}
        </SelectField>
        <OrganisationSelect
          name="providerOrganisationId"
          label={t('fund.disbursement.provider')}
          value={providerId}
          onChange={setProviderId}
          errors={errors.fields.providerOrganisationId}
        />
        <TextField
          label={t('fund.disbursement.amount')}
          hint={
            selected
              ? t('fund.disbursement.amountHint', { remaining: format.euros(selected.remainingCents) })
              : t('fund.amountHint')
          }
          name="amountCents"
          inputMode="decimal"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.fields.amountCents}
        />
        <TextField
          label={t('fund.disbursement.paidOn')}
          name="paidOn"
          type="date"
          required
          value={paidOn}
          onChange={(e) => setPaidOn(e.target.value)}
          errors={errors.fields.paidOn}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('fund.disbursement.submit')}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}
