import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, demoUsers } from '../../seeds/demo-users';
import { seedDemo } from '../../seeds/seed';
import { createApp } from './bootstrap';
import { AppConfig, ConfigError, loadConfig, publicUrlOf } from './common/config/config';
import { roleRisk } from './common/database/database-roles';
import { RunningDatabase } from './common/database/embedded-postgres';
import { resolveDatabase } from './common/database/resolve-database';
import { bootLogger } from './common/logging/logging';
import { migrate } from './migrate';

/** How long a shutdown waits for open requests and connections before it stops the database anyway. */
const CLOSE_TIMEOUT_MS = 10_000;

const within = (ms: number, work: Promise<unknown> | undefined) =>
  Promise.race([work?.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms).unref())]);

/**
 * `npm start` runs this process through `sh -c`. On SIGTERM npm passes the signal to that shell, which
 * dies without passing it on, and the server would run on as an orphan with its PostgreSQL. Started
 * by an npm script, the server therefore stops when the process that started it is gone.
 */
function whenNpmParentGone(stop: () => void): void {
  const parent = process.ppid;
  if (!process.env.npm_lifecycle_event || parent <= 1) return;
  const timer = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') return;
      clearInterval(timer);
      stop();
    }
  }, 500);
  timer.unref();
}

/** The demo accounts as a list to read at the terminal: address and who it is, one a line. */
function demoAccounts(): string {
  const width = Math.max(...demoUsers.map((user) => user.email.length));
  const lines = demoUsers.map((user) => `  ${user.email.padEnd(width)}  ${user.displayName}`);
  return [`Demo accounts, all with the password ${DEMO_PASSWORD}:`, ...lines].join('\n');
}

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

  let database: RunningDatabase | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  // Signals are handled from the start, so one during start-up also stops a database already started.
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${reason}: shutting down`);
    await within(CLOSE_TIMEOUT_MS, app?.close());
    await database?.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => void stop(`${signal} received`));
  whenNpmParentGone(() => void stop('npm, which started this process, is gone'));
  // Restarting PostgreSQL inside a process that has lost it would hide the cause; exiting non-zero
  // lets the supervisor (systemd, Docker's restart policy, a shell loop) start everything afresh.
  const databaseLost = (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.fatal(`The embedded PostgreSQL stopped under the running server (${reason}): exiting with code 1`);
    void within(CLOSE_TIMEOUT_MS, app?.close()).then(() => process.exit(1));
  };

  try {
    database = await resolveDatabase(config, (message) => log.info(message), { onUnexpectedExit: databaseLost });
    // Migrations run as the schema's owner; the app itself connects as a role that owns nothing.
    const applied = await migrate(database);
    if (applied.length > 0) log.info(`Applied migrations: ${applied.join(', ')}`);
    app = await createApp(config, database.url);
    const dataSource = app.get(DataSource);
    const risk = config.nodeEnv === 'production' ? await roleRisk(dataSource) : null;
    if (risk) log.warn(risk);
    if (config.seedDemo) {
      const seeded = await seedDemo(dataSource, { onlyIfEmpty: true });
      if (seeded) {
        log.info(
          `Seeded demo data: ${seeded.partnerships} partnerships, ${seeded.organisations} organisations, ${seeded.memberships} memberships, ${seeded.users} people`,
        );
        log.info(demoAccounts());
      }
    }
    if (config.host) await app.listen(config.port, config.host);
    else await app.listen(config.port);
    const url = publicUrlOf(config);
    log.info(
      `Allmende is ready at ${url} (GraphQL at ${url}/graphql), started in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    if (stopping) return;
    stopping = true;
    log.error(`Allmende did not start: ${error instanceof Error ? error.message : String(error)}`);
    await within(CLOSE_TIMEOUT_MS, app?.close());
    await database?.stop();
    process.exit(1);
  }
}

void main();
