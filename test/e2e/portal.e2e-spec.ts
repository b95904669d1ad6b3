import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';

const repoRoot = path.resolve(__dirname, '../..');
const serverEntry = path.join(repoRoot, 'server/dist/server/src/main.js');
const portalIndex = path.join(repoRoot, 'web/dist/index.html');
const chromiumPath = '/usr/bin/chromium';

let server: ChildProcess | undefined;
let serverOutput = '';
let dataDir: string | undefined;
let browser: Browser | undefined;
let page: Page;
let baseUrl: string;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is not installed at ${chromiumPath}: run \`apt-get install -y chromium\` (as root) first.`);
  }
  if (!existsSync(serverEntry)) throw new Error(`${serverEntry} is missing: run \`npm run build:server\` first.`);
  // The server serves the portal only when web/dist exists at startup.
  if (!existsSync(portalIndex)) throw new Error(`${portalIndex} is missing: run \`npm run build -w web\` first.`);

  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  dataDir = mkdtempSync(path.join(tmpdir(), 'allmende-e2e-pg-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_PG_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'true' };
  // A fresh embedded PostgreSQL, migrated and seeded with the demo data, whatever the caller's environment says.
  delete env.DATABASE_URL;
  server = spawn(process.execPath, [serverEntry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  await waitForHealth(server, `${baseUrl}/health`, 50_000);

  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await stopServer();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('portal', () => {
  it('lists the demo partnerships in German and offers a working skip link', async () => {
    await page.goto(`${baseUrl}/`);

    await page.getByRole('heading', { level: 1, name: 'Entwicklungspartnerschaften' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    for (const [name, slug] of [
      ['Offene Datenplattform Kommune', 'offene-datenplattform'],
      ['Geoportal-Verbund', 'geoportal-verbund'],
      ['Dorf-App-Gemeinschaft', 'dorf-app'],
    ]) {
      expect(await page.getByRole('link', { name }).getAttribute('href')).toBe(`/p/${slug}`);
    }
    const geoportal = page.getByRole('article').filter({ has: page.getByRole('link', { name: 'Geoportal-Verbund' }) });
    expect(await definitions(geoportal)).toEqual({ Produkt: 'Kartenwerk', 'Governance-Modell': 'Hybrid', 'Aktive Mitglieder': '12' });
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    // The first Tab reaches the skip link, which moves focus past the header to the content.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').getAttribute('id')).toBe('main');

    await expectNoAxeViolations(page, 'partnership list (de)');
  });

  it('opens a partnership and shows its member organisations', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Geoportal-Verbund' }).click();

    await page.getByRole('heading', { level: 1, name: 'Geoportal-Verbund' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/p/geoportal-verbund`);
    expect(await page.title()).toBe('Geoportal-Verbund – Allmende');
    // After a client-side navigation focus moves to the new content, as a page load would.
    expect(await page.locator(':focus').getAttribute('id')).toBe('main');

    const overview = await definitions(page.locator('section').filter({ has: page.getByRole('heading', { name: 'Überblick' }) }));
    expect(overview).toMatchObject({
      Produkt: 'Kartenwerk',
      'Governance-Modell': 'Hybrid',
      Produktverantwortung: 'Landesamt für Geobasisdaten und Raumbeobachtung',
      'Community Management': 'Datenzentrale Küstenländer AöR',
    });

    const table = page.getByRole('table', { name: /Mitgliedschaften der Partnerschaft „Geoportal-Verbund“/ });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Organisation', 'Art', 'Einwohnerzahl', 'Status', 'Mitglied seit']);
    expect(await table.locator('tbody tr').count()).toBe(13);
    expect(await memberRow(table, 'Hansestadt Störmünde')).toEqual(['Gemeinde oder Stadt', '231.470', 'Aktiv', '01.03.2019']);
    expect(await memberRow(table, 'Stadt Erzhalden')).toEqual(['Gemeinde oder Stadt', '44.870', 'Ruhend', '01.01.2021']);
    // An organisation without inhabitants shows a dash, announced as "keine Angabe".
    expect(await memberRow(table, 'Datenzentrale Küstenländer AöR')).toEqual(['IT-Dienstleister', '–keine Angabe', 'Aktiv', '01.03.2019']);

    await expectNoAxeViolations(page, 'partnership detail (de)');
  });

  it('shows a not-found page for an unknown partnership and an unknown address', async () => {
    await page.goto(`${baseUrl}/p/gibt-es-nicht`);
    await page.getByRole('heading', { level: 1, name: 'Partnerschaft nicht gefunden' }).waitFor();
    expect(await page.getByText('Es gibt keine Partnerschaft mit der Kennung „gibt-es-nicht“.').count()).toBe(1);

    await page.goto(`${baseUrl}/irgendwo/anders`);
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
    await expectNoAxeViolations(page, 'not found (de)');
  });

  it('explains a failed request and recovers when the reader retries', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    try {
      await page.goto(`${baseUrl}/`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Die Daten konnten nicht geladen werden.');
      await page.unroute('**/graphql');
      await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
      await page.getByRole('link', { name: 'Geoportal-Verbund' }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    } finally {
      await page.unrouteAll();
    }
  });

  it('switches to English, formats numbers and dates in English and remembers the choice', async () => {
    await page.goto(`${baseUrl}/p/geoportal-verbund`);
    await page.getByRole('heading', { level: 1, name: 'Geoportal-Verbund' }).waitFor();

    const english = page.getByRole('group', { name: 'Sprache' }).getByRole('button', { name: 'English' });
    expect(await english.getAttribute('aria-pressed')).toBe('false');
    await english.click();
    // The switch's own label follows the language.
    const switched = page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' });

    await page.getByRole('heading', { level: 2, name: 'Member organisations' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await switched.getAttribute('aria-pressed')).toBe('true');
    const table = page.getByRole('table', { name: /memberships of the partnership “Geoportal-Verbund”/ });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Organisation', 'Kind', 'Population', 'Status', 'Member since']);
    expect(await memberRow(table, 'Hansestadt Störmünde')).toEqual(['Municipality', '231,470', 'Active', 'Mar 1, 2019']);
    await expectNoAxeViolations(page, 'partnership detail (en)');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Member organisations' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'All partnerships' }).click();
    await page.getByRole('heading', { level: 1, name: 'Development partnerships' }).waitFor();
    await expectNoAxeViolations(page, 'partnership list (en)');
  });

  it('keeps its contrast in the dark colour scheme, which KERN follows from the system setting', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    try {
      const dark = await context.newPage();
      await dark.goto(`${baseUrl}/p/geoportal-verbund`);
      await dark.getByRole('table').waitFor();
      await expectNoAxeViolations(dark, 'partnership detail (dark scheme)');
    } finally {
      await context.close();
    }
  });
});

/** The cells after the row header of the member's row, as text. */
async function memberRow(table: Locator, organisation: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: organisation, exact: true }) });
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
}

/** A description list's terms and definitions as an object. */
async function definitions(scope: Locator): Promise<Record<string, string>> {
  const terms = await scope.locator('dt').allTextContents();
  const values = await scope.locator('dd').allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term.trim(), (values[index] ?? '').trim()]));
}

async function expectNoAxeViolations(target: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (results.violations.length > 0) {
    const report = results.violations
      .map((violation) => {
        const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
        return `  ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}`;
      })
      .join('\n\n');
    console.error(`axe found ${results.violations.length} WCAG 2.1 AA violation(s) on ${label}:\n${report}`);
  }
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port assigned'))));
    });
  });
}

async function waitForHealth(child: ChildProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was healthy:\n${serverOutput}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server was not healthy at ${url} within ${timeoutMs / 1000} s:\n${serverOutput}`);
}

async function stopServer(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  // SIGTERM stops the embedded PostgreSQL too; only if that hangs, give up on a clean shutdown.
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 20_000).unref())]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
    console.error(`The server did not exit within 20 s of SIGTERM and was killed:\n${serverOutput}`);
  }
}
