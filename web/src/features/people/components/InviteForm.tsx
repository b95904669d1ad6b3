import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateInvitationDocument, PartnershipInvitationsDocument, type Role } from '../../../generated/graphql';
import { looksLikeEmail } from '../../auth/password-rules';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { roles } from '../roles';

interface InviteFormProps {
  partnershipId: string;
  /** The roles the viewer may grant; nobody grants more than they hold. */
  grantable: readonly Role[];
  /** The active members whose representatives the viewer may name: a representative acts for one of them. */
  organisations: Array<{ id: string; name: string }>;
}

export function InviteForm({ partnershipId, grantable, organisations }: InviteFormProps) {
  const { t } = useTranslation();
  const [createInvitation, { loading }] = useMutation(CreateInvitationDocument, {
    refetchQueries: [PartnershipInvitationsDocument],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const offered = roles.filter((value) => grantable.includes(value));
  const [role, setRole] = useState<Role>(offered[0] ?? 'OBSERVER');
  const [organisationId, setOrganisationId] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const forOrganisation = role === 'REPRESENTATIVE';
  const sortedOrganisations = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'de'));

  const submit = async () => {
    setSentTo(null);
    const valid = errors.check({
      email: looksLikeEmail(email) ? undefined : [t('form.invalidEmail')],
      organisationId: forOrganisation && !organisationId ? [t('invite.organisationRequired')] : undefined,
    });
    if (!valid) return;
    try {
      const { data } = await createInvitation({
        variables: {
          input: { partnershipId, email: email.trim(), role, organisationId: forOrganisation ? organisationId : null },
        },
      });
      errors.clear();
      setSentTo(data?.createInvitation.email ?? email.trim());
      setEmail('');
      setOrganisationId('');
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <>
      <p className="kern-body portal-form-intro">{t('invite.intro')}</p>
      {!grantable.some((value) => value !== 'REPRESENTATIVE') && (
        <p className="kern-body">{t('invite.representativesOnly')}</p>
      )}
      <Form errors={errors} onSubmit={submit}>
        {sentTo && <SuccessAlert message={t('invite.sent', { email: sentTo })} />}
        <TextField
          label={t('invite.email')}
          type="email"
          name="email"
          autoComplete="off"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          errors={errors.fields.email}
        />
        <SelectField
          label={t('invite.role')}
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          errors={errors.fields.role}
        >
          {offered.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </SelectField>
        {forOrganisation && (
          <SelectField
            label={t('invite.organisation')}
            hint={t('invite.organisationHint')}
            name="organisationId"
            required
            value={organisationId}
            onChange={(event) => setOrganisationId(event.target.value)}
            errors={errors.fields.organisationId}
          >
            <option value="">{t('invite.chooseOrganisation')}</option>
            {sortedOrganisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-icon kern-icon--mail" aria-hidden="true" />
            <span className="kern-label">{t('invite.submit')}</span>
          </button>
        </div>
      </Form>
    </>
  );
}
