// `npm run bench:portal`: what a first visit to the landing page transfers. Builds the server (when stale) and the
// portal, starts the built server on its own embedded PostgreSQL with the demo data, and loads `/` in Chromium
// (Accept-Encoding: gzip, br) with an empty cache, then once more with the cache of the first visit. Prints the
// bytes transferred (compressed, headers included) per resource type, the entry chunk, whether each response was
// compressed and how it may be cached; and as a baseline the same page with the same files from a plain node:http
// static server without compression (GraphQL passed through to the app uncompressed).
const { spawnSync } = require('node:child_process');
const { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } = require('node:fs');
const http = require('node:http');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { at, buildServerIfNeeded, freePort, root, startApp, stopApp } = require('./bench-support');

const chromiumPath = '/usr/bin/chromium';
const webDist = at('web', 'dist');
const targetKb = 300;

function buildPortal() {
  const started = Date.now();
  process.stdout.write('Building portal … ');
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '-w', 'web'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stdout.write('failed\n');
    throw new Error(`portal build failed:\n${result.stdout}${result.stderr}`);
  }
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The baseline: web/dist as plain files (index.html for every other path), the API passed through unchanged. */
function startPlainServer(app, port) {
  const api = new URL(app.base);
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (/^\/(graphql|auth|health|calendar|exports)(\/|$)/.test(pathname)) {
      // Without Accept-Encoding the app answers uncompressed, as a server without compression would.
      const headers = { ...req.headers, host: api.host };
      delete headers['accept-encoding'];
      const upstream = http.request(
        { host: api.hostname, port: api.port, path: req.url, method: req.method, headers },
        (answer) => {
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    let file = path.join(webDist, path.normalize(decodeURIComponent(pathname)));
    if (!file.startsWith(webDist) || !existsSync(file) || statSync(file).isDirectory())
      file = path.join(webDist, 'index.html');
    res.writeHead(200, {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Loads the landing page in a fresh context; returns what the first visit and a later visit transferred. */
async function visit(browser, base) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
    // Chromium would announce zstd and deflate too; the benchmark asks for what the server is expected to offer.
    extraHTTPHeaders: { 'accept-encoding': 'gzip, br' },
  });
  const page = await context.newPage();
  const load = async () => {
    const responses = [];
    const onResponse = (response) => responses.push(response);
    page.on('response', onResponse);
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Entwicklungspartnerschaften' }).waitFor();
    page.off('response', onResponse);
    return Promise.all(
      responses.map(async (response) => {
        const request = response.request();
        const sizes = await request.sizes();
        const headers = await response.allHeaders();
        return {
          url: new URL(response.url()).pathname,
          type: request.resourceType(),
          status: response.status(),
          transferred: sizes.responseBodySize + sizes.responseHeadersSize,
          body: sizes.responseBodySize,
          encoding: headers['content-encoding'] ?? 'none',
          cacheControl: headers['cache-control'] ?? '(none)',
        };
      }),
    );
  };
  const first = await load();
  const again = await load();
  await context.close();
  return { first, again };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

function report(label, { first, again }, entryFile, { listed = false } = {}) {
  const total = first.reduce((sum, r) => sum + r.transferred, 0);
  console.log(`\n${label}`);
  console.log(`  first visit: ${first.length} responses, ${kb(total)} transferred`);
  if (listed)
    for (const r of [...first].sort((a, b) => b.transferred - a.transferred))
      console.log(`    ${kb(r.transferred).padStart(10)}  ${r.encoding.padEnd(5)} ${r.type.padEnd(11)} ${r.url}`);
  const types = [...new Set(first.map((r) => r.type))].sort();
  for (const type of types) {
    const of = first.filter((r) => r.type === type);
    const bytes = of.reduce((sum, r) => sum + r.transferred, 0);
    const encodings = [...new Set(of.map((r) => r.encoding))].join('/');
    const caching = [...new Set(of.map((r) => r.cacheControl))].join(' | ');
    console.log(
      `    ${type.padEnd(11)} ${String(of.length).padStart(3)} × ${kb(bytes).padStart(10)}  encoding ${encodings.padEnd(9)} cache ${caching}`,
    );
  }
  const entry = first.find((r) => r.url === `/${entryFile}`);
  if (entry) console.log(`  entry chunk ${entryFile}: ${kb(entry.transferred)} transferred (${entry.encoding})`);
  const other = first.filter((r) => r.status >= 400 || (r.type === 'document' && r.url !== '/'));
  for (const r of other) console.log(`  note: ${r.url} answered ${r.status} as ${r.type}`);
  const fetched = again.filter((r) => r.transferred > 0);
  console.log(
    `  later visit: ${fetched.length} of ${again.length} responses over the network, ${kb(fetched.reduce((sum, r) => sum + r.transferred, 0))} transferred`,
  );
  return total;
}

(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}: apt-get install chromium`);
  buildServerIfNeeded();
  buildPortal();
  const manifest = JSON.parse(readFileSync(path.join(webDist, '.vite', 'manifest.json'), 'utf8'));
  const entryFile = Object.values(manifest).find((chunk) => chunk.isEntry).file;
  const entryBytes = statSync(path.join(webDist, entryFile)).size;

  const pgDir = mkdtempSync(path.join(tmpdir(), 'allmende-bench-portal-'));
  let app;
  let plain;
  let browser;
  try {
    // Empty DATABASE_URL: the server starts its own embedded PostgreSQL in pgDir, as `npm start` does.
    app = await startApp('', pgDir, { SEED_DEMO: 'true' });
    plain = await startPlainServer(app, await freePort());
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const served = await visit(browser, app.base);
    const baseline = await visit(browser, `http://127.0.0.1:${plain.address().port}`);

    console.log(`\nentry chunk ${entryFile}: ${kb(entryBytes)} uncompressed`);
    const total = report('Allmende server (npm start):', served, entryFile, { listed: true });
    for (const file of ['/favicon.ico', '/assets/missing.js']) {
      const res = await fetch(`${app.base}${file}`);
      console.log(`  ${file}: ${res.status} ${res.headers.get('content-type')}`);
    }
    const baselineTotal = report('Baseline, plain node:http static server without compression:', baseline, entryFile);
    console.log(
      `\nlanding page, first visit: ${kb(total)} transferred (baseline ${kb(baselineTotal)})   target < ${targetKb} KB`,
    );
  } finally {
    await browser?.close();
    plain?.close();
    await stopApp(app);
    rmSync(pgDir, { recursive: true, force: true });
  }
})().catch((error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
