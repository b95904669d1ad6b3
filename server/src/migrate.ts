import { DataSource } from 'typeorm';
import { ensureAppRole, grantAppRole, roleOf } from './common/database/database-roles';
import { ConfigError } from './common/config/config';
import { dataSourceOptions } from './data-source-options';

export interface DatabaseUrls {
  /** The app role's URL. */
  url: string;
  /** The schema owner's URL; unset: the app's own role migrates (one role for both, warned about in production). */
  migrationUrl?: string;
}

/**
 * Applies the pending migrations as the schema's owner, then grants the app role what it needs (also on tables
 * the migrations just created), in one transaction. Used at start (`main.ts`), by `npm run db:migrate` and by the
 * tests' global setup, so every path leaves the same rights behind. Returns the names of the migrations applied.
 */
export async function migrate(urls: DatabaseUrls): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(urls.migrationUrl ?? urls.url), extra: { max: 1 } });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' }).catch((error: unknown) => {
      throw refusedMigration(error, urls);
    });
    await grantAfterMigrations(dataSource, urls);
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** The grants for the app role, run by the owner's data source (after a migration or a revert). */
export async function grantAfterMigrations(owner: DataSource, urls: DatabaseUrls): Promise<void> {
  const appRole = roleOf(urls.url);
  if (!urls.migrationUrl || !appRole || appRole === roleOf(urls.migrationUrl)) return;
  await ensureAppRole(owner, appRole, decodeURIComponent(new URL(urls.url).password));
  await owner.transaction((manager) => grantAppRole(manager, appRole));
}

/** A role that may not change the schema says so, with what to do instead of PostgreSQL's bare "permission denied". */
function refusedMigration(error: unknown, urls: DatabaseUrls): unknown {
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code;
  if (code !== '42501' || urls.migrationUrl) return error;
  return new ConfigError(
    `The role in DATABASE_URL may not apply the pending migrations (${(error as Error).message}): set MIGRATION_DATABASE_URL to the URL of the role that owns the schema, or run \`npm run db:migrate\` with it first`,
  );
}
