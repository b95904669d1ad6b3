import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PlatformPermission } from '../common/auth/permissions';
import { PlatformOnly } from '../common/auth/access.decorators';
import { Connection, PageArgs } from '../common/graphql/pagination';
import { MailService } from './mail.service';
import { OutboxMail } from './outbox-mail.entity';

@ObjectType()
export class OutboxMailConnection extends Connection(OutboxMail, 'OutboxMailConnection') {}

@Resolver(() => OutboxMail)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @PlatformOnly(PlatformPermission.OUTBOX_READ)
  @Query(() => OutboxMailConnection, { description: 'Every mail the platform wrote, newest first (platform admins).' })
  outbox(@Args() page: PageArgs) {
    return this.mail.list(page.first, page.after);
  }
}
