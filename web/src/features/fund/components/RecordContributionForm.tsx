import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FundOverviewDocument, RecordFundContributionDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { localToday } from '../../../shared/local-date';
import { parseEuroToCents } from '../../../shared/money';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import type { FundOverview, FundPartnership } from '../fund-page';
import { purposeLabel } from '../purpose-label';
import { OrganisationSelect } from './OrganisationSelect';

/** A contribution received from a member or any other organisation, earmarked or to the general fund. */
export function RecordContributionForm({
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
  const [organisationId, setOrganisationId] = useState('');
  const [purposeId, setPurposeId] = useState('');
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(localToday());
  const [saved, setSaved] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordFundContributionDocument, { refetchQueries: [FundOverviewDocument] });
  const members = partnership.members.map((m) => m.organisation).sort((a, b) => a.name.localeCompare(b.name, language));
  const purposes = overview.fundPurposes.filter((p) => !p.archivedAt);

  const submit = async () => {
    setSaved(null);
    const cents = parseEuroToCents(amount, language);
    const valid = errors.check({
      organisationId: organisationId ? undefined : [t('fund.contribution.contributorMissing')],
      amountCents: cents === null || /^0+$/.test(cents) ? [t('fund.amountInvalid')] : undefined,
      receivedOn: /^\d{4}-\d{2}-\d{2}$/.test(receivedOn) ? undefined : [t('fund.dateInvalid')],
    });
    if (!valid || cents === null) return;
    try {
      const year = Number(receivedOn.slice(0, 4));
      await record({
        variables: {
          input: {
            partnershipId: partnership.id,
            organisationId,
            year,
            amountCents: cents,
            purposeId: purposeId || null,
            receivedOn,
          },
        },
      });
      setSaved(t('fund.contribution.saved', { amount: format.euros(cents), year }));
      setAmount('');
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="fund-contribution" className="portal-section">
      <h2 id="fund-contribution" className="kern-heading-medium">
        {t('fund.contribution.heading')}
      </h2>
      <p className="kern-body">
        {t('fund.contribution.intro', { minimum: format.euros(overview.fundDashboard.minimumContributionCents) })}
      </p>
      {saved && <SuccessAlert message={saved} />}
      <Form errors={errors} onSubmit={submit}>
        <OrganisationSelect
          name="organisationId"
          label={t('fund.contribution.contributor')}
          value={organisationId}
          onChange={setOrganisationId}
          errors={errors.fields.organisationId}
          preferred={members}
          preferredLabel={t('fund.contribution.members')}
        />
        <SelectField
          label={t('fund.contribution.purpose')}
          name="purposeId"
          value={purposeId}
          onChange={(e) => setPurposeId(e.target.value)}
          errors={errors.fields.purposeId}
        >
          <option value="">{t('fund.generalFund')}</option>
          {purposes.map((p) => (
            <option key={p.id} value={p.id}>
              {purposeLabel(p, language)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('fund.contribution.amount')}
          hint={t('fund.amountHint')}
          name="amountCents"
          inputMode="decimal"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.fields.amountCents}
        />
        <TextField
          label={t('fund.contribution.receivedOn')}
          hint={t('fund.contribution.receivedOnHint')}
          name="receivedOn"
          type="date"
          required
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.target.value)}
          errors={errors.fields.receivedOn ?? errors.fields.year}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('fund.contribution.submit')}</span>
          </button>
        </div>
      </Form>
    </section>
  );
}
