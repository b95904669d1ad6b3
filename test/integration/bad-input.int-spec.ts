import request from 'supertest';
import { createTestApp, TestApp } from './support/test-app';

describe('bad input never becomes a server error', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (body: string) =>
    request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send(body);

  it('refuses a NUL byte in the anonymous signIn email with BAD_USER_INPUT naming the field', async () => {
    const body = await t.gql('mutation($e: String!) { signIn(email: $e, password: "x") { id } }', {
      e: 'a\u0000@example.org',
    });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors?.[0].message).toMatch(/email must not contain NUL characters or unpaired surrogates/);
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
    expect(body.errors?.[0].message).toMatch(/receivedOn.*not a valid LocalDate/);
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
  });

  it('answers a 2 MB body with 413 and a readable message', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(2_000_000) } }));
    expect(response.status).toBe(413);
    expect(JSON.stringify(response.body)).toMatch(/too large: at most 1mb/);
  });
});
