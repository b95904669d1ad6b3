import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDocument } from '../../../generated/graphql';
import { NewPasswordFields, useNewPasswordMessages } from '../../auth/components/NewPasswordFields';
import { Form } from '../../shell/components/Form';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const newPasswordMessages = useNewPasswordMessages();
  const errors = useFormErrors();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [changed, setChanged] = useState(false);

  const submit = async () => {
    setChanged(false);
    const own = newPasswordMessages(newPassword, repeat);
    const valid = errors.check({
      currentPassword: currentPassword ? undefined : [t('form.required', { field: t('password.current') })],
      newPassword: own.password,
      repeat: own.repeat,
    });
    if (!valid) return;
    try {
      await changePassword({ variables: { currentPassword, newPassword } });
      errors.clear();
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
      setChanged(true);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <Form errors={errors} onSubmit={submit}>
      {changed && <SuccessAlert message={t('account.passwordChanged')} />}
      <TextField
        label={t('password.current')}
        type="password"
        name="currentPassword"
        autoComplete="current-password"
        required
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
        errors={errors.fields.currentPassword}
      />
      <NewPasswordFields
        password={newPassword}
        repeat={repeat}
        onPasswordChange={setNewPassword}
        onRepeatChange={setRepeat}
        passwordErrors={errors.fields.newPassword}
        repeatErrors={errors.fields.repeat}
      />
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('account.changePassword')}</span>
        </button>
      </div>
    </Form>
  );
}
