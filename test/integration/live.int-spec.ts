import { INestApplication } from '@nestjs/common';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp } from '../../server/src/bootstrap';
import { loadConfig } from '../../server/src/common/config/config';
import { createTestApp, TestApp } from './support/test-app';
import { votingPartnership } from './support/votes-setup';

const TALLY = `subscription($voteId: ID!) { voteTally(voteId: $voteId) { voteId final castCount outcome figures { yes no } sentenceEn } }`;

interface Tally {
  voteId: string;
  final: boolean;
  castCount: number;
  outcome: string | null;
  figures: { yes: string; no: string } | null;
  sentenceEn: string | null;
}

function wsUrl(app: INestApplication): string {
  const address = app.getHttpServer().address() as { port: number };
  return `ws://127.0.0.1:${address.port}/graphql`;
}

function client(
  url: string,
  cookie: string | null,
  origin?: string,
  connectionParams?: Record<string, unknown>,
  acceptLanguage?: string,
): Client {
  return createClient({
    url,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    // The refused connection is the point of one test; its close event is expected.
    onNonLazyError: () => undefined,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, {
          headers: {
            ...(cookie ? { cookie } : {}),
            ...(origin ? { origin } : {}),
            ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
          },
        });
      }
    },
  });
}

/** Collects the events of one subscription; `until` resolves with the first event matching. */
function watch(c: Client, voteId: string, extensions?: Record<string, unknown>) {
  const events: Tally[] = [];
  const errors: unknown[] = [];
  const waiters: { test: (t: Tally) => boolean; resolve: (t: Tally) => void }[] = [];
  c.subscribe<{ voteTally: Tally }>(
    { query: TALLY, variables: { voteId }, extensions },
    {
      next: (message) => {
        if (message.errors) errors.push(message.errors);
        const tally = message.data?.voteTally;
        if (!tally) return;
        events.push(tally);
        for (const w of waiters.filter((x) => x.test(tally))) w.resolve(tally);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    until: (test: (t: Tally) => boolean, ms = 5000) =>
      new Promise<Tally>((resolve, reject) => {
        const found = events.find(test);
        if (found) return resolve(found);
        waiters.push({ test, resolve });
        setTimeout(
          () =>
            reject(
              new Error(
                `no matching tally within ${ms} ms; got ${JSON.stringify(events)} errors ${JSON.stringify(errors)}`,
              ),
            ),
          ms,
        );
      }),
  };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live tallies over graphql-ws, across two app instances on one database', () => {
  let t: TestApp;
  let second: INestApplication;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    second = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), t.databaseUrl);
    await second.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await second.close();
    await t.close();
  });

  it('pushes each ballot cast on one instance to a subscriber on the other, then the final result', async () => {
    const vp = await votingPartnership(t, 3);
    const started = await t.gqlAs<{ startWrittenProcedure: { id: string }[] }>(
      vp.cm,
      `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }`,
      {
        input: {
          committeeIds: [vp.committeeId],
          title: 'Live',
          deadline: new Date(Date.now() + 86400_000).toISOString(),
        },
      },
    );
    const voteId = started.data!.startWrittenProcedure[0].id;
    const observer = client(wsUrl(second), vp.cm);
    clients.push(observer);
    const feed = watch(observer, voteId);
    await settle(300);

    const cast = (i: number, choice: string) =>
      t.gqlAs(vp.members[i].cookie, `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`, {
        input: { voteId, membershipId: vp.members[i].membershipId, choice },
      });
    await cast(0, 'YES');
    await feed.until((x) => x.castCount === 1);
    await Promise.all([cast(1, 'YES'), cast(2, 'NO')]);
    const three = await feed.until((x) => x.castCount === 3);
    expect(three).toMatchObject({ final: false, figures: { yes: '2', no: '1' }, outcome: 'ACCEPTED' });

    await t.gqlAs(vp.cm, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: voteId });
    const final = await feed.until((x) => x.final);
    expect(final.sentenceEn).toBe('Accepted: 2 yes of 3 yes and no votes (66.7 %), more than 50 % required.');
    // Snapshots only move forward: no event after a later one shows fewer ballots.
    const counts = feed.events.map((e) => e.castCount);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('pushes each change of a session with its attendance and quorum as they are now, not as at the first event', async () => {
    const vp = await votingPartnership(t, 3);
    const planned = await t.gqlAs<{ planSession: { id: string } }>(
      vp.cm,
      `mutation($input: PlanSessionInput!) { planSession(input: $input) { id } }`,
      {
        input: {
          committeeId: vp.committeeId,
          title: 'Live',
          startsAt: new Date(Date.now() + 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 7_200_000).toISOString(),
        },
      },
    );
    const sessionId = planned.data!.planSession.id;
    const observer = client(wsUrl(second), vp.cm);
    clients.push(observer);
    const seen: number[] = [];
    let resolveThree: () => void = () => undefined;
    const three = new Promise<void>((resolve) => (resolveThree = resolve));
    observer.subscribe<{ sessionChanged: { quorum: { presentCount: number } } }>(
      {
        query: `subscription($sessionId: ID!) { sessionChanged(sessionId: $sessionId) { quorum { presentCount } } }`,
        variables: { sessionId },
      },
      {
        next: (message) => {
          const count = message.data?.sessionChanged.quorum.presentCount;
          if (count === undefined) return;
          seen.push(count);
          if (count === 3) resolveThree();
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await settle(300);
    for (const m of vp.members) {
      await t.gqlAs(vp.cm, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        input: { sessionId, membershipId: m.membershipId, present: true },
      });
      await settle(150);
    }
    await Promise.race([three, settle(5000)]);
    expect(seen.at(-1)).toBe(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('refuses a subscription to a closed partnership’s vote when signed out, and a browser connection from another site', async () => {
    const vp = await votingPartnership(t, 1);
    const started = await t.gqlAs<{ startWrittenProcedure: { id: string }[] }>(
      vp.cm,
      `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }`,
      {
        input: {
          committeeIds: [vp.committeeId],
          title: 'Geheim',
          deadline: new Date(Date.now() + 86400_000).toISOString(),
        },
      },
    );
    const voteId = started.data!.startWrittenProcedure[0].id;
    const anonymous = client(wsUrl(t.app), null);
    clients.push(anonymous);
    const feed = watch(anonymous, voteId);
    await settle(500);
    expect(feed.errors).toEqual([
      [
        expect.objectContaining({
          message: 'Melden Sie sich an, um die Unterlagen dieser Partnerschaft zu sehen',
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', messageKey: 'access.signInToRead' }),
        }),
      ],
    ]);

    const foreign = client(wsUrl(t.app), vp.cm, 'https://evil.example');
    clients.push(foreign);
    const refused = watch(foreign, voteId);
    await settle(500);
    expect(refused.errors.length).toBeGreaterThan(0);
    expect(refused.events).toEqual([]);
  });

  it('answers a subscription’s errors in the language its client names, per connection or per subscription', async () => {
    const vp = await votingPartnership(t, 1);
    const started = await t.gqlAs<{ startWrittenProcedure: { id: string }[] }>(
      vp.cm,
      `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }`,
      {
        input: {
          committeeIds: [vp.committeeId],
          title: 'Geheim',
          deadline: new Date(Date.now() + 86400_000).toISOString(),
        },
      },
    );
    const voteId = started.data!.startWrittenProcedure[0].id;
    const messages = async (c: Client, extensions?: Record<string, unknown>) => {
      clients.push(c);
      const feed = watch(c, voteId, extensions);
      await settle(500);
      return (feed.errors as { message: string; extensions: { code: string } }[][])
        .flat()
        .map((error) => `${error.extensions.code}: ${error.message}`);
    };
    const english = 'UNAUTHENTICATED: Sign in to see this partnership’s records';
    const german = 'UNAUTHENTICATED: Melden Sie sich an, um die Unterlagen dieser Partnerschaft zu sehen';

    // The portal names its language when it connects …
    expect(await messages(client(wsUrl(t.app), null, undefined, { acceptLanguage: 'en' }))).toEqual([english]);
    // … and with each subscription, which wins: the reader may have switched since the connection opened.
    expect(
      await messages(client(wsUrl(t.app), null, undefined, { acceptLanguage: 'en' }), { acceptLanguage: 'de' }),
    ).toEqual([german]);
    // Without either, the handshake's Accept-Language decides, as over HTTP.
    expect(await messages(client(wsUrl(t.app), null, undefined, undefined, 'en-GB,en;q=0.9'))).toEqual([english]);
  });

  it('applies the request limits of HTTP to subscriptions: too many fields, too many tokens', async () => {
    const c = client(wsUrl(t.app), null, undefined, { acceptLanguage: 'en' });
    clients.push(c);
    const refusal = (query: string) =>
      new Promise<string>((resolve) => {
        c.subscribe(
          { query, variables: { voteId: '00000000-0000-4000-8000-000000000000' } },
          {
            next: (message) => resolve(JSON.stringify(message.errors ?? message.data)),
            error: (error) => resolve(JSON.stringify(error)),
            complete: () => resolve('completed'),
          },
        );
      });
    const aliases = Array.from({ length: 1001 }, (_, i) => `a${i}: voteId`).join(' ');
    expect(await refusal(`subscription($voteId: ID!) { voteTally(voteId: $voteId) { ${aliases} } }`)).toMatch(
      /The subscription is too complex: 100\d fields, at most 1000 are allowed/,
    );
    const tokens = Array.from({ length: 10_001 }, () => 'voteId').join(' ');
    expect(await refusal(`subscription($voteId: ID!) { voteTally(voteId: $voteId) { ${tokens} } }`)).toContain(
      'The query is too long: at most 10000 tokens',
    );
    // The same refusal for a German reader, with its key for the portal.
    const german = client(wsUrl(t.app), null, undefined, undefined, 'de-DE,de;q=0.9');
    clients.push(german);
    const refused = await new Promise<string>((resolve) => {
      german.subscribe(
        {
          query: `subscription($voteId: ID!) { voteTally(voteId: $voteId) { ${aliases} } }`,
          variables: { voteId: '00000000-0000-4000-8000-000000000000' },
        },
        {
          next: (message) => resolve(JSON.stringify(message.errors ?? message.data)),
          error: (error) => resolve(JSON.stringify(error)),
          complete: () => resolve('completed'),
        },
      );
    });
    expect(refused).toMatch(/Das Abonnement ist zu umfangreich: 100\d Felder, erlaubt sind höchstens 1000/);
    expect(refused).toContain('"messageKey":"limits.subscriptionComplexity"');
  });
});
