import request from 'supertest';
import { createTestApp, TestApp } from './support/test-app';
import { votingPartnership } from './support/votes-setup';

const PUBLIC_URL = 'https://allmende.example';
const PLAN = `mutation($input: PlanSessionInput!) { planSession(input: $input) { id } }`;
const FEED = `query($id: ID!) { committee(id: $id) { calendarFeedUrl partnership { slug } } }`;

/** RFC 5545 folds lines at 75 octets; the assertions read the unfolded content lines. */
const contentLines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

/** The VEVENT blocks of a calendar, each as its content lines. */
function events(ics: string): string[][] {
  const found: string[][] = [];
  let current: string[] | null = null;
  for (const line of contentLines(ics)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = null;
    } else current?.push(line);
  }
  return found;
}

describe('GET /calendar/<token>.ics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL });
  });
  afterAll(() => t.close());

  async function plan(cm: string, input: Record<string, unknown>): Promise<string> {
    const body = await t.gqlAs<{ planSession: { id: string } }>(cm, PLAN, { input });
    expect(body.errors).toBeUndefined();
    return body.data!.planSession.id;
  }

  async function feedOf(cm: string, committeeId: string, language?: { query?: string; header?: string }) {
    const body = await t.gqlAs<{ committee: { calendarFeedUrl: string; partnership: { slug: string } } }>(cm, FEED, {
      id: committeeId,
    });
    expect(body.errors).toBeUndefined();
    const { calendarFeedUrl, partnership } = body.data!.committee;
    expect(calendarFeedUrl).toMatch(new RegExp(`^${PUBLIC_URL}/calendar/[0-9a-f]{32}\\.ics$`));
    // Calendar clients send no cookie: the address alone must do.
    const call = request(t.app.getHttpServer()).get(new URL(calendarFeedUrl).pathname + (language?.query ?? ''));
    return {
      response: await (language?.header ? call.set('accept-language', language.header) : call),
      slug: partnership.slug,
    };
  }

  it('serves the committee’s sessions, and only those, to a client without a session', async () => {
    const vp = await votingPartnership(t, 1);
    const spring = await plan(vp.cm, {
      committeeId: vp.committeeId,
      title: 'Frühjahrssitzung',
      startsAt: '2026-03-10T09:00:00.000Z',
      endsAt: '2026-03-10T11:00:00.000Z',
      location: 'Rathaus Saal 2',
      agenda: [
        { kind: 'INFORMATION', title: 'Begrüßung' },
        { kind: 'DECISION', title: 'Haushalt 2027' },
      ],
    });
    const online = await plan(vp.cm, {
      committeeId: vp.committeeId,
      title: 'Sondersitzung',
      startsAt: '2026-04-02T15:00:00.000Z',
      endsAt: '2026-04-02T16:00:00.000Z',
      videoUrl: 'https://meet.example/sondersitzung',
    });
    // Same partnership, another committee; and another partnership altogether.
    const technical = await t.gqlAs<{ createCommittee: { id: string } }>(
      vp.cm,
      `mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
      {
        input: {
          partnershipId: vp.partnershipId,
          name: 'Technischer Ausschuss',
          kind: 'TECHNICAL_COMMITTEE',
          cadence: 'MONTHLY',
        },
      },
    );
    expect(technical.errors).toBeUndefined();
    await plan(vp.cm, {
      committeeId: technical.data!.createCommittee.id,
      title: 'Technikrunde',
      startsAt: '2026-03-11T09:00:00.000Z',
      endsAt: '2026-03-11T10:00:00.000Z',
    });
    const other = await votingPartnership(t, 1);
    await plan(other.cm, {
      committeeId: other.committeeId,
      title: 'Fremde Sitzung',
      startsAt: '2026-03-12T09:00:00.000Z',
      endsAt: '2026-03-12T10:00:00.000Z',
    });

    const { response, slug } = await feedOf(vp.cm, vp.committeeId);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const ics = response.text;
    expect(contentLines(ics)).toEqual(expect.arrayContaining(['BEGIN:VCALENDAR', 'METHOD:PUBLISH']));
    const byUid = new Map(events(ics).map((lines) => [lines.find((l) => l.startsWith('UID:')), lines]));
    expect([...byUid.keys()].sort()).toEqual([`UID:${spring}@allmende`, `UID:${online}@allmende`].sort());

    const springLines = byUid.get(`UID:${spring}@allmende`)!;
    expect(springLines).toEqual(
      expect.arrayContaining([
        'SUMMARY:Frühjahrssitzung',
        'DTSTART:20260310T090000Z',
        'DTEND:20260310T110000Z',
        'LOCATION:Rathaus Saal 2',
        'STATUS:CONFIRMED',
        `URL;VALUE=URI:${PUBLIC_URL}/p/${slug}/sitzungen/${spring}`,
      ]),
    );
    expect(springLines.find((l) => l.startsWith('DESCRIPTION:'))).toContain(
      'Tagesordnung:\\n1. Begrüßung\\n2. Haushalt 2027',
    );
    expect(byUid.get(`UID:${online}@allmende`)).toEqual(
      expect.arrayContaining(['SUMMARY:Sondersitzung', 'LOCATION:https://meet.example/sondersitzung']),
    );
    expect(ics).not.toContain('Technikrunde');
    expect(ics).not.toContain('Fremde Sitzung');
  });

  it('keeps a cancelled session in the feed as CANCELLED, so subscribers see it called off', async () => {
    const vp = await votingPartnership(t, 1);
    const session = await plan(vp.cm, {
      committeeId: vp.committeeId,
      title: 'Abgesagte Sitzung',
      startsAt: '2026-05-05T09:00:00.000Z',
      endsAt: '2026-05-05T10:00:00.000Z',
    });
    const cancelled = await t.gqlAs(vp.cm, `mutation($id: ID!) { cancelSession(id: $id) { status } }`, { id: session });
    expect(cancelled.errors).toBeUndefined();

    const { response } = await feedOf(vp.cm, vp.committeeId);
    expect(events(response.text)).toEqual([
      expect.arrayContaining([`UID:${session}@allmende`, 'SUMMARY:Abgesagte Sitzung', 'STATUS:CANCELLED']),
    ]);
  });

  it('attaches the same event to the invitation mail as the feed serves', async () => {
    const vp = await votingPartnership(t, 1);
    const session = await plan(vp.cm, {
      committeeId: vp.committeeId,
      title: 'Herbstsitzung',
      startsAt: '2026-10-06T08:00:00.000Z',
      endsAt: '2026-10-06T10:00:00.000Z',
      location: 'Kreishaus',
      agenda: [{ kind: 'INFORMATION', title: 'Bericht' }],
    });
    const sent = await t.gqlAs(vp.cm, `mutation($id: ID!) { sendSessionInvitations(id: $id) { invitationsSentAt } }`, {
      id: session,
    });
    expect(sent.errors).toBeUndefined();
    const [mail] = await t.dataSource.query(
      `SELECT attachments FROM outbox_mails WHERE subject = 'Einladung: Herbstsitzung' LIMIT 1`,
    );
    const attachment = (mail.attachments as { content: string }[])[0].content;

    const { response } = await feedOf(vp.cm, vp.committeeId);
    const fromFeed = events(response.text)[0].filter((l) => !l.startsWith('DTSTAMP:'));
    const fromMail = events(attachment)[0].filter((l) => !l.startsWith('DTSTAMP:'));
    expect(fromMail).toEqual(fromFeed);
    expect(contentLines(attachment)).toContain('METHOD:REQUEST');
  });

  it('writes the feed and the invitation in German or English, the titles as their authors wrote them', async () => {
    const vp = await votingPartnership(t, 1);
    await plan(vp.cm, {
      committeeId: vp.committeeId,
      title: 'Wintersitzung',
      startsAt: '2026-12-01T09:00:00.000Z',
      endsAt: '2026-12-01T10:00:00.000Z',
      videoUrl: 'https://meet.example/winter',
      agenda: [{ kind: 'INFORMATION', title: 'Bericht' }],
    });
    const description = (ics: string) => events(ics)[0].find((l) => l.startsWith('DESCRIPTION:')) ?? '';

    const german = (await feedOf(vp.cm, vp.committeeId)).response.text;
    expect(description(german)).toContain('Tagesordnung:\\n1. Bericht');
    expect(description(german)).toContain('Videokonferenz: https://meet.example/winter');
    expect(contentLines(german)).toContain('PRODID:-//Allmende//Allmende//DE');

    // A calendar client names its language in Accept-Language; an address may name one with ?lang=, which wins.
    for (const language of [{ header: 'en-GB,en;q=0.9' }, { query: '?lang=en', header: 'de' }]) {
      const english = (await feedOf(vp.cm, vp.committeeId, language)).response.text;
      expect(events(english)[0]).toContain('SUMMARY:Wintersitzung');
      expect(description(english)).toContain('Agenda:\\n1. Bericht');
      expect(description(english)).toContain('Video conference: https://meet.example/winter');
      expect(description(english)).not.toMatch(/Tagesordnung|Videokonferenz/);
      expect(contentLines(english)).toContain('PRODID:-//Allmende//Allmende//EN');
    }
  });

  it('attaches the invitation in each recipient’s preferred language', async () => {
    const vp = await votingPartnership(t, 1);
    const switched = await t.gqlAs(
      vp.cm,
      `mutation { updateAccount(input: { preferredLanguage: EN }) { preferredLanguage } }`,
    );
    expect(switched.errors).toBeUndefined();
    const session = await plan(vp.cm, {
      committeeId: vp.committeeId,
      title: 'Frühlingsrunde',
      startsAt: '2026-04-14T08:00:00.000Z',
      endsAt: '2026-04-14T09:00:00.000Z',
      location: 'Kreishaus',
      agenda: [{ kind: 'INFORMATION', title: 'Bericht' }],
    });
    const sent = await t.gqlAs(vp.cm, `mutation($id: ID!) { sendSessionInvitations(id: $id) { invitationsSentAt } }`, {
      id: session,
    });
    expect(sent.errors).toBeUndefined();
    const mails: { subject: string; attachments: { filename: string; content: string }[] }[] = await t.dataSource.query(
      `SELECT subject, attachments FROM outbox_mails WHERE subject LIKE '%: Frühlingsrunde'`,
    );
    const english = mails.find((m) => m.subject === 'Invitation: Frühlingsrunde')?.attachments[0];
    const german = mails.find((m) => m.subject === 'Einladung: Frühlingsrunde')?.attachments[0];
    expect(english?.filename).toBe('invitation.ics');
    expect(contentLines(english?.content ?? '').join('\n')).toContain('Agenda:\\n1. Bericht');
    expect(german?.filename).toBe('einladung.ics');
    expect(contentLines(german?.content ?? '').join('\n')).toContain('Tagesordnung:\\n1. Bericht');
  });

  it('answers an unknown address in the reader’s language', async () => {
    const path = '/calendar/00000000000000000000000000000000.ics';
    const german = await request(t.app.getHttpServer()).get(path);
    expect(german.status).toBe(404);
    expect(german.text).toBe(
      'Unter dieser Adresse gibt es keinen Kalender. Kopieren Sie die aktuelle Feed-Adresse von der Seite des Gremiums im Portal.',
    );
    expect((await request(t.app.getHttpServer()).get(`${path}?lang=en`)).text).toContain('No calendar at this address');
  });

  it.each([
    ['an unknown token', '/calendar/00000000000000000000000000000000.ics'],
    ['a token without .ics', '/calendar/00000000000000000000000000000000'],
    ['a malformed token', `/calendar/${encodeURIComponent("' OR 1=1 --")}.ics`],
    ['an overlong token', `/calendar/${'a'.repeat(500)}.ics`],
  ])('answers %s with 404 and a plain-text message', async (_, path) => {
    const response = await request(t.app.getHttpServer()).get(path).set('accept-language', 'en');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.text).toContain('No calendar at this address');
  });
});
