import { RequestFinancingService } from './request-financing.service';
import { Module } from '@nestjs/common';
import { CommitteesModule } from '../committees/committees.module';
import { MailModule } from '../mail/mail.module';
import { VotesModule } from '../votes/votes.module';
import {
  FeatureRequestsResolver,
  InterestDeclarationResolver,
  NotificationsResolver,
  PartnershipRequestsResolver,
  RequestAssessmentResolver,
  RequestCommentResolver,
  RequestEstimateResolver,
  RequestTransitionResolver,
} from './feature-requests.resolver';
import { FeatureRequestsService } from './feature-requests.service';
import { RequestQueries } from './request-queries';
import { RequestTransitions } from './request-transitions.service';
import { RequestVotesService } from './request-votes.service';
import { RequestWorkflowsService } from './request-workflows.service';
import { SurveyJobs } from './survey-jobs';

@Module({
  imports: [MailModule, VotesModule, CommitteesModule],
  providers: [
    RequestFinancingService,
    FeatureRequestsService,
    RequestWorkflowsService,
    RequestTransitions,
    RequestVotesService,
    RequestQueries,
    SurveyJobs,
    FeatureRequestsResolver,
    PartnershipRequestsResolver,
    RequestEstimateResolver,
    RequestAssessmentResolver,
    InterestDeclarationResolver,
    RequestTransitionResolver,
    RequestCommentResolver,
    NotificationsResolver,
  ],
  exports: [SurveyJobs, RequestWorkflowsService, RequestFinancingService],
})
export class FeatureRequestsModule {}
