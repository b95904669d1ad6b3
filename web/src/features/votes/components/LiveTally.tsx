import { useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { VoteTallyChangedDocument, type VoteTallyFieldsFragment } from '../../../generated/graphql';
import { useVoteWords } from '../hooks/useVoteWords';
import { VoteOutcomeText } from './VoteStatusText';

interface LiveTallyProps {
  voteId: string;
  /** The tally as the vote query returned it. */
  tally: VoteTallyFieldsFragment;
  secret: boolean;
  /** Called on every update while the vote is open, e.g. to refresh who has voted. */
  onUpdate: (tally: VoteTallyFieldsFragment) => void;
}

/**
 * The count: the query's tally first, then each update from the voteTally subscription while the vote is
 * open. A polite live region, so screen reader users hear new figures without losing their place.
 */
export function LiveTally({ voteId, tally: queried, secret, onUpdate }: LiveTallyProps) {
  const { t } = useTranslation();
  const { data } = useSubscription(VoteTallyChangedDocument, {
    variables: { voteId },
    skip: queried.final,
    onData: ({ data: update }) => {
      if (update.data) onUpdate(update.data.voteTally);
    },
  });
  const live = data?.voteTally;
  // A final tally from the query wins; otherwise the newest update.
  const tally = queried.final || !live ? queried : live;
  return (
    <div aria-live="polite" aria-atomic="false" className="vote-tally">
      <h3 className="kern-heading-small">
        {tally.final ? t('votes.tally.finalHeading') : t('votes.tally.provisionalHeading')}
      </h3>
      <TallyFigures tally={tally} secret={secret} />
    </div>
  );
}

function TallyFigures({ tally, secret }: { tally: VoteTallyFieldsFragment; secret: boolean }) {
  const { t } = useTranslation();
  const words = useVoteWords();
  const sentence = words.sentence(tally);
  const participation = t('votes.participation', { count: tally.castCount, entitled: tally.entitledCount });
  if (!tally.final && secret && !tally.figures) {
    return (
      <>
        <p className="kern-body">{participation}</p>
        <p className="kern-body kern-body--muted">{t('votes.tally.secretOpen')}</p>
      </>
    );
  }
  const { figures } = tally;
  return (
    <>
      <p className="kern-body">{participation}</p>
      {figures && <FigureBar figures={figures} />}
      {figures && (
        <dl className="kern-description-list">
          {(
            [
              ['yes', figures.yes],
              ['no', figures.no],
              ['abstain', figures.abstain],
              ['cast', figures.cast],
              ['entitled', figures.entitled],
            ] as const
          ).map(([key, value]) => (
            <div className="kern-description-list-item" key={key}>
              <dt className="kern-description-list-item__key">{t(`votes.tally.${key}`)}</dt>
              <dd className="kern-description-list-item__value">{words.decimal(value)}</dd>
            </div>
          ))}
          {figures.present != null && (
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('votes.tally.present')}</dt>
              <dd className="kern-description-list-item__value">{words.decimal(figures.present)}</dd>
            </div>
          )}
          {tally.quorum && (
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('votes.tally.quorum')}</dt>
              <dd className="kern-description-list-item__value">
                {t(tally.quorum.met ? 'votes.tally.quorumMet' : 'votes.tally.quorumNotMet', {
                  actual: words.decimal(tally.quorum.actual),
                  required: words.decimal(tally.quorum.required),
                })}
              </dd>
            </div>
          )}
        </dl>
      )}
      <p className="kern-body">
        {tally.final ? t('votes.tally.finalOutcome') : t('votes.tally.provisionalOutcome')}{' '}
        <VoteOutcomeText outcome={tally.outcome} />
        {!tally.final && tally.decided && <> {t('votes.tally.decided')}</>}
      </p>
      {sentence && <p className="kern-body">{sentence}</p>}
      {tally.tieBrokenByChair && <p className="kern-body">{t('votes.tally.tieBrokenByChair')}</p>}
    </>
  );
}

/** A bar of the shares of the entitled weight; decoration only, the same numbers stand beside it as text. */
function FigureBar({ figures }: { figures: NonNullable<VoteTallyFieldsFragment['figures']> }) {
  const entitled = Number(figures.entitled);
  if (!(entitled > 0)) return null;
  const width = (value: string) => `${Math.max(0, Math.min(100, (Number(value) / entitled) * 100))}%`;
  return (
    <div className="vote-bar" aria-hidden="true">
      <span className="vote-bar__part--yes" style={{ width: width(figures.yes) }} />
      <span className="vote-bar__part--no" style={{ width: width(figures.no) }} />
      <span className="vote-bar__part--abstain" style={{ width: width(figures.abstain) }} />
    </div>
  );
}
