import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { describeProblem, isUnauthenticated } from '../../../app/graphql-errors';
import {
  CastBallotDocument,
  MyOpenVotesDocument,
  VoteDocument,
  type BallotChoice,
  type VoteQuery,
} from '../../../generated/graphql';
import { type AuditCheckpointView, CheckpointNote } from '../../audit/components/CheckpointNote';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { clearDraft, readDraft, saveDraft } from '../../shell/draft-storage';

type CastRight = VoteQuery['vote']['viewerCastRights'][number];

const choices: BallotChoice[] = ['YES', 'NO', 'ABSTAIN'];

interface BallotPanelProps {
  voteId: string;
  slug: string;
  castRights: CastRight[];
  open: boolean;
  secret: boolean;
}

/** The ballots the viewer may cast: its own organisation's and those it holds the proxy for. */
export function BallotPanel({ voteId, slug, castRights, open, secret }: BallotPanelProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="vote-ballot" className="portal-section">
      <h2 id="vote-ballot" className="kern-heading-medium">
        {t('votes.ballot.heading')}
      </h2>
      {open ? (
        <p className="kern-body">{secret ? t('votes.ballot.introSecret') : t('votes.ballot.intro')}</p>
      ) : (
        <p className="kern-body">{t('votes.ballot.closed')}</p>
      )}
      {castRights.map((right) => (
        <BallotForm key={right.membershipId} voteId={voteId} slug={slug} right={right} />
      ))}
    </section>
  );
}

interface Receipt {
  receipt: string;
  changed: boolean;
  checkpoint: AuditCheckpointView | null;
}

function BallotForm({ voteId, slug, right }: { voteId: string; slug: string; right: CastRight }) {
  const { t } = useTranslation();
  const id = useId();
  const { pathname } = useLocation();
  // A ballot confirmed but refused because the session had expired: offered again (never cast by itself).
  const draftName = `ballot-${right.membershipId}`;
  const [offered] = useState<BallotChoice | null>(() => {
    const stored = readDraft<string>(window.sessionStorage, pathname, draftName);
    return right.canCast && choices.includes(stored as BallotChoice) ? (stored as BallotChoice) : null;
  });
  const [reoffer, setReoffer] = useState(offered !== null);
  useEffect(() => clearDraft(window.sessionStorage, pathname, draftName), [pathname, draftName]);
  const [choice, setChoice] = useState<BallotChoice | null>(offered ?? right.choice ?? null);
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<{ message: string; lang?: string } | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [castBallot, { loading }] = useMutation(CastBallotDocument, {
    refetchQueries: [VoteDocument, MyOpenVotesDocument],
    awaitRefetchQueries: true,
  });
  const organisation = right.organisation.name;
  const legend = right.byProxy
    ? t('votes.ballot.legendProxy', { organisation })
    : t('votes.ballot.legend', { organisation });
  const disabled = !right.canCast;

  const confirm = async () => {
    if (!choice) return;
    setProblem(null);
    // Kept until the server has answered: if the session expired, the sign-in brings the person back to it.
    saveDraft(window.sessionStorage, pathname, draftName, choice);
    try {
      const { data } = await castBallot({ variables: { input: { voteId, membershipId: right.membershipId, choice } } });
      clearDraft(window.sessionStorage, pathname, draftName);
      setReoffer(false);
      if (data)
        setReceipt({
          receipt: data.castBallot.receipt,
          changed: data.castBallot.changed,
          checkpoint: data.castBallot.auditCheckpoint ?? null,
        });
    } catch (error) {
      // The way to the sign-in is under way (SessionExpiryRedirect); the choice waits for the return.
      if (isUnauthenticated(error)) return;
      clearDraft(window.sessionStorage, pathname, draftName);
      const described = describeProblem(error, t('form.networkError'));
      setProblem({ message: described.message, lang: described.lang });
    } finally {
      setConfirming(false);
    }
  };

  return (
    <form
      className="portal-form vote-ballot"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!choice) {
          setMissing(true);
          document.getElementById(`${id}-YES`)?.focus();
          return;
        }
        setMissing(false);
        setConfirming(true);
      }}
    >
      {problem && <ErrorAlert message={problem.message} lang={problem.lang} />}
      {reoffer && offered && (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <span className="kern-title">{t('votes.ballot.notCastTitle')}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">
              {t('votes.ballot.notCastBody', { organisation, choice: t(`votes.choice.${offered}`) })}
            </p>
          </div>
        </div>
      )}
      <fieldset
        className={`kern-fieldset${missing ? ' kern-fieldset--error' : ''}`}
        disabled={disabled}
        aria-describedby={`${id}-state${missing ? ` ${id}-error` : ''}`}
      >
        <legend className="kern-label">{legend}</legend>
        <p className="kern-hint" id={`${id}-state`}>
          {right.hasVoted && right.choice
            ? t('votes.ballot.currentChoice', { choice: t(`votes.choice.${right.choice}`) })
            : right.hasVoted
              ? t('votes.ballot.voted')
              : t('votes.ballot.notVoted')}{' '}
          {right.canCast ? (right.hasVoted ? t('votes.ballot.canChange') : '') : t('votes.ballot.cannotCast')}
        </p>
        <div className="kern-fieldset__body">
          {choices.map((value) => (
            <div className="kern-form-check" key={value}>
              <input
                type="radio"
                className="kern-form-check__radio"
                id={`${id}-${value}`}
                name={`${id}-choice`}
                value={value}
                checked={choice === value}
                onChange={() => {
                  setChoice(value);
                  setMissing(false);
                }}
                aria-invalid={missing || undefined}
              />
              <label className="kern-label" htmlFor={`${id}-${value}`}>
                {t(`votes.choice.${value}`)}
              </label>
            </div>
          ))}
        </div>
        {missing && (
          <p className="kern-error" id={`${id}-error`}>
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-body">{t('votes.ballot.choiceRequired')}</span>
          </p>
        )}
      </fieldset>
      {right.canCast && (
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">
              {right.hasVoted ? t('votes.ballot.change', { organisation }) : t('votes.ballot.submit', { organisation })}
            </span>
          </button>
        </div>
      )}
      {receipt && <ReceiptBox receipt={receipt} slug={slug} canStillChange={right.canCast} />}
      {confirming && choice && (
        <ConfirmDialog
          title={t('votes.ballot.confirmTitle')}
          message={t('votes.ballot.confirmMessage', { organisation, choice: t(`votes.choice.${choice}`) })}
          confirmLabel={t('votes.ballot.confirm')}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}

/** The receipt after casting; it takes the focus so keyboard and screen reader users land on it. */
function ReceiptBox({ receipt, slug, canStillChange }: { receipt: Receipt; slug: string; canStillChange: boolean }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useEffect(() => {
    box.current?.focus();
  }, [receipt]);
  return (
    <div ref={box} className="vote-receipt" tabIndex={-1} role="region" aria-labelledby={headingId}>
      <h3 className="kern-heading-small" id={headingId}>
        {receipt.changed ? t('votes.receipt.headingChanged') : t('votes.receipt.heading')}
      </h3>
      <p className="kern-body">{t('votes.receipt.codeLabel')}</p>
      <p className="vote-receipt__code">{receipt.receipt}</p>
      <p className="kern-body">
        {t('votes.receipt.hint')}{' '}
        <Link to={`/p/${slug}/protokoll?suche=${encodeURIComponent(receipt.receipt)}`} className="kern-link">
          {t('votes.receipt.auditLink')}
        </Link>
      </p>
      <p className="kern-body">{canStillChange ? t('votes.receipt.canChange') : t('votes.receipt.final')}</p>
      <CheckpointNote checkpoint={receipt.checkpoint} slug={slug} />
    </div>
  );
}
