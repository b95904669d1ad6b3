import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FundAllocationsDocument,
  FundOverviewDocument,
  ProposeFundAllocationDocument,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { parseEuroToCents } from '../../../shared/money';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import type { FundOverview, FundPartnership } from '../fund-page';
import { purposeLabel } from '../purpose-label';
import { useDraft } from '../../shell/hooks/useDraft';

const inTwoWeeks = () => {
  const d = new Date(Date.now() + 14 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T12:00`;
};

/** Proposes an allocation to a purpose or a request and starts the committees' written procedure on it. */
export function ProposeAllocationForm({
  partnership,
  overview,
}: {
  partnership: FundPartnership;
  overview: FundOverview;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const format = useFormat();
  const errors = useFormErrors();
  const voting = partnership.committees.filter((c) => c.votes);
  const purposes = overview.fundPurposes.filter((p) => !p.archivedAt);
  const [purposeId, setPurposeId] = useState(purposes[0]?.id ?? '');
  const [requestId, setRequestId] = useState('');
  const [title, setTitle] = useDraft('allocation.title', '');
  const [description, setDescription] = useDraft('allocation.description', '');
  const [amount, setAmount] = useState('');
  const [committeeIds, setCommitteeIds] = useState<string[]>(voting.slice(0, 1).map((c) => c.id));
  const [deadline, setDeadline] = useState(inTwoWeeks());
  const [saved, setSaved] = useState<string | null>(null);
  const [propose, { loading }] = useMutation(ProposeFundAllocationDocument, {
    refetchQueries: [FundOverviewDocument, FundAllocationsDocument],
  });
  const available = overview.fundDashboard.purposes.find((p) => p.purpose?.id === purposeId);

  const submit = async () => {
    setSaved(null);
    const cents = parseEuroToCents(amount, language);
    const when = new Date(deadline);
    const valid = errors.check({
      purposeId: purposeId ? undefined : [t('fund.proposal.purposeMissing')],
      title: title.trim() ? undefined : [t('fund.proposal.titleMissing')],
      amountCents: cents === null || /^0+$/.test(cents) ? [t('fund.amountInvalid')] : undefined,
      committeeIds: committeeIds.length > 0 ? undefined : [t('fund.proposal.committeesMissing')],
      deadline: Number.isNaN(when.getTime()) ? [t('fund.proposal.deadlineInvalid')] : undefined,
    });
    if (!valid || cents === null) return;
    try {
      await propose({
        variables: {
          input: {
            partnershipId: partnership.id,
            purposeId,
            featureRequestId: requestId || null,
            title: title.trim(),
            description: description.trim(),
            amountCents: cents,
            committeeIds,
            deadline: when.toISOString(),
          },
        },
      });
      setSaved(t('fund.proposal.saved', { title: title.trim(), amount: format.euros(cents) }));
      setTitle('');
      setDescription('');
      setAmount('');
      setRequestId('');
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="fund-proposal" className="portal-section">
      <h2 id="fund-proposal" className="kern-heading-medium">
        {t('fund.proposal.heading')}
      </h2>
      <p className="kern-body">{t('fund.proposal.intro')}</p>
      {saved && <SuccessAlert message={saved} />}
      <Form errors={errors} onSubmit={submit}>
        <SelectField
          label={t('fund.proposal.purpose')}
          hint={
            available
              ? t('fund.proposal.purposeHint', {
                  earmarked: format.euros(available.availableCents),
                  general: format.euros(overview.fundDashboard.generalFund.availableCents),
                })
              : undefined
          }
          name="purposeId"
          required
          value={purposeId}
          onChange={(e) => setPurposeId(e.target.value)}
          errors={errors.fields.purposeId}
        >
          {purposes.map((p) => (
            <option key={p.id} value={p.id}>
              {purposeLabel(p, language)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('fund.proposal.request')}
          name="featureRequestId"
          value={requestId}
          onChange={(e) => setRequestId(e.target.value)}
          errors={errors.fields.featureRequestId}
        >
          <option value="">{t('fund.proposal.noRequest')}</option>
          {partnership.featureRequests.nodes.map((r) => (
            <option key={r.id} value={r.id}>
              {t('fund.proposal.requestOption', { number: r.number, title: r.title })}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('fund.proposal.title')}
          name="title"
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          errors={errors.fields.title}
        />
        <TextAreaField
          label={t('fund.proposal.description')}
          name="description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          errors={errors.fields.description}
        />
        <TextField
          label={t('fund.proposal.amount')}
          hint={t('fund.amountHint')}
          name="amountCents"
          inputMode="decimal"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.fields.amountCents}
        />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('fund.proposal.committees')}</legend>
          <div className="kern-fieldset__body">
            {voting.map((c, index) => (
              <CheckboxField
                key={c.id}
                label={c.name}
                name={`committee-${c.id}`}
                checked={committeeIds.includes(c.id)}
                aria-invalid={index === 0 && errors.fields.committeeIds?.length ? true : undefined}
                onChange={(e) =>
                  setCommitteeIds((ids) => (e.target.checked ? [...ids, c.id] : ids.filter((id) => id !== c.id)))
                }
              />
            ))}
          </div>
          {errors.fields.committeeIds?.length ? (
            <p className="kern-error">
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              <span className="kern-body">{errors.fields.committeeIds.join(' ')}</span>
            </p>
          ) : null}
        </fieldset>
        <TextField
          label={t('fund.proposal.deadline')}
          name="deadline"
          type="datetime-local"
          required
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          errors={errors.fields.deadline}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('fund.proposal.submit')}</span>
          </button>
        </div>
      </Form>
    </section>
  );
}
