import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, demoUsers } from '../../seeds/demo-users';
import { seedDemo } from '../../seeds/seed';
import { createApp } from './bootstrap';
import { AppConfig, ConfigError, loadConfig } from './common/config/config';
import { resolveDatabase } from './common/database/resolve-database';
import { bootLogger } from './common/logging/logging';

async function main(): Promise<void> {
  const started = Date.now();
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = bootLogger(config);
  const database = await resolveDatabase(config, (message) => log.info(message));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: shutting down`);
    await app?.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    app = await createApp(config, database.url);
    const dataSource = app.get(DataSource);
    if (config.seedDemo) {
      const seeded = await seedDemo(dataSource, { onlyIfEmpty: true });
      if (seeded) {
        log.info(`Seeded demo data: ${seeded.partnerships} partnerships, ${seeded.organisations} organisations, ${seeded.memberships} memberships, ${seeded.users} people`);
        log.info(`Demo accounts (password "${DEMO_PASSWORD}"): ${demoUsers.map((u) => u.email).join(', ')}`);
      }
    }
    await app.listen(config.port);
    const url = config.publicUrl ?? `http://localhost:${config.port}`;
    log.info(`Allmende is ready at ${url} (GraphQL at ${url}/graphql), started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    log.error(error instanceof Error ? error.message : String(error));
    await app?.close().catch(() => undefined);
    await database.stop();
    process.exit(1);
  }
}

void main();
