import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MyOpenVotesDocument, type MyOpenVotesQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useViewer } from '../../auth/hooks/useViewer';
import '../votes.css';

/**
 * The signed-in representative's open votes, soonest deadline first, for the home page. Renders nothing for
 * visitors who are signed out, when there is nothing to vote on, or when the list could not be loaded (the
 * page's own content matters more than this reminder).
 */
export function MyOpenVotes() {
  const { viewer } = useViewer();
  const { data } = useQuery(MyOpenVotesDocument, { skip: !viewer, fetchPolicy: 'cache-and-network' });
  if (!viewer || !data || data.myOpenVotes.length === 0) return null;
  return <OpenVoteList votes={data.myOpenVotes} />;
}

type OpenVote = MyOpenVotesQuery['myOpenVotes'][number];

function OpenVoteList({ votes }: { votes: OpenVote[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="my-open-votes" className="portal-section">
      <h2 id="my-open-votes" className="kern-heading-medium">
        {t('votes.mine.heading')}
      </h2>
      <p className="kern-body">{t('votes.mine.intro', { count: votes.length })}</p>
      <ul className="kern-list">
        {votes.map((vote) => (
          <li key={vote.id}>
            <Link to={`/p/${vote.partnership.slug}/abstimmungen/${vote.id}`} className="kern-link">
              {vote.title}
            </Link>
            <span className="kern-body kern-body--small vote-note">
              {vote.partnership.name} · {vote.committee.name}
              {vote.deadline && <> · {t('votes.mine.deadline', { deadline: format.dateTime(vote.deadline) })}</>}
            </span>
            <ul className="kern-list">
              {vote.viewerCastRights.map((right) => (
                <li key={right.membershipId}>
                  <span
                    className={`kern-icon ${right.hasVoted ? 'kern-icon--check' : 'kern-icon--calendar-today'}`}
                    aria-hidden="true"
                  />{' '}
                  {t(right.byProxy ? 'votes.mine.rightProxy' : 'votes.mine.right', {
                    organisation: right.organisation.name,
                  })}
                  {': '}
                  {right.hasVoted ? t('votes.mine.voted') : t('votes.mine.notVoted')}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
