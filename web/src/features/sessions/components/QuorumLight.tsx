import { useTranslation } from 'react-i18next';
import type { SessionCockpitFieldsFragment, SessionStatus } from '../../../generated/graphql';
import { useVoteWords } from '../../votes/hooks/useVoteWords';

interface QuorumLightProps {
  quorum: SessionCockpitFieldsFragment['quorum'];
  status: SessionStatus;
}

/**
 * Whether the members present (or represented by proxy) make the session quorate. Said in words and
 * marked with an icon as well as a colour, and announced politely when it changes.
 */
export function QuorumLight({ quorum, status }: QuorumLightProps) {
  const { t } = useTranslation();
  const words = useVoteWords();
  const recorded = quorum.presentCount > 0 || status !== 'PLANNED';
  const state = !recorded ? 'unknown' : quorum.met ? 'met' : 'missed';
  const required = quorum.required
    ? quorum.unit === 'VOTERS'
      ? t('sessions.quorum.requiredVoters', { count: Number(quorum.required) })
      : t('sessions.quorum.requiredWeight', {
          weight: words.decimal(quorum.required),
          entitled: words.decimal(quorum.entitledWeight),
        })
    : t('sessions.quorum.none');
  return (
    <section aria-labelledby="session-quorum" className="portal-section">
      <h2 id="session-quorum" className="kern-heading-medium">
        {t('sessions.quorum.heading')}
      </h2>
      <div className={`session-quorum session-quorum--${state}`} role="status" aria-live="polite">
        <span
          className={`kern-icon ${state === 'met' ? 'kern-icon--check' : state === 'missed' ? 'kern-icon--warning' : 'kern-icon--info'}`}
          aria-hidden="true"
        />
        <p className="kern-body session-quorum__text">
          <strong>{t(`sessions.quorum.${state}`)}</strong>{' '}
          {t('sessions.quorum.present', {
            present: quorum.presentCount,
            entitled: quorum.entitledCount,
            presentWeight: words.decimal(quorum.presentWeight),
            entitledWeight: words.decimal(quorum.entitledWeight),
          })}{' '}
          {required}
        </p>
      </div>
    </section>
  );
}
