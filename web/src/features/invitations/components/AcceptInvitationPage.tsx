import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { describeProblem, hasErrorCode } from '../../../app/graphql-errors';
import { InvitationDocument, type InvitationQuery, type MeQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useSignOut } from '../../auth/hooks/useSignOut';
import { useViewer } from '../../auth/hooks/useViewer';
import { signInPath } from '../../auth/next-path';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { FactList, type Fact } from '../../shell/components/FactList';
import { HomeLink } from '../../shell/components/HomeLink';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { AcceptExistingAccount, CreateAccountForm } from './AcceptInvitationForms';

type Preview = InvitationQuery['invitation'];
type Viewer = NonNullable<MeQuery['me']>;

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const { token = '' } = useParams();
  // Once accepted, the invitation is used up: asking again would answer "invalid" while the page moves on.
  const [accepted, setAccepted] = useState(false);
  const { data, loading, error, refetch } = useQuery(InvitationDocument, { variables: { token }, skip: accepted });
  const { viewer, loading: viewerLoading } = useViewer();

  if (accepted) return <LoadingState />;
  if (data && !viewerLoading) {
    return <Invitation token={token} preview={data.invitation} viewer={viewer} onAccepted={() => setAccepted(true)} />;
  }
  // Unknown (NOT_FOUND), malformed (BAD_USER_INPUT), or used, withdrawn or expired (CONFLICT): the server's
  // message says which.
  if (invalidInvitationCodes.some((code) => hasErrorCode(error, code))) {
    return <InvalidInvitation reason={describeProblem(error, '').message} />;
  }
  if (error) {
    return (
      <>
        <h1 className="kern-heading-large">{t('invitation.title')}</h1>
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      </>
    );
  }
  return loading || viewerLoading ? <LoadingState /> : null;
}

const invalidInvitationCodes = ['NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'] as const;

function InvalidInvitation({ reason }: { reason: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.invalidTitle'));
  return (
    <>
      <h1 className="kern-heading-large">{t('invitation.invalidTitle')}</h1>
      <p className="kern-body kern-body--large portal-lead">{t('invitation.invalidBody')}</p>
      {reason && (
        <p className="kern-body">
          {t('invitation.invalidReason')} {reason}
        </p>
      )}
      <HomeLink />
    </>
  );
}

interface InvitationProps {
  token: string;
  preview: Preview;
  viewer: Viewer | null;
  onAccepted: () => void;
}

function Invitation({ token, preview, viewer, onAccepted }: InvitationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts: Fact[] = [
    [t('invitation.partnership'), preview.partnershipName],
    [t('invitation.role'), t(`role.${preview.role}`)],
    ...(preview.organisationName ? [[t('invitation.organisation'), preview.organisationName] satisfies Fact] : []),
    [t('invitation.email'), preview.email],
    [t('invitation.expiresAt'), format.dateTime(preview.expiresAt)],
  ];
  const signedInAsInvitee = !!viewer && viewer.email.toLowerCase() === preview.email.toLowerCase();

  return (
    <>
      <h1 className="kern-heading-large">{t('invitation.title')}</h1>
      <p className="kern-body kern-body--large portal-lead">
        {t('invitation.intro', { partnership: preview.partnershipName, role: t(`role.${preview.role}`) })}
      </p>
      <FactList facts={facts} />

      <section aria-labelledby="invitation-next" className="portal-section portal-narrow">
        <h2 id="invitation-next" className="kern-heading-medium">
          {preview.accountExists ? t('invitation.acceptHeading') : t('invitation.createAccountHeading')}
        </h2>
        {viewer && !signedInAsInvitee ? (
          <SignedInAsSomeoneElse viewer={viewer} preview={preview} />
        ) : preview.accountExists && !viewer ? (
          <>
            <p className="kern-body">{t('invitation.signInFirst', { email: preview.email })}</p>
            <p className="kern-body">
              <Link to={signInPath(`/einladung/${token}`)} className="kern-btn kern-btn--primary">
                <span className="kern-label">{t('invitation.signInLink')}</span>
              </Link>
            </p>
          </>
        ) : preview.accountExists ? (
          <AcceptExistingAccount token={token} preview={preview} onAccepted={onAccepted} />
        ) : (
          <CreateAccountForm token={token} preview={preview} onAccepted={onAccepted} />
        )}
      </section>
    </>
  );
}

/** The invitation belongs to another address than the one signed in: that person has to sign out first. */
function SignedInAsSomeoneElse({ viewer, preview }: { viewer: Viewer; preview: Preview }) {
  const { t } = useTranslation();
  const { signOut, loading } = useSignOut();
  const [failed, setFailed] = useState(false);
  const signOutHere = async () => {
    setFailed(false);
    try {
      // Stay on the invitation; it then offers what fits the signed-out visitor.
      await signOut();
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <p className="kern-body">
        {preview.accountExists
          ? t('invitation.otherAccountExisting', { current: viewer.email, email: preview.email })
          : t('invitation.otherAccountNew', { current: viewer.email, email: preview.email })}
      </p>
      {failed && <ErrorAlert message={t('userMenu.signOutFailed')} />}
      <p className="kern-body">
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          disabled={loading}
          onClick={() => void signOutHere()}
        >
          <span className="kern-label">{t('userMenu.signOut')}</span>
        </button>
      </p>
    </>
  );
}
