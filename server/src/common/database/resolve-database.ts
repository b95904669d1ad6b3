import { AppConfig } from '../config/config';
import { EmbeddedOptions, RunningDatabase, startEmbeddedPostgres } from './embedded-postgres';

/** DATABASE_URL when set; otherwise a real PostgreSQL embedded in the process's lifetime. */
export async function resolveDatabase(
  config: AppConfig,
  log: (message: string) => void,
  options: Pick<EmbeddedOptions, 'onUnexpectedExit'> = {},
): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  log(`DATABASE_URL is not set: starting embedded PostgreSQL in ${config.embeddedDataDir}`);
  return startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    database: 'allmende',
    persistent: true,
    log,
    ...options,
  });
}
