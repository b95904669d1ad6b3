/**
 * Committee sessions as iCalendar (RFC 5545) through ical-generator: a subscribable feed per committee
 * and the attachment of an invitation, in the reader's language. Pure: no Nest imports.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { AgendaItem } from '../committees/agenda-item.entity';
import type { CommitteeSession } from '../committees/committee-session.entity';
import type { Committee } from '../committees/committee.entity';
import { type MessageLanguage, type MessageRef, msg, render } from '../common/i18n/messages';
import type { MailAttachment } from '../mail/mail-attachment';
import type { Partnership } from '../partnerships/partnership.entity';

export interface CalendarSession {
  id: string;
  title: string;
  committeeName: string;
  partnershipName: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  videoUrl: string;
  /** e.g. "1. Begrüßung", in the language the entry was made for. */
  agenda: string[];
  status: string;
  /** The session's page in the portal. */
  url: string;
}

export interface CalendarOptions {
  calendarName: string;
  publicUrl: string;
  /** The language of the fixed texts (headings, the non-public mark); titles stay as their authors wrote them. */
  language: MessageLanguage;
  method?: 'PUBLISH' | 'REQUEST';
}

/** What a session's calendar entry is made of; the feed and the invitation read the same rows. */
export interface SessionSource {
  session: Pick<CommitteeSession, 'id' | 'title' | 'startsAt' | 'endsAt' | 'location' | 'videoUrl' | 'status'>;
  committee: Pick<Committee, 'name'>;
  partnership: Pick<Partnership, 'name' | 'slug'>;
  agenda: Pick<AgendaItem, 'position' | 'title' | 'public'>[];
}

/**
 * Who reads the entry. The feed reaches whoever has its address (calendar apps, shared calendars), so it leaves
 * non-public agenda items out; an invitation goes to the members, who see them marked.
 */
export type CalendarAudience = 'public' | 'members';

/** The session's page in the portal (route `/p/:slug/sitzungen/:sessionId` in web/src/app/App.tsx). */
export function sessionPortalUrl(publicUrl: string, partnershipSlug: string, sessionId: string): string {
  return `${publicUrl}/p/${encodeURIComponent(partnershipSlug)}/sitzungen/${sessionId}`;
}

export function committeeCalendarName(source: Pick<SessionSource, 'committee' | 'partnership'>): string {
  return `${source.partnership.name}: ${source.committee.name}`;
}

export function calendarSessionOf(
  publicUrl: string,
  { session, committee, partnership, agenda }: SessionSource,
  audience: CalendarAudience,
  language: MessageLanguage,
): CalendarSession {
  return {
    id: session.id,
    title: session.title,
    committeeName: committee.name,
    partnershipName: partnership.name,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    location: session.location,
    videoUrl: session.videoUrl,
    agenda: agenda
      .filter((item) => item.public || audience === 'members')
      .sort((a, b) => a.position - b.position)
      .map((item) =>
        render(
          msg(item.public ? 'records.calendar.agendaItem' : 'records.calendar.agendaItemNonPublic', {
            position: item.position,
            title: item.title,
          }),
          language,
        ),
      ),
    status: session.status,
    url: sessionPortalUrl(publicUrl, partnership.slug, session.id),
  };
}

export function sessionsCalendar(options: CalendarOptions & { events: CalendarSession[] }): string {
  const calendar = ical({
    name: options.calendarName,
    prodId: { company: 'Allmende', product: 'Allmende', language: options.language.toUpperCase() },
    method: options.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
    url: options.publicUrl,
  });
  const text = (message: MessageRef) => render(message, options.language);
  for (const s of options.events) {
    const description = [
      text(msg('records.calendar.heading', { committee: s.committeeName, partnership: s.partnershipName })),
      '',
      ...(s.agenda.length > 0 ? [text(msg('records.calendar.agenda')), ...s.agenda, ''] : []),
      ...(s.videoUrl ? [text(msg('records.calendar.videoConference', { url: s.videoUrl }))] : []),
      s.url,
    ].join('\n');
    calendar.createEvent({
      id: `${s.id}@allmende`,
      start: s.startsAt,
      end: s.endsAt,
      summary: s.title,
      description,
      location: s.location || s.videoUrl || undefined,
      url: s.url,
      status: s.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

export function sessionInvitationAttachment(event: CalendarSession, options: CalendarOptions): MailAttachment {
  return {
    filename: render(msg('records.calendar.invitationFile'), options.language),
    contentType: 'text/calendar; method=REQUEST; charset=utf-8',
    content: sessionsCalendar({ ...options, method: 'REQUEST', events: [event] }),
  };
}
