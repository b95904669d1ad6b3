import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';
import { OutboxMail } from './outbox-mail.entity';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMail])],
  providers: [MailService, MailResolver],
  exports: [MailService],
})
export class MailModule {}
