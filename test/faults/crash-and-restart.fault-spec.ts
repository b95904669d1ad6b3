import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  alive,
  cleanUp,
  exitWithin,
  health,
  parentOf,
  postmasterPid,
  ServerProcess,
  startServer,
  waitUntilGone,
  waitUntilReady,
} from './support/server-process';

// One data folder through the whole story, as on an operator's machine: each step starts from what
// the one before left behind.
describe('a crash never blocks the restart', () => {
  let dataDir: string;
  const started: number[] = [];
  let running: ServerProcess | undefined;

  const start = async (via?: 'node' | 'npm') => {
    const server = await startServer(dataDir, { via });
    started.push(server.pid);
    return server;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'allmende-faults-'));
  });
  afterAll(() => cleanUp(dataDir, started));

  it('starts again after the server was killed with SIGKILL, stopping the PostgreSQL it left behind', async () => {
    const first = await start();
    await waitUntilReady(first);
    const orphan = postmasterPid(dataDir);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(alive(orphan)).toBe(true);

    running = await start();
    await waitUntilReady(running);
    expect(alive(orphan)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    expect(running.output()).toContain(`PostgreSQL (PID ${orphan}) is still running`);
  });

  it('refuses a second start on the same data while the first runs, naming the process that holds it', async () => {
    const second = await start();
    expect(await exitWithin(second)).toEqual({ code: 1, signal: null });
    expect(second.output()).toContain(`is in use by process ${running!.pid}`);
    expect(second.output()).not.toContain('UnhandledPromiseRejection');
    expect((await health(running!.port)).status).toBe(200);
  });

  it('exits with a non-zero code when its PostgreSQL is killed under it', async () => {
    const server = running!;
    process.kill(postmasterPid(dataDir), 'SIGKILL');
    expect(await exitWithin(server)).toEqual({ code: 1, signal: null });
    expect(server.output()).toContain('The embedded PostgreSQL stopped under the running server (killed by SIGKILL');
  });

  it('stops npm, its shell, the server and PostgreSQL on SIGTERM to `npm start`', async () => {
    const npm = await start('npm');
    await waitUntilReady(npm);
    const postgres = postmasterPid(dataDir);
    const server = parentOf(postgres);
    const shell = parentOf(server);
    started.push(shell, server);
    expect(parentOf(shell)).toBe(npm.pid);

    npm.child.kill('SIGTERM');
    expect(await waitUntilGone([npm.pid, shell, server, postgres])).toEqual([]);
    // A clean shutdown: PostgreSQL removed its lock file.
    expect(existsSync(path.join(dataDir, 'cluster', 'postmaster.pid'))).toBe(false);
  });

  it('starts when the lock file names a live process that is not its PostgreSQL (a PID reused after a reboot)', async () => {
    const clusterDir = path.join(dataDir, 'cluster');
    await writeFile(
      path.join(clusterDir, 'postmaster.pid'),
      `${process.pid}\n${clusterDir}\n1700000000\n5432\n\n127.0.0.1\n  1234567     65536\nready   \n`,
    );
    running = await start();
    await waitUntilReady(running);
    expect(alive(process.pid)).toBe(true);
  });

  it('stops the server and PostgreSQL, and exits with 0, on SIGTERM to the server', async () => {
    const server = running!;
    const postgres = postmasterPid(dataDir);
    server.child.kill('SIGTERM');
    expect(await exitWithin(server)).toEqual({ code: 0, signal: null });
    expect(await waitUntilGone([postgres])).toEqual([]);
    expect(existsSync(path.join(dataDir, 'cluster', 'postmaster.pid'))).toBe(false);
  });
});
