import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

const repoRoot = path.resolve(__dirname, '../../..');
const serverEntry = path.join(repoRoot, 'server/dist/server/src/main.js');
const portalIndex = path.join(repoRoot, 'web/dist/index.html');
const chromiumPath = '/usr/bin/chromium';

/** The built server on a fresh embedded PostgreSQL with the demo data, and a headless Chromium. */
export interface RunningPortal {
  baseUrl: string;
  browser: Browser;
  /** Closes the browser, stops the server and removes its database. */
  close(): Promise<void>;
}

export async function startPortal(): Promise<RunningPortal> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}: run \`apt-get install -y chromium\` (as root) first.`,
    );
  }
  if (!existsSync(serverEntry)) throw new Error(`${serverEntry} is missing: run \`npm run build:server\` first.`);
  // The server serves the portal only when web/dist exists at startup.
  if (!existsSync(portalIndex)) throw new Error(`${portalIndex} is missing: run \`npm run build -w web\` first.`);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'allmende-e2e-pg-'));
  // PUBLIC_URL: the links in mails (invitations, password resets) must point at this server, on the same host
  // name the browser uses, or the session cookie would not travel with them.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    EMBEDDED_PG_DIR: dataDir,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
  };
  // A fresh embedded PostgreSQL, migrated and seeded with the demo data, whatever the caller's environment says.
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, [serverEntry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { text: '' };
  server.stdout?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await stopServer(server, output);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(server, output, `${baseUrl}/health`, 50_000);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (error) {
    await close();
    throw error;
  }
  return { baseUrl, browser, close };
}

/** A browser context of its own (cookies, stored language) in German, and a page in it. */
export async function germanPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port assigned')),
      );
    });
  });
}

async function waitForHealth(
  child: ChildProcess,
  output: { text: string },
  url: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with code ${child.exitCode} before it was healthy:\n${output.text}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server was not healthy at ${url} within ${timeoutMs / 1000} s:\n${output.text}`);
}

async function stopServer(child: ChildProcess, output: { text: string }): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  // SIGTERM stops the embedded PostgreSQL too; only if that hangs, give up on a clean shutdown.
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 20_000).unref()),
  ]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
    console.error(`The server did not exit within 20 s of SIGTERM and was killed:\n${output.text}`);
  }
}
