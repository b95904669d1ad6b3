import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import {
  ApplyForMembershipDocument,
  ApplyPageDocument,
  type ApplyPageQuery,
  type GermanState,
  type OrganisationKind,
} from '../../../generated/graphql';
import { looksLikeEmail } from '../../auth/password-rules';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { Form } from '../../shell/components/Form';
import { LoadingState } from '../../shell/components/LoadingState';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useDraft } from '../../shell/hooks/useDraft';

const kinds: OrganisationKind[] = [
  'MUNICIPALITY',
  'COUNTY',
  'STATE',
  'FEDERAL_AGENCY',
  'MUNICIPAL_COMPANY',
  'IT_SERVICE_PROVIDER',
  'ASSOCIATION',
  'UNIVERSITY',
];
export const germanStates: GermanState[] = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
];

/** The written application for membership; open to anyone for a partnership with public pages. */
export function ApplyPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ApplyPageDocument, { variables: { slug } });
  if (data) return <Apply partnership={data.partnership} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function Apply({ partnership }: { partnership: ApplyPageQuery['partnership'] }) {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.applyDocumentTitle', { name: partnership.name }));
  const [apply, { loading }] = useMutation(ApplyForMembershipDocument);
  const errors = useFormErrors();
  const [form, setForm] = useDraft('application', {
    organisationName: '',
    organisationKind: 'MUNICIPALITY' as OrganisationKind,
    state: '',
    population: '',
    contactName: '',
    contactEmail: '',
    statement: '',
  });
  const [submitted, setSubmitted] = useState<string | null>(null);
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: event.target.value }));

  const submit = async () => {
    const required = t('applications.required');
    const valid = errors.check({
      organisationName: form.organisationName.trim() ? undefined : [required],
      contactName: form.contactName.trim() ? undefined : [required],
      contactEmail: looksLikeEmail(form.contactEmail) ? undefined : [t('form.invalidEmail')],
      statement: form.statement.trim() ? undefined : [required],
      population:
        form.population === '' || /^\d{1,9}$/.test(form.population) ? undefined : [t('applications.invalidPopulation')],
    });
    if (!valid) return;
    try {
      const { data } = await apply({
        variables: {
          input: {
            partnershipId: partnership.id,
            organisationName: form.organisationName.trim(),
            organisationKind: form.organisationKind,
            state: form.state ? (form.state as GermanState) : null,
            population: form.population === '' ? null : Number(form.population),
            contactName: form.contactName.trim(),
            contactEmail: form.contactEmail.trim(),
            statement: form.statement.trim(),
          },
        },
      });
      errors.clear();
      setSubmitted(data?.applyForMembership.organisationName ?? form.organisationName);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('applications.applyTitle')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">
        {t('applications.applyIntro', { name: partnership.name })}{' '}
        {partnership.admission === 'VOTE' ? t('applications.applyIntroVote') : null}
      </p>
      {submitted ? (
        <SuccessAlert message={t('applications.submitted', { organisation: submitted })} />
      ) : partnership.viewerApplicationState !== 'NONE' ? (
        <ApplicationState state={partnership.viewerApplicationState} name={partnership.name} />
      ) : (
        <Form errors={errors} onSubmit={submit}>
          <TextField
            label={t('applications.organisationName')}
            name="organisationName"
            required
            value={form.organisationName}
            onChange={set('organisationName')}
            errors={errors.fields.organisationName}
          />
          <SelectField
            label={t('applications.organisationKind')}
            name="organisationKind"
            value={form.organisationKind}
            onChange={set('organisationKind')}
            errors={errors.fields.organisationKind}
          >
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`organisationKind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('applications.state')}
            name="state"
            value={form.state}
            onChange={set('state')}
            errors={errors.fields.state}
          >
            <option value="">{t('applications.noState')}</option>
            {germanStates.map((state) => (
              <option key={state} value={state}>
                {t(`germanState.${state}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('applications.population')}
            name="population"
            inputMode="numeric"
            value={form.population}
            onChange={set('population')}
            errors={errors.fields.population}
          />
          <TextField
            label={t('applications.contactName')}
            name="contactName"
            autoComplete="name"
            required
            value={form.contactName}
            onChange={set('contactName')}
            errors={errors.fields.contactName}
          />
          <TextField
            label={t('applications.contactEmail')}
            name="contactEmail"
            type="email"
            autoComplete="email"
            required
            value={form.contactEmail}
            onChange={set('contactEmail')}
            errors={errors.fields.contactEmail}
          />
          <TextAreaField
            label={t('applications.statement')}
            hint={t('applications.statementHint')}
            name="statement"
            required
            rows={6}
            value={form.statement}
            onChange={set('statement')}
            errors={errors.fields.statement}
          />
          <div className="portal-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
              <span className="kern-label">{t('applications.submit')}</span>
            </button>
          </div>
        </Form>
      )}
    </>
  );
}

/** Instead of "Mitglied werden": the viewer's organisation is a member already, or its application is being decided. */
export function ApplicationState({ state, name }: { state: 'MEMBER' | 'PENDING'; name: string }) {
  const { t } = useTranslation();
  return (
    <div className="kern-alert kern-alert--info" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span className="kern-title">{t(`applications.viewerState.${state}.title`)}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t(`applications.viewerState.${state}.text`, { name })}</p>
      </div>
    </div>
  );
}
