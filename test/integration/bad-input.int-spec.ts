import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import { MAX_DEPTH } from '../../server/src/common/graphql/limits';
import { badRequests } from './support/bad-arguments';
import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

// One app for the file: each block below leaves the data of the others alone.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('bad input never becomes a server error', () => {
  const post = (body: string) =>
    request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send(body);

  it('refuses a NUL byte in the anonymous signIn email with BAD_USER_INPUT naming the field', async () => {
    const body = await t.gql('mutation($e: String!) { signIn(email: $e, password: "x") { id } }', {
      e: 'a\u0000@example.org',
    });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors?.[0].message).toBe('email darf keine NUL-Zeichen und keine ungepaarten Surrogate enthalten');
  });

  it('refuses a NUL byte in requestPasswordReset', async () => {
    const body = await t.gql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: 'x\u0000y' });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a lone surrogate sent as JSON "\\ud800"', async () => {
    const response = await post(
      '{"query":"mutation($e: String!) { requestPasswordReset(email: $e) }","variables":{"e":"a\\ud800b"}}',
    );
    expect(JSON.stringify(response.body)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses an impossible LocalDate variable with BAD_USER_INPUT', async () => {
    const body = await t.gql('mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }', {
      i: { partnershipId: '1', organisationId: '1', amountCents: '100', receivedOn: '2026-13-01' },
    });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors?.[0].message).toMatch(
      /^i\.receivedOn hat einen Wert, der nicht erlaubt ist: erwartet wird ein Datum zwischen/,
    );
  });

  it('answers a fragment cycle with 400 and a GraphQL error, not 500', async () => {
    const response = await post(
      JSON.stringify({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].message).toMatch(/Cannot spread fragment/);
  });

  it('answers a malformed JSON body with 400', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ messageKey: 'http.bodyNotJson', message: expect.stringContaining('JSON') });
  });

  it('answers a 2 MB body with 413 and a readable message in the reader’s language', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(2_000_000) } });
    const english = await post(body).set('accept-language', 'en-GB,en;q=0.9');
    expect(english.status).toBe(413);
    expect(english.body).toEqual({
      statusCode: 413,
      error: 'PAYLOAD_TOO_LARGE',
      message: 'The request body is too large: at most 1mb is allowed',
      messageKey: 'http.bodyTooLarge',
      params: { max: '1mb' },
    });
    const german = await post(body).set('accept-language', 'de');
    expect(german.status).toBe(413);
    expect(german.body.message).toBe('Der Inhalt der Anfrage ist zu groß: erlaubt sind höchstens 1mb');
  });
});

describe('dates outside the days the product takes', () => {
  const send = (query: string, variables?: Record<string, unknown>) =>
    request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query, variables });
  const PAY = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }';
  const payment = (receivedOn: unknown) => ({
    i: { partnershipId: SOME_ID, organisationId: SOME_ID, amountCents: '100', receivedOn },
  });
  const PLAN = 'mutation($i: PlanSessionInput!) { planSession(input: $i) { id } }';
  const session = (startsAt: unknown) => ({
    i: { committeeId: SOME_ID, title: 'Sitzung', startsAt, endsAt: '2026-05-04T20:00:00+02:00' },
  });

  it.each(['0000-01-01', '-0001-01-01', '10000-01-01', '2026-02-30', '1899-12-31', '2201-01-01'])(
    'refuses the LocalDate %s in variables with 400 BAD_USER_INPUT naming the field and the days allowed',
    async (day) => {
      const response = await send(PAY, payment(day));
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          message: `i.receivedOn hat einen Wert, der nicht erlaubt ist: erwartet wird ein Datum zwischen 1900-01-01 und 2200-12-31 in der Form JJJJ-MM-TT, z. B. „2026-05-04“; angegeben: "${day}"`,
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', messageKey: 'input.valueAt' }),
        }),
      ]);
    },
  );

  it('refuses the LocalDate 0000-01-01 written into the query with 400 naming the argument and field', async () => {
    const response = await send(
      `mutation { recordPayment(input: { partnershipId: "${SOME_ID}", organisationId: "${SOME_ID}", amountCents: "100", receivedOn: "0000-01-01" }) { id } }`,
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message:
          'input.receivedOn hat einen Wert, der nicht erlaubt ist: erwartet wird ein Datum zwischen 1900-01-01 und 2200-12-31 in der Form JJJJ-MM-TT, z. B. „2026-05-04“; angegeben: "0000-01-01"',
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', messageKey: 'input.valueAt' }),
      }),
    ]);
  });

  it.each(['0000-01-01T00:00:00Z', '+010000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '2201-01-01T00:00:00Z'])(
    'refuses the DateTime %s in variables with 400 BAD_USER_INPUT naming the field and what is allowed',
    async (instant) => {
      const response = await send(PLAN, session(instant));
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.body.errors?.[0].message).toContain(
        `i.startsAt hat einen Wert, der nicht erlaubt ist: erwartet werden Datum und Uhrzeit zwischen 1900-01-01 und 2200-12-31 (UTC) in der Form nach RFC 3339 mit Zeitzone, z. B. „2026-05-04T18:00:00+02:00“; angegeben: "${instant}"`,
      );
    },
  );

  it('refuses a DateTime in year 0 written into the query with 400 naming the argument and field', async () => {
    const response = await send(
      `mutation { planSession(input: { committeeId: "${SOME_ID}", title: "Sitzung", startsAt: "0000-01-01T00:00:00Z", endsAt: "2026-05-04T20:00:00+02:00" }) { id } }`,
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0].message).toMatch(
      /^input\.startsAt hat einen Wert, der nicht erlaubt ist: erwartet werden Datum und Uhrzeit zwischen 1900-01-01 und 2200-12-31/,
    );
  });

  it('takes and stores the first and the last day allowed', async () => {
    const p = await createPartnership(t);
    const o = await createOrganisation(t);
    const body = await addMember(t, p.id, o.id, { status: 'LEFT', joinedOn: '1900-01-01', leftOn: '2200-12-31' });
    expect(body.errors).toBeUndefined();
    expect(body.data?.addMembership).toMatchObject({ joinedOn: '1900-01-01', leftOn: '2200-12-31' });
  });
});

describe('a bad value in any argument of the schema', () => {
  let cookie: string;
  beforeAll(async () => {
    cookie = await t.createUser('fuzz-admin@test.example', { platformAdmin: true });
  });

  /** Rows in every table and the newest audit event: what a refused request must leave as it was. */
  async function databaseState(): Promise<Record<string, string>> {
    const tables: { name: string }[] = await t.dataSource.query(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const state: Record<string, string> = {};
    for (const { name } of tables) {
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::text AS count FROM ${name}`);
      state[name] = count;
    }
    const [newest] = await t.dataSource.query(`SELECT max(id)::text AS id FROM audit_events`);
    state['newest audit event'] = newest.id ?? 'none';
    return state;
  }

  // As a platform admin, so that guards let the requests through to pipes, services and the database.
  it('is refused as bad input, never a server error, and writes nothing (null, wrong types, bad dates, NUL text)', async () => {
    const requests = badRequests(t.app.get(GraphQLSchemaHost).schema);
    expect(requests.length).toBeGreaterThan(2000);
    const before = await databaseState();
    const wrong: string[] = [];
    const server = t.app.getHttpServer();
    for (let i = 0; i < requests.length; i += 8) {
      await Promise.all(
        requests.slice(i, i + 8).map(async (bad) => {
          const response = await request(server)
            .post('/graphql')
            .set('content-type', 'application/json')
            .set('cookie', cookie)
            .send({ query: bad.query, variables: bad.variables });
          const codes = ((response.body.errors ?? []) as { extensions?: { code?: string } }[]).map(
            (error) => error.extensions?.code,
          );
          if (response.status >= 500 || codes.length === 0 || !codes.every((code) => refusals.has(code)))
            wrong.push(`${bad.name}: HTTP ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
        }),
      );
    }
    expect(wrong).toEqual([]);
    expect(await databaseState()).toEqual(before);
    // Some 20 s on an idle machine; room for a busy one.
  }, 120_000);
});

describe('queries too large to answer', () => {
  const send = (query: string, language = 'en') =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', language)
      .send({ query });
  const firstError = (response: request.Response) => response.body.errors?.[0] ?? {};
  /** Sends the query and expects one 400 answer, with this code and this message. */
  async function expectRefused(query: string, code: string, message: string | RegExp): Promise<void> {
    const response = await send(query);
    expect(response.status).toBe(400);
    expect(firstError(response)).toMatchObject({
      message: typeof message === 'string' ? message : expect.stringMatching(message),
      extensions: { code },
    });
  }
  const TOO_LONG =
    'The query is too long: at most 10000 tokens (names, values, punctuation) are allowed; ask for fewer fields or split it';

  it('refuses a query 25 levels deep with 400 naming its depth and the limit', async () => {
    // partnerships > nodes > (members > partnership) x 11 > name
    await expectRefused(
      `{ partnerships { nodes ${'{ members { partnership '.repeat(11)}{ name }${' } }'.repeat(11)} } }`,
      'GRAPHQL_VALIDATION_FAILED',
      `Query depth 25 exceeds the limit of ${MAX_DEPTH} levels of nested fields; ask for less nested data or split the query`,
    );
  });

  it('tells the depth limit in the reader’s language, with its key and parameters', async () => {
    const deep = `{ partnerships { nodes ${'{ members { partnership '.repeat(11)}{ name }${' } }'.repeat(11)} } }`;
    const german = await send(deep, 'de-DE,de;q=0.9,en;q=0.8');
    expect(german.status).toBe(400);
    expect(firstError(german)).toMatchObject({
      message:
        'Die Abfrage ist 25 Ebenen tief, erlaubt sind höchstens 10 Ebenen verschachtelter Felder; fragen Sie weniger verschachtelte Daten ab oder teilen Sie die Abfrage auf',
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        messageKey: 'limits.depth',
        params: { depth: 25, max: MAX_DEPTH },
      },
    });
    const english = await send(deep, 'en');
    expect(firstError(english)).toMatchObject({
      message: `Query depth 25 exceeds the limit of ${MAX_DEPTH} levels of nested fields; ask for less nested data or split the query`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', messageKey: 'limits.depth' },
    });
  });

  it('answers a query exactly as deep as allowed and refuses one level more', async () => {
    // partnerships > nodes > (members > partnership) x 3 > members > id: 10 levels, the limit.
    const atLimit = `{ partnerships { nodes ${'{ members { partnership '.repeat(3)}{ members { id } }${' } }'.repeat(3)} } }`;
    expect(MAX_DEPTH).toBe(10);
    expect((await send(atLimit)).body.errors).toBeUndefined();
    await expectRefused(
      atLimit.replace('{ id }', '{ id organisation { id } }'),
      'GRAPHQL_VALIDATION_FAILED',
      /^Query depth 11 exceeds the limit of 10/,
    );
  });

  it('refuses more fields than allowed with 400 naming the count and the limit', async () => {
    await expectRefused(
      `{ ${Array.from({ length: 1100 }, (_, i) => `a${i}: me { email }`).join(' ')} }`,
      'BAD_USER_INPUT',
      'The query is too complex: 2200 fields, at most 1000 are allowed; ask for fewer fields or split it',
    );
  });

  it('refuses fragments spread twice at each of 30 levels at once with 400, not after 2^30 steps', async () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Query { __typename ${i < 29 ? `...F${i + 1} ...F${i + 1}` : 'me { id }'} }`,
    );
    await expectRefused(
      `{ ...F0 } ${fragments.join(' ')}`,
      'BAD_USER_INPUT',
      'The query is too complex: more than 10000 selections (each use of a fragment counts), at most 1000 fields are allowed; ask for fewer fields or split it',
    );
  });

  it('refuses a document of more than 10000 tokens (20000 aliases) with 400 naming the limit', async () => {
    const aliases = Array.from({ length: 20_000 }, (_, i) => `a${i}: __typename`);
    await expectRefused(`{ ${aliases.join(' ')} }`, 'GRAPHQL_PARSE_FAILED', TOO_LONG);
  });

  it('answers a chain of 3000 fragments with 400, not 500', async () => {
    const fragments = Array.from(
      { length: 3000 },
      (_, i) => `fragment F${i} on Query { __typename ${i < 2999 ? `...F${i + 1}` : ''} }`,
    );
    await expectRefused(`{ ...F0 } ${fragments.join(' ')}`, 'GRAPHQL_PARSE_FAILED', TOO_LONG);
  });

  it('answers a value nested 4000 levels deep with 400 and a message saying so', async () => {
    await expectRefused(
      `{ partnership(slug: ${'['.repeat(4000)}"x"${']'.repeat(4000)}) { id } }`,
      'GRAPHQL_PARSE_FAILED',
      `The query is nested too deeply to be read; at most ${MAX_DEPTH} levels of nested fields are allowed`,
    );
  });

  it('answers the same field asked 600 times with 400 and a message saying what to do', async () => {
    await expectRefused(
      `{ ${'me { id } '.repeat(600)}}`,
      'GRAPHQL_VALIDATION_FAILED',
      'The query repeats too many fields or fragments to be checked; ask for fewer fields or split it',
    );
  });
});

const SOME_ID = '00000000-0000-4000-8000-000000000012';

/** How a refused request may answer: bad input, or a request GraphQL itself cannot read or validate (400). */
const refusals = new Set<unknown>(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);
