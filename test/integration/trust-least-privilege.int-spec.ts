import { Client } from 'pg';
import request from 'supertest';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { chain } from '../../server/src/audit/audit-chain';
import { APPEND_ONLY_TABLES, asRole, ensureAppRole, roleRisk } from '../../server/src/common/database/database-roles';
import { TEST_ROLES, withDatabase } from './support/database-url';
import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { migrate } from '../../server/src/migrate';
import { createTestApp, TestApp } from './support/test-app';
import { votingPartnership } from './support/votes-setup';

const HEAD = `query($slug: String!) { partnership(slug: $slug) { id auditCheckpoint { sequence hash takenAt } auditChainStatus { valid length } } }`;
const CHECK = `query($p: ID!, $s: Int!, $h: String!) { auditCheckpointCheck(partnershipId: $p, sequence: $s, hash: $h) { status sequence newestSequence } }`;

interface Head {
  partnership: {
    id: string;
    auditCheckpoint: { sequence: number; hash: string; takenAt: string } | null;
    auditChainStatus: { valid: boolean; length: number };
  };
}
interface Check {
  auditCheckpointCheck: { status: string; sequence: number; newestSequence: number };
}

let t: TestApp;
/** What an attacker holding the app's credentials has: the very URL the app's pool connects with, and plain pg. */
let attacker: Client;
/** The server's superuser on the test database: an operator, who can do anything. */
let operator: Client;

beforeAll(async () => {
  t = await createTestApp();
  attacker = new Client({ connectionString: (t.dataSource.options as PostgresConnectionOptions).url });
  await attacker.connect();
  operator = new Client({
    connectionString: withDatabase(process.env.ALLMENDE_TEST_SERVER_URL!, new URL(t.databaseUrl).pathname.slice(1)),
  });
  await operator.connect();
});
afterAll(async () => {
  await attacker.end();
  await operator.end();
  await t.close();
});

async function partnershipWithHistory() {
  const partnership = await createPartnership(t);
  for (let i = 0; i < 2; i++) await addMember(t, partnership.id, (await createOrganisation(t)).id);
  return partnership;
}

const chainOf = async (partnershipId: string) =>
  (
    await attacker.query(`SELECT count(*)::int AS n, max(sequence) AS newest FROM audit_events WHERE chain_key = $1`, [
      partnershipId,
    ])
  ).rows[0] as { n: number; newest: number };

/** The partnership's chain head and status, read by the platform admin. */
async function headOf(slug: string): Promise<Head['partnership']> {
  const body = await t.gql<Head>(HEAD, { slug });
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.partnership;
}

/** Runs the statements in one transaction, as an attacker would to slip an unbalanced entry past a check. */
async function inTransaction(client: Client, statements: [string, unknown[]?][]): Promise<void> {
  await client.query('BEGIN');
  try {
    for (const [sql, parameters] of statements) await client.query(sql, parameters);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

describe('the app’s database role (an attacker with its credentials)', () => {
  it('is no superuser, owns nothing, belongs to no role and may create nothing: the app’s own pool runs as it', async () => {
    expect(await t.dataSource.query('SELECT current_user AS name')).toEqual([{ name: TEST_ROLES.app }]);
    const { rows } = await attacker.query(
      `SELECT current_user AS name, r.rolsuper, r.rolcreatedb, r.rolcreaterole, r.rolbypassrls, r.rolreplication,
              (SELECT count(*)::int FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
                 AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owned,
              (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS memberships,
              has_schema_privilege('public', 'CREATE') AS may_create,
              has_database_privilege(current_database(), 'CREATE') AS may_create_schemas
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows).toEqual([
      {
        name: TEST_ROLES.app,
        rolsuper: false,
        rolcreatedb: false,
        rolcreaterole: false,
        rolbypassrls: false,
        rolreplication: false,
        owned: 0,
        memberships: 0,
        may_create: false,
        may_create_schemas: false,
      },
    ]);
  });

  const attempts: [string, string, RegExp][] = [
    [
      'switch every trigger off for its session',
      'SET session_replication_role = replica',
      /permission denied to set parameter "session_replication_role"/,
    ],
    ['switch the audit log’s triggers off', 'ALTER TABLE audit_events DISABLE TRIGGER ALL', /must be owner of table/],
    ['drop the append-only trigger', 'DROP TRIGGER audit_events_append_only ON audit_events', /must be owner of/],
    [
      'delete the newest audit events',
      'DELETE FROM audit_events WHERE id IN (SELECT id FROM audit_events ORDER BY id DESC LIMIT 3)',
      /permission denied for table audit_events/,
    ],
    ['rewrite an audit event', `UPDATE audit_events SET payload = '{}'`, /permission denied for table audit_events/],
    ['truncate the audit log', 'TRUNCATE audit_events', /permission denied for table audit_events/],
    ['truncate the ledger', 'TRUNCATE ledger_entries, ledger_transactions', /permission denied for table ledger_/],
    ['delete ledger entries', 'DELETE FROM ledger_entries', /permission denied for table ledger_entries/],
    [
      'edit a ledger transaction',
      `UPDATE ledger_transactions SET description = 'x'`,
      /permission denied for table ledger_transactions/,
    ],
    [
      'create a function',
      `CREATE FUNCTION public.let_through() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
      /permission denied for schema public/,
    ],
    [
      'create a trigger',
      'CREATE TRIGGER swallow BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
      /permission denied for table audit_events/,
    ],
    ['make itself a superuser', 'ALTER ROLE CURRENT_USER SUPERUSER', /permission denied to alter role/],
    ['create a role', 'CREATE ROLE intruder SUPERUSER LOGIN', /permission denied to create role/],
    ['become the owner', `SET ROLE ${TEST_ROLES.owner}`, /permission denied to set role/],
    ['take a table over', 'ALTER TABLE audit_events OWNER TO CURRENT_USER', /must be owner of table/],
    ['rewind a sequence', `SELECT setval('audit_events_id_seq', 1)`, /permission denied for sequence/],
    ['run a program on the server', `COPY (SELECT 1) TO PROGRAM 'true'`, /permission denied to COPY/],
    [
      'mark a migration as applied',
      `INSERT INTO typeorm_migrations (timestamp, name) VALUES (1, 'Forged1')`,
      /permission denied for table typeorm_migrations/,
    ],
  ];

  it.each(attempts)('may not %s', async (_what, sql, refusal) => {
    const partnership = await partnershipWithHistory();
    const before = await chainOf(partnership.id);
    await expect(attacker.query(sql)).rejects.toThrow(refusal);
    expect(await chainOf(partnership.id)).toEqual(before);
  });

  it('may not write an unbalanced ledger entry, with the triggers off or on', async () => {
    const partnership = await createPartnership(t);
    const account = async (code: string, kind: string) =>
      (
        await attacker.query(
          `INSERT INTO finance_accounts (partnership_id, code, kind) VALUES ($1, $2, $3) RETURNING id`,
          [partnership.id, code, kind],
        )
      ).rows[0].id as string;
    const [bank, income] = [await account('BANK', 'BANK'), await account('INCOME:X', 'INCOME')];
    const unbalanced: [string, unknown[]?][] = [
      [
        `INSERT INTO ledger_transactions (id, partnership_id, kind, booked_on, description)
         VALUES ('00000000-0000-4000-8000-00000000beef', $1, 'PAYMENT', '2027-02-01', 'aus dem Nichts')`,
        [partnership.id],
      ],
      [
        `INSERT INTO ledger_entries (transaction_id, partnership_id, account_id, amount_cents, currency, booked_on)
         VALUES ('00000000-0000-4000-8000-00000000beef', $1, $2, 100000, 'EUR', '2027-02-01'),
                ('00000000-0000-4000-8000-00000000beef', $1, $3, -1, 'EUR', '2027-02-01')`,
        [partnership.id, bank, income],
      ],
    ];
    await expect(
      inTransaction(attacker, [['SET LOCAL session_replication_role = replica'], ...unbalanced]),
    ).rejects.toThrow(/permission denied to set parameter "session_replication_role"/);
    await expect(inTransaction(attacker, unbalanced)).rejects.toThrow(/does not balance/);
    const { rows } = await attacker.query(
      `SELECT count(*)::int AS n FROM ledger_entries WHERE transaction_id = '00000000-0000-4000-8000-00000000beef'`,
    );
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('may only read and append on every append-only table, and gets row rights on tables later migrations create', async () => {
    const { rows } = await attacker.query(
      `SELECT c.relname AS table,
              has_table_privilege(c.oid, 'SELECT') AS s, has_table_privilege(c.oid, 'INSERT') AS i,
              has_table_privilege(c.oid, 'UPDATE') AS u, has_table_privilege(c.oid, 'DELETE') AS d,
              has_table_privilege(c.oid, 'TRUNCATE') AS t
       FROM pg_class c WHERE c.oid IN (
         SELECT g.tgrelid FROM pg_trigger g JOIN pg_proc p ON p.oid = g.tgfoid
         WHERE NOT g.tgisinternal AND p.proname LIKE '%append_only')
       ORDER BY c.relname`,
    );
    // A migration that adds an append-only table must add it to APPEND_ONLY_TABLES too.
    expect(rows.map((row) => row.table)).toEqual([...APPEND_ONLY_TABLES].sort());
    for (const row of rows) expect(row).toEqual({ table: row.table, s: true, i: true, u: false, d: false, t: false });

    const owner = await t.owner();
    await owner.query('CREATE TABLE later_migration_table (id integer GENERATED ALWAYS AS IDENTITY, note text)');
    try {
      await attacker.query(`INSERT INTO later_migration_table (note) VALUES ('covered')`);
      expect((await attacker.query('DELETE FROM later_migration_table RETURNING note')).rows).toEqual([
        { note: 'covered' },
      ]);
      await expect(attacker.query('TRUNCATE later_migration_table')).rejects.toThrow(/permission denied/);
    } finally {
      await owner.query('DROP TABLE later_migration_table');
    }
  });
});

describe('setting the roles up for DATABASE_URL and MIGRATION_DATABASE_URL', () => {
  it('creates a missing app role, with its URL’s password, where the migrating role may; else says what to run', async () => {
    const role = 'allmende_test_created_app';
    // The server's superuser migrates here, as in docker-compose.yml.
    const superuser = { query: async (sql: string, values?: unknown[]) => (await operator.query(sql, values)).rows };
    try {
      await ensureAppRole(superuser, role, "ein Passwort mit 'Apostroph");
      const { rows } = await operator.query(
        `SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = $1`,
        [role],
      );
      expect(rows).toEqual([
        { rolcanlogin: true, rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false },
      ]);
      const login = new Client({ connectionString: asRole(t.databaseUrl, role, "ein Passwort mit 'Apostroph") });
      await login.connect();
      expect((await login.query('SELECT current_user AS name')).rows).toEqual([{ name: role }]);
      await login.end();
      // Exists now: left alone, whatever password is given.
      await ensureAppRole(superuser, role, 'anderes');
    } finally {
      await operator.query(`DROP ROLE IF EXISTS ${role}`);
    }
    await expect(ensureAppRole(await t.owner(), 'allmende_test_missing', 'x')).rejects.toThrow(
      `The role "allmende_test_missing" in DATABASE_URL does not exist, and the role in MIGRATION_DATABASE_URL may not create it`,
    );
  });

  it('finds nothing to warn about in the app’s role, and names a superuser or a table owner', async () => {
    expect(await roleRisk(t.dataSource)).toBeNull();
    expect(await roleRisk(await t.owner())).toMatch(
      /^The database role "allmende_test_owner" the app connects as owns \d+ tables: anyone holding its credentials can switch off the append-only triggers/,
    );
    const superuser = { query: async (sql: string) => (await operator.query(sql)).rows };
    expect(await roleRisk(superuser)).toMatch(/the app connects as is a superuser: /);
  });

  it('refuses to start an app whose role may not apply the pending migrations, saying what to set', async () => {
    const empty = `allmende_test_${Date.now().toString(36)}_empty`;
    await operator.query(`CREATE DATABASE ${empty} OWNER ${TEST_ROLES.owner}`);
    try {
      await expect(migrate({ url: withDatabase(process.env.ALLMENDE_TEST_APP_URL!, empty) })).rejects.toThrow(
        'The role in DATABASE_URL may not apply the pending migrations (permission denied for schema public): set MIGRATION_DATABASE_URL',
      );
    } finally {
      await operator.query(`DROP DATABASE ${empty} WITH (FORCE)`);
    }
  });
});

describe('audit checkpoints', () => {
  it('verifies a checkpoint while the log holds it, and no longer once an operator deleted the newest events', async () => {
    const partnership = await partnershipWithHistory();
    const taken = await headOf(partnership.slug);
    const checkpoint = taken.auditCheckpoint!;
    expect(checkpoint).toMatchObject({
      sequence: taken.auditChainStatus.length,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const check = (sequence = checkpoint.sequence, hash = checkpoint.hash) =>
      t.gql<Check>(CHECK, { p: partnership.id, s: sequence, h: hash });

    expect((await check()).data?.auditCheckpointCheck).toEqual({
      status: 'FOUND',
      sequence: checkpoint.sequence,
      newestSequence: checkpoint.sequence,
    });
    await addMember(t, partnership.id, (await createOrganisation(t)).id);
    const grown = (await check(checkpoint.sequence, ` ${checkpoint.hash.toUpperCase()} `)).data?.auditCheckpointCheck;
    expect(grown).toMatchObject({ status: 'FOUND' });
    expect(grown!.newestSequence).toBeGreaterThan(checkpoint.sequence);

    // The operator (with every right) cuts the log from the checkpoint's event on, triggers off.
    await inTransaction(operator, [
      ['SET LOCAL session_replication_role = replica'],
      ['DELETE FROM audit_events WHERE chain_key = $1 AND sequence >= $2', [partnership.id, checkpoint.sequence - 1]],
    ]);
    const cut = await headOf(partnership.slug);
    // What is left verifies on its own: only the kept checkpoint shows the loss.
    expect(cut.auditChainStatus).toEqual({ valid: true, length: checkpoint.sequence - 2 });
    expect((await check()).data?.auditCheckpointCheck).toEqual({
      status: 'MISSING',
      sequence: checkpoint.sequence,
      newestSequence: checkpoint.sequence - 2,
    });

    // … and writes the log on with validly chained events of its own: the checkpoint's event is another one now.
    const [last] = (
      await operator.query(
        `SELECT sequence, hash FROM audit_events WHERE chain_key = $1 ORDER BY sequence DESC LIMIT 1`,
        [partnership.id],
      )
    ).rows;
    let previous: { sequence: number; hash: string } = last;
    for (let sequence = last.sequence + 1; sequence <= checkpoint.sequence; sequence++) {
      const forged = chain(
        {
          sequence,
          partnershipId: partnership.id,
          actorUserId: null,
          action: 'partnership.changed',
          subjectType: 'Partnership',
          subjectId: partnership.id,
          payload: { note: 'nothing happened' },
          occurredAt: new Date().toISOString(),
        },
        previous,
      );
      await operator.query(
        `INSERT INTO audit_events (chain_key, partnership_id, sequence, actor_user_id, action, subject_type, subject_id, payload, occurred_at, previous_hash, hash)
         VALUES ($1::text, $1::uuid, $2, NULL, $3, $4, $1::text, $5, $6, $7, $8)`,
        [
          partnership.id,
          sequence,
          forged.action,
          forged.subjectType,
          forged.payload,
          forged.occurredAt,
          forged.previousHash,
          forged.hash,
        ],
      );
      previous = forged;
    }
    const rewritten = await headOf(partnership.slug);
    expect(rewritten.auditChainStatus).toEqual({ valid: true, length: checkpoint.sequence });
    expect((await check()).data?.auditCheckpointCheck).toMatchObject({ status: 'CHANGED' });
  });

  it('refuses a malformed checkpoint, and a partnership’s checkpoints to a stranger', async () => {
    const partnership = await partnershipWithHistory();
    const bad = await t.gql(CHECK, { p: partnership.id, s: 0, h: 'abc' });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        sequence: ['sequence muss eine ganze Zahl ab 1 sein, angegeben: 0'],
        hash: ['hash muss aus 64 Hexadezimalziffern (0-9, a-f) bestehen, wie mit dem Prüfpunkt gedruckt'],
      },
    });
    const other = await createPartnership(t);
    const stranger = await t.createUser('fremd@least-privilege.example', {
      roles: [{ partnershipId: other.id, role: 'COMMUNITY_MANAGER' }],
    });
    const refused = await t.gqlAs(stranger, CHECK, { p: partnership.id, s: 1, h: '0'.repeat(64) });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('prints the head on a ballot receipt, in session minutes, and on member and fund statements (also the CSV)', async () => {
    const vp = await votingPartnership(t, 2);
    const [{ slug }] = await t.dataSource.query('SELECT slug FROM partnerships WHERE id = $1', [vp.partnershipId]);
    const started = await t.ok<{ startWrittenProcedure: { id: string }[] }>(
      vp.cm,
      `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }`,
      {
        input: {
          committeeIds: [vp.committeeId],
          title: 'Umlauf',
          deadline: new Date(Date.now() + 48 * 3600_000).toISOString(),
        },
      },
    );
    const head = async () => (await headOf(slug)).auditCheckpoint!;
    const before = await head();
    const { castBallot } = await t.ok<{
      castBallot: { receipt: string; auditCheckpoint: { sequence: number; hash: string } };
    }>(
      vp.members[0].cookie,
      `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt auditCheckpoint { sequence hash } } }`,
      {
        input: { voteId: started.startWrittenProcedure[0].id, membershipId: vp.members[0].membershipId, choice: 'YES' },
      },
    );
    expect(castBallot.auditCheckpoint.sequence).toBeGreaterThanOrEqual(before.sequence);
    const check = (c: { sequence: number; hash: string }) =>
      t.ok<Check>(vp.members[0].cookie, CHECK, { p: vp.partnershipId, s: c.sequence, h: c.hash });
    expect((await check(castBallot.auditCheckpoint)).auditCheckpointCheck.status).toBe('FOUND');

    const planned = await t.ok<{ planSession: { id: string } }>(
      vp.cm,
      `mutation($input: PlanSessionInput!) { planSession(input: $input) { id } }`,
      {
        input: {
          committeeId: vp.committeeId,
          title: 'Sitzung',
          startsAt: new Date(Date.now() + 3600_000).toISOString(),
          endsAt: new Date(Date.now() + 7200_000).toISOString(),
          location: 'Rathaus',
          agenda: [{ kind: 'INFORMATION', title: 'Begrüßung' }],
        },
      },
    );
    const now = await head();
    const { committeeSession } = await t.ok<{
      committeeSession: { auditCheckpoint: { sequence: number; hash: string } };
    }>(vp.cm, `query($id: ID!) { committeeSession(id: $id) { auditCheckpoint { sequence hash } } }`, {
      id: planned.planSession.id,
    });
    expect(committeeSession.auditCheckpoint).toEqual({ sequence: now.sequence, hash: now.hash });

    const year = new Date().getFullYear();
    const { memberStatement } = await t.ok<{
      memberStatement: { auditCheckpoint: { sequence: number; hash: string } };
    }>(
      vp.members[0].cookie,
      `query($p: ID!, $o: ID!, $y: Int!) { memberStatement(partnershipId: $p, organisationId: $o, year: $y) { auditCheckpoint { sequence hash } } }`,
      { p: vp.partnershipId, o: vp.members[0].organisationId, y: year },
    );
    expect(memberStatement.auditCheckpoint).toEqual({ sequence: now.sequence, hash: now.hash });
    const treasurer = await t.createUser('kasse@least-privilege.example', {
      roles: [{ partnershipId: vp.partnershipId, role: 'TREASURER' }],
    });
    const { fundDashboard } = await t.ok<{ fundDashboard: { auditCheckpoint: { sequence: number; hash: string } } }>(
      treasurer,
      `query($p: ID!) { fundDashboard(partnershipId: $p) { auditCheckpoint { sequence hash } } }`,
      { p: vp.partnershipId },
    );
    expect(fundDashboard.auditCheckpoint.sequence).toBeGreaterThanOrEqual(now.sequence);

    const csv = await request(t.app.getHttpServer())
      .get(`/exports/${slug}/statement.csv?year=${year}&organisationId=${vp.members[0].organisationId}`)
      .set('cookie', vp.members[0].cookie);
    expect(csv.status).toBe(200);
    const latest = await head();
    expect(csv.text).toContain(`;Prüfpunkt;Audit-Protokoll Nr. ${latest.sequence}, SHA-256 ${latest.hash};\r\n`);
  });
});
