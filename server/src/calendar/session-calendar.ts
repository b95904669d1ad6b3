/**
 * Committee sessions as iCalendar (RFC 5545) through ical-generator: a subscribable feed per committee
 * and the attachment of an invitation. Pure: no Nest imports.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { MailAttachment } from '../mail/mail-attachment';

export interface CalendarSession {
  id: string;
  title: string;
  committeeName: string;
  partnershipName: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  videoUrl: string;
  /** e.g. "1. Begrüßung" */
  agenda: string[];
  status: string;
  /** The session's page in the portal. */
  url: string;
}

export interface CalendarOptions {
  calendarName: string;
  publicUrl: string;
  method?: 'PUBLISH' | 'REQUEST';
}

export function sessionsCalendar(options: CalendarOptions & { events: CalendarSession[] }): string {
  const calendar = ical({
    name: options.calendarName,
    prodId: { company: 'Allmende', product: 'Allmende', language: 'DE' },
    method: options.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
    url: options.publicUrl,
  });
  for (const s of options.events) {
    const description = [
      `${s.committeeName} – ${s.partnershipName}`,
      '',
      ...(s.agenda.length > 0 ? ['Tagesordnung:', ...s.agenda, ''] : []),
      ...(s.videoUrl ? [`Videokonferenz: ${s.videoUrl}`] : []),
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
    filename: 'einladung.ics',
    contentType: 'text/calendar; method=REQUEST; charset=utf-8',
    content: sessionsCalendar({ ...options, method: 'REQUEST', events: [event] }),
  };
}
