import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { EntityManager, Repository } from 'typeorm';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { AppConfig, publicUrlOf } from '../common/config/config';
import { decodeCursor, Page, toPage } from '../common/graphql/pagination';
import { MailAttachment } from './mail-attachment';
import { OutboxMail } from './outbox-mail.entity';

/**
 * Every mail is kept in the outbox (written in the caller's transaction). With SMTP_URL it is also
 * sent through nodemailer; without, it is written to the log, so a laptop install works end to end.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(OutboxMail) private readonly outbox: Repository<OutboxMail>,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  /** The address links in mails point at. */
  get publicUrl(): string {
    return publicUrlOf(this.config);
  }

  async send(
    manager: EntityManager,
    to: string,
    subject: string,
    body: string,
    attachments: MailAttachment[] = [],
  ): Promise<void> {
    const mail = await manager.save(
      OutboxMail,
      manager.create(OutboxMail, { recipient: to, subject, body, attachments, sentAt: null }),
    );
    if (!this.transport) {
      this.logger.log(`Mail to ${to} (no SMTP_URL: kept in the outbox): ${subject}\n${body}`);
      return;
    }
    try {
      const calendar = attachments.find((a) => a.contentType.startsWith('text/calendar'));
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to,
        subject,
        text: body,
        // A calendar invitation goes as the mail's iCalendar part, so mail programs offer to accept it.
        ...(calendar
          ? { icalEvent: { method: 'REQUEST', filename: calendar.filename, content: calendar.content } }
          : {}),
        attachments: attachments
          .filter((a) => a !== calendar)
          .map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
      await manager.update(OutboxMail, { id: mail.id }, { sentAt: new Date() });
    } catch (error) {
      // The mail stays in the outbox unsent; the action that wrote it still counts.
      this.logger.error(`Sending mail to ${to} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async list(first: number, after?: string): Promise<Page<OutboxMail>> {
    const query = this.outbox.createQueryBuilder('m');
    const totalCount = await query.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after);
      // Compared at millisecond precision, the precision the cursor carries.
      query.where(`(date_trunc('milliseconds', m.created_at), m.id) < (:createdAt, :id)`, { createdAt, id });
    }
    const rows = await query
      .orderBy(`date_trunc('milliseconds', m.created_at)`, 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, totalCount, (m) => m.createdAt.toISOString());
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
