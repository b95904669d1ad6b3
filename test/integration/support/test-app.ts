import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../../server/src/bootstrap';
import { hashPassword } from '../../../server/src/auth/passwords';
import { loadConfig } from '../../../server/src/common/config/config';
import { TEMPLATE_DATABASE, TEST_ROLES, withDatabase } from './database-url';

export interface TestApp {
  app: INestApplication;
  /** The app's own connection, as its role (which owns nothing and may only read and write rows). */
  dataSource: DataSource;
  /**
   * The same database as the schema's owner, the role migrations run as: for what only an operator may do
   * (rename a table, switch a trigger off). Connected on first use.
   */
  owner(): Promise<DataSource>;
  /** POSTs a GraphQL operation as the platform admin (signed in at start) and returns the parsed body. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody<T>>;
  /** The test database as the app's role, e.g. for a second app instance on it. */
  databaseUrl: string;
  /** The same as a given session cookie, or signed out (null). */
  gqlAs<T = Record<string, unknown>>(
    cookie: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLBody<T>>;
  /** An operation that must succeed, as gqlAs: returns its data; any error fails the test, naming the operation and the errors. */
  ok<T = Record<string, unknown>>(
    cookie: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  /** Creates a person (platform admin or not) with the test password and returns its session cookie. */
  createUser(
    email: string,
    options?: { platformAdmin?: boolean; roles?: { partnershipId: string; role: string; organisationId?: string }[] },
  ): Promise<string>;
  /** Signs in and returns the session cookie. */
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: Record<string, string[]> } & Record<string, unknown>;
  }[];
}

/** Boots the real app on a fresh database cloned from the migrated template: one per test file. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const serverUrl = process.env.ALLMENDE_TEST_SERVER_URL;
  const ownerUrl = process.env.ALLMENDE_TEST_OWNER_URL;
  const appUrl = process.env.ALLMENDE_TEST_APP_URL;
  if (!serverUrl || !ownerUrl || !appUrl)
    throw new Error('ALLMENDE_TEST_SERVER_URL is not set: run the integration tests through jest (npm test)');
  const database = `allmende_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    // Owned by the owner role, as the template (and `npm start`'s database) is.
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE} OWNER ${TEST_ROLES.owner}`);
  } finally {
    await admin.end();
  }
  // Each app its own ballot key, given rather than written to a file.
  const ballotKey = randomBytes(32).toString('base64');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', BALLOT_KEY: ballotKey, ...env });
  const app = await createApp(config, withDatabase(appUrl, database));
  const server = app.getHttpServer();
  const dataSource = app.get(DataSource);
  const passwordHash = await hashPassword(TEST_PASSWORD);

  const gqlAs: TestApp['gqlAs'] = async (cookie, query, variables) => {
    const call = request(server).post('/graphql').set('content-type', 'application/json');
    if (cookie) call.set('cookie', cookie);
    return (await call.send({ query, variables })).body;
  };
  async function ok<T>(cookie: string | null, query: string, variables?: Record<string, unknown>): Promise<T> {
    const body = await gqlAs<T>(cookie, query, variables);
    if (!body.data || body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
  const signIn = async (email: string, password = TEST_PASSWORD) => {
    const response = await request(server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: email, p: password },
      });
    const cookie = [response.headers['set-cookie'] ?? []].flat().find((c: string) => c.startsWith('allmende_session='));
    if (!cookie) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(response.body.errors)}`);
    return cookie.split(';')[0];
  };
  const createUser: TestApp['createUser'] = async (email, options = {}) => {
    const [user] = await dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4) RETURNING id`,
      [email, email.split('@')[0], passwordHash, options.platformAdmin ?? false],
    );
    for (const role of options.roles ?? []) {
      await dataSource.query(
        `INSERT INTO partnership_roles (partnership_id, user_id, role, organisation_id) VALUES ($1, $2, $3, $4)`,
        [role.partnershipId, user.id, role.role, role.organisationId ?? null],
      );
    }
    return signIn(email);
  };
  const adminCookie = await createUser(`admin-${database}@test.example`, { platformAdmin: true });
  let owner: Promise<DataSource> | undefined;

  return {
    app,
    dataSource,
    databaseUrl: withDatabase(appUrl, database),
    owner: () =>
      (owner ??= new DataSource({
        type: 'postgres',
        url: withDatabase(ownerUrl, database),
        extra: { max: 2 },
      }).initialize()),
    gql: (query, variables) => gqlAs(adminCookie, query, variables),
    gqlAs,
    ok,
    createUser,
    signIn,
    close: async () => {
      await app.close();
      if (owner) await (await owner).destroy();
      const cleanup = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
