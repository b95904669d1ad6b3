import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { newRolePassword, provisionRoles } from '../../../server/src/common/database/database-roles';
import { startEmbeddedPostgres } from '../../../server/src/common/database/embedded-postgres';
import { migrate } from '../../../server/src/migrate';
import { TEMPLATE_DATABASE, TEST_ROLES, withDatabase } from './database-url';

/**
 * Starts one real PostgreSQL for the run (TEST_DATABASE_URL when set, else an embedded one in a temporary
 * folder), creates the owner and app roles as `npm start` does, and migrates a template database as the owner;
 * each test file clones the template and runs its app as the app role, so every test also proves the app
 * role's rights suffice.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'allmende-test-'));
    const database = await startEmbeddedPostgres({ dataDir, database: 'postgres', persistent: false });
    (globalThis as { __ALLMENDE_DB__?: typeof database }).__ALLMENDE_DB__ = database;
    serverUrl = database.url;
  }
  process.env.ALLMENDE_TEST_SERVER_URL = serverUrl;

  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const roles = await provisionRoles(serverUrl, TEMPLATE_DATABASE, {
    ...TEST_ROLES,
    ownerPassword: newRolePassword(),
    appPassword: newRolePassword(),
  });
  process.env.ALLMENDE_TEST_OWNER_URL = roles.ownerUrl;
  process.env.ALLMENDE_TEST_APP_URL = roles.appUrl;
  await migrate({ url: roles.appUrl, migrationUrl: roles.ownerUrl });
}
