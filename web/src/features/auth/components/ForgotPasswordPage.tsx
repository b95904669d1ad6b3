import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RequestPasswordResetDocument } from '../../../generated/graphql';
import { Form } from '../../shell/components/Form';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { looksLikeEmail } from '../password-rules';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.title'));
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);

  const submit = async () => {
    if (!errors.check({ email: looksLikeEmail(email) ? undefined : [t('form.invalidEmail')] })) return;
    try {
      await requestReset({ variables: { email: email.trim() } });
      // The same words whether or not an account exists, so the page does not reveal who has one.
      setSent(true);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="portal-narrow">
      <h1 className="kern-heading-large">{t('forgotPassword.title')}</h1>
      {sent ? (
        <>
          <SuccessAlert message={t('forgotPassword.sent')} />
          <p className="kern-body portal-after-alert">
            <Link to="/anmelden" className="kern-link">
              {t('forgotPassword.backToSignIn')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="kern-body portal-lead">{t('forgotPassword.intro')}</p>
          <Form errors={errors} onSubmit={submit}>
            <TextField
              label={t('signIn.email')}
              type="email"
              name="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              errors={errors.fields.email}
            />
            <div className="portal-form__actions">
              <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
                <span className="kern-label">{t('forgotPassword.submit')}</span>
              </button>
              <Link to="/anmelden" className="kern-link">
                {t('forgotPassword.backToSignIn')}
              </Link>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
