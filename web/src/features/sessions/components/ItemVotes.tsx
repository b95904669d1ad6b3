import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  CloseVoteDocument,
  CommitteeSessionDocument,
  MyOpenVotesDocument,
  OpenVoteDocument,
  type RulePreset,
  type SessionCockpitFieldsFragment,
} from '../../../generated/graphql';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { Form } from '../../shell/components/Form';
import { OutcomeAlert } from '../../shell/components/OutcomeAlert';
import { SelectField } from '../../shell/components/SelectField';
import { useConfirmedAction } from '../../shell/hooks/useConfirmedAction';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { isRulePreset, rulePresets, useVoteWords } from '../../votes/hooks/useVoteWords';
import { LiveTally } from '../../votes/components/LiveTally';
import { VoteOutcomeText, VoteStatusText } from '../../votes/components/VoteStatusText';

type Session = SessionCockpitFieldsFragment;
type Item = Session['agenda'][number];
type Vote = Item['votes'][number];

/** The votes on one agenda item: live while open, with result and sentence once closed; open and close them here. */
export function ItemVotes({ session, item, canManage }: { session: Session; item: Item; canManage: boolean }) {
  const { t } = useTranslation();
  const slug = session.committee.partnership.slug;
  const [closeVote] = useMutation(CloseVoteDocument, {
    refetchQueries: [CommitteeSessionDocument],
    awaitRefetchQueries: true,
  });
  const closing = useConfirmedAction(async (vote: Vote) => {
    await closeVote({ variables: { id: vote.id } });
    return t('sessions.vote.closed', { title: vote.title });
  });
  const canOpen =
    canManage &&
    session.status === 'IN_PROGRESS' &&
    item.kind === 'DECISION' &&
    session.committee.votes &&
    !item.votes.some((vote) => vote.status === 'OPEN');

  if (item.kind !== 'DECISION' && item.votes.length === 0) return null;
  return (
    <div className="session-votes">
      <OutcomeAlert outcome={closing.outcome} />
      {item.votes.map((vote) => (
        <div key={vote.id} className="session-vote">
          <p className="kern-body">
            <Link to={`/p/${slug}/abstimmungen/${vote.id}`} className="kern-link">
              {t('sessions.vote.link', { title: vote.title })}
            </Link>{' '}
            <VoteStatusText status={vote.status} />
          </p>
          {vote.status === 'CANCELLED' ? (
            <p className="kern-body">{t('votes.outcome.cancelled')}</p>
          ) : vote.status === 'OPEN' ? (
            <LiveTally voteId={vote.id} tally={vote.tally} secret={vote.secret} onUpdate={() => undefined} />
          ) : (
            <Result vote={vote} />
          )}
          {canManage && vote.status === 'OPEN' && (
            <div className="portal-form__actions">
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                onClick={() => closing.ask(vote)}
                disabled={closing.busy}
              >
                <span className="kern-label">{t('sessions.vote.close', { title: vote.title })}</span>
              </button>
            </div>
          )}
        </div>
      ))}
      {item.kind === 'DECISION' && item.votes.length === 0 && session.status !== 'IN_PROGRESS' && (
        <p className="kern-body kern-body--muted">
          {session.status === 'PLANNED' ? t('sessions.vote.notYet') : t('sessions.vote.none')}
        </p>
      )}
      {canOpen && <OpenVoteForm item={item} defaultRuleName={session.committee.defaultRuleName} />}
      {closing.pending && (
        <ConfirmDialog
          title={t('votes.manage.closeTitle')}
          message={t('votes.manage.closeMessage', { title: closing.pending.title })}
          confirmLabel={t('votes.manage.closeConfirm')}
          busy={closing.busy}
          onConfirm={() => void closing.confirm()}
          onCancel={closing.cancel}
        />
      )}
    </div>
  );
}

function Result({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const words = useVoteWords();
  const sentence = words.sentence(vote.tally);
  return (
    <>
      <p className="kern-body">
        {t('votes.tally.finalOutcome')} <VoteOutcomeText outcome={vote.outcome} />
      </p>
      {sentence && <p className="kern-body">{sentence}</p>}
    </>
  );
}

function OpenVoteForm({ item, defaultRuleName }: { item: Item; defaultRuleName: string }) {
  const { t } = useTranslation();
  const words = useVoteWords();
  const errors = useFormErrors();
  const [openVote, { loading }] = useMutation(OpenVoteDocument, {
    refetchQueries: [CommitteeSessionDocument, MyOpenVotesDocument],
    awaitRefetchQueries: true,
  });
  const [preset, setPreset] = useState<RulePreset | ''>('');
  const [fundamental, setFundamental] = useState(false);

  const submit = async () => {
    errors.clear();
    try {
      await openVote({
        variables: { input: { agendaItemId: item.id, fundamental, rule: preset ? { preset } : null } },
      });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <Form errors={errors} onSubmit={submit}>
      <SelectField
        label={t('sessions.vote.rule', { title: item.title })}
        hint={t('sessions.vote.ruleHint', { rule: words.ruleName(defaultRuleName) })}
        value={preset}
        onChange={(event) => setPreset(isRulePreset(event.target.value) ? event.target.value : '')}
        errors={errors.fields.rule}
      >
        <option value="">{t('votes.start.committeeDefault')}</option>
        {rulePresets.map((name) => (
          <option key={name} value={name}>
            {t(`votes.preset.${name}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label={t('votes.start.fundamental')}
        hint={t('votes.start.fundamentalHint')}
        checked={fundamental}
        onChange={(event) => setFundamental(event.target.checked)}
        errors={errors.fields.fundamental}
      />
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('sessions.vote.open', { title: item.title })}</span>
        </button>
      </div>
    </Form>
  );
}
