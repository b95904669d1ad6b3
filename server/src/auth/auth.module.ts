import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { AppConfig } from '../common/config/config';
import { MailModule } from '../mail/mail.module';
import { PartnershipRole } from '../people/partnership-role.entity';
import { User } from '../users/user.entity';
import { authThrottlers } from './auth-throttler.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordReset } from './password-reset.entity';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, Session, PasswordReset, PartnershipRole]),
    ThrottlerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => authThrottlers(config) }),
    AuditModule,
    MailModule,
  ],
  providers: [AuthService, AuthResolver, SessionsService, SignInLimiter],
  exports: [SessionsService],
})
export class AuthModule {}
