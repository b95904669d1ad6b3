import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AccountDocument, type AccountQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { SignInRequiredPage } from '../../auth/components/AccessPages';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';

type Account = NonNullable<AccountQuery['me']>;

export function AccountPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AccountDocument);
  useDocumentTitle(t('account.title'));

  if (data?.me) return <AccountDetails account={data.me} />;
  if (data) return <SignInRequiredPage />;
  if (error) {
    return (
      <>
        <h1 className="kern-heading-large">{t('account.title')}</h1>
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      </>
    );
  }
  return loading ? <LoadingState /> : null;
}

function AccountDetails({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="kern-heading-large">{t('account.title')}</h1>
      <p className="kern-body kern-body--large portal-lead">{t('account.intro', { email: account.email })}</p>

      <section aria-labelledby="account-profile" className="portal-section portal-narrow">
        <h2 id="account-profile" className="kern-heading-medium">
          {t('account.profile')}
        </h2>
        <ProfileForm account={account} />
      </section>

      <section aria-labelledby="account-password" className="portal-section portal-narrow">
        <h2 id="account-password" className="kern-heading-medium">
          {t('account.password')}
        </h2>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="account-roles" className="portal-section">
        <h2 id="account-roles" className="kern-heading-medium">
          {t('account.roles')}
        </h2>
        <RoleList roles={account.roles} isPlatformAdmin={account.isPlatformAdmin} />
      </section>
    </>
  );
}

function RoleList({ roles, isPlatformAdmin }: { roles: Account['roles']; isPlatformAdmin: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {isPlatformAdmin && <p className="kern-body">{t('account.platformAdmin')}</p>}
      {roles.length === 0 ? (
        <p className="kern-body">{t('account.noRoles')}</p>
      ) : (
        <ul className="kern-list">
          {roles.map((role) => (
            <li key={role.id} className="kern-body">
              <Link to={`/p/${role.partnership.slug}`} className="kern-link">
                {role.partnership.name}
              </Link>
              {': '}
              {role.organisation
                ? t('account.roleFor', { role: t(`role.${role.role}`), organisation: role.organisation.name })
                : t(`role.${role.role}`)}{' '}
              <span className="kern-body--muted">({t('account.since', { date: format.day(role.createdAt) })})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
