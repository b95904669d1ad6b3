import request from 'supertest';
import { createTestApp, TEST_PASSWORD, TestApp } from './support/test-app';

/*
 * docs/security.md, "No lock-out by strangers". Before, ten wrong passwords from any address locked the owner out
 * everywhere for 15 minutes, successful sign-ins counted too, and the people behind one municipal NAT shared one
 * per-address bucket. Now failures alone count, per account and address, with a growing wait; the cap per address
 * counts failures only. The local proxy is trusted (TRUST_PROXY=loopback), so X-Forwarded-For names the address.
 */
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }`;
const ADDRESS_A = '203.0.113.7';
const ADDRESS_B = '198.51.100.9';

interface Answer {
  data?: { signIn: { email: string } } | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

describe('trust: no lock-out by strangers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT_PER_ACCOUNT: '5', AUTH_RATE_LIMIT_PER_ADDRESS: '12' });
  });
  afterAll(() => t.close());

  const signIn = async (address: string, email: string, password: string): Promise<Answer> =>
    (
      await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', address)
        .send({ query: SIGN_IN, variables: { e: email, p: password } })
    ).body;

  it('lets the owner sign in from another address after ten wrong passwords from a stranger’s', async () => {
    await t.createUser('owner@trust.example');
    for (let i = 0; i < 10; i += 1) await signIn(ADDRESS_A, 'owner@trust.example', `guess number ${i}`);
    expect((await signIn(ADDRESS_B, 'owner@trust.example', TEST_PASSWORD)).data?.signIn).toEqual({
      email: 'owner@trust.example',
    });

    // The stranger's own address waits, with a clear answer saying how long, and the refusal is in the audit log.
    const refused = await signIn(ADDRESS_A, 'owner@trust.example', 'yet another guess');
    expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0].message).toMatch(
      /^Zu viele fehlgeschlagene Anmeldungen für dieses Konto von dieser Adresse: Versuchen Sie es in \d+ (Sekunden?|Minuten?) erneut/,
    );
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const events = await t.dataSource.query(
      `SELECT payload FROM audit_events WHERE chain_key = 'platform' AND action = 'auth.sign_in_refused'`,
    );
    expect(events).toContainEqual({
      payload: expect.objectContaining({
        email: 'owner@trust.example',
        address: ADDRESS_A,
        scope: 'account-and-address',
      }),
    });
  });

  it('never counts successful sign-ins: many people behind one address sign in as often as they like', async () => {
    const people = ['nat-1@trust.example', 'nat-2@trust.example', 'nat-3@trust.example'];
    for (const email of people) await t.createUser(email);
    // Far more sign-ins from one address than its cap of 12 and the account's 5 free failures.
    for (let round = 0; round < 8; round += 1) {
      for (const email of people)
        expect((await signIn('192.0.2.50', email, TEST_PASSWORD)).data?.signIn).toEqual({ email });
    }
  });

  it('makes each further failure wait longer, and a success clears the count', async () => {
    await t.createUser('typo@trust.example');
    for (let i = 0; i < 5; i += 1)
      expect((await signIn(ADDRESS_B, 'typo@trust.example', 'wrong')).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    const first = await signIn(ADDRESS_B, 'typo@trust.example', TEST_PASSWORD);
    expect(first.errors?.[0].message).toMatch(/Versuchen Sie es in 1[45] Sekunden erneut/);
    // The wait is over (moved into the past rather than waited for); the next failure doubles it.
    await t.dataSource.query(`UPDATE sign_in_limits SET expire = 0 WHERE key LIKE 'gate:%'`);
    expect((await signIn(ADDRESS_B, 'typo@trust.example', 'still wrong')).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await signIn(ADDRESS_B, 'typo@trust.example', TEST_PASSWORD)).errors?.[0].message).toMatch(
      /Versuchen Sie es in (29|30) Sekunden erneut/,
    );
    await t.dataSource.query(`UPDATE sign_in_limits SET expire = 0 WHERE key LIKE 'gate:%'`);
    expect((await signIn(ADDRESS_B, 'typo@trust.example', TEST_PASSWORD)).data?.signIn).toEqual({
      email: 'typo@trust.example',
    });
    // Counting starts afresh after the success.
    expect((await signIn(ADDRESS_B, 'typo@trust.example', 'wrong once more')).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await signIn(ADDRESS_B, 'typo@trust.example', TEST_PASSWORD)).data?.signIn).toEqual({
      email: 'typo@trust.example',
    });
  });

  it('caps failures from one address across accounts (credential stuffing), without touching other addresses', async () => {
    await t.createUser('victim@trust.example');
    for (let i = 0; i < 12; i += 1) await signIn('192.0.2.99', `stuffed-${i}@trust.example`, 'leaked password');
    const refused = await signIn('192.0.2.99', 'victim@trust.example', TEST_PASSWORD);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'TOO_MANY_REQUESTS' },
      message: expect.stringMatching(
        /^Zu viele fehlgeschlagene Anmeldungen von dieser Adresse: Versuchen Sie es in \d+ Minuten? erneut/,
      ),
    });
    expect((await signIn(ADDRESS_B, 'victim@trust.example', TEST_PASSWORD)).data?.signIn).toEqual({
      email: 'victim@trust.example',
    });
  });
});
