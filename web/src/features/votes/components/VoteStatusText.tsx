import { useTranslation } from 'react-i18next';
import type { VoteOutcome, VoteStatus } from '../../../generated/graphql';

/** A status in words with an icon beside it, never by colour alone. */
export function VoteStatusText({ status }: { status: VoteStatus }) {
  const { t } = useTranslation();
  const icon =
    status === 'OPEN' ? 'kern-icon--schedule' : status === 'CLOSED' ? 'kern-icon--check' : 'kern-icon--close';
  return (
    <span className="vote-status">
      <span className={`kern-icon ${icon}`} aria-hidden="true" /> {t(`votes.status.${status}`)}
    </span>
  );
}

/** An outcome in words; "still open" when there is none yet. */
export function VoteOutcomeText({ outcome }: { outcome: VoteOutcome | null | undefined }) {
  const { t } = useTranslation();
  if (!outcome) return <>{t('votes.outcome.none')}</>;
  return (
    <strong className={`vote-outcome vote-outcome--${outcome.toLowerCase()}`}>{t(`votes.outcome.${outcome}`)}</strong>
  );
}
