import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationQuery } from '../../../generated/graphql';
import { NewPasswordFields, useNewPasswordMessages } from '../../auth/components/NewPasswordFields';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { Form } from '../../shell/components/Form';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';

type Preview = InvitationQuery['invitation'];

interface AcceptProps {
  token: string;
  preview: Preview;
  onAccepted: () => void;
}

/** New to the platform: a name and a password create the account, which then holds the invited role. */
export function CreateAccountForm({ token, preview, onAccepted }: AcceptProps) {
  const { t } = useTranslation();
  const { accept, loading } = useAcceptInvitation(preview.partnershipSlug, onAccepted);
  const newPasswordMessages = useNewPasswordMessages();
  const errors = useFormErrors();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');

  const submit = async () => {
    const own = newPasswordMessages(password, repeat);
    const valid = errors.check({
      displayName: displayName.trim() ? undefined : [t('form.required', { field: t('account.displayName') })],
      password: own.password,
      repeat: own.repeat,
    });
    if (!valid) return;
    try {
      await accept({ token, displayName: displayName.trim(), password });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <>
      <p className="kern-body portal-form-intro">{t('invitation.createAccountIntro', { email: preview.email })}</p>
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('account.displayName')}
          hint={t('invitation.displayNameHint')}
          name="displayName"
          autoComplete="name"
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          errors={errors.fields.displayName}
        />
        <NewPasswordFields
          password={password}
          repeat={repeat}
          onPasswordChange={setPassword}
          onRepeatChange={setRepeat}
          passwordErrors={errors.fields.password}
          repeatErrors={errors.fields.repeat}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('invitation.createAccountSubmit')}</span>
          </button>
        </div>
      </Form>
    </>
  );
}

/** Already signed in with the invited address: one click takes the role. */
export function AcceptExistingAccount({ token, preview, onAccepted }: AcceptProps) {
  const { t } = useTranslation();
  const { accept, loading } = useAcceptInvitation(preview.partnershipSlug, onAccepted);
  const errors = useFormErrors();

  const acceptNow = async () => {
    try {
      await accept({ token });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <>
      {errors.message && <ErrorAlert message={errors.message} lang={errors.lang} />}
      <p className="kern-body">{t('invitation.acceptIntro', { email: preview.email })}</p>
      <p className="kern-body">
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          disabled={loading}
          onClick={() => void acceptNow()}
        >
          <span className="kern-label">{t('invitation.acceptSubmit')}</span>
        </button>
      </p>
    </>
  );
}
