// What the benchmarks share: building the server when its sources changed, free ports, percentiles, a seeded
// generator, and the app started on a database of their own and spoken to over GraphQL/HTTP.
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, readdirSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createServer } = require('node:net');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const at = (...parts) => path.join(root, ...parts);
const serverEntry = at('server', 'dist', 'server', 'src', 'main.js');
const serverStamp = at('server', 'dist', '.build-stamp');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') visit(path.join(p, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

function buildServerIfNeeded() {
  const sources = [
    at('server', 'src'),
    at('migrations'),
    at('seeds'),
    at('server', 'tsconfig.json'),
    at('server', 'tsconfig.build.json'),
  ];
  if (existsSync(serverEntry) && existsSync(serverStamp) && statSync(serverStamp).mtimeMs >= newest(sources)) return;
  const started = Date.now();
  process.stdout.write('Building server … ');
  rmSync(at('server', 'dist'), { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', at('server', 'tsconfig.build.json')],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  if (result.status !== 0) {
    process.stdout.write('failed\n');
    throw new Error(`server build failed:\n${result.stdout}${result.stderr}`);
  }
  writeFileSync(serverStamp, new Date().toISOString());
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function startApp(databaseUrl, pgDir, overrides = {}) {
  const port = await freePort();
  // The jobs run once at start; after that not during the measurement (they would add statements).
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    EMBEDDED_PG_DIR: pgDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    VOTE_JOB_INTERVAL_MS: '999999',
    ...overrides,
  };
  const child = spawn(process.execPath, [serverEntry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const app = { base: `http://127.0.0.1:${port}`, child, log: [], exited: false };
  const onData = (chunk) =>
    String(chunk)
      .split('\n')
      .filter((l) => l.trim())
      .forEach((l) => app.log.push(l));
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.once('exit', (code, signal) => Object.assign(app, { exited: true, exit: signal ?? code }));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (app.exited) throw new Error(`the app exited (${app.exit}) before /health answered:\n${app.log.join('\n')}`);
    try {
      if ((await fetch(`${app.base}/health`)).status === 200) return app;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`/health not 200 within 120 s\n${app.log.join('\n')}`);
    await sleep(100);
  }
}

async function stopApp(app) {
  if (!app || app.exited) return;
  const gone = new Promise((resolve) => app.child.once('exit', resolve));
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), 15_000);
  await gone;
  clearTimeout(timer);
}

async function gql(base, cookie, query, variables) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

module.exports = {
  root,
  at,
  serverEntry,
  newest,
  buildServerIfNeeded,
  sleep,
  freePort,
  percentile,
  rng,
  startApp,
  stopApp,
  gql,
};
