import { Client } from 'pg';
import request from 'supertest';
import { createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TEST_PASSWORD, TestApp } from './support/test-app';

/*
 * docs/security.md, "The audit log covers security events". Before, only failed sign-ins were recorded; successful
 * and refused sign-ins, sign-out, password resets and changes, organisations and comments left no trace, and asking
 * for a password reset did the account's work (token, mail) before answering, so the answer came later when the
 * account existed.
 */
const RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;

type Event = {
  action: string;
  actor_user_id: string | null;
  subject_id: string | null;
  payload: Record<string, unknown>;
};

describe('trust: the audit log covers security events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const platformEvents = async (since: number): Promise<Event[]> =>
    t.dataSource.query(
      `SELECT action, actor_user_id, subject_id, payload FROM audit_events WHERE chain_key = 'platform' AND sequence > $1 ORDER BY sequence`,
      [since],
    );
  const lastPlatformSequence = async (): Promise<number> =>
    (
      await t.dataSource.query(
        `SELECT coalesce(max(sequence), 0)::int AS n FROM audit_events WHERE chain_key = 'platform'`,
      )
    )[0].n;
  const userId = async (email: string): Promise<string> =>
    (await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]))[0].id;
  const waitForMail = async (email: string): Promise<string> => {
    for (let i = 0; i < 100; i += 1) {
      const [mail] = await t.dataSource.query(
        `SELECT body FROM outbox_mails WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`,
        [email],
      );
      if (mail) return mail.body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no mail to ${email}`);
  };

  it('records sign-in (refused, failed and successful), sign-out and a password change in the platform log', async () => {
    await t.createUser('audit@trust.example');
    const since = await lastPlatformSequence();
    await t.gqlAs(null, `mutation { signIn(email: "audit@trust.example", password: "not the password") { id } }`);
    const cookie = await t.signIn('audit@trust.example');
    await t.gqlAs(
      cookie,
      `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a changed password here") }`,
      { c: TEST_PASSWORD },
    );
    await t.gqlAs(cookie, `mutation { signOut }`);
    const id = await userId('audit@trust.example');
    const events = await platformEvents(since);
    expect(events.map((e) => e.action)).toEqual([
      'auth.sign_in_failed',
      'auth.signed_in',
      'auth.password_changed',
      'auth.signed_out',
    ]);
    expect(events[1]).toMatchObject({ actor_user_id: id, subject_id: id, payload: { method: 'password' } });
    expect(events.slice(2).every((e) => e.actor_user_id === id)).toBe(true);
  });

  it('records a reset requested and used, and asks for it with the same statements whether or not the account exists', async () => {
    await t.createUser('vergessen@trust.example');
    const since = await lastPlatformSequence();
    // Another connection holds the users table: an answer that needed the account would wait for it.
    const blocker = new Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    let answers: unknown[];
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
      const ask = (email: string) =>
        request(t.app.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .send({ query: RESET, variables: { e: email } });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the answer waited for the account')), 15_000);
      });
      const both = await Promise.race([
        Promise.all([ask('vergessen@trust.example'), ask('niemand@trust.example')]),
        timeout,
      ]).finally(() => clearTimeout(timer));
      answers = both.map((response) => response.body);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    expect(answers).toEqual([{ data: { requestPasswordReset: true } }, { data: { requestPasswordReset: true } }]);
    // Both requests wrote the same: one event each, naming no account.
    const requested = (await platformEvents(since)).filter((e) => e.action === 'auth.password_reset_requested');
    expect(requested.map((e) => [e.actor_user_id, e.subject_id, Object.keys(e.payload).sort()])).toEqual([
      [null, null, ['address', 'email']],
      [null, null, ['address', 'email']],
    ]);
    expect(requested.map((e) => e.payload.email).sort()).toEqual(['niemand@trust.example', 'vergessen@trust.example']);

    // The link reaches the account after the answer; nobody else gets a mail.
    const token = /passwort-zuruecksetzen\/([\w-]+)/.exec(await waitForMail('vergessen@trust.example'))![1];
    expect(await t.dataSource.query(`SELECT 1 FROM outbox_mails WHERE recipient = 'niemand@trust.example'`)).toEqual(
      [],
    );
    const reset = await t.gqlAs(
      null,
      `mutation($t: String!) { resetPassword(token: $t, password: "my recovered password") { email } }`,
      { t: token },
    );
    expect(reset.data).toEqual({ resetPassword: { email: 'vergessen@trust.example' } });
    const id = await userId('vergessen@trust.example');
    const after = (await platformEvents(since)).filter((e) => e.action !== 'auth.password_reset_requested');
    expect(after).toEqual([
      expect.objectContaining({ action: 'auth.password_reset', actor_user_id: id }),
      expect.objectContaining({
        action: 'auth.signed_in',
        actor_user_id: id,
        payload: expect.objectContaining({ method: 'password_reset' }),
      }),
    ]);
  });

  it('records organisations created and changed (platform log) and comments (the partnership’s log)', async () => {
    const since = await lastPlatformSequence();
    const org = await createOrganisation(t, { name: 'Gemeinde Protokoll' });
    await t.gql(`mutation($id: ID!) { updateOrganisation(id: $id, input: { population: 4242 }) { id } }`, {
      id: org.id,
    });
    const events = (await platformEvents(since)).filter((e) => e.action.startsWith('organisation.'));
    expect(events).toEqual([
      expect.objectContaining({
        action: 'organisation.created',
        subject_id: org.id,
        payload: expect.objectContaining({ name: 'Gemeinde Protokoll' }),
      }),
      expect.objectContaining({
        action: 'organisation.changed',
        subject_id: org.id,
        payload: { before: { population: expect.any(Number) }, after: { population: 4242 } },
      }),
    ]);

    const partnership = await createPartnership(t);
    const cm = await t.createUser('kommentar@trust.example', {
      roles: [{ partnershipId: partnership.id, role: 'COMMUNITY_MANAGER' }],
    });
    const submitted = await t.gqlAs<{ submitFeatureRequest: { id: string } }>(
      cm,
      `mutation($input: SubmitFeatureRequestInput!) { submitFeatureRequest(input: $input) { id } }`,
      {
        input: {
          partnershipId: partnership.id,
          title: 'Protokollierte Kommentare',
          description: '',
          kind: 'FEATURE',
          target: 'CORE',
          fundingRoute: 'ALL_MEMBERS',
        },
      },
    );
    const requestId = submitted.data!.submitFeatureRequest.id;
    const comment = await t.gqlAs<{ addRequestComment: { id: string } }>(
      cm,
      `mutation($input: AddRequestCommentInput!) { addRequestComment(input: $input) { id } }`,
      {
        input: { requestId, body: 'Bitte auch für Ortsteile.' },
      },
    );
    const [event] = await t.dataSource.query(
      `SELECT actor_user_id, subject_id, payload FROM audit_events WHERE chain_key = $1 AND action = 'request.commented'`,
      [partnership.id],
    );
    expect(event).toMatchObject({
      actor_user_id: await userId('kommentar@trust.example'),
      subject_id: requestId,
      payload: { commentId: comment.data!.addRequestComment.id, bodySha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const status = await t.gql<{ partnership: { auditChainStatus: { valid: boolean } } }>(
      `query($slug: String!) { partnership(slug: $slug) { auditChainStatus { valid } } }`,
      { slug: partnership.slug },
    );
    expect(status.data?.partnership.auditChainStatus.valid).toBe(true);
  });
});
