import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { describeProblem, isForbidden, isNotFound, isUnauthenticated } from '../../../app/graphql-errors';
import {
  CancelVoteDocument,
  CloseVoteDocument,
  MyOpenVotesDocument,
  PartnershipVotesDocument,
  SessionAttendanceDocument,
  VoteDocument,
  type VoteQuery,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NoAccessPage, SignInRequiredPage } from '../../auth/components/AccessPages';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { JumpLink } from '../../shell/components/JumpLink';
import { LoadingState } from '../../shell/components/LoadingState';
import { NotFoundPage } from '../../shell/components/NotFoundPage';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { DataTable } from '../../shell/components/DataTable';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useVoteWords } from '../hooks/useVoteWords';
import { stillToVote } from '../still-to-vote';
import { BallotPanel } from './BallotPanel';
import { LiveTally } from './LiveTally';
import { ReceiptCheck } from './ReceiptCheck';
import { VoteOutcomeText, VoteStatusText } from './VoteStatusText';
import '../votes.css';

type Vote = VoteQuery['vote'];

export function VotePage() {
  const { t } = useTranslation();
  const { voteId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(VoteDocument, {
    variables: { id: voteId },
    fetchPolicy: 'cache-and-network',
  });

  if (data) return <VoteView vote={data.vote} refresh={() => void refetch()} />;
  if (error) {
    if (isNotFound(error)) return <NotFoundPage title={t('votes.notFoundTitle')} message={t('votes.notFoundBody')} />;
    if (isUnauthenticated(error)) return <SignInRequiredPage />;
    if (isForbidden(error)) return <NoAccessPage />;
    return <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />;
  }
  return loading ? <LoadingState /> : null;
}

function VoteView({ vote, refresh }: { vote: Vote; refresh: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useVoteWords();
  useDocumentTitle(t('votes.voteDocumentTitle', { title: vote.title, name: vote.partnership.name }));
  const { partnership } = vote;
  const canManage = partnership.viewerPermissions.includes('COMMITTEES_MANAGE');
  const open = vote.status === 'OPEN';

  const facts: Array<[string, string]> = [
    [t('votes.fact.committee'), vote.committee.name],
    [
      t('votes.fact.procedure'),
      vote.session
        ? `${t(`votes.procedure.${vote.procedure}`)}: ${vote.session.title}`
        : t(`votes.procedure.${vote.procedure}`),
    ],
    [
      t('votes.fact.status'),
      vote.closeReason
        ? `${t(`votes.status.${vote.status}`)} (${t(`votes.closeReason.${vote.closeReason}`)})`
        : t(`votes.status.${vote.status}`),
    ],
    [t('votes.fact.openedAt'), format.dateTime(vote.openedAt)],
  ];
  if (vote.deadline) facts.push([t('votes.fact.deadline'), format.dateTime(vote.deadline)]);
  if (vote.closedAt) facts.push([t('votes.fact.closedAt'), format.dateTime(vote.closedAt)]);
  facts.push([t('votes.fact.rule'), words.ruleName(vote.ruleName)]);
  facts.push([t('votes.fact.fundamental'), vote.fundamental ? t('votes.yes') : t('votes.no')]);
  // Only members get a vote on a non-public agenda item at all; they see that it is one.
  if (vote.agendaItem && !vote.agendaItem.public) facts.push([t('votes.fact.visibility'), t('votes.nonPublic')]);

  return (
    <>
      <p className="portal-back">
        <Link to={`/p/${partnership.slug}/abstimmungen`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('votes.backToVotes', { name: partnership.name })}
        </Link>
      </p>
      <h1 className="kern-heading-large">
        {vote.title}
        <span className="portal-heading-context">
          {t('votes.headingContext', { committee: vote.committee.name, name: partnership.name })}
        </span>
      </h1>
      {/* Before the description, which may be long: on a phone the ballot is several screens down. */}
      {open && vote.viewerCastRights.length > 0 && <JumpLink target="vote-ballot" label={t('votes.ballot.heading')} />}
      {canManage && <JumpLink target="vote-manage" label={t('votes.manage.heading')} />}
      {vote.description && <p className="kern-body kern-body--large portal-lead">{vote.description}</p>}
      <p className="kern-body">
        <VoteStatusText status={vote.status} />
      </p>
      <dl className="kern-description-list">
        {facts.map(([label, value]) => (
          <div className="kern-description-list-item" key={label}>
            <dt className="kern-description-list-item__key">{label}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="vote-rule" className="portal-section">
        <h2 id="vote-rule" className="kern-heading-medium">
          {t('votes.ruleHeading')}
        </h2>
        <ul className="kern-list">
          {words.rule(vote.rule).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="vote-tally" className="portal-section">
        <h2 id="vote-tally" className="kern-heading-medium">
          {open ? t('votes.tally.heading') : t('votes.tally.resultHeading')}
        </h2>
        {vote.status === 'CANCELLED' ? (
          <p className="kern-body">{t('votes.tally.cancelled')}</p>
        ) : (
          <LiveTally voteId={vote.id} tally={vote.tally} secret={vote.secret} onUpdate={refresh} />
        )}
      </section>

      {vote.decision && <JointDecision vote={vote} />}

      {vote.viewerCastRights.length > 0 && (
        <BallotPanel
          voteId={vote.id}
          slug={partnership.slug}
          castRights={vote.viewerCastRights}
          open={open}
          secret={vote.secret}
        />
      )}

      <section aria-labelledby="vote-entitled" className="portal-section">
        <h2 id="vote-entitled" className="kern-heading-medium">
          {t('votes.entitled.heading')}
        </h2>
        <EntitledTable vote={vote} />
      </section>

      {vote.status === 'CLOSED' && vote.secret && vote.receipts && (
        <section aria-labelledby="vote-receipts" className="portal-section">
          <h2 id="vote-receipts" className="kern-heading-medium">
            {t('votes.receipts.heading')}
          </h2>
          <p className="kern-body">{t('votes.receipts.intro')}</p>
          {vote.receipts.length === 0 ? (
            <p className="kern-body">{t('votes.receipts.empty')}</p>
          ) : (
            <ul className="kern-list vote-receipts">
              {vote.receipts.map((receipt) => (
                <li key={receipt}>{receipt}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      <ReceiptCheck
        voteId={vote.id}
        slug={partnership.slug}
        status={vote.status}
        secret={vote.secret}
        receipts={vote.receipts}
        canReadRecord={partnership.viewerPermissions.includes('AUDIT_READ')}
      />

      {canManage && <ManageVote vote={vote} />}
    </>
  );
}

function JointDecision({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const decision = vote.decision;
  if (!decision) return null;
  return (
    <section aria-labelledby="vote-decision" className="portal-section">
      <h2 id="vote-decision" className="kern-heading-medium">
        {t('votes.decision.heading')}
      </h2>
      <p className="kern-body">{t('votes.decision.intro', { title: decision.title })}</p>
      <ul className="kern-list">
        {decision.votes.map((other) => (
          <li key={other.id}>
            {other.id === vote.id ? (
              <span aria-current="page">
                {other.committee.name} ({t('votes.decision.thisVote')})
              </span>
            ) : (
              <Link to={`/p/${vote.partnership.slug}/abstimmungen/${other.id}`} className="kern-link">
                {other.committee.name}
              </Link>
            )}
            {': '}
            {t(`votes.status.${other.status}`)}
            {other.outcome && (
              <>
                {' – '}
                <VoteOutcomeText outcome={other.outcome} />
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="kern-body">
        {t('votes.decision.outcome')}{' '}
        {decision.outcome ? <VoteOutcomeText outcome={decision.outcome} /> : t('votes.decision.pending')}
      </p>
    </section>
  );
}

function EntitledTable({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const words = useVoteWords();
  if (vote.entitled.length === 0) return <p className="kern-body">{t('votes.entitled.empty')}</p>;
  const showChoice = !vote.secret;
  return (
    <DataTable
      caption={t('votes.entitled.caption', { count: vote.entitled.length })}
      stacked
      rows={vote.entitled}
      rowKey={(voter) => voter.membershipId}
      columns={[
        {
          id: 'organisation',
          header: t('votes.entitled.organisation'),
          rowHeader: true,
          cell: (voter) => {
            const notes = [
              voter.chair && t('votes.entitled.chair'),
              voter.vetoHolder && t('votes.entitled.vetoHolder'),
              voter.byProxy && t('votes.entitled.byProxy'),
            ].filter(Boolean);
            return (
              <>
                {voter.organisation.name}
                {notes.length > 0 && <span className="kern-body kern-body--small vote-note">{notes.join(', ')}</span>}
              </>
            );
          },
        },
        {
          id: 'weight',
          header: t('votes.entitled.weight'),
          kind: 'numeric',
          cell: (voter) => words.decimal(voter.weight),
        },
        {
          id: 'voted',
          header: t('votes.entitled.voted'),
          cell: (voter) => (voter.hasVoted ? t('votes.mine.voted') : t('votes.mine.notVoted')),
        },
        showChoice && {
          id: 'choice',
          header: t('votes.entitled.choice'),
          cell: (voter) => (voter.choice ? t(`votes.choice.${voter.choice}`) : '–'),
        },
      ]}
    />
  );
}

type Action = 'close' | 'cancel';

function ManageVote({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const refetchQueries = [VoteDocument, PartnershipVotesDocument, MyOpenVotesDocument];
  const [closeVote, closing] = useMutation(CloseVoteDocument, { refetchQueries, awaitRefetchQueries: true });
  const [cancelVote, cancelling] = useMutation(CancelVoteDocument, { refetchQueries, awaitRefetchQueries: true });
  const busy = closing.loading || cancelling.loading;
  const open = vote.status === 'OPEN';
  // Who may still vote in a session depends on who is present; asked when closing is considered.
  const attendance = useQuery(SessionAttendanceDocument, {
    variables: { id: vote.session?.id ?? '' },
    skip: !vote.session || pending !== 'close',
    fetchPolicy: 'network-only',
  });
  // Once closed or cancelled, only what came of it stays on show.
  if (!open && !outcome && !pending) return null;

  const closeMessage = () => {
    const seats = vote.session ? (attendance.data?.committeeSession.attendance ?? null) : null;
    const count = vote.session && !seats ? 0 : stillToVote(vote.entitled, seats);
    if (count === 0) return t('votes.manage.closeMessage', { title: vote.title });
    return vote.session ? t('votes.manage.closeUnvotedPresent', { count }) : t('votes.manage.closeUnvoted', { count });
  };

  const confirm = async () => {
    if (!pending) return;
    try {
      if (pending === 'close') await closeVote({ variables: { id: vote.id } });
      else await cancelVote({ variables: { id: vote.id } });
      setOutcome({ ok: true, text: pending === 'close' ? t('votes.manage.closed') : t('votes.manage.cancelled') });
    } catch (error) {
      const problem = describeProblem(error, t('form.networkError'));
      setOutcome({ ok: false, text: problem.message, lang: problem.lang });
    } finally {
      setPending(null);
    }
  };

  return (
    <section aria-labelledby="vote-manage" className="portal-section">
      <h2 id="vote-manage" className="kern-heading-medium">
        {t('votes.manage.heading')}
      </h2>
      <OutcomeAlert outcome={outcome} />
      {open && <p className="kern-body">{t('votes.manage.intro')}</p>}
      {open && (
        <div className="portal-form__actions">
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => setPending('close')}
            disabled={busy}
          >
            <span className="kern-label">{t('votes.manage.close')}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => setPending('cancel')}
            disabled={busy}
          >
            <span className="kern-label">{t('votes.manage.cancel')}</span>
          </button>
        </div>
      )}
      {pending && (
        <ConfirmDialog
          title={pending === 'close' ? t('votes.manage.closeTitle') : t('votes.manage.cancelTitle')}
          message={pending === 'close' ? closeMessage() : t('votes.manage.cancelMessage', { title: vote.title })}
          confirmLabel={pending === 'close' ? t('votes.manage.closeConfirm') : t('votes.manage.cancelConfirm')}
          busy={busy || attendance.loading}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
