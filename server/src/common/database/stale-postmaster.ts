import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';

const SHUTDOWN_TIMEOUT_MS = 20_000;
const IMMEDIATE_TIMEOUT_MS = 5_000;

/** Beside the cluster: the process that started its PostgreSQL (the postmaster's parent while that runs). */
const OWNER_FILE = 'owner.pid';

interface ProcessInfo {
  ppid: number;
  zombie: boolean;
  command: string;
}

/** The state, parent and command line of a process, or null when there is none. */
async function processInfo(pid: number): Promise<ProcessInfo | null> {
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid …"; comm may itself contain spaces and parentheses.
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ').trim();
      return { ppid: Number(ppid), zombie: state === 'Z', command };
    } catch {
      return null;
    }
  }
  try {
    const { stdout } = await promisify(execFile)('ps', ['-o', 'stat=,ppid=,command=', '-p', String(pid)]);
    const match = /^\s*(\S+)\s+(\d+)\s+(.*)$/.exec(stdout.trim());
    return match ? { zombie: match[1].startsWith('Z'), ppid: Number(match[2]), command: match[3] } : null;
  } catch {
    return null;
  }
}

function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const running = async (pid: number) => {
  const info = await processInfo(pid);
  return info !== null && !info.zombie;
};

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await running(pid))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !(await running(pid));
}

/** Signals the PostgreSQL left behind; one that has exited meanwhile is fine. */
function signal(pid: number, name: NodeJS.Signals, clusterDir: string): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
    throw new Error(
      `Cannot stop PostgreSQL (PID ${pid}) left running on ${clusterDir} by an earlier start: ${(error as Error).message}; stop it yourself and start again`,
    );
  }
}

/** Records this process as the one whose PostgreSQL runs on the cluster now. */
export async function recordOwner(dataDir: string): Promise<void> {
  await writeFile(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);
}

/**
 * Before a start: a PostgreSQL still running on the cluster whose starter is gone (the app was killed
 * with SIGKILL, by the OOM killer, or crashed) is stopped, as a fast shutdown, so this start can take
 * the cluster over; one whose starter still runs is another instance's, and this start refuses with a
 * message that says which. A lock file naming no PostgreSQL of this cluster (a PID reused after a
 * reboot or in a new container) is removed, which PostgreSQL itself would refuse to do.
 */
export async function clearStalePostmaster(
  dataDir: string,
  clusterDir: string,
  log: (message: string) => void,
): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  // PostgreSQL itself replaces a lock file whose process is gone.
  if (!Number.isInteger(pid) || pid <= 0 || !exists(pid)) return;
  const info = await processInfo(pid);
  // Unknown (processes of others hidden): left to PostgreSQL, which refuses to start beside a live one.
  if (!info) return;
  if (info.zombie || !info.command.includes('postgres') || !info.command.includes(clusterDir)) {
    log(`Removing the stale PostgreSQL lock file ${pidFile} (PID ${pid} is not a PostgreSQL of this cluster)`);
    await rm(pidFile, { force: true });
    return;
  }
  const owner = Number((await readFile(path.join(dataDir, OWNER_FILE), 'utf8').catch(() => '')).trim());
  if (owner > 0 && owner === info.ppid && owner !== process.pid) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} is in use by process ${owner} (another Allmende start, \`npm run db:*\` or a benchmark); stop that process first, or set EMBEDDED_PG_DIR to another folder`,
    );
  }
  log(
    `PostgreSQL (PID ${pid}) is still running on ${clusterDir} although the process that started it is gone (killed or crashed): stopping it`,
  );
  signal(pid, 'SIGINT', clusterDir);
  if (await waitUntilGone(pid, SHUTDOWN_TIMEOUT_MS)) return;
  log(`PostgreSQL (PID ${pid}) did not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s: shutting it down immediately`);
  signal(pid, 'SIGQUIT', clusterDir);
  if (await waitUntilGone(pid, IMMEDIATE_TIMEOUT_MS)) return;
  throw new Error(
    `PostgreSQL (PID ${pid}) left running on ${clusterDir} by an earlier start does not stop; stop it (kill -9 ${pid}) and start again`,
  );
}
