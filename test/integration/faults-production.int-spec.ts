import { Logger } from '@nestjs/common';
import { createTestApp, TestApp } from './support/test-app';

const leaksInternals = (body: unknown) =>
  /stacktrace|node_modules|\/server\/|\.ts:\d+|\.js:\d+|\n\s+at /.test(JSON.stringify(body));

// NODE_ENV left unset, as `npm start` and the container run it: production is the default.
describe('errors and the schema with the default NODE_ENV', () => {
  let t: TestApp;
  let loggedErrors: jest.SpyInstance;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: '' });
    loggedErrors = jest.spyOn(Logger.prototype, 'error');
  });
  afterAll(async () => {
    loggedErrors.mockRestore();
    await t.close();
  });
  beforeEach(() => loggedErrors.mockClear());

  it('answers an unexpected failure without message, stack trace or file path, and logs it', async () => {
    await (await t.owner()).query('ALTER TABLE partnerships RENAME TO partnerships_gone');
    try {
      const body = await t.gql('{ partnerships { totalCount } }');
      expect(body.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(leaksInternals(body)).toBe(false);
      expect(loggedErrors).toHaveBeenCalled();
    } finally {
      await (await t.owner()).query('ALTER TABLE partnerships_gone RENAME TO partnerships');
    }
  });

  it('answers a malformed query without stack trace or file path', async () => {
    const body = await t.gql('{ partnerships { totalCount } partnershipz }');
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(leaksInternals(body)).toBe(false);
  });

  it('refuses introspection', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
      const body = await t.gqlAs(null, query);
      expect(body.data ?? undefined).toBeUndefined();
      expect(body.errors?.[0].message).toMatch(/introspection is not allowed/i);
    }
  });

  it('suggests no field, argument or input field names in its errors', async () => {
    const typo = await t.gqlAs(null, '{ partnershipz { id } }');
    expect(typo.errors?.[0].message).toBe('Cannot query field "partnershipz" on type "Query".');
    const input = await t.gql(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      {
        input: { name: 'Gemeinde Tippfehler', kind: 'MUNICIPALITY', populaton: 1200 },
      },
    );
    expect(input.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(input.errors?.[0].message).toMatch(/Field "populaton" is not defined by type "CreateOrganisationInput"\.$/);
    expect(JSON.stringify([typo, input])).not.toContain('Did you mean');
  });

  it('does not log refused requests (not signed in, not found, bad input) as errors', async () => {
    const signedOut = await t.gqlAs(
      null,
      'mutation { createOrganisation(input: { name: "Gemeinde X", kind: MUNICIPALITY }) { id } }',
    );
    expect(signedOut.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await t.gql('{ partnership(slug: "gibt-es-nicht") { id } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const invalid = await t.gql(
      'mutation { createOrganisation(input: { name: "Gemeinde Y", kind: MUNICIPALITY, population: -5 }) { id } }',
    );
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(loggedErrors).not.toHaveBeenCalled();
  });
});

describe('introspection where it is asked for', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ GRAPHQL_INTROSPECTION: 'true' });
  });
  afterAll(() => t.close());

  it('answers introspection and suggests names with GRAPHQL_INTROSPECTION=true', async () => {
    const schema = await t.gqlAs<{ __type: { name: string } }>(null, '{ __type(name: "Query") { name } }');
    expect(schema.data?.__type.name).toBe('Query');
    const typo = await t.gqlAs(null, '{ partnershipz { id } }');
    expect(typo.errors?.[0].message).toContain('Did you mean');
  });
});
