import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../server/src/common/database/embedded-postgres';
import { withCluster } from './support/cluster-sql';
import {
  cleanUp,
  exitWithin,
  health,
  processesUsing,
  ServerProcess,
  startServer,
  waitUntilGone,
  waitUntilReady,
} from './support/server-process';

/** Who is connected to the app's database, besides the asking connection, and who owns its tables and functions. */
async function whoIsWho(db: Client) {
  const sessions = await db.query(
    `SELECT DISTINCT usename FROM pg_stat_activity
     WHERE datname = 'allmende' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
  );
  const roles = await db.query(
    `SELECT rolname, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles
     WHERE rolname IN ('allmende_owner', 'allmende_app') ORDER BY rolname`,
  );
  const owners = await db.query(
    `SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class
     WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v', 'S')
     UNION SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'allmende'`,
  );
  return {
    sessions: sessions.rows.map((row) => row.usename),
    roles: roles.rows,
    owners: owners.rows.map((row) => row.owner),
  };
}

const leastPrivilege = {
  sessions: ['allmende_app'],
  roles: [
    { rolname: 'allmende_app', rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false },
    { rolname: 'allmende_owner', rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false },
  ],
  owners: ['allmende_owner'],
};

// One data folder through the story: a first `npm start`, then the same data as an earlier version left it.
describe('the embedded default runs the app as a role that owns nothing', () => {
  let dataDir: string;
  const started: number[] = [];

  /** SIGTERM, then wait until its PostgreSQL is gone too (`npm start`'s server follows npm within a second). */
  const stop = async (server: ServerProcess) => {
    server.child.kill('SIGTERM');
    expect(await exitWithin(server)).not.toBe('still running');
    expect(await waitUntilGone(processesUsing(dataDir))).toEqual([]);
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'allmende-faults-'));
  });
  afterAll(() => cleanUp(dataDir, started));

  it('connects `npm start`’s app as allmende_app, neither superuser nor owner; allmende_owner owns the schema', async () => {
    const npm = await startServer(dataDir, { via: 'npm' });
    started.push(npm.pid);
    await waitUntilReady(npm);
    expect(await withCluster(dataDir, whoIsWho)).toEqual(leastPrivilege);
    expect(npm.output()).not.toContain('append-only triggers');
    await stop(npm);
  });

  it('takes over, at the next start, a database an earlier version migrated and ran as the superuser', async () => {
    // The data as a version before the two roles left it: everything the superuser's, no allmende_* roles.
    const earlier = await startEmbeddedPostgres({ dataDir, database: 'allmende', persistent: true });
    try {
      await withCluster(dataDir, async (db) => {
        await db.query('REASSIGN OWNED BY allmende_owner, allmende_app TO postgres');
        // One role at a time: the owner's default privileges name the app role.
        await db.query('DROP OWNED BY allmende_app');
        await db.query('DROP OWNED BY allmende_owner');
        await db.query('DROP ROLE allmende_owner, allmende_app');
        expect((await whoIsWho(db)).owners).toEqual(['postgres']);
      });
    } finally {
      await earlier.stop();
    }

    const server = await startServer(dataDir);
    started.push(server.pid);
    await waitUntilReady(server);
    expect(await withCluster(dataDir, whoIsWho)).toEqual(leastPrivilege);
    // Ready means the app role may write (`/health` runs an UPDATE).
    expect((await health(server.port)).status).toBe(200);
    await stop(server);
  });
});
