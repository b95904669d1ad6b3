import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { BallotKey } from './ballot-key';
import { BallotReceiptResolver } from './ballot-receipt.resolver';
import { FixedVotePartsCache } from './fixed-vote-parts';
import { SealedBallots } from './sealed-ballots';
import { VoteClosedHooks } from './vote-closed-hooks';
import { VoteJobs } from './vote-jobs';
import { TallyPublisher } from './vote-tallies';
import {
  CastRightResolver,
  DecisionsResolver,
  EntitledVoterResolver,
  PartnershipVotesResolver,
  VotesResolver,
} from './votes.resolver';
import { VoteOpeningService } from './vote-opening.service';
import { VotesQueries } from './votes.queries';
import { VotesService } from './votes.service';

@Module({
  imports: [MailModule],
  providers: [
    VotesService,
    VoteOpeningService,
    VotesQueries,
    TallyPublisher,
    FixedVotePartsCache,
    BallotKey,
    SealedBallots,
    VoteJobs,
    VoteClosedHooks,
    VotesResolver,
    PartnershipVotesResolver,
    EntitledVoterResolver,
    CastRightResolver,
    DecisionsResolver,
    BallotReceiptResolver,
  ],
  exports: [VotesService, VoteOpeningService, VoteClosedHooks, VoteJobs],
})
export class VotesModule {}
