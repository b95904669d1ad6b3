import { registerEnum } from '../common/graphql/register-enum';

export enum VoteStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
export enum VoteProcedure {
  /** Taken in a committee session, among those present or represented by proxy. */
  SESSION = 'SESSION',
  /** Umlaufverfahren: in writing, between sessions, with a deadline. */
  WRITTEN = 'WRITTEN',
}
export enum VoteOutcome {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  NO_QUORUM = 'NO_QUORUM',
  VETOED = 'VETOED',
}
export enum BallotChoice {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
}
export enum CloseReason {
  MANUAL = 'MANUAL',
  DEADLINE = 'DEADLINE',
  /** The missing ballots could no longer change the outcome. */
  EARLY = 'EARLY',
  CANCELLED = 'CANCELLED',
}
export enum RulePreset {
  SIMPLE_MAJORITY = 'SIMPLE_MAJORITY',
  ABSOLUTE_MAJORITY = 'ABSOLUTE_MAJORITY',
  TWO_THIRDS = 'TWO_THIRDS',
  THREE_QUARTERS = 'THREE_QUARTERS',
  UNANIMITY = 'UNANIMITY',
}
export enum ComparatorEnum {
  GREATER = 'GREATER',
  AT_LEAST = 'AT_LEAST',
}
export enum BaseEnum {
  YES_NO = 'YES_NO',
  CAST = 'CAST',
  PRESENT = 'PRESENT',
  ENTITLED = 'ENTITLED',
}
export enum QuorumKind {
  NONE = 'NONE',
  FRACTION = 'FRACTION',
  COUNT = 'COUNT',
}
export enum QuorumOf {
  PARTICIPATION = 'PARTICIPATION',
  PRESENCE = 'PRESENCE',
}
export enum TieBreakEnum {
  FAILS = 'FAILS',
  CHAIR_DECIDES = 'CHAIR_DECIDES',
}

registerEnum(VoteStatus, { name: 'VoteStatus' });
registerEnum(VoteProcedure, { name: 'VoteProcedure' });
registerEnum(VoteOutcome, { name: 'VoteOutcome' });
registerEnum(BallotChoice, { name: 'BallotChoice' });
registerEnum(CloseReason, { name: 'CloseReason' });
registerEnum(RulePreset, { name: 'RulePreset', description: 'Named decision rules; every value stays editable.' });
registerEnum(ComparatorEnum, {
  name: 'Comparator',
  description: 'GREATER: more than the fraction; AT_LEAST: the fraction or more.',
});
registerEnum(BaseEnum, {
  name: 'Base',
  description: 'What 100 % is: yes+no, all cast, the weight present (sessions), or all entitled.',
});
registerEnum(QuorumKind, { name: 'QuorumKind' });
registerEnum(QuorumOf, { name: 'QuorumOf' });
registerEnum(TieBreakEnum, { name: 'TieBreak' });

// Defined in a file of its own so that pure rules (committees/agenda-visibility.ts) can name it.
export type { VoteSubjectType } from './vote-subjects';
