import { Module, OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GraphQLLoadersModule } from '../loaders';
import { MailModule } from '../mail/mail.module';
import { MembershipChangedHooks } from '../memberships/membership-changed-hooks';
import { MembershipsModule } from '../memberships/memberships.module';
import { AgendaService } from './agenda.service';
import { AttendanceRowResolver, AgendaItemsResolver, CommitteeSessionsResolver } from './committee-sessions.resolver';
import { CommitteeSessionsService } from './committee-sessions.service';
import { CommitteeSeatsResolver, CommitteesResolver, PartnershipCommitteesResolver } from './committees.resolver';
import { CommitteesService } from './committees.service';
import { syncSeats } from './seat-sync';
import { SessionInvitations } from './session-invitations';
import { SessionCheckpointResolver } from './session-checkpoint.resolver';

@Module({
  imports: [AuditModule, MailModule, GraphQLLoadersModule, MembershipsModule],
  providers: [
    CommitteesService,
    CommitteeSessionsService,
    AgendaService,
    SessionInvitations,
    CommitteesResolver,
    CommitteeSeatsResolver,
    PartnershipCommitteesResolver,
    CommitteeSessionsResolver,
    AttendanceRowResolver,
    AgendaItemsResolver,
    SessionCheckpointResolver,
  ],
  exports: [CommitteesService, CommitteeSessionsService, AgendaService],
})
export class CommitteesModule implements OnModuleInit {
  constructor(private readonly membershipChanged: MembershipChangedHooks) {}

  /** Seats follow every membership change, inside its transaction (memberships knows nothing of committees). */
  onModuleInit(): void {
    this.membershipChanged.register('committee-seats', ['admitted', 'changed', 'left'], (manager, { membership, on }) =>
      syncSeats(manager, membership, on),
    );
  }
}
