import {
  AgendaItemsResolver,
  AttendanceRowResolver,
  CommitteeSessionsResolver,
} from './committees/committee-sessions.resolver';
import {
  CommitteeSeatsResolver,
  CommitteesResolver,
  PartnershipCommitteesResolver,
} from './committees/committees.resolver';
import {
  CastRightResolver,
  DecisionsResolver,
  EntitledVoterResolver,
  PartnershipVotesResolver,
  VotesResolver,
} from './votes/votes.resolver';
import { BallotReceiptResolver } from './votes/ballot-receipt.resolver';
import { SessionCheckpointResolver } from './committees/session-checkpoint.resolver';
import {
  FeatureRequestsResolver,
  InterestDeclarationResolver,
  NotificationsResolver,
  PartnershipRequestsResolver,
  RequestAssessmentResolver,
  RequestCommentResolver,
  RequestEstimateResolver,
  RequestTransitionResolver,
} from './feature-requests/feature-requests.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { AuditEventResolver } from './audit/audit-event.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { MailResolver } from './mail/mail.resolver';
import { SignInMethodsResolver } from './oidc/sign-in-methods.resolver';
import {
  InvitationResolver,
  PartnershipPeopleResolver,
  PeopleResolver,
  UserRolesResolver,
} from './people/people.resolver';
import { ApplicationsResolver, PartnershipApplicationsResolver } from './applications/applications.resolver';
import { MembershipsResolver } from './memberships/memberships.resolver';
import { OrganisationsResolver } from './organisations/organisations.resolver';
import { PartnershipsResolver } from './partnerships/partnerships.resolver';
import { feeResolvers } from './finance/fees/fees.module';
import { agreementResolvers } from './finance/agreements/agreements.module';
import { fundResolvers } from './finance/fund/fund.module';
import { ledgerResolvers } from './finance/ledger/ledger.module';
import { reportResolvers } from './finance/reports/reports.module';
import { LegalPagesResolver } from './legal-pages/legal-pages.resolver';

/** Every resolver of the API, for the schema generator; a test checks it against the running app's schema. */
export const resolvers = [
  OrganisationsResolver,
  PartnershipsResolver,
  MembershipsResolver,
  AuditResolver,
  AuditEventResolver,
  AuthResolver,
  PeopleResolver,
  PartnershipPeopleResolver,
  InvitationResolver,
  UserRolesResolver,
  MailResolver,
  SignInMethodsResolver,
  CommitteesResolver,
  CommitteeSeatsResolver,
  PartnershipCommitteesResolver,
  CommitteeSessionsResolver,
  AttendanceRowResolver,
  AgendaItemsResolver,
  VotesResolver,
  PartnershipVotesResolver,
  EntitledVoterResolver,
  CastRightResolver,
  DecisionsResolver,
  BallotReceiptResolver,
  SessionCheckpointResolver,
  ApplicationsResolver,
  PartnershipApplicationsResolver,
  FeatureRequestsResolver,
  PartnershipRequestsResolver,
  RequestEstimateResolver,
  RequestAssessmentResolver,
  InterestDeclarationResolver,
  RequestTransitionResolver,
  RequestCommentResolver,
  NotificationsResolver,
  ...feeResolvers,
  ...agreementResolvers,
  ...fundResolvers,
  ...ledgerResolvers,
  ...reportResolvers,
  LegalPagesResolver,
];
