import { SessionStatus } from '../committees/committee-enums';
import {
  calendarSessionOf,
  committeeCalendarName,
  sessionInvitationAttachment,
  SessionSource,
  sessionsCalendar,
} from './session-calendar';

const publicUrl = 'https://allmende.example';

function source(
  overrides: Partial<SessionSource['session']> = {},
  agenda: SessionSource['agenda'] = [],
): SessionSource {
  return {
    session: {
      id: '6f1c0d4e-1b2a-4c3d-9e8f-0a1b2c3d4e5f',
      title: 'Frühjahrssitzung',
      startsAt: new Date('2026-03-10T09:00:00Z'),
      endsAt: new Date('2026-03-10T11:00:00Z'),
      location: 'Rathaus Saal 2',
      videoUrl: '',
      status: SessionStatus.PLANNED,
      ...overrides,
    },
    committee: { name: 'Lenkungskreis' },
    partnership: { name: 'Geoportal-Verbund', slug: 'geoportal-verbund' },
    agenda,
  };
}

/** RFC 5545 folds lines at 75 octets; the assertions read the unfolded content lines. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('calendarSessionOf', () => {
  it('numbers the agenda in its order, whatever order the rows came in', () => {
    const event = calendarSessionOf(
      publicUrl,
      source({}, [
        { position: 3, title: 'Verschiedenes', public: true },
        { position: 1, title: 'Begrüßung', public: true },
        { position: 2, title: 'Haushalt 2027', public: true },
      ]),
      'public',
      'de',
    );
    expect(event.agenda).toEqual(['1. Begrüßung', '2. Haushalt 2027', '3. Verschiedenes']);
  });

  it('leaves non-public items out for the public and marks them for members', () => {
    const agenda = [
      { position: 1, title: 'Begrüßung', public: true },
      { position: 2, title: 'Angebot Hosting: 41.500 EUR', public: false },
      { position: 3, title: 'Verschiedenes', public: true },
    ];
    expect(calendarSessionOf(publicUrl, source({}, agenda), 'public', 'de').agenda).toEqual([
      '1. Begrüßung',
      '3. Verschiedenes',
    ]);
    expect(calendarSessionOf(publicUrl, source({}, agenda), 'members', 'de').agenda).toEqual([
      '1. Begrüßung',
      '2. Angebot Hosting: 41.500 EUR (nichtöffentlich)',
      '3. Verschiedenes',
    ]);
  });

  it('links the session page of the portal and names committee and partnership', () => {
    const event = calendarSessionOf(publicUrl, source(), 'public', 'de');
    expect(event.url).toBe(
      'https://allmende.example/p/geoportal-verbund/sitzungen/6f1c0d4e-1b2a-4c3d-9e8f-0a1b2c3d4e5f',
    );
    expect(event).toMatchObject({
      title: 'Frühjahrssitzung',
      committeeName: 'Lenkungskreis',
      partnershipName: 'Geoportal-Verbund',
      location: 'Rathaus Saal 2',
    });
    expect(committeeCalendarName(source())).toBe('Geoportal-Verbund: Lenkungskreis');
  });
});

describe('sessionsCalendar', () => {
  it('writes one VEVENT per session with its time, place, agenda and portal link', () => {
    const event = calendarSessionOf(
      publicUrl,
      source({}, [{ position: 1, title: 'Begrüßung', public: true }]),
      'public',
      'de',
    );
    const lines = contentLines(
      sessionsCalendar({
        calendarName: 'Geoportal-Verbund: Lenkungskreis',
        publicUrl,
        language: 'de',
        events: [event],
      }),
    );
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:PUBLISH',
        `UID:${event.id}@allmende`,
        'DTSTART:20260310T090000Z',
        'DTEND:20260310T110000Z',
        'SUMMARY:Frühjahrssitzung',
        'LOCATION:Rathaus Saal 2',
        'STATUS:CONFIRMED',
        `URL;VALUE=URI:${event.url}`,
      ]),
    );
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain('Tagesordnung:\\n1. Begrüßung');
  });

  it('marks a cancelled session CANCELLED, so subscribed calendars strike it instead of keeping it', () => {
    const lines = contentLines(
      sessionsCalendar({
        calendarName: 'x',
        publicUrl,
        language: 'de',
        events: [calendarSessionOf(publicUrl, source({ status: SessionStatus.CANCELLED }), 'public', 'de')],
      }),
    );
    expect(lines).toContain('STATUS:CANCELLED');
  });

  it('uses the video link as the place of a session without a room', () => {
    const lines = contentLines(
      sessionsCalendar({
        calendarName: 'x',
        publicUrl,
        language: 'de',
        events: [
          calendarSessionOf(
            publicUrl,
            source({ location: '', videoUrl: 'https://meet.example/lenkungskreis' }),
            'public',
            'de',
          ),
        ],
      }),
    );
    expect(lines).toContain('LOCATION:https://meet.example/lenkungskreis');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain(
      'Videokonferenz: https://meet.example/lenkungskreis',
    );
  });

  it('writes the fixed texts in the language it is made for, the titles as they were written', () => {
    const agenda = [
      { position: 1, title: 'Begrüßung', public: true },
      { position: 2, title: 'Angebot Hosting', public: false },
    ];
    const event = calendarSessionOf(
      publicUrl,
      source({ videoUrl: 'https://meet.example/lenkungskreis' }, agenda),
      'members',
      'en',
    );
    expect(event.agenda).toEqual(['1. Begrüßung', '2. Angebot Hosting (not public)']);
    const attachment = sessionInvitationAttachment(event, { calendarName: 'x', publicUrl, language: 'en' });
    expect(attachment.filename).toBe('invitation.ics');
    const description = contentLines(attachment.content).find((l) => l.startsWith('DESCRIPTION:'));
    expect(description).toContain('Agenda:\\n1. Begrüßung\\n2. Angebot Hosting (not public)');
    expect(description).toContain('Video conference: https://meet.example/lenkungskreis');
    expect(description).not.toMatch(/Tagesordnung|Videokonferenz|nichtöffentlich/);
    expect(contentLines(attachment.content)).toContain('SUMMARY:Frühjahrssitzung');
  });

  it('sends the invitation as a REQUEST of the same event', () => {
    const event = calendarSessionOf(publicUrl, source(), 'public', 'de');
    const attachment = sessionInvitationAttachment(event, { calendarName: 'x', publicUrl, language: 'de' });
    expect(attachment.contentType).toBe('text/calendar; method=REQUEST; charset=utf-8');
    expect(contentLines(attachment.content)).toEqual(
      expect.arrayContaining(['METHOD:REQUEST', `UID:${event.id}@allmende`]),
    );
  });
});
