import { Client } from 'pg';
import request from 'supertest';
import { withDatabase } from './support/database-url';
import { createTestApp, TestApp } from './support/test-app';

/** Every connection to the test database ends; the app's pool opens new ones, which take the database's settings. */
async function onServer(t: TestApp, sql: string): Promise<void> {
  const database = new URL(t.databaseUrl).pathname.slice(1);
  // The server's administrator: the app's own role may neither change the database nor end others' connections.
  const admin = new Client({ connectionString: withDatabase(process.env.ALLMENDE_TEST_SERVER_URL!, 'postgres') });
  await admin.connect();
  try {
    await admin.query(sql.replace('$database', `"${database}"`));
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
  } finally {
    await admin.end();
  }
}

async function healthUntil(t: TestApp, databaseStatus: string) {
  let response = await request(t.app.getHttpServer()).get('/health');
  for (let i = 0; i < 50 && response.body.database?.status !== databaseStatus; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    response = await request(t.app.getHttpServer()).get('/health');
  }
  return response;
}

describe('GET /health on a database that answers but refuses writes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is not ready while the database is read-only, and ready again once it is writable', async () => {
    await onServer(t, 'ALTER DATABASE $database SET default_transaction_read_only = on');
    const readOnly = await healthUntil(t, 'read-only');
    expect(readOnly.status).toBe(503);
    expect(readOnly.body).toMatchObject({
      status: 'error',
      database: { status: 'read-only', error: expect.stringContaining('read-only transaction') },
    });

    await onServer(t, 'ALTER DATABASE $database RESET default_transaction_read_only');
    const writable = await healthUntil(t, 'up');
    expect(writable.status).toBe(200);
    expect(writable.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });
});
