import type { Page } from 'playwright-core';
import { definitions, expectNoAxeViolations, rowCells } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { signIn, submitSignIn } from './support/session';

let portal: RunningPortal | undefined;
let page: Page;
let baseUrl: string;

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  ({ page } = await germanPage(portal.browser));
});

afterAll(async () => {
  await portal?.close();
});

/** Waits until `read` gives `expected` (a value the page updates after a request), failing after 10 s. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  let value = await read();
  for (let tries = 0; value !== expected && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  expect(value).toBe(expected);
}

describe('portal', () => {
  it('lists the public demo partnerships in German and offers a working skip link', async () => {
    await page.goto(`${baseUrl}/`);

    await page.getByRole('heading', { level: 1, name: 'Entwicklungspartnerschaften' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    // Anonymous visitors see only the partnerships with public transparency pages.
    await page.getByText('2 Partnerschaften').waitFor();
    expect(await page.getByRole('article').count()).toBe(2);
    for (const [name, slug] of [
      ['Offene Datenplattform Kommune', 'offene-datenplattform'],
      ['Geoportal-Verbund', 'geoportal-verbund'],
    ]) {
      expect(await page.getByRole('link', { name }).getAttribute('href')).toBe(`/p/${slug}`);
    }
    expect(await page.getByRole('link', { name: 'Dorf-App-Gemeinschaft' }).count()).toBe(0);
    const geoportal = page.getByRole('article').filter({ has: page.getByRole('link', { name: 'Geoportal-Verbund' }) });
    expect(await definitions(geoportal)).toEqual({
      Produkt: 'Kartenwerk',
      'Governance-Modell': 'Hybrid',
      'Aktive Mitglieder': '12',
    });
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

    const overview = await definitions(
      page.locator('section').filter({ has: page.getByRole('heading', { name: 'Überblick' }) }),
    );
    expect(overview).toMatchObject({
      Produkt: 'Kartenwerk',
      'Governance-Modell': 'Hybrid',
      Produktverantwortung: 'Landesamt für Geobasisdaten und Raumbeobachtung',
      'Community Management': 'Datenzentrale Küstenländer AöR',
    });

    const table = page.getByRole('table', { name: /Mitgliedschaften der Partnerschaft „Geoportal-Verbund“/ });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Organisation',
      'Art',
      'Einwohnerzahl',
      'Status',
      'Mitglied seit',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(13);
    expect(await rowCells(table, 'Hansestadt Störmünde')).toEqual([
      'Gemeinde oder Stadt',
      '231.470',
      'Aktiv',
      '01.03.2019',
    ]);
    expect(await rowCells(table, 'Stadt Erzhalden')).toEqual(['Gemeinde oder Stadt', '44.870', 'Ruhend', '01.01.2021']);
    // An organisation without inhabitants shows a dash, announced as "keine Angabe".
    expect(await rowCells(table, 'Datenzentrale Küstenländer AöR')).toEqual([
      'IT-Dienstleister',
      '–keine Angabe',
      'Aktiv',
      '01.03.2019',
    ]);

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
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Organisation',
      'Kind',
      'Population',
      'Status',
      'Member since',
    ]);
    expect(await rowCells(table, 'Hansestadt Störmünde')).toEqual(['Municipality', '231,470', 'Active', 'Mar 1, 2019']);
    await expectNoAxeViolations(page, 'partnership detail (en)');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Member organisations' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'All partnerships' }).click();
    await page.getByRole('heading', { level: 1, name: 'Development partnerships' }).waitFor();
    await expectNoAxeViolations(page, 'partnership list (en)');
  });

  it('stores a switch of language in the account, which a fresh sign-in elsewhere then shows', async () => {
    const email = 'kasse@geoportal-verbund.demo';
    const first = await germanPage(portal!.browser);
    const second = await germanPage(portal!.browser);
    try {
      await signIn(first.page, baseUrl, email);
      await first.page.goto(`${baseUrl}/konto`);
      const language = (tab: Page, label: string) => tab.getByRole('main').getByLabel(label, { exact: true });
      expect(await language(first.page, 'Sprache').inputValue()).toBe('DE');

      await first.page.getByRole('group', { name: 'Sprache' }).getByRole('button', { name: 'English' }).click();
      await first.page.getByRole('group', { name: 'Language' }).waitFor();
      // The account page shows the account as stored: its language is now English (mails follow it).
      await eventually(() => language(first.page, 'Language').inputValue(), 'EN');
      await first.page.reload();
      await first.page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
      expect(await language(first.page, 'Language').inputValue()).toBe('EN');

      // A browser that never switched: German until signing in, then the account's English.
      await second.page.goto(`${baseUrl}/anmelden`);
      await submitSignIn(second.page, email, 'Allmende-Demo-2026');
      await second.page
        .getByRole('banner')
        .getByRole('button', { name: /^Signed in as / })
        .waitFor();
      expect(await second.page.locator('html').getAttribute('lang')).toBe('en');
      await expectNoAxeViolations(second.page, 'signed in, in the account language (en)');

      // Switching back there is stored too, and the first browser takes it on its next load.
      await second.page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Deutsch' }).click();
      await second.page.getByRole('group', { name: 'Sprache' }).waitFor();
      await second.page.goto(`${baseUrl}/konto`);
      await eventually(() => language(second.page, 'Sprache').inputValue(), 'DE');
      await first.page.reload();
      await first.page.getByRole('group', { name: 'Sprache' }).waitFor();
      expect(await first.page.locator('html').getAttribute('lang')).toBe('de');
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  it('keeps its contrast in the dark colour scheme, which KERN follows from the system setting', async () => {
    const context = await portal!.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
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
