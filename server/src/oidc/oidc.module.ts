import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PeopleModule } from '../people/people.module';
import { User } from '../users/user.entity';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';
import { SignInMethodsResolver } from './sign-in-methods.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([User]), AuthModule, PeopleModule],
  controllers: [OidcController],
  providers: [OidcService, SignInMethodsResolver],
})
export class OidcModule {}
