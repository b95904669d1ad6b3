import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ResetPasswordDocument } from '../../../generated/graphql';
import { Form } from '../../shell/components/Form';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { useAdoptLanguage } from '../hooks/useAdoptLanguage';
import { useSessionChange } from '../hooks/useSessionChange';
import { NewPasswordFields, useNewPasswordMessages } from './NewPasswordFields';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.title'));
  const { token = '' } = useParams();
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);
  const sessionChanged = useSessionChange();
  const adoptLanguage = useAdoptLanguage();
  const newPasswordMessages = useNewPasswordMessages();
  const errors = useFormErrors();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');

  const submit = async () => {
    if (!errors.check(newPasswordMessages(password, repeat))) return;
    try {
      const { data } = await resetPassword({ variables: { token, password } });
      if (data) await adoptLanguage(data.resetPassword.preferredLanguage);
      await sessionChanged({ to: '/konto', notice: 'passwordReset' });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="portal-narrow">
      <h1 className="kern-heading-large">{t('resetPassword.title')}</h1>
      <p className="kern-body portal-lead">{t('resetPassword.intro')}</p>
      <Form
        errors={errors}
        onSubmit={submit}
        afterError={
          <p className="kern-body">
            <Link to="/passwort-vergessen" className="kern-link">
              {t('resetPassword.requestNew')}
            </Link>
          </p>
        }
      >
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
            <span className="kern-label">{t('resetPassword.submit')}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}
