import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { ChainStatus, verifyChain } from '../../../server/src/audit/audit-chain';
import { parentOf, postmasterPid, sleep } from './server-process';

/**
 * A connection of the test's own to the server's embedded PostgreSQL, as its superuser (port from the
 * lock file, password from beside the cluster): to count what is stored independently of the API, and to
 * hold row locks that stop a write of the server half-way.
 */
export async function connectToCluster(dataDir: string): Promise<Client> {
  const lock = readFileSync(path.join(dataDir, 'cluster', 'postmaster.pid'), 'utf8').split('\n');
  const client = new Client({
    host: '127.0.0.1',
    port: Number(lock[3]),
    user: 'postgres',
    password: readFileSync(path.join(dataDir, 'password'), 'utf8').trim(),
    database: 'allmende',
  });
  // A connection whose PostgreSQL is killed emits 'error'; unhandled, that would end the test run.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Runs `work` on a fresh connection and closes it. */
export async function withCluster<T>(dataDir: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await connectToCluster(dataDir);
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Waits until `count` other sessions wait for a lock held by `holder` (the server's writes stopped
 * at the locked rows), and fails with what the database was doing when they do not.
 */
export async function waitUntilBlocked(holder: Client, count: number, timeoutMs = 60_000): Promise<void> {
  const [{ pid }] = (await holder.query('SELECT pg_backend_pid() AS pid')).rows;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await holder.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1::int = ANY(pg_blocking_pids(pid))`,
      [pid],
    );
    if (rows[0].n >= count) return;
    if (Date.now() > deadline) {
      const activity = await holder.query(
        `SELECT pid, state, wait_event_type, left(query, 80) AS query FROM pg_stat_activity WHERE datname = 'allmende'`,
      );
      throw new Error(
        `${rows[0].n} of ${count} writes waited for the test's locks after ${timeoutMs / 1000} s: ${JSON.stringify(activity.rows)}`,
      );
    }
    await sleep(50);
  }
}

/** Checks a partnership's audit chain from the rows themselves, with the same rule as the server but not through it. */
export async function verifyChainInDatabase(client: Client, partnershipId: string): Promise<ChainStatus> {
  const { rows } = await client.query(
    `SELECT sequence, partnership_id, actor_user_id, action, subject_type, subject_id, payload, occurred_at, previous_hash, hash
       FROM audit_events WHERE chain_key = $1 ORDER BY sequence`,
    [partnershipId],
  );
  return verifyChain(
    rows.map((r) => ({
      sequence: r.sequence,
      partnershipId: r.partnership_id,
      actorUserId: r.actor_user_id,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      payload: r.payload,
      occurredAt: (r.occurred_at as Date).toISOString(),
      previousHash: r.previous_hash,
      hash: r.hash,
    })),
  );
}

/** The PostgreSQL server processes of the running cluster: the postmaster and its children (backends, writers). */
export function clusterProcesses(dataDir: string): number[] {
  const postmaster = postmasterPid(dataDir);
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return parentOf(pid) === postmaster;
      } catch {
        return false;
      }
    });
  return [postmaster, ...children];
}
