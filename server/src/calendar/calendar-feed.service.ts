import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { AppConfig, publicUrlOf } from '../common/config/config';
import { AgendaItem } from '../committees/agenda-item.entity';
import { CommitteeSession } from '../committees/committee-session.entity';
import { Committee } from '../committees/committee.entity';
import type { MessageLanguage } from '../common/i18n/messages';
import { Partnership } from '../partnerships/partnership.entity';
import { calendarSessionOf, committeeCalendarName, sessionsCalendar } from './session-calendar';

/** The subscribable iCalendar feed of a committee's sessions. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The feed behind a committee's feed token, or null when no committee has it. Calendar clients send
   * no session cookie: the token is the only credential, so the partnership comes from the committee
   * it finds and not from a signed-in context. Cancelled sessions stay in with STATUS:CANCELLED, so
   * subscribers' copies of them are marked cancelled instead of lingering.
   */
  async committeeFeed(feedToken: string, language: MessageLanguage): Promise<string | null> {
    const committee = await this.dataSource.getRepository(Committee).findOneBy({ feedToken });
    if (!committee) return null;
    const partnership = await this.dataSource
      .getRepository(Partnership)
      .findOneByOrFail({ id: committee.partnershipId });
    const sessions = await this.dataSource.getRepository(CommitteeSession).find({
      where: { partnershipId: partnership.id, committeeId: committee.id },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    const agendaItems =
      sessions.length === 0
        ? []
        : await this.dataSource.getRepository(AgendaItem).findBy({ sessionId: In(sessions.map((s) => s.id)) });
    const publicUrl = publicUrlOf(this.config);
    return sessionsCalendar({
      calendarName: committeeCalendarName({ committee, partnership }),
      publicUrl,
      language,
      events: sessions.map((session) =>
        calendarSessionOf(
          publicUrl,
          { session, committee, partnership, agenda: agendaItems.filter((item) => item.sessionId === session.id) },
          'public',
          language,
        ),
      ),
    });
  }
}
