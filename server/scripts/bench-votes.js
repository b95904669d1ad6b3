// `npm run bench:votes`: 1,000 members cast their ballots at the same moment while 1,000 live
// subscribers watch the tally — once against one app instance and once against two instances on the
// same database (LISTEN/NOTIFY fan-out). Prints figures only, asserts nothing.
// Uses its own embedded PostgreSQL in a temporary folder and free ports; leaves nothing behind.
const { spawn } = require('node:child_process');
const { createHash, randomBytes, randomUUID } = require('node:crypto');
const { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { request } = require('node:http');
const os = require('node:os');
const { tmpdir } = os;
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { buildServerIfNeeded, freePort, serverEntry } = require('./bench-support');

const root = path.resolve(__dirname, '..', '..');
const at = (...parts) => path.join(root, ...parts);

const MEMBERS = 1000;
const SUBSCRIBERS = 1000;
const SUBS_PER_CONNECTION = 20; // 50 WebSocket connections with 20 subscriptions each
const DELIVERY_WAIT_MS = 10_000;
const SESSION_COOKIE = 'allmende_session';

// ---------------------------------------------------------------- helpers

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const hashToken = (token) => createHash('sha256').update(token, 'utf8').digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

/**
 * CPU time (Linux /proc) of the app instances, this script's PostgreSQL and this process, and how busy the
 * whole machine was: shows where a burst's time went, and whether something else was using the cores.
 */
function cpuSnapshot(instances, pgDir) {
  if (!existsSync('/proc/stat')) return null;
  // user + system time in ms (USER_HZ = 100); with `reaped`, also that of children that have exited.
  const ticks = (pid, reaped = false) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12]) + (reaped ? Number(fields[13]) + Number(fields[14]) : 0)) * 10;
    } catch {
      return 0; // exited meanwhile
    }
  };
  // This script's PostgreSQL: the server started on its folder and the backends it forked (not a
  // PostgreSQL that something else on the machine runs).
  const processes = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const parent = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1];
      processes.push({ pid, parent, cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8') });
    } catch {
      /* exited meanwhile */
    }
  }
  const server = processes.find(
    (p) => p.cmdline.includes(pgDir) && processes.some((q) => q.parent === p.pid && q.cmdline.startsWith('postgres:')),
  );
  // Backends come and go (the pools close idle connections): the server's own figure includes those that exited.
  const postgres = server
    ? ticks(server.pid, true) +
      processes.filter((p) => p.parent === server.pid).reduce((sum, p) => sum + ticks(p.pid), 0)
    : 0;
  const [user, nice, system, idle, iowait, irq, softirq] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return {
    app: instances.reduce((sum, app) => sum + ticks(app.child.pid), 0),
    postgres,
    bench: ticks(process.pid),
    busy: (user + nice + system + irq + softirq) * 10,
    idle: (idle + iowait) * 10,
  };
}

function cpuUse(before, after) {
  const s = (key) => `${((after[key] - before[key]) / 1000).toFixed(1)} s`;
  const other =
    after.busy -
    before.busy -
    (after.app - before.app) -
    (after.postgres - before.postgres) -
    (after.bench - before.bench);
  return `app ${s('app')}, PostgreSQL ${s('postgres')}, this script ${s('bench')}, other processes ${(Math.max(0, other) / 1000).toFixed(1)} s, idle ${s('idle')} (${os.cpus().length} cores)`;
}

// ---------------------------------------------------------------- app processes

const apps = [];

async function startApp(label, databaseUrl, pgDir) {
  const port = await freePort();
  const child = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      EMBEDDED_PG_DIR: pgDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const app = { label, port, base: `http://127.0.0.1:${port}`, child, log: [], exited: false };
  const onData = (chunk) => {
    for (const line of String(chunk).split('\n')) if (line.trim()) app.log.push(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.once('exit', (code, signal) => {
    app.exited = true;
    app.exit = signal ?? code;
  });
  apps.push(app);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (app.exited) throw new Error(`${label} exited (${app.exit}) before /health answered:\n${app.log.join('\n')}`);
    try {
      const res = await fetch(`${app.base}/health`);
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${label}: /health not 200 within 120 s\n${app.log.join('\n')}`);
    await sleep(100);
  }
  return app;
}

async function stopApp(app) {
  if (app.exited) return;
  const gone = new Promise((resolve) => app.child.once('exit', resolve));
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), 15_000);
  await gone;
  clearTimeout(timer);
}

/**
 * One GraphQL request on its own connection, as from a separate client: a pooled keep-alive socket can be
 * closed by the server just as it is reused, and a POST on it then fails although the app never saw it.
 */
function gql(base, cookie, query, variables) {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode, ...JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// ---------------------------------------------------------------- database setup

async function seed(db) {
  const partnershipId = randomUUID();
  await db.query(
    `INSERT INTO partnerships (id, slug, name, product_name, governance_model) VALUES ($1, 'bench-votes', 'Bench-Partnerschaft', 'Bench', 'COMMUNITY_CENTRED')`,
    [partnershipId],
  );
  const orgIds = [];
  const membershipIds = [];
  const userIds = [];
  const tokens = [];
  for (let i = 0; i < MEMBERS; i++) {
    orgIds.push(randomUUID());
    membershipIds.push(randomUUID());
    userIds.push(randomUUID());
    tokens.push(newToken());
  }
  const names = orgIds.map((_, i) => `Gemeinde ${String(i + 1).padStart(4, '0')}`);
  await db.query(
    `INSERT INTO organisations (id, name, kind) SELECT id, name, 'MUNICIPALITY' FROM unnest($1::uuid[], $2::text[]) AS t(id, name)`,
    [orgIds, names],
  );
  await db.query(
    `INSERT INTO memberships (id, partnership_id, organisation_id, status, voting, joined_on)
     SELECT m, $1, o, 'ACTIVE', true, current_date FROM unnest($2::uuid[], $3::uuid[]) AS t(m, o)`,
    [partnershipId, membershipIds, orgIds],
  );
  await db.query(
    `INSERT INTO users (id, email, display_name) SELECT u, 'rep-' || n || '@bench.example', 'Vertretung ' || n FROM unnest($1::uuid[]) WITH ORDINALITY AS t(u, n)`,
    [userIds],
  );
  await db.query(
    `INSERT INTO partnership_roles (partnership_id, user_id, role, organisation_id) SELECT $1, u, 'REPRESENTATIVE', o FROM unnest($2::uuid[], $3::uuid[]) AS t(u, o)`,
    [partnershipId, userIds, orgIds],
  );
  const adminId = randomUUID();
  const adminToken = newToken();
  await db.query(
    `INSERT INTO users (id, email, display_name, is_platform_admin) VALUES ($1, 'admin@bench.example', 'Bench Admin', true)`,
    [adminId],
  );
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at) SELECT h, u, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
    [
      [...tokens.map(hashToken), hashToken(adminToken)],
      [...userIds, adminId],
    ],
  );
  return {
    partnershipId,
    adminCookie: `${SESSION_COOKIE}=${adminToken}`,
    reps: membershipIds.map((membershipId, i) => ({ membershipId, cookie: `${SESSION_COOKIE}=${tokens[i]}` })),
  };
}

async function createCommittee(base, adminCookie, partnershipId) {
  const r = await gql(
    base,
    adminCookie,
    `mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { id seats { id } } }`,
    {
      input: {
        partnershipId,
        name: 'Mitgliederversammlung',
        kind: 'GENERAL_ASSEMBLY',
        cadence: 'QUARTERLY',
        seatsForAllMembers: true,
      },
    },
  );
  if (!r.data) throw new Error(`createCommittee: ${JSON.stringify(r.errors)}`);
  return { id: r.data.createCommittee.id, seats: r.data.createCommittee.seats.length };
}

async function startProcedure(base, adminCookie, committeeId, title) {
  const r = await gql(
    base,
    adminCookie,
    `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }`,
    {
      input: {
        committeeIds: [committeeId],
        title,
        deadline: new Date(Date.now() + 2 * 3600_000).toISOString(),
        rule: { preset: 'SIMPLE_MAJORITY' },
      },
    },
  );
  if (!r.data) throw new Error(`startWrittenProcedure: ${JSON.stringify(r.errors)}`);
  return r.data.startWrittenProcedure[0].id;
}

// ---------------------------------------------------------------- one measurement

async function measure({ label, instances, voteId, reps, adminCookie, db, pgDir }) {
  const { createClient } = require('graphql-ws');
  const WebSocket = require('ws');
  class CookieWebSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie: adminCookie } });
    }
  }

  // Subscribers: spread evenly over the instances, 20 per connection.
  const connections = SUBSCRIBERS / SUBS_PER_CONNECTION;
  const subscribers = [];
  const clients = [];
  const subErrors = new Map();
  let tallyMessages = 0;
  const connected = [];
  for (let c = 0; c < connections; c++) {
    const app = instances[c % instances.length];
    let onConnected;
    connected.push(new Promise((resolve) => (onConnected = resolve)));
    const client = createClient({
      url: `ws://127.0.0.1:${app.port}/graphql`,
      webSocketImpl: CookieWebSocket,
      lazy: false,
      retryAttempts: 0,
      on: {
        connected: () => onConnected(),
        error: (error) => {
          const key = `connection error: ${error?.message ?? error}`;
          subErrors.set(key, (subErrors.get(key) ?? 0) + 1);
        },
      },
    });
    clients.push(client);
    for (let s = 0; s < SUBS_PER_CONNECTION; s++) {
      const sub = { instance: app.label, fullAt: null, messages: 0, maxCast: 0 };
      subscribers.push(sub);
      client.subscribe(
        {
          query: `subscription($voteId: ID!) { voteTally(voteId: $voteId) { voteId castCount entitledCount status final } }`,
          variables: { voteId },
        },
        {
          next: (msg) => {
            tallyMessages += 1;
            sub.messages += 1;
            if (msg.errors) {
              const key = `subscription error: ${msg.errors[0]?.message}`;
              subErrors.set(key, (subErrors.get(key) ?? 0) + 1);
              return;
            }
            const count = msg.data?.voteTally?.castCount ?? 0;
            if (count > sub.maxCast) sub.maxCast = count;
            if (count >= MEMBERS && sub.fullAt === null) sub.fullAt = performance.now();
          },
          error: (error) => {
            const key = `subscription error: ${Array.isArray(error) ? error[0]?.message : (error?.message ?? error)}`;
            subErrors.set(key, (subErrors.get(key) ?? 0) + 1);
          },
          complete: () => undefined,
        },
      );
    }
  }
  const connectTimeout = sleep(30_000).then(() => 'timeout');
  if ((await Promise.race([Promise.all(connected), connectTimeout])) === 'timeout')
    throw new Error(`${label}: not all ${connections} WebSocket connections came up within 30 s`);
  await sleep(1000); // graphql-ws has no per-subscription acknowledgement

  // All members cast at once, each on its own connection.
  const choices = ['YES', 'NO', 'ABSTAIN'];
  const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt changed } }`;
  const latencies = [];
  const castErrors = new Map();
  let lastSuccessAt = 0;
  let successes = 0;
  const receipts = new Map(); // membership → receipt of its successful cast
  const cpuBefore = cpuSnapshot(instances, pgDir);
  const burstStart = performance.now();
  await Promise.all(
    reps.map(async (rep, i) => {
      const app = instances[i % instances.length];
      const started = performance.now();
      try {
        const r = await gql(app.base, rep.cookie, CAST, {
          input: { voteId, membershipId: rep.membershipId, choice: choices[i % 3] },
        });
        const done = performance.now();
        latencies.push(done - started);
        if (r.errors || !r.data?.castBallot?.receipt) {
          const key = `HTTP ${r.status}: ${r.errors?.[0]?.extensions?.code ?? ''} ${r.errors?.[0]?.message ?? 'no receipt'}`;
          castErrors.set(key, (castErrors.get(key) ?? 0) + 1);
        } else {
          successes += 1;
          receipts.set(rep.membershipId, r.data.castBallot.receipt);
          if (done > lastSuccessAt) lastSuccessAt = done;
        }
      } catch (error) {
        latencies.push(performance.now() - started);
        const key = `network: ${error.code ?? error.message}`;
        castErrors.set(key, (castErrors.get(key) ?? 0) + 1);
      }
    }),
  );
  const burstEnd = performance.now();
  const cpuAfter = cpuSnapshot(instances, pgDir);

  // Wait until every subscriber has seen castCount = 1000, at most 10 s after the last successful cast.
  const waitUntil = (lastSuccessAt || burstEnd) + DELIVERY_WAIT_MS;
  while (performance.now() < waitUntil && subscribers.some((s) => s.fullAt === null)) await sleep(20);

  // From the database: every successful cast must be stored with the receipt it answered, and once.
  const rows = (await db.query('SELECT membership_id, receipt FROM ballots WHERE vote_id = $1', [voteId])).rows;
  const storedBy = new Map();
  for (const row of rows) storedBy.set(row.membership_id, [...(storedBy.get(row.membership_id) ?? []), row.receipt]);
  const lost = [...receipts].filter(
    ([membershipId, receipt]) => !(storedBy.get(membershipId) ?? []).includes(receipt),
  ).length;
  const duplicated = rows.length - storedBy.size;
  const unanswered = [...storedBy.keys()].filter((membershipId) => !receipts.has(membershipId)).length;

  await Promise.all(clients.map((c) => c.dispose()));

  const sorted = [...latencies].sort((a, b) => a - b);
  const full = subscribers.filter((s) => s.fullAt !== null && s.fullAt <= waitUntil);
  const fanOut = full.length ? Math.max(...full.map((s) => s.fullAt)) - lastSuccessAt : NaN;
  const perInstance = instances.map((app) => {
    const mine = subscribers.filter((s) => s.instance === app.label);
    return `${app.label}: ${mine.filter((s) => s.fullAt !== null).length}/${mine.length}`;
  });
  const burstSeconds = (burstEnd - burstStart) / 1000;

  console.log(`\n=== ${label} ===`);
  console.log(
    `subscribers: ${SUBSCRIBERS} voteTally subscriptions over ${connections} WebSocket connections (${SUBS_PER_CONNECTION} each), spread over ${instances.length} instance(s)`,
  );
  console.log(
    `casts: ${reps.length} castBallot over HTTP, all at once${instances.length > 1 ? ', half to each instance' : ''}`,
  );
  console.log(
    `burst: ${burstSeconds.toFixed(2)} s → ${(successes / burstSeconds).toFixed(0)} ballots/s (successful casts / burst duration)`,
  );
  console.log(
    `cast latency: p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted[sorted.length - 1])}`,
  );
  console.log(`successful casts: ${successes}, errors: ${reps.length - successes}`);
  if (cpuBefore && cpuAfter) console.log(`CPU during the burst: ${cpuUse(cpuBefore, cpuAfter)}`);
  for (const [message, count] of castErrors) console.log(`  ${count} × ${message}`);
  console.log(
    `ballots in database: ${rows.length} → lost (successful, but not stored with its receipt): ${lost}, duplicated (a member stored twice): ${duplicated}, stored without a successful answer: ${unanswered}`,
  );
  console.log(
    `tally fan-out: last successful cast response → every subscriber has castCount = ${MEMBERS}: ${ms(fanOut)} (max over subscribers${full.length < SUBSCRIBERS ? `, of those that got it` : ''})`,
  );
  console.log(
    `subscribers that got castCount = ${MEMBERS} within ${DELIVERY_WAIT_MS / 1000} s: ${full.length}/${SUBSCRIBERS} (${perInstance.join(', ')})`,
  );
  const stuck = subscribers.filter((s) => s.fullAt === null);
  if (stuck.length)
    console.log(
      `  highest castCount seen by the ones that did not: ${[...new Set(stuck.map((s) => s.maxCast))]
        .sort((a, b) => b - a)
        .slice(0, 10)
        .join(', ')}`,
    );
  console.log(`tally messages received: ${tallyMessages} (${(tallyMessages / SUBSCRIBERS).toFixed(1)} per subscriber)`);
  for (const [message, count] of subErrors) console.log(`  ${count} × ${message}`);
}

// ---------------------------------------------------------------- main

(async () => {
  buildServerIfNeeded();
  const { startEmbeddedPostgres } = require(
    at('server', 'dist', 'server', 'src', 'common', 'database', 'embedded-postgres.js'),
  );
  const { Client } = require('pg');

  // mkdtemp's folder is handed to PostgreSQL (as root: chowned to the postgres user), as EMBEDDED_PG_DIR would be.
  const pgDir = mkdtempSync(path.join(tmpdir(), 'allmende-bench-votes-'));
  let database;
  let db;
  let failed = false;
  try {
    database = await startEmbeddedPostgres({ dataDir: pgDir, database: 'allmende', persistent: false });
    const a = await startApp('instance A', database.url, pgDir);
    db = new Client({ connectionString: database.url });
    await db.connect();
    const seedStarted = Date.now();
    const s = await seed(db);
    const committee = await createCommittee(a.base, s.adminCookie, s.partnershipId);
    console.log(
      `setup: ${MEMBERS} organisations, memberships, representatives and sessions in SQL; committee with ${committee.seats} seats via API (${((Date.now() - seedStarted) / 1000).toFixed(1)} s)`,
    );

    const vote1 = await startProcedure(a.base, s.adminCookie, committee.id, 'Umlaufverfahren Bench 1');
    await measure({
      label: 'one instance',
      instances: [a],
      voteId: vote1,
      reps: s.reps,
      adminCookie: s.adminCookie,
      db,
      pgDir,
    });

    const b = await startApp('instance B', database.url, pgDir);
    const vote2 = await startProcedure(a.base, s.adminCookie, committee.id, 'Umlaufverfahren Bench 2');
    await measure({
      label: 'two instances, same database',
      instances: [a, b],
      voteId: vote2,
      reps: s.reps,
      adminCookie: s.adminCookie,
      db,
      pgDir,
    });
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.stack : error);
  } finally {
    await db?.end().catch(() => undefined);
    await Promise.all(apps.map(stopApp));
    for (const app of apps) {
      if (app.log.length) {
        console.log(
          `\n${app.label} logged ${app.log.length} line(s) at warn or above${app.exit !== 0 && app.exit !== null ? `, exit ${app.exit}` : ''}; first ones:`,
        );
        for (const line of app.log.slice(0, 8)) console.log(`  ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`);
      }
    }
    await database?.stop().catch(() => undefined);
    rmSync(pgDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
