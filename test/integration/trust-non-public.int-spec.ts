import { createClient, Client } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { createTestApp, GraphQLBody, TestApp } from './support/test-app';
import { votingPartnership, VotingPartnership } from './support/votes-setup';

// Non-public agenda items (docs/security.md, "Non-public agenda items"): in a partnership whose records are public,
// an item marked non-public, its minutes and the votes opened on it reach its members only. The session below has
// a public item, a non-public one (an offer with its price) and another public one; both decision items were voted
// on and have minutes. Every path a non-member could take is asked, and none may carry anything of the item.

const SECRET_TITLE = 'Angebot Hosting: 41.500 EUR im Jahr';
const SECRET_DESCRIPTION = 'Angebot der Datenzentrale, gültig bis zum Jahresende.';
const SECRET_MINUTES = 'Die Datenzentrale senkt den Preis auf 39.900 EUR, wenn zwei Jahre gebucht werden.';
const PUBLIC_TITLE = 'Barrierefreie Kartenansicht in den Kern';
const PUBLIC_MINUTES = 'Angenommen; die Umsetzung beginnt im Frühjahr.';

const ITEM = `id position title description minutes public votes { id title }`;
const SESSION = `query($id: ID!) {
  committeeSession(id: $id) { agenda { ${ITEM} } votes { id title agendaItem { title minutes } } }
}`;
const PARTNERSHIP = `query($slug: String!) {
  partnership(slug: $slug) {
    votes(first: 100) { id title agendaItem { title } }
    sessions(first: 100) { agenda { title minutes } votes { id title } }
    committees { sessions { agenda { title description minutes } votes { id title } } }
  }
}`;
const VOTE = `query($id: ID!) {
  vote(id: $id) { id title description agendaItem { title minutes } session { agenda { title minutes } votes { id title } } }
}`;
const AUDIT = `query($slug: String!) { partnership(slug: $slug) { auditLog(first: 100) { nodes { action payload } } } }`;
const SET_PUBLIC = `mutation($id: ID!, $public: Boolean!) { setAgendaItemPublic(id: $id, public: $public) { id public } }`;

const hourFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Item {
  id: string;
  position: number;
  title: string;
  description: string;
  minutes: string;
  public: boolean;
  votes: { id: string; title: string }[];
}

describe('non-public agenda items', () => {
  let t: TestApp;
  let vp: VotingPartnership;
  let sessionId: string;
  let secretItemId: string;
  let secretVoteId: string;
  let publicVoteId: string;
  let feedPath: string;
  /** Who is asked: signed out, signed in without a role, and the community manager of another partnership. */
  const outsiders: Record<string, string | null> = {};
  const clients: Client[] = [];

  /** Nothing of the non-public item: not its title, description or minutes, not its id or its vote's. */
  function expectNothingOfTheItem(body: unknown) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    for (const secret of [SECRET_TITLE, SECRET_DESCRIPTION, SECRET_MINUTES, '41.500', secretItemId, secretVoteId])
      expect(text).not.toContain(secret);
  }

  const expectedRefusal = (name: string) => (name === 'signed out' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

  async function run(cookie: string | null, mutation: string, variables: Record<string, unknown>) {
    return t.ok<Record<string, { id: string }>>(cookie, mutation, variables);
  }

  function wsClient(cookie: string | null): Client {
    const address = t.app.getHttpServer().address() as { port: number };
    const client = createClient({
      url: `ws://127.0.0.1:${address.port}/graphql`,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: cookie ? { cookie } : {} });
        }
      },
    });
    clients.push(client);
    return client;
  }

  /** Subscribes and collects what arrives: data and errors. */
  function subscribe(client: Client, query: string, variables: Record<string, unknown>) {
    const received: GraphQLBody<Record<string, unknown>>[] = [];
    const errors: unknown[] = [];
    client.subscribe(
      { query, variables },
      { next: (message) => received.push(message as never), error: (e) => errors.push(e), complete: () => undefined },
    );
    return { received, errors };
  }

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://allmende.example' });
    await t.app.listen(0, '127.0.0.1');
    vp = await votingPartnership(t, 2, { partnership: { publicTransparency: true } });
    const other = await votingPartnership(t, 1, { partnership: { publicTransparency: true } });
    outsiders['signed out'] = null;
    outsiders['signed in without a role'] = await t.createUser('stranger@non-public.example');
    outsiders['a member of another partnership'] = other.cm;

    const planned = await t.ok<{ planSession: { id: string; agenda: { id: string }[] } }>(
      vp.cm,
      `mutation($input: PlanSessionInput!) { planSession(input: $input) { id agenda { id } } }`,
      {
        input: {
          committeeId: vp.committeeId,
          title: 'Frühjahrssitzung',
          startsAt: hourFromNow(-1),
          endsAt: hourFromNow(1),
          agenda: [
            { kind: 'INFORMATION', title: 'Begrüßung' },
            { kind: 'DECISION', title: SECRET_TITLE, description: SECRET_DESCRIPTION, public: false },
            { kind: 'DECISION', title: PUBLIC_TITLE },
          ],
        },
      },
    );
    sessionId = planned.planSession.id;
    const [, secret, open] = planned.planSession.agenda;
    secretItemId = secret.id;
    await run(vp.cm, `mutation($id: ID!) { sendSessionInvitations(id: $id) { id } }`, { id: sessionId });
    await run(vp.cm, `mutation($id: ID!) { startSession(id: $id) { id } }`, { id: sessionId });
    for (const m of vp.members)
      await run(vp.cm, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        input: { sessionId, membershipId: m.membershipId, present: true },
      });
    const voteOn = async (agendaItemId: string) => {
      const { openVote } = await run(vp.cm, `mutation($input: OpenVoteInput!) { openVote(input: $input) { id } }`, {
        input: { agendaItemId },
      });
      for (const m of vp.members)
        await run(m.cookie, `mutation($input: CastBallotInput!) { castBallot(input: $input) { voteId } }`, {
          input: { voteId: openVote.id, membershipId: m.membershipId, choice: 'YES' },
        });
      await run(vp.cm, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: openVote.id });
      return openVote.id;
    };
    secretVoteId = await voteOn(secret.id);
    publicVoteId = await voteOn(open.id);
    const minutes = `mutation($id: ID!, $minutes: String!) { writeMinutes(id: $id, minutes: $minutes) { id } }`;
    await run(vp.cm, minutes, { id: secret.id, minutes: SECRET_MINUTES });
    await run(vp.cm, minutes, { id: open.id, minutes: PUBLIC_MINUTES });

    const { committee } = await t.ok<{ committee: { calendarFeedUrl: string } }>(
      vp.members[0].cookie,
      `query($id: ID!) { committee(id: $id) { calendarFeedUrl } }`,
      { id: vp.committeeId },
    );
    feedPath = new URL(committee.calendarFeedUrl).pathname;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  describe.each(['signed out', 'signed in without a role', 'a member of another partnership'])('%s', (name) => {
    it('reads the session’s agenda, votes and minutes without the non-public item', async () => {
      const body = await t.gqlAs<{ committeeSession: { agenda: Item[]; votes: { id: string }[] } }>(
        outsiders[name],
        SESSION,
        { id: sessionId },
      );
      expect(body.errors).toBeUndefined();
      const { agenda, votes } = body.data!.committeeSession;
      // Omitted, not replaced by a placeholder: the gap in the numbering is all that shows.
      expect(agenda.map((i) => [i.position, i.title, i.public])).toEqual([
        [1, 'Begrüßung', true],
        [3, PUBLIC_TITLE, true],
      ]);
      expect(agenda[1]).toMatchObject({ minutes: PUBLIC_MINUTES, votes: [{ id: publicVoteId }] });
      expect(votes.map((v) => v.id)).toEqual([publicVoteId]);
      expectNothingOfTheItem(body);
    });

    it('finds neither the item nor its vote among the partnership’s votes and sessions, or through a public vote', async () => {
      const lists = await t.gqlAs<{ partnership: { votes: { id: string }[] } }>(outsiders[name], PARTNERSHIP, {
        slug: vp.slug,
      });
      expect(lists.errors).toBeUndefined();
      expect(lists.data!.partnership.votes.map((v) => v.id)).toEqual([publicVoteId]);
      expectNothingOfTheItem(lists);

      const viaPublicVote = await t.gqlAs<{ vote: { title: string } }>(outsiders[name], VOTE, { id: publicVoteId });
      expect(viaPublicVote.errors).toBeUndefined();
      expect(viaPublicVote.data!.vote.title).toBe(PUBLIC_TITLE);
      expectNothingOfTheItem(viaPublicVote);
    });

    it('is refused the item’s vote by its id, and its live tally', async () => {
      const body = await t.gqlAs(outsiders[name], VOTE, { id: secretVoteId });
      expect(body.data).toBeNull();
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual([expectedRefusal(name)]);
      expectNothingOfTheItem({ data: body.data, messages: body.errors?.map((e) => e.message) });

      const tally = subscribe(
        wsClient(outsiders[name]),
        `subscription($voteId: ID!) { voteTally(voteId: $voteId) { voteId castCount sentenceDe } }`,
        { voteId: secretVoteId },
      );
      await settle(500);
      expect(tally.received.filter((m) => m.data)).toEqual([]);
      // Subscription errors carry the same code and message key as other answers.
      expect(JSON.stringify([tally.received, tally.errors])).toContain(
        name === 'signed out'
          ? '"code":"UNAUTHENTICATED","messageKey":"access.signInToRead"'
          : '"code":"FORBIDDEN","messageKey":"access.needReadPermission"',
      );
    });

    it('follows the session live without the item', async () => {
      const live = subscribe(
        wsClient(outsiders[name]),
        `subscription($sessionId: ID!) { sessionChanged(sessionId: $sessionId) { agenda { ${ITEM} } votes { id title } } }`,
        { sessionId },
      );
      await settle(300);
      await run(vp.cm, `mutation($id: ID!, $minutes: String!) { writeMinutes(id: $id, minutes: $minutes) { id } }`, {
        id: secretItemId,
        minutes: `${SECRET_MINUTES} (${name})`,
      });
      for (let i = 0; i < 50 && live.received.length === 0; i++) await settle(100);
      expect(live.errors).toEqual([]);
      const [event] = live.received as GraphQLBody<{ sessionChanged: { agenda: Item[] } }>[];
      expect(event.data!.sessionChanged.agenda.map((i) => i.position)).toEqual([1, 3]);
      expectNothingOfTheItem(live.received);
    });

    it('reads no audit event, calendar entry or export that names the item', async () => {
      const audit = await t.gqlAs(outsiders[name], AUDIT, { slug: vp.slug });
      expect(audit.errors?.map((e) => e.extensions?.code)).toEqual([expectedRefusal(name)]);
      expectNothingOfTheItem(audit);

      // Calendar clients send no cookie, so the feed is the same for everyone who has its address.
      const feed = await request(t.app.getHttpServer()).get(feedPath);
      expect(feed.status).toBe(200);
      expect(feed.text).toContain(PUBLIC_TITLE);
      expectNothingOfTheItem(feed.text);

      const exported = request(t.app.getHttpServer()).get(`/exports/${vp.slug}/ledger.csv`);
      const cookie = outsiders[name];
      const response = cookie ? await exported.set('cookie', cookie) : await exported;
      expect(response.status).toBe(cookie ? 403 : 401);
      expectNothingOfTheItem(response.text);
    });
  });

  describe('members', () => {
    it('see the item, its minutes and its vote, marked non-public', async () => {
      const member = vp.members[1].cookie;
      const session = await t.ok<{ committeeSession: { agenda: Item[]; votes: { id: string }[] } }>(member, SESSION, {
        id: sessionId,
      });
      expect(session.committeeSession.agenda.map((i) => [i.position, i.title, i.public])).toEqual([
        [1, 'Begrüßung', true],
        [2, SECRET_TITLE, false],
        [3, PUBLIC_TITLE, true],
      ]);
      expect(session.committeeSession.agenda[1]).toMatchObject({
        description: SECRET_DESCRIPTION,
        minutes: expect.stringContaining(SECRET_MINUTES),
        votes: [{ id: secretVoteId, title: SECRET_TITLE }],
      });
      expect(session.committeeSession.votes.map((v) => v.id)).toEqual([secretVoteId, publicVoteId]);

      const vote = await t.ok<{ vote: { title: string; agendaItem: { minutes: string } } }>(member, VOTE, {
        id: secretVoteId,
      });
      expect(vote.vote.title).toBe(SECRET_TITLE);
      const lists = await t.ok<{ partnership: { votes: { id: string }[] } }>(member, PARTNERSHIP, { slug: vp.slug });
      expect(lists.partnership.votes.map((v) => v.id).sort()).toEqual([secretVoteId, publicVoteId].sort());

      const audit = await t.ok<{ partnership: { auditLog: { nodes: { action: string; payload: object }[] } } }>(
        member,
        AUDIT,
        { slug: vp.slug },
      );
      expect(audit.partnership.auditLog.nodes).toContainEqual(
        expect.objectContaining({ action: 'session.planned', payload: expect.objectContaining({ nonPublic: 1 }) }),
      );
    });

    it('are invited with the item marked non-public, while the calendar feed leaves it out', async () => {
      const [mail] = await t.dataSource.query(
        `SELECT body, attachments FROM outbox_mails WHERE recipient = (SELECT email FROM users u
           JOIN partnership_roles r ON r.user_id = u.id WHERE r.organisation_id = $1 LIMIT 1)
           AND subject = 'Einladung: Frühjahrssitzung'`,
        [vp.members[0].organisationId],
      );
      expect(mail.body).toContain(`2. ${SECRET_TITLE} (nichtöffentlich)`);
      // RFC 5545 folds lines at 75 octets; read the attachment unfolded.
      const ics = (mail.attachments as { content: string }[])[0].content.replace(/\r\n[ \t]/g, '');
      expect(ics).toContain(`2. ${SECRET_TITLE} (nichtöffentlich)`);
      const feed = await request(t.app.getHttpServer()).get(feedPath);
      expect(feed.text).not.toContain(SECRET_TITLE);
    });
  });

  describe('setting and changing it', () => {
    async function smallSession() {
      const { planSession } = await t.ok<{ planSession: { id: string; agenda: { id: string; public: boolean }[] } }>(
        vp.cm,
        `mutation($input: PlanSessionInput!) { planSession(input: $input) { id agenda { id public } } }`,
        {
          input: {
            committeeId: vp.committeeId,
            title: 'Sondersitzung',
            startsAt: hourFromNow(24),
            endsAt: hourFromNow(25),
            agenda: [{ kind: 'DISCUSSION', title: 'Preisanpassung des Wartungsvertrags', public: false }],
          },
        },
      );
      return planSession;
    }

    it('gives a new item the default of its kind unless told, and keeps the setting through an edit', async () => {
      const session = await smallSession();
      expect(session.agenda.map((i) => i.public)).toEqual([false]);
      const add = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id public } }`;
      const { addAgendaItem: plain } = await t.ok<{ addAgendaItem: { id: string; public: boolean } }>(vp.cm, add, {
        input: { sessionId: session.id, kind: 'DECISION', title: 'Neues Modul' },
      });
      expect(plain.public).toBe(true);
      const { addAgendaItem: marked } = await t.ok<{ addAgendaItem: { public: boolean } }>(vp.cm, add, {
        input: { sessionId: session.id, kind: 'INFORMATION', title: 'Personalangelegenheit', public: false },
      });
      expect(marked.public).toBe(false);

      const update = `mutation($id: ID!, $input: AgendaItemInput!) { updateAgendaItem(id: $id, input: $input) { public } }`;
      const kept = await t.ok<{ updateAgendaItem: { public: boolean } }>(vp.cm, update, {
        id: session.agenda[0].id,
        input: { kind: 'DISCUSSION', title: 'Preisanpassung des Wartungsvertrags 2027' },
      });
      expect(kept.updateAgendaItem.public).toBe(false);
      const changed = await t.ok<{ updateAgendaItem: { public: boolean } }>(vp.cm, update, {
        id: plain.id,
        input: { kind: 'DECISION', title: 'Neues Modul', public: false },
      });
      expect(changed.updateAgendaItem.public).toBe(false);
    });

    it('lets the community manager change it, also after the session, audited; a representative may not', async () => {
      const refused = await t.gqlAs(vp.members[0].cookie, SET_PUBLIC, { id: secretItemId, public: true });
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

      await run(vp.cm, `mutation($id: ID!) { closeSession(id: $id) { id } }`, { id: sessionId });
      const published = await t.ok<{ setAgendaItemPublic: { public: boolean } }>(vp.cm, SET_PUBLIC, {
        id: secretItemId,
        public: true,
      });
      expect(published.setAgendaItemPublic.public).toBe(true);
      const seen = await t.ok<{ committeeSession: { agenda: Item[] } }>(null, SESSION, { id: sessionId });
      expect(seen.committeeSession.agenda.map((i) => i.title)).toContain(SECRET_TITLE);
      expect((await t.gqlAs(null, VOTE, { id: secretVoteId })).errors).toBeUndefined();

      await t.ok(vp.cm, SET_PUBLIC, { id: secretItemId, public: false });
      // Setting what is already set changes nothing and records nothing.
      await t.ok(vp.cm, SET_PUBLIC, { id: secretItemId, public: false });
      const hidden = await t.ok<{ committeeSession: { agenda: Item[] } }>(null, SESSION, { id: sessionId });
      expect(hidden.committeeSession.agenda.map((i) => i.position)).toEqual([1, 3]);

      const audit = await t.ok<{ partnership: { auditLog: { nodes: { action: string; payload: object }[] } } }>(
        vp.cm,
        AUDIT,
        { slug: vp.slug },
      );
      const changes = audit.partnership.auditLog.nodes.filter(
        (e) => e.action === 'agenda.item_visibility_changed' && JSON.stringify(e.payload).includes(secretItemId),
      );
      expect(changes.map((e) => e.payload)).toEqual([
        expect.objectContaining({ itemId: secretItemId, title: SECRET_TITLE, public: false }),
        expect.objectContaining({ itemId: secretItemId, title: SECRET_TITLE, public: true }),
      ]);
    });
  });
});
