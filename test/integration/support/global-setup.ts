import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../server/src/data-source-options';
import { startEmbeddedPostgres } from '../../../server/src/common/database/embedded-postgres';
import { TEMPLATE_DATABASE, withDatabase } from './database-url';

/**
 * Starts one real PostgreSQL for the run (TEST_DATABASE_URL when set, else an embedded one in a
 * temporary folder) and migrates a template database; each test file clones the template.
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
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const dataSource = new DataSource(dataSourceOptions(withDatabase(serverUrl, TEMPLATE_DATABASE)));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
