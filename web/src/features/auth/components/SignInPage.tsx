import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { Form } from '../../shell/components/Form';
import { TextField } from '../../shell/components/TextField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { useSignIn } from '../hooks/useSignIn';
import { useSignInMethods } from '../hooks/useSignInMethods';
import { useViewer } from '../hooks/useViewer';
import { safeNextPath } from '../next-path';
import { expiredFlag } from '../session-expiry';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const { viewer } = useViewer();
  const { signIn, loading } = useSignIn();
  const { oidc } = useSignInMethods();
  // Set by the server when a sign-in through the organisation's provider did not succeed.
  const oidcProblem = searchParams.get('oidc');
  const expired = searchParams.get('anmeldung') === expiredFlag;
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = async () => {
    const valid = errors.check({
      email: email.trim() ? undefined : [t('form.required', { field: t('signIn.email') })],
      password: password ? undefined : [t('form.required', { field: t('signIn.password') })],
    });
    if (!valid) return;
    try {
      await signIn(email.trim(), password, next);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="portal-narrow">
      <h1 className="kern-heading-large">{t('signIn.title')}</h1>
      {viewer && (
        <p className="kern-body">
          {t('signIn.alreadySignedIn', { name: viewer.displayName })}{' '}
          <Link to={next} className="kern-link">
            {t('signIn.continue')}
          </Link>
        </p>
      )}
      {expired && (
        <div className="kern-alert kern-alert--info" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <span className="kern-title">{t('signIn.expiredTitle')}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t('signIn.expiredBody')}</p>
          </div>
        </div>
      )}
      <p className="kern-body portal-lead">{t('signIn.intro')}</p>
      {oidcProblem && (
        <ErrorAlert
          message={t(
            oidcProblem === 'unverified'
              ? 'signIn.oidcUnverified'
              : oidcProblem === 'unknown'
                ? 'signIn.oidcUnknown'
                : 'signIn.oidcFailed',
          )}
        />
      )}
      {oidc && (
        <p className="kern-body">
          <a className="kern-btn kern-btn--secondary" href={`/auth/oidc/login?next=${encodeURIComponent(next)}`}>
            <span className="kern-label">{t('signIn.oidc')}</span>
          </a>
        </p>
      )}
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          errors={errors.fields.email}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errors={errors.fields.password}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('signIn.submit')}</span>
          </button>
          <Link to="/passwort-vergessen" className="kern-link">
            {t('signIn.forgotPassword')}
          </Link>
        </div>
      </Form>
    </div>
  );
}
