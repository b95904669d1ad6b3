import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { VoteOutcome, VoteStatus } from './vote-enums';

@ObjectType('VoteFigures', { description: 'Weighted sums as exact decimal strings ("12", "2.5").' })
export class VoteFigures {
  @Field() yes: string;
  @Field() no: string;
  @Field() abstain: string;
  @Field() cast: string;
  @Field(() => String, { nullable: true, description: 'Sessions only: the weight present or represented by proxy.' })
  present: string | null;
  @Field() entitled: string;
  @Field({ description: 'The weight that counted as 100 %.' })
  base: string;
}

@ObjectType('QuorumFigures')
export class QuorumFigures {
  @Field() required: string;
  @Field() actual: string;
  @Field() met: boolean;
  @Field({ description: 'WEIGHT or VOTERS.' })
  unit: string;
}

@ObjectType('VoteTally', {
  description:
    'The count of a vote: provisional while it is open, final once closed. Secret votes show only participation until they close.',
})
export class VoteTally {
  @Field(() => ID) voteId: string;
  @Field(() => VoteStatus) status: VoteStatus;
  @Field({ description: 'True once the vote is closed.' })
  final: boolean;
  @Field(() => VoteOutcome, {
    nullable: true,
    description: 'What the result would be now (open) or is (closed); null for an open secret vote.',
  })
  outcome: VoteOutcome | null;
  @Field(() => Int) castCount: number;
  @Field(() => Int) entitledCount: number;
  @Field(() => VoteFigures, { nullable: true })
  figures: VoteFigures | null;
  @Field(() => QuorumFigures, { nullable: true })
  quorum: QuorumFigures | null;
  @Field({ description: 'The missing ballots can no longer change the outcome.' })
  decided: boolean;
  @Field() tieBrokenByChair: boolean;
  @Field(() => String, { nullable: true }) sentenceDe: string | null;
  @Field(() => String, { nullable: true }) sentenceEn: string | null;
}

@ObjectType('BallotReceipt', {
  description: 'Proof that a ballot was recorded; the code appears in the partnership’s audit log.',
})
export class BallotReceipt {
  @Field({ description: 'Keep this code: search for it in the audit log to see your ballot counted.' })
  receipt: string;
  @Field(() => ID) voteId: string;
  @Field(() => ID) membershipId: string;
  @Field({ description: 'True when this replaced an earlier ballot of the same member.' })
  changed: boolean;
  @Field() byProxy: boolean;
}
