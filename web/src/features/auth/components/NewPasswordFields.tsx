import { useTranslation } from 'react-i18next';
import { TextField } from '../../shell/components/TextField';
import { checkNewPassword, minPasswordLength } from '../password-rules';

interface NewPasswordFieldsProps {
  password: string;
  repeat: string;
  onPasswordChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  passwordErrors?: string[];
  repeatErrors?: string[];
}

/** A new password and its repetition, with the length rule as a hint. */
export function NewPasswordFields({
  password,
  repeat,
  onPasswordChange,
  onRepeatChange,
  passwordErrors,
  repeatErrors,
}: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('password.new')}
        hint={t('password.hint', { min: minPasswordLength })}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => onPasswordChange(event.target.value)}
        errors={passwordErrors}
      />
      <TextField
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(event) => onRepeatChange(event.target.value)}
        errors={repeatErrors}
      />
    </>
  );
}

/** The form's own messages for a new password and its repetition. */
export function useNewPasswordMessages() {
  const { t } = useTranslation();
  return (password: string, repeat: string) => {
    const problems = checkNewPassword(password, repeat);
    return {
      password: problems.password ? [t('password.tooShort', { min: minPasswordLength })] : undefined,
      repeat: problems.repeat ? [t('password.mismatch')] : undefined,
    };
  };
}
