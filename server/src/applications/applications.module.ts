import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { VotesModule } from '../votes/votes.module';
import { ApplicationsResolver, PartnershipApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';

/** Written applications for membership, decided directly or by a committee vote; admission goes through memberships. */
@Module({
  imports: [MailModule, VotesModule, MembershipsModule, PartnershipsModule],
  providers: [ApplicationsService, ApplicationsResolver, PartnershipApplicationsResolver],
})
export class ApplicationsModule {}
