import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ConfigError } from '../config/config';

/*
 * Least privilege in the database (docs/security.md). Two roles work on the app's database: the owner, which owns
 * the schema and runs the migrations, and the app role the running server connects as, which owns nothing and may
 * only read and write rows. A role that owns a table may switch its triggers off (or, as a superuser, every
 * trigger with `session_replication_role`); the app role cannot, so its credentials cannot silently rewrite the
 * audit log or the ledger.
 */

/** The owner and app role of the embedded database. */
export const EMBEDDED_ROLES = { owner: 'allmende_owner', app: 'allmende_app' } as const;

/**
 * The tables whose triggers refuse UPDATE, DELETE and TRUNCATE (migrations AuditEvents and Ledger). The app role
 * may read and append to them, nothing more: the trigger and the missing privilege each refuse on their own.
 */
export const APPEND_ONLY_TABLES = ['audit_events', 'ledger_transactions', 'ledger_entries'];

/** TypeORM's record of applied migrations: the app reads it (health, pending check), only the owner writes it. */
const MIGRATIONS_TABLE = 'typeorm_migrations';

/** Anything whose `query` resolves to the rows: a TypeORM DataSource, EntityManager or QueryRunner. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The role a `postgres://role:password@host/db` URL connects as; undefined when it names none. */
export function roleOf(url: string): string | undefined {
  const user = new URL(url).username;
  return user ? decodeURIComponent(user) : undefined;
}

/** The same server and database, as another role. */
export function asRole(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export interface ProvisionedRoles {
  /** The owner's URL, for migrations. */
  ownerUrl: string;
  /** The app role's URL, for the running server. */
  appUrl: string;
}

/**
 * As a superuser (or a role with CREATEROLE): creates the owner and app login roles, or resets an existing one's
 * attributes and memberships, sets their passwords, makes the owner own `database` (created if missing) and every
 * object in its schema `public` (a database migrated before the roles existed was the superuser's), and returns
 * both URLs. The passwords are given by the caller.
 */
export async function provisionRoles(
  adminUrl: string,
  database: string,
  roles: { owner: string; app: string; ownerPassword: string; appPassword: string },
): Promise<ProvisionedRoles> {
  const serverUrl = new URL(adminUrl);
  serverUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  try {
    const [{ superuser }] = (
      await admin.query(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`)
    ).rows;
    for (const [role, password] of [
      [roles.owner, roles.ownerPassword],
      [roles.app, roles.appPassword],
    ]) {
      const exists = (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1;
      await admin.query(
        `${exists ? 'ALTER' : 'CREATE'} ROLE ${admin.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${admin.escapeLiteral(password)}`,
      );
      // A membership would lend the role another's rights (SET ROLE to the owner, pg_write_server_files …).
      const memberOf = await admin.query(
        'SELECT roleid::regrole::text AS granted FROM pg_auth_members WHERE member = $1::regrole',
        [role],
      );
      for (const { granted } of memberOf.rows)
        await admin.query(`REVOKE ${granted} FROM ${admin.escapeIdentifier(role)}`);
    }
    // CREATE DATABASE … OWNER and ALTER … OWNER need membership in the new owner unless one is a superuser.
    if (!superuser) await admin.query(`GRANT ${admin.escapeIdentifier(roles.owner)} TO current_user`);
    const owner = admin.escapeIdentifier(roles.owner);
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount === 1;
    await admin.query(
      exists
        ? `ALTER DATABASE ${admin.escapeIdentifier(database)} OWNER TO ${owner}`
        : `CREATE DATABASE ${admin.escapeIdentifier(database)} OWNER ${owner}`,
    );
  } finally {
    await admin.end();
  }
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${encodeURIComponent(database)}`;
  const inDatabase = new Client({ connectionString: databaseUrl.toString() });
  await inDatabase.connect();
  try {
    await takeOwnership(inDatabase, roles.owner);
  } finally {
    await inDatabase.end();
  }
  return {
    ownerUrl: asRole(databaseUrl.toString(), roles.owner, roles.ownerPassword),
    appUrl: asRole(databaseUrl.toString(), roles.app, roles.appPassword),
  };
}

/**
 * Gives the owner every table, view, sequence and function in `public` that another role owns (not those of an
 * extension, which stay with it; a sequence that belongs to a column follows its table).
 */
async function takeOwnership(client: Client, owner: string): Promise<void> {
  await client.query(`
    DO $$
    DECLARE
      target regrole := ${client.escapeLiteral(owner)}::regrole;
      item record;
    BEGIN
      IF (SELECT nspowner FROM pg_namespace WHERE nspname = 'public') NOT IN (target, 'pg_database_owner'::regrole) THEN
        EXECUTE format('ALTER SCHEMA public OWNER TO %I', target::text);
      END IF;
      FOR item IN
        SELECT c.oid::regclass::text AS name, c.relkind
        FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
          AND c.relowner <> target
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                          AND d.deptype IN ('e', 'a', 'i'))
      LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I',
          CASE item.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
                            WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
          item.name, target::text);
      END LOOP;
      FOR item IN
        SELECT p.oid::regprocedure::text AS name, p.prokind
        FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> target
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                          AND d.deptype = 'e')
      LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I',
          CASE item.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
          item.name, target::text);
      END LOOP;
    END $$`);
}

/**
 * Before the grants: an app role that does not exist yet is created (NOSUPERUSER, owning nothing, with the
 * password its URL gives) where the migrating role may create roles, e.g. the superuser `docker-compose.yml`'s
 * PostgreSQL starts with; otherwise the message says what to run. An existing role is left as it is.
 */
export async function ensureAppRole(db: SqlRunner, appRole: string, password: string): Promise<void> {
  const [state] = (await db.query(
    `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists,
            (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) AS may_create`,
    [appRole],
  )) as { exists: boolean; may_create: boolean }[];
  if (state.exists) return;
  const role = `"${appRole.replace(/"/g, '""')}"`;
  const literal = `'${password.replace(/'/g, "''")}'`;
  if (!state.may_create || !password)
    throw new ConfigError(
      `The role ${role} in DATABASE_URL does not exist, and the role in MIGRATION_DATABASE_URL may not create it: create it once as a superuser (CREATE ROLE ${role} LOGIN PASSWORD '…'), then start again`,
    );
  await db.query(
    `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal}`,
  );
}

/**
 * Run by the owner after the migrations, inside one transaction (so a running app never sees the rights revoked
 * and not yet granted again): what the app role may do, on every table there is and, through default privileges,
 * on every table, sequence and function later migrations create. Rows only: no TRUNCATE, REFERENCES, TRIGGER or
 * MAINTAIN, no CREATE in the schema, no setval; on the append-only tables SELECT and INSERT; on the migrations
 * table SELECT. Idempotent.
 */
export async function grantAppRole(db: SqlRunner, appRole: string): Promise<void> {
  const app = `"${appRole.replace(/"/g, '""')}"`;
  const appendOnly = APPEND_ONLY_TABLES.join(', ');
  for (const sql of [
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `REVOKE UPDATE, DELETE ON ${appendOnly} FROM ${app}`,
    `REVOKE INSERT, UPDATE, DELETE ON ${MIGRATIONS_TABLE} FROM ${app}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${app}`,
  ])
    await db.query(sql);
  // Functions of extensions are not the owner's to grant (PUBLIC may run them anyway).
  const literal = `'${appRole.replace(/'/g, "''")}'`;
  await db.query(`
    DO $$
    DECLARE item record;
    BEGIN
      FOR item IN SELECT p.oid::regprocedure::text AS name FROM pg_proc p
                  WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = current_user::regrole AND p.prokind = 'f'
      LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', item.name, ${literal});
      END LOOP;
    END $$`);
}

/**
 * Why the role the app runs as is more than it needs, or null: a superuser, or a role that owns (or is a member
 * of a role that owns) tables in `public`, can switch the append-only triggers off.
 */
export async function roleRisk(db: SqlRunner): Promise<string | null> {
  const [row] = (await db.query(
    `SELECT current_user AS role, r.rolsuper AS superuser,
            (SELECT count(*)::int FROM pg_class c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
               AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owned
     FROM pg_roles r WHERE r.rolname = current_user`,
  )) as { role: string; superuser: boolean; owned: number }[];
  if (!row || (!row.superuser && row.owned === 0)) return null;
  const what = row.superuser ? 'is a superuser' : `owns ${row.owned} tables`;
  return `The database role "${row.role}" the app connects as ${what}: anyone holding its credentials can switch off the append-only triggers of the audit log and the ledger. Connect the app as a role without ownership (DATABASE_URL) and migrate as the owner (MIGRATION_DATABASE_URL); see README, "Use an existing PostgreSQL"`;
}

/** A password for a role the server creates; never written anywhere but into PostgreSQL. */
export function newRolePassword(): string {
  return randomBytes(24).toString('base64url');
}
