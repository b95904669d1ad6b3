import { AppConfig } from '../config/config';
import { EMBEDDED_ROLES, newRolePassword, provisionRoles } from './database-roles';
import { EmbeddedOptions, RunningDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase extends RunningDatabase {
  /** The schema owner's URL, for migrations; unset: the app's own role migrates (one role for both). */
  migrationUrl?: string;
}

/**
 * DATABASE_URL (and MIGRATION_DATABASE_URL) when set; otherwise a real PostgreSQL embedded in the process's
 * lifetime, where the owner and the app role are created or reset at every start, each with a new random
 * password that only this process knows.
 */
export async function resolveDatabase(
  config: AppConfig,
  log: (message: string) => void,
  options: Pick<EmbeddedOptions, 'onUnexpectedExit'> = {},
): Promise<ResolvedDatabase> {
  if (config.databaseUrl)
    return { url: config.databaseUrl, migrationUrl: config.migrationDatabaseUrl, stop: async () => undefined };
  log(`DATABASE_URL is not set: starting embedded PostgreSQL in ${config.embeddedDataDir}`);
  const database = 'allmende';
  const server = await startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    database,
    persistent: true,
    log,
    ...options,
  });
  try {
    // New passwords at every start: nothing to store, and whatever leaked from an earlier run is void.
    const roles = await provisionRoles(server.url, database, {
      ...EMBEDDED_ROLES,
      ownerPassword: newRolePassword(),
      appPassword: newRolePassword(),
    });
    return { url: roles.appUrl, migrationUrl: roles.ownerUrl, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
