import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { calendarSessionOf, committeeCalendarName, sessionInvitationAttachment } from '../calendar/session-calendar';
import { berlinDateTime } from '../common/i18n/berlin-time';
import { type MessageLanguage, messageLanguages, msg, readerLanguage, render } from '../common/i18n/messages';
import { MailService } from '../mail/mail.service';
import { Partnership } from '../partnerships/partnership.entity';
import { AgendaItem } from './agenda-item.entity';
import { CommitteeSession } from './committee-session.entity';
import { Committee } from './committee.entity';

/**
 * The invitation mail to every seat holder's representatives, with the session as an iCalendar attachment; each
 * in the recipient's preferred language.
 */
@Injectable()
export class SessionInvitations {
  constructor(private readonly mail: MailService) {}

  /** Returns how many people were invited. */
  async send(manager: EntityManager, session: CommitteeSession): Promise<number> {
    const committee = await manager.findOneByOrFail(Committee, { id: session.committeeId });
    const partnership = await manager.findOneByOrFail(Partnership, { id: session.partnershipId });
    const agenda = await manager.find(AgendaItem, { where: { sessionId: session.id }, order: { position: 'ASC' } });
    const recipients: { email: string; display_name: string; preferred_language: string }[] = await manager.query(
      `SELECT DISTINCT u.email, u.display_name, u.preferred_language
       FROM committee_seats s
       JOIN memberships m ON m.id = s.membership_id
       JOIN partnership_roles r ON r.partnership_id = m.partnership_id AND r.organisation_id = m.organisation_id AND r.role = 'REPRESENTATIVE'
       JOIN users u ON u.id = r.user_id
       WHERE s.committee_id = $1 AND s.ended_on IS NULL
       UNION
       SELECT u.email, u.display_name, u.preferred_language FROM partnership_roles r JOIN users u ON u.id = r.user_id
       WHERE r.partnership_id = $2 AND r.role = 'COMMUNITY_MANAGER'
       ORDER BY email`,
      [committee.id, partnership.id],
    );
    const publicUrl = this.mail.publicUrl;
    const source = { session, committee, partnership, agenda };
    // Only members are invited (seat holders' representatives, community managers): they read every item.
    const calendars = new Map(
      messageLanguages.map((language) => {
        const event = calendarSessionOf(publicUrl, source, 'members', language);
        const attachment = sessionInvitationAttachment(event, {
          calendarName: committeeCalendarName(source),
          publicUrl,
          language,
        });
        return [language, { event, attachment }] as const;
      }),
    );
    const where = [session.location, session.videoUrl].filter(Boolean).join(' / ');
    for (const r of recipients) {
      const language: MessageLanguage = readerLanguage(undefined, r.preferred_language);
      const { event, attachment } = calendars.get(language)!;
      const body = msg('records.mail.session.body', {
        name: r.display_name,
        title: session.title,
        committee: committee.name,
        partnership: partnership.name,
        when: berlinDateTime(session.startsAt, language),
        where: where || msg('records.mail.session.whereUnknown'),
        agenda: event.agenda.map((line) => `  ${line}`).join('\n'),
        link: event.url,
      });
      const subject = msg('records.mail.session.subject', { title: session.title });
      await this.mail.send(manager, r.email, render(subject, language), render(body, language), [attachment]);
    }
    return recipients.length;
  }
}
