import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GraphQLLoadersModule } from '../common/graphql/graphql-loaders.module';
import { MailModule } from '../mail/mail.module';
import { AttendanceRowResolver, AgendaItemsResolver, CommitteeSessionsResolver } from './committee-sessions.resolver';
import { CommitteeSessionsService } from './committee-sessions.service';
import { CommitteeSeatsResolver, CommitteesResolver, PartnershipCommitteesResolver } from './committees.resolver';
import { CommitteesService } from './committees.service';
import { SessionInvitations } from './session-invitations';

@Module({
  imports: [AuditModule, MailModule, GraphQLLoadersModule],
  providers: [
    CommitteesService,
    CommitteeSessionsService,
    SessionInvitations,
    CommitteesResolver,
    CommitteeSeatsResolver,
    PartnershipCommitteesResolver,
    CommitteeSessionsResolver,
    AttendanceRowResolver,
    AgendaItemsResolver,
  ],
  exports: [CommitteesService, CommitteeSessionsService],
})
export class CommitteesModule {}
