import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { votingPartnership } from './support/votes-setup';
import { createTestApp, TEST_PASSWORD, TestApp } from './support/test-app';

/*
 * Server messages in the reader's language (docs/architecture.md, "Messages in the reader's language"): the
 * language the client names in Accept-Language, else the signed-in person's preferred language, else German.
 */

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }`;
const MOVE = `mutation($input: TransitionFeatureRequestInput!) { transitionFeatureRequest(input: $input) { id } }`;

interface Answer {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe('server messages in the reader’s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT_PER_ACCOUNT: '3' });
  });
  afterAll(() => t.close());

  const post = (body: object, headers: Record<string, string> = {}) => {
    const call = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    for (const [name, value] of Object.entries(headers)) call.set(name, value);
    return call.send(body).then((response) => response.body as Answer);
  };
  const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
    post({ query: SIGN_IN, variables: { e: email, p: password } }, headers);

  it('answers a wrong password in the language the client asks for, and in German without one', async () => {
    await t.createUser('sprache@messages.example');
    const german = await signIn('sprache@messages.example', 'falsch', { 'accept-language': 'de-DE,de;q=0.9' });
    const english = await signIn('sprache@messages.example', 'wrong', { 'accept-language': 'en-GB,en;q=0.8' });
    const none = await signIn('nobody@messages.example', 'wrong');
    expect(german.errors?.[0]).toMatchObject({
      message: 'E-Mail-Adresse oder Passwort ist falsch',
      extensions: { code: 'UNAUTHENTICATED', messageKey: 'auth.wrongPassword', params: {} },
    });
    expect(english.errors?.[0]).toMatchObject({
      message: 'E-mail or password is wrong',
      extensions: { code: 'UNAUTHENTICATED', messageKey: 'auth.wrongPassword' },
    });
    expect(none.errors?.[0].message).toBe('E-Mail-Adresse oder Passwort ist falsch');
  });

  it('answers a signed-in person who prefers English in English without the header, and the header wins', async () => {
    const cookie = await t.createUser('english@messages.example');
    await t.ok(cookie, `mutation { updateAccount(input: { preferredLanguage: EN }) { preferredLanguage } }`);
    const query = `{ outbox(first: 1) { totalCount } }`;
    const english = await post({ query }, { cookie });
    expect(english.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Only platform admins may do this \(\w+\)$/),
      extensions: { code: 'FORBIDDEN', messageKey: 'access.platformOnly' },
    });
    const german = await post({ query }, { cookie, 'accept-language': 'de' });
    expect(german.errors?.[0].message).toMatch(/^Das dürfen nur Plattform-Admins \(\w+\)$/);
  });

  it('counts the wait of TOO_MANY_REQUESTS in the plural of each language', async () => {
    await t.createUser('warten@messages.example');
    for (let i = 0; i < 3; i += 1) await signIn('warten@messages.example', `falsch ${i}`);
    const german = await signIn('warten@messages.example', TEST_PASSWORD, { 'accept-language': 'de' });
    const english = await signIn('warten@messages.example', TEST_PASSWORD, { 'accept-language': 'en' });
    expect(german.errors?.[0].extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      messageKey: 'auth.tooManySignIns.account',
      params: { wait: { key: 'time.seconds', params: { count: expect.any(Number) } } },
    });
    const count = (german.errors?.[0].extensions?.params as { wait: { params: { count: number } } }).wait.params.count;
    expect(count).toBeGreaterThan(1);
    expect(german.errors?.[0].message).toMatch(
      new RegExp(
        `^Zu viele fehlgeschlagene Anmeldungen für dieses Konto von dieser Adresse: Versuchen Sie es in ${count} Sekunden erneut`,
      ),
    );
    expect(english.errors?.[0].message).toMatch(
      /^Too many failed sign-ins for this account from this address: try again in \d+ seconds \(/,
    );
  });

  it('refuses a feature-request transition with the reason in German, and in English when asked', async () => {
    const p = await votingPartnership(t, 2);
    const submitted = await t.ok<{ submitFeatureRequest: { id: string } }>(
      p.members[0].cookie,
      `mutation($input: SubmitFeatureRequestInput!) { submitFeatureRequest(input: $input) { id } }`,
      {
        input: {
          partnershipId: p.partnershipId,
          title: 'Barrierefreie Formulare',
          description: '',
          kind: 'FEATURE',
          target: 'CORE',
          fundingRoute: 'ALL_MEMBERS',
        },
      },
    );
    const body = {
      query: MOVE,
      variables: { input: { requestId: submitted.submitFeatureRequest.id, to: 'INTEREST_SURVEY' } },
    };
    const cookie = p.members[1].cookie.split(';')[0];
    const german = await post(body, { cookie });
    const english = await post(body, { cookie, 'accept-language': 'en' });
    expect(german.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'workflow.refused' });
    expect(german.errors?.[0].message).toMatch(
      /^Dieser Schritt ist jetzt nicht möglich: Nur .+ darf eine Anfrage von .+ nach .+ verschieben; Sie handeln als Vertretung/,
    );
    expect(german.errors?.[0].extensions?.reasons).toEqual([
      expect.stringMatching(/^Nur /),
      'Eine Interessensabfrage braucht eine Frist in der Zukunft; es ist keine gesetzt',
    ]);
    expect(english.errors?.[0].extensions?.reasons).toEqual([
      expect.stringMatching(/^Only /),
      'An interest survey needs a deadline in the future; none is set',
    ]);
    expect(english.errors?.[0].message).toMatch(
      /^This step is not possible now: Only .+ may move a request from .+ to .+; you act as representative/,
    );
  });
  it('refuses people, agreement, ledger, bad-input and bad-date errors in German and English under one message key', async () => {
    const cookie = await t.createUser('sprachen-admin@messages.example', { platformAdmin: true });
    const unknown = randomUUID();
    const cases: { body: object; key: string; de: string; en: string; field?: string }[] = [
      {
        body: {
          query: `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { id } }`,
          variables: { input: { partnershipId: unknown, email: 'neu@messages.example', role: 'OBSERVER' } },
        },
        key: 'people.noPartnership',
        de: `Keine Partnerschaft mit der ID ${unknown}`,
        en: `no partnership with id ${unknown}`,
        field: 'partnershipId',
      },
      {
        body: { query: `query($id: ID!) { costAgreement(id: $id) { id } }`, variables: { id: unknown } },
        key: 'agreement.notFound',
        de: `Keine Kostenteilungsvereinbarung ${unknown}`,
        en: `No cost-sharing agreement ${unknown}`,
      },
      {
        body: {
          query: `mutation($input: ReverseLedgerTransactionInput!) { reverseLedgerTransaction(input: $input) { id } }`,
          variables: { input: { transactionId: unknown, reason: 'Doppelt erfasst', bookedOn: '2027-03-01' } },
        },
        key: 'ledger.notFound',
        de: `Keine Buchung ${unknown}`,
        en: `No ledger transaction ${unknown}`,
      },
      {
        body: { query: `mutation($e: String!) { requestPasswordReset(email: $e) }`, variables: { e: 'niemand' } },
        key: 'input.isEmail',
        de: 'email muss eine E-Mail-Adresse sein, angegeben: „niemand“',
        en: 'email must be an e-mail address, got “niemand”',
        field: 'email',
      },
      {
        body: {
          query: `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
          variables: {
            i: { partnershipId: unknown, organisationId: unknown, amountCents: '100', receivedOn: '2026-13-01' },
          },
        },
        key: 'input.valueAt',
        de: 'i.receivedOn hat einen Wert, der nicht erlaubt ist: erwartet wird ein Datum zwischen 1900-01-01 und 2200-12-31 in der Form JJJJ-MM-TT, z. B. „2026-05-04“; angegeben: "2026-13-01"',
        en: 'i.receivedOn has a value that is not allowed: expected a date between 1900-01-01 and 2200-12-31 in the form YYYY-MM-DD, e.g. "2026-05-04", got "2026-13-01"',
      },
    ];
    for (const c of cases) {
      const german = await post(c.body, { cookie, 'accept-language': 'de' });
      const english = await post(c.body, { cookie, 'accept-language': 'en' });
      expect(german.errors?.[0]).toMatchObject({ message: c.de, extensions: { messageKey: c.key } });
      expect(english.errors?.[0]).toMatchObject({ message: c.en, extensions: { messageKey: c.key } });
      if (c.field) {
        expect(german.errors?.[0].extensions?.fields).toEqual({ [c.field]: [c.de] });
        expect(english.errors?.[0].extensions?.fields).toEqual({ [c.field]: [c.en] });
      }
    }
  });
});
