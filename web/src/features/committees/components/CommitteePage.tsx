import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isForbidden, isNotFound, isUnauthenticated } from '../../../app/graphql-errors';
import {
  CommitteeCalendarFeedDocument,
  CommitteeDocument,
  EndCommitteeSeatDocument,
  type CommitteeQuery,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NoAccessPage, SignInRequiredPage } from '../../auth/components/AccessPages';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { FactList, type Fact } from '../../shell/components/FactList';
import { LoadingState } from '../../shell/components/LoadingState';
import { NotFoundPage } from '../../shell/components/NotFoundPage';
import { OutcomeAlert } from '../../shell/components/OutcomeAlert';
import { DataTable } from '../../shell/components/DataTable';
import { useConfirmedAction } from '../../shell/hooks/useConfirmedAction';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useVoteWords } from '../../votes/hooks/useVoteWords';
import { EditCommitteeForm } from './EditCommitteeForm';
import { PlanSessionForm } from './PlanSessionForm';
import { SeatForm } from './SeatForm';
import { SessionList } from './SessionList';
import '../committees.css';

type Committee = CommitteeQuery['committee'];
type Seat = Committee['seats'][number];

export function CommitteePage() {
  const { t } = useTranslation();
  const { committeeId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CommitteeDocument, {
    variables: { id: committeeId },
    fetchPolicy: 'cache-and-network',
  });

  if (data) return <CommitteeView committee={data.committee} />;
  if (error) {
    if (isNotFound(error))
      return <NotFoundPage title={t('committees.notFoundTitle')} message={t('committees.notFoundBody')} />;
    if (isUnauthenticated(error)) return <SignInRequiredPage />;
    if (isForbidden(error)) return <NoAccessPage />;
    return <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />;
  }
  return loading ? <LoadingState /> : null;
}

function CommitteeView({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  const words = useVoteWords();
  const { partnership } = committee;
  useDocumentTitle(t('committees.committeeDocumentTitle', { committee: committee.name, name: partnership.name }));
  const canManage = partnership.viewerPermissions.includes('COMMITTEES_MANAGE');
  const isMember = partnership.viewerPermissions.includes('PARTNERSHIP_READ');
  const upcoming = committee.sessions
    .filter((session) => session.status === 'PLANNED' || session.status === 'IN_PROGRESS')
    .reverse();
  const past = committee.sessions.filter((session) => session.status === 'CLOSED' || session.status === 'CANCELLED');

  const facts: Fact[] = [
    [t('committees.fact.kind'), t(`committees.kind.${committee.kind}`)],
    [t('committees.fact.cadence'), t(`committees.cadence.${committee.cadence}`)],
    [t('committees.fact.votes'), committee.votes ? words.ruleName(committee.defaultRuleName) : t('committees.noVotes')],
    [t('committees.fact.seatsForAllMembers'), committee.seatsForAllMembers ? t('votes.yes') : t('votes.no')],
  ];

  return (
    <>
      <p className="portal-back">
        <Link to={`/p/${partnership.slug}/gremien`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('committees.backToCommittees', { name: partnership.name })}
        </Link>
      </p>
      <h1 className="kern-heading-large">
        {committee.name}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      {committee.description && <p className="kern-body kern-body--large portal-lead">{committee.description}</p>}
      <FactList facts={facts} />

      {committee.votes && (
        <section aria-labelledby="committee-rule" className="portal-section">
          <h2 id="committee-rule" className="kern-heading-medium">
            {t('committees.ruleHeading')}
          </h2>
          <p className="kern-body">{t('committees.ruleIntro')}</p>
          <ul className="kern-list">
            {words.rule(committee.defaultRule).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}

      {isMember && <CalendarFeed committeeId={committee.id} />}

      <section aria-labelledby="committee-upcoming" className="portal-section">
        <h2 id="committee-upcoming" className="kern-heading-medium">
          {t('committees.sessionsUpcoming')}
        </h2>
        <SessionList
          slug={partnership.slug}
          sessions={upcoming}
          caption={t('committees.sessionsUpcomingCaption')}
          empty={t('committees.sessionsUpcomingEmpty')}
        />
      </section>

      <section aria-labelledby="committee-past" className="portal-section">
        <h2 id="committee-past" className="kern-heading-medium">
          {t('committees.sessionsPast')}
        </h2>
        <SessionList
          slug={partnership.slug}
          sessions={past}
          caption={t('committees.sessionsPastCaption')}
          empty={t('committees.sessionsPastEmpty')}
        />
      </section>

      <section aria-labelledby="committee-seats" className="portal-section">
        <h2 id="committee-seats" className="kern-heading-medium">
          {t('committees.seats.heading')}
        </h2>
        <SeatTable committee={committee} canManage={canManage} />
      </section>

      {canManage && (
        <>
          <section aria-labelledby="committee-plan" className="portal-section">
            <h2 id="committee-plan" className="kern-heading-medium">
              {t('committees.plan.heading')}
            </h2>
            <PlanSessionForm
              committeeId={committee.id}
              committeeName={committee.name}
              slug={partnership.slug}
              votes={committee.votes}
            />
          </section>
          <section aria-labelledby="committee-seat-form" className="portal-section">
            <h2 id="committee-seat-form" className="kern-heading-medium">
              {t('committees.seatForm.heading')}
            </h2>
            <SeatForm committeeId={committee.id} slug={partnership.slug} votes={committee.votes} />
          </section>
          <section aria-labelledby="committee-edit" className="portal-section">
            <h2 id="committee-edit" className="kern-heading-medium">
              {t('committees.edit.heading')}
            </h2>
            <EditCommitteeForm committee={committee} />
          </section>
        </>
      )}
    </>
  );
}

/** The subscribable address: members only, because the address is the key. */
function CalendarFeed({ committeeId }: { committeeId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(CommitteeCalendarFeedDocument, { variables: { id: committeeId } });
  if (!data) return null;
  return (
    <section aria-labelledby="committee-feed" className="portal-section">
      <h2 id="committee-feed" className="kern-heading-medium">
        {t('committees.feed.heading')}
      </h2>
      <p className="kern-body">{t('committees.feed.intro')}</p>
      <p className="kern-body committee-feed">
        <a href={data.committee.calendarFeedUrl} className="kern-link">
          {data.committee.calendarFeedUrl}
        </a>
      </p>
    </section>
  );
}

function SeatTable({ committee, canManage }: { committee: Committee; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useVoteWords();
  const [endSeat] = useMutation(EndCommitteeSeatDocument, {
    refetchQueries: [CommitteeDocument],
    awaitRefetchQueries: true,
  });
  const ending = useConfirmedAction(async (seat: Seat) => {
    await endSeat({ variables: { id: seat.id } });
    return t('committees.seats.ended', { organisation: seat.organisation.name });
  });
  if (committee.seats.length === 0) return <p className="kern-body">{t('committees.seats.empty')}</p>;
  return (
    <>
      <OutcomeAlert outcome={ending.outcome} />
      <DataTable
        caption={t('committees.seats.caption', { count: committee.seats.length })}
        stacked
        rows={committee.seats}
        rowKey={(seat) => seat.id}
        columns={[
          {
            id: 'organisation',
            header: t('committees.seats.organisation'),
            rowHeader: true,
            cell: (seat) => {
              const notes = [
                seat.chair && t('committees.seats.chair'),
                seat.membership.vetoRight && t('committees.seats.veto'),
              ].filter(Boolean);
              return (
                <>
                  {seat.organisation.name}
                  {notes.length > 0 && <span className="kern-body kern-body--small vote-note">{notes.join(', ')}</span>}
                </>
              );
            },
          },
          { id: 'kind', header: t('committees.seats.kind'), cell: (seat) => t(`committees.seatKind.${seat.kind}`) },
          {
            id: 'weight',
            header: t('committees.seats.weight'),
            kind: 'numeric',
            cell: (seat) => (seat.kind === 'VOTING' ? words.decimal(seat.membership.voteWeight) : '–'),
          },
          { id: 'since', header: t('committees.seats.since'), cell: (seat) => format.localDate(seat.startedOn) },
          canManage && {
            id: 'actions',
            header: t('committees.seats.actions'),
            kind: 'action',
            cell: (seat) => (
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                onClick={() => ending.ask(seat)}
                disabled={ending.busy}
              >
                <span className="kern-label">
                  {t('committees.seats.end')}
                  <span className="portal-sr-only">
                    {' '}
                    {t('committees.seats.endOf', { organisation: seat.organisation.name })}
                  </span>
                </span>
              </button>
            ),
          },
        ]}
      />
      {ending.pending && (
        <ConfirmDialog
          title={t('committees.seats.endTitle')}
          message={t('committees.seats.endMessage', {
            organisation: ending.pending.organisation.name,
            committee: committee.name,
          })}
          confirmLabel={t('committees.seats.endConfirm')}
          busy={ending.busy}
          onConfirm={() => void ending.confirm()}
          onCancel={ending.cancel}
        />
      )}
    </>
  );
}
