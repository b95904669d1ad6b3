import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { GovernanceModel } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { useCreatePartnership } from '../hooks/useCreatePartnership';
import { slugMaxLength, slugPattern, suggestSlug } from '../slug';
import { useDraft } from '../../shell/hooks/useDraft';

/** In the order of the reference study, from the community's end to the provider's. */
const governanceModels: readonly GovernanceModel[] = [
  'COMMUNITY_CENTRED',
  'HYBRID',
  'PROVIDER_DRIVEN',
  'MUNICIPAL_PROVIDER',
];
const months = Array.from({ length: 12 }, (_, index) => index + 1);
// The API's limits (CreatePartnershipInput); the fields stop there rather than let the server refuse.
const nameMaxLength = 200;
const descriptionMaxLength = 5000;

/** Creates a partnership and goes on to its people, where the first community manager is invited. */
export function CreatePartnershipForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [createPartnership, { loading }] = useCreatePartnership();
  const errors = useFormErrors();
  const [name, setName] = useDraft('partnership.name', '');
  // Until the slug is edited, it follows the name.
  const [editedSlug, setEditedSlug] = useState<string | null>(null);
  const [productName, setProductName] = useState('');
  const [description, setDescription] = useDraft('partnership.description', '');
  const [governanceModel, setGovernanceModel] = useState<GovernanceModel | ''>('');
  const [fiscalYearStartMonth, setFiscalYearStartMonth] = useState(1);
  const [publicTransparency, setPublicTransparency] = useState(false);
  const slug = (editedSlug ?? suggestSlug(name)).trim();

  const required = (value: string, field: string) => (value.trim() ? undefined : [t('form.required', { field })]);

  const submit = async () => {
    const valid = errors.check({
      name: required(name, t('newPartnership.name')),
      slug:
        required(slug, t('newPartnership.slug')) ??
        (slugPattern.test(slug) ? undefined : [t('newPartnership.slugInvalid')]),
      productName: required(productName, t('newPartnership.productName')),
      governanceModel: governanceModel ? undefined : [t('newPartnership.governanceModelRequired')],
    });
    if (!valid || !governanceModel) return;
    try {
      const { data } = await createPartnership({
        variables: {
          input: {
            slug,
            name: name.trim(),
            productName: productName.trim(),
            description: description.trim(),
            governanceModel,
            fiscalYearStartMonth,
            publicTransparency,
          },
        },
      });
      if (data) navigate(`/p/${data.createPartnership.slug}/personen`, { state: { notice: 'partnershipCreated' } });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <Form errors={errors} onSubmit={submit}>
      <TextField
        label={t('newPartnership.name')}
        hint={t('newPartnership.nameHint')}
        name="name"
        autoComplete="off"
        required
        maxLength={nameMaxLength}
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={errors.fields.name}
      />
      <TextField
        label={t('newPartnership.slug')}
        hint={t('newPartnership.slugHint')}
        name="slug"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={slugMaxLength}
        value={editedSlug ?? slug}
        onChange={(event) => setEditedSlug(event.target.value)}
        errors={errors.fields.slug}
      />
      <TextField
        label={t('newPartnership.productName')}
        hint={t('newPartnership.productNameHint')}
        name="productName"
        autoComplete="off"
        required
        maxLength={nameMaxLength}
        value={productName}
        onChange={(event) => setProductName(event.target.value)}
        errors={errors.fields.productName}
      />
      <TextAreaField
        label={t('newPartnership.description')}
        hint={t('newPartnership.descriptionHint')}
        name="description"
        rows={4}
        maxLength={descriptionMaxLength}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        errors={errors.fields.description}
      />
      <SelectField
        label={t('newPartnership.governanceModel')}
        name="governanceModel"
        required
        value={governanceModel}
        onChange={(event) => setGovernanceModel(event.target.value as GovernanceModel | '')}
        errors={errors.fields.governanceModel}
      >
        <option value="">{t('newPartnership.chooseGovernanceModel')}</option>
        {governanceModels.map((model) => (
          <option key={model} value={model}>
            {t(`governanceModel.${model}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('newPartnership.fiscalYearStartMonth')}
        hint={t('newPartnership.fiscalYearStartMonthHint')}
        name="fiscalYearStartMonth"
        value={fiscalYearStartMonth}
        onChange={(event) => setFiscalYearStartMonth(Number(event.target.value))}
        errors={errors.fields.fiscalYearStartMonth}
      >
        {months.map((month) => (
          <option key={month} value={month}>
            {format.month(month)}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label={t('newPartnership.publicTransparency')}
        hint={t('newPartnership.publicTransparencyHint')}
        name="publicTransparency"
        checked={publicTransparency}
        onChange={(event) => setPublicTransparency(event.target.checked)}
        errors={errors.fields.publicTransparency}
      />
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t('newPartnership.submit')}</span>
        </button>
      </div>
    </Form>
  );
}
