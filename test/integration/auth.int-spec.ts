import request from 'supertest';
import { createTestApp, TEST_PASSWORD, TestApp } from './support/test-app';

const ME = `{ me { email displayName preferredLanguage } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }`;

async function lastMailTo(t: TestApp, email: string): Promise<string> {
  const [mail] = await t.dataSource.query(
    `SELECT body FROM outbox_mails WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  return mail?.body ?? '';
}

/** Reset links are mailed after the request is answered (so the answer takes as long for unknown addresses). */
async function resetLinkTo(t: TestApp, email: string): Promise<string> {
  for (let i = 0; i < 100; i += 1) {
    const token = /passwort-zuruecksetzen\/([\w-]+)/.exec(await lastMailTo(t, email))?.[1];
    if (token) return token;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no reset link mailed to ${email}`);
}

describe('sign-in, sessions and passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT_PER_ACCOUNT: '3' });
  });
  afterAll(() => t.close());

  it('signs in with a case-insensitive e-mail, sets an httpOnly SameSite=Lax cookie, and knows the person', async () => {
    await t.createUser('anna@test.example');
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: SIGN_IN, variables: { e: 'Anna@Test.Example', p: TEST_PASSWORD } });
    const cookie = [response.headers['set-cookie']].flat().join(';');
    expect(cookie).toMatch(/allmende_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await t.gqlAs(cookie.split(';')[0], ME);
    expect(me.data?.me).toMatchObject({ email: 'anna@test.example' });
    expect((await t.gqlAs(null, ME)).data?.me).toBeNull();
  });

  it('marks the cookie Secure when the browser came over HTTPS through the trusted local proxy, and only then', async () => {
    await t.createUser('ida@test.example');
    const signIn = (proto?: string) => {
      const call = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (proto) call.set('x-forwarded-proto', proto);
      return call.send({ query: SIGN_IN, variables: { e: 'ida@test.example', p: TEST_PASSWORD } });
    };
    expect([(await signIn('https')).headers['set-cookie']].flat().join(';')).toMatch(/;\s*Secure/i);
    expect([(await signIn()).headers['set-cookie']].flat().join(';')).not.toMatch(/;\s*Secure/i);
  });

  it('answers a wrong password and an unknown account alike, and records the failure in the platform audit log', async () => {
    await t.createUser('bert@test.example');
    const wrong = await t.gqlAs(null, SIGN_IN, { e: 'bert@test.example', p: 'not the password at all' });
    const unknown = await t.gqlAs(null, SIGN_IN, { e: 'nobody@test.example', p: 'not the password at all' });
    for (const body of [wrong, unknown]) {
      expect(body.errors?.[0]).toMatchObject({
        // No Accept-Language and nobody signed in: German, the default.
        message: 'E-Mail-Adresse oder Passwort ist falsch',
        extensions: { code: 'UNAUTHENTICATED', messageKey: 'auth.wrongPassword' },
      });
    }
    const events = await t.dataSource.query(
      `SELECT payload FROM audit_events WHERE chain_key = 'platform' AND action = 'auth.sign_in_failed'`,
    );
    expect(events.map((e: { payload: { email: string } }) => e.payload.email)).toEqual(
      expect.arrayContaining(['bert@test.example', 'nobody@test.example']),
    );
  });

  it('slows down failed sign-ins per account and address, with the same answer for unknown accounts', async () => {
    await t.createUser('carla@test.example');
    for (const email of ['carla@test.example', 'ghost@test.example']) {
      for (let i = 0; i < 3; i += 1) await t.gqlAs(null, SIGN_IN, { e: email, p: 'wrong password, again' });
      const blocked = await t.gqlAs(null, SIGN_IN, { e: email, p: TEST_PASSWORD });
      expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect(blocked.errors?.[0].message).toMatch(
        /^Zu viele fehlgeschlagene Anmeldungen für dieses Konto von dieser Adresse: Versuchen Sie es in \d+ Sekunden? erneut/,
      );
    }
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const cookie = await t.createUser('dora@test.example');
    expect((await t.gqlAs(cookie, `mutation { signOut }`)).data).toEqual({ signOut: true });
    expect((await t.gqlAs(cookie, ME)).data?.me).toBeNull();
    expect((await t.gqlAs(cookie, `{ organisations { totalCount } }`)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changes the password with the current one and ends every other session', async () => {
    const here = await t.createUser('emil@test.example');
    const elsewhere = await t.signIn('emil@test.example');
    const wrong = await t.gqlAs(
      here,
      `mutation { changePassword(currentPassword: "nope", newPassword: "a brand new password") }`,
    );
    expect(wrong.errors?.[0].extensions?.fields).toEqual({ currentPassword: ['currentPassword ist falsch'] });
    const short = await t.gqlAs(
      here,
      `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "short") }`,
      { c: TEST_PASSWORD },
    );
    expect(short.errors?.[0].message).toContain('newPassword muss mindestens 12 Zeichen lang sein');
    const ok = await t.gqlAs(
      here,
      `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a brand new password") }`,
      { c: TEST_PASSWORD },
    );
    expect(ok.data).toEqual({ changePassword: true });
    expect((await t.gqlAs(here, ME)).data?.me).toMatchObject({ email: 'emil@test.example' });
    expect((await t.gqlAs(elsewhere, ME)).data?.me).toBeNull();
    await expect(t.signIn('emil@test.example', 'a brand new password')).resolves.toMatch(/^allmende_session=/);
  });

  it('resets a forgotten password by mail: single use, and the same answer for unknown addresses', async () => {
    const old = await t.createUser('frida@test.example');
    for (const email of ['frida@test.example', 'nobody-here@test.example']) {
      expect(
        (await t.gqlAs(null, `mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: email })).data,
      ).toEqual({ requestPasswordReset: true });
    }
    const token = await resetLinkTo(t, 'frida@test.example');
    expect(await lastMailTo(t, 'nobody-here@test.example')).toBe('');
    const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { email } }`;
    const reset = await t.gqlAs(null, RESET, { t: token, p: 'fridas new password' });
    expect(reset.data?.resetPassword).toEqual({ email: 'frida@test.example' });
    expect((await t.gqlAs(old, ME)).data?.me).toBeNull();
    const again = await t.gqlAs(null, RESET, { t: token, p: 'another new password' });
    expect(again.errors?.[0].extensions?.fields?.token?.[0]).toContain('unbekannt, schon benutzt oder abgelaufen');
    await expect(t.signIn('frida@test.example', 'fridas new password')).resolves.toMatch(/^allmende_session=/);
  });

  it('refuses an expired reset link', async () => {
    await t.createUser('gero@test.example');
    await t.gqlAs(null, `mutation { requestPasswordReset(email: "gero@test.example") }`);
    const token = await resetLinkTo(t, 'gero@test.example');
    await t.dataSource.query(`UPDATE password_resets SET expires_at = now() - interval '1 minute'`);
    const body = await t.gqlAs(
      null,
      `mutation($t: String!) { resetPassword(token: $t, password: "too late for this one") { email } }`,
      { t: token },
    );
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the account settings: name and language', async () => {
    const cookie = await t.createUser('hanna@test.example');
    const body = await t.gqlAs(
      cookie,
      `mutation { updateAccount(input: { displayName: "Hanna H.", preferredLanguage: EN }) { displayName preferredLanguage } }`,
    );
    expect(body.data?.updateAccount).toEqual({ displayName: 'Hanna H.', preferredLanguage: 'EN' });
  });

  it('needs a JSON body or a preflight header: a simple cross-site form post is refused (CSRF)', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: ME }));
    expect(response.status).toBe(400);
    expect(response.text).toContain('CSRF');
  });

  it('refuses queries nested too deep or asking for too much, before running them', async () => {
    const deep = `{ partnerships { nodes ${'{ members { partnership '.repeat(6)}{ name }${' } }'.repeat(6)} } }`;
    const tooDeep = await t.gqlAs(null, deep);
    // Without Accept-Language and signed out: German, the default.
    expect(tooDeep.errors?.[0].message).toMatch(/Die Abfrage ist 15 Ebenen tief, erlaubt sind höchstens 10 Ebenen/);
    const wide = `{ ${Array.from({ length: 1100 }, (_, i) => `a${i}: me { email }`).join(' ')} }`;
    const tooWide = await t.gqlAs(null, wide);
    expect(tooWide.errors?.[0].message).toMatch(/zu umfangreich: \d+ Felder, erlaubt sind höchstens 1000/);
  });

  it('sends security headers', async () => {
    const response = await request(t.app.getHttpServer()).get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
