import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { Invitation } from './invitation.entity';
import { PartnershipRole } from './partnership-role.entity';
import { InvitationResolver, PartnershipPeopleResolver, PeopleResolver, UserRolesResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { RepresentationService } from './representation.service';

@Module({
  imports: [TypeOrmModule.forFeature([PartnershipRole, Invitation]), AuditModule, AuthModule, MailModule],
  exports: [PeopleService],
  providers: [
    PeopleService,
    RepresentationService,
    PeopleResolver,
    PartnershipPeopleResolver,
    InvitationResolver,
    UserRolesResolver,
  ],
})
export class PeopleModule {}
