import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { findFreePort } from '../../../server/src/common/database/embedded-postgres';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
const serverEntry = path.join(repoRoot, 'server', 'dist', 'server', 'src', 'main.js');

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  /** Resolves when the spawned process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
}

/**
 * Starts the built server with an embedded PostgreSQL in `dataDir`: as `node server/dist/…/main.js`
 * (the container's command), or through `npm start` of a package whose start script runs it, which
 * is the chain `npm start` builds: npm, `sh -c`, node.
 */
export async function startServer(dataDir: string, options: { via?: 'node' | 'npm' } = {}): Promise<ServerProcess> {
  if (!existsSync(serverEntry))
    throw new Error(
      `${serverEntry} is missing: run the fault tests through \`npm run test:faults\`, which builds the server`,
    );
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_PG_DIR: dataDir,
    PORT: String(port),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'info',
    DATABASE_URL: '',
    NODE_ENV: '',
  };
  delete env.npm_lifecycle_event;
  let child: ChildProcess;
  if (options.via === 'npm') {
    // Beside the cluster, so the test's clean-up removes it with the data.
    const packageDir = path.join(dataDir, 'npm-start');
    await mkdir(packageDir, { recursive: true });
    await writeFile(
      path.join(packageDir, 'package.json'),
      JSON.stringify({ name: 'allmende-start', private: true, scripts: { start: `node ${serverEntry}` } }),
    );
    child = spawn('npm', ['start', '--silent'], {
      cwd: packageDir,
      env: { ...env, npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } else {
    child = spawn(process.execPath, [serverEntry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  }
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, pid: child.pid!, port, exited, output: () => output };
}

export async function health(port: number): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}/health`);
  return { status: response.status, body: await response.json() };
}

/** Waits until the server answers /health with 200; fails at once, with its output, when it exits first. */
export async function waitUntilReady(server: ServerProcess, timeoutMs = 90_000): Promise<void> {
  let exited = false;
  void server.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited before it was ready:\n${server.output()}`);
    const answer = await health(server.port).catch(() => undefined);
    if (answer?.status === 200) return;
    await sleep(200);
  }
  throw new Error(`the server was not ready within ${timeoutMs / 1000} s:\n${server.output()}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How the server exited, or 'still running' after `timeoutMs`. */
export async function exitWithin(server: ServerProcess, timeoutMs = 30_000) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'still running'>(
    (resolve) => (timer = setTimeout(() => resolve('still running'), timeoutMs)),
  );
  try {
    return await Promise.race([server.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A process that exists and is not a zombie. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z';
  } catch {
    return true;
  }
}

export function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

export async function waitUntilGone(pids: number[], timeoutMs = 30_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && pids.some(alive)) await sleep(100);
  return pids.filter(alive);
}

/** The PID in the cluster's lock file: the running (or last) PostgreSQL. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'cluster', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Every process whose command line names the folder: servers and PostgreSQL started on it. */
export function processesUsing(dir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** After a story: SIGKILL to whatever a failed step left running (the servers started, and anything on the folder), then the folder goes. */
export async function cleanUp(dir: string, started: number[]): Promise<void> {
  const leftovers = [...started, ...processesUsing(dir)].filter(alive);
  for (const pid of leftovers) process.kill(pid, 'SIGKILL');
  await waitUntilGone(leftovers, 5_000);
  await rm(dir, { recursive: true, force: true });
}
