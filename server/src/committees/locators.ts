import { membersOnlyBySql, partnershipBySql, partnershipOf } from '../common/auth/access.decorators';
import { Vote } from '../votes/vote.entity';
import { CommitteeSession } from './committee-session.entity';
import { Committee } from './committee.entity';

export const committeeAt = (path: string) => partnershipOf(Committee, path);
export const sessionAt = (path: string) => partnershipOf(CommitteeSession, path);
export const voteAt = (path: string) => partnershipOf(Vote, path);
export const agendaItemAt = (path: string) =>
  partnershipBySql(
    path,
    'SELECT s.partnership_id FROM agenda_items a JOIN committee_sessions s ON s.id = a.session_id WHERE a.id = $1',
  );
export const seatAt = (path: string) =>
  partnershipBySql(
    path,
    'SELECT c.partnership_id FROM committee_seats s JOIN committees c ON c.id = s.committee_id WHERE s.id = $1',
  );
export const decisionAt = (path: string) =>
  partnershipBySql(path, 'SELECT partnership_id FROM decisions WHERE id = $1');
/** For `RequireReadable`: a vote opened on a non-public agenda item is for members only. */
export const nonPublicVoteAt = (path: string) =>
  membersOnlyBySql(
    path,
    'SELECT 1 FROM votes v JOIN agenda_items a ON a.id = v.agenda_item_id WHERE v.id = $1 AND NOT a.public',
  );
