import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/page-checks';
import { type RunningPortal, startPortal } from './support/portal';
import { signIn } from './support/session';

// The pages a public body must publish, linked from every page's footer and readable without signing in; the demo
// seed fills them in for an invented operator. The editing test comes last: it changes the Impressum.
let portal: RunningPortal | undefined;
let baseUrl: string;

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
});

afterAll(async () => {
  await portal?.close();
});

const legalPages = [
  { link: 'Impressum', path: '/impressum', says: 'Angaben nach § 5 Digitale-Dienste-Gesetz (DDG)' },
  { link: 'Datenschutzerklärung', path: '/datenschutz', says: 'Art. 13 der Datenschutz-Grundverordnung' },
  { link: 'Erklärung zur Barrierefreiheit', path: '/barrierefreiheit', says: 'teilweise vereinbar' },
];

const starts = [
  { path: '/', heading: 'Entwicklungspartnerschaften' },
  { path: '/p/geoportal-verbund', heading: 'Geoportal-Verbund' },
];

async function germanPageAt(browser: Browser, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'de-DE' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** The footer's legal links, by their German names. */
const footerLink = (page: Page, name: string) =>
  page.getByRole('contentinfo').getByRole('navigation', { name: 'Rechtliches' }).getByRole('link', { name });

describe.each([
  [1280, 800],
  [390, 844],
])('legal pages at %i×%i', (width, height) => {
  let page: Page;
  beforeAll(async () => {
    page = await germanPageAt(portal!.browser, width, height);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it('reaches each page from the footer of the landing page and of a partnership page, signed out', async () => {
    for (const start of starts) {
      for (const legal of legalPages) {
        await page.goto(`${baseUrl}${start.path}`);
        await page.getByRole('heading', { level: 1, name: start.heading }).waitFor();
        await footerLink(page, legal.link).click();

        await page.getByRole('heading', { level: 1, name: legal.link }).waitFor();
        expect(page.url()).toBe(`${baseUrl}${legal.path}`);
        expect(await page.title()).toBe(`${legal.link} – Allmende`);
        const main = page.getByRole('main');
        await main.getByText(legal.says, { exact: false }).first().waitFor();
        // The demo's operator is invented, and says so; nothing is left to fill in, so no notice either.
        expect(await main.getByText('Alle Angaben zum Betreiber auf dieser Seite sind erfunden.').count()).toBe(1);
        expect(await main.getByText('[Bitte ergänzen:', { exact: false }).count()).toBe(0);
        // The footer marks the page one is on.
        expect(await footerLink(page, legal.link).getAttribute('aria-current')).toBe('page');
        if (start.path === '/') await expectNoAxeViolations(page, `${legal.path} at ${width}×${height} (de)`);
      }
    }
  });

  it('shows the accessibility statement with its sections, and each page in English after the switch', async () => {
    await page.goto(`${baseUrl}/barrierefreiheit`);
    const main = page.getByRole('main');
    for (const section of [
      'Stand der Vereinbarkeit mit den Anforderungen',
      'Wie die Plattform geprüft wird',
      'Nicht barrierefreie Inhalte',
      'Barrieren melden: Kontakt',
      'Schlichtungs- und Durchsetzungsverfahren',
    ])
      await main.getByRole('heading', { level: 2, name: section }).waitFor();
    expect(await main.getByText('barrierefreiheit@allmende.demo', { exact: false }).count()).toBe(1);

    // On a phone the language switch sits in the header's menu.
    if (width < 640) await page.getByRole('banner').getByRole('button', { name: 'Menü' }).click();
    await page.getByRole('group', { name: 'Sprache' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    await main.getByRole('heading', { level: 2, name: 'Compliance status' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page, `/barrierefreiheit at ${width}×${height} (en)`);

    const legal = page.getByRole('contentinfo').getByRole('navigation', { name: 'Legal' });
    await legal.getByRole('link', { name: 'Legal notice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Legal notice' }).waitFor();
    await main.getByText('Information under § 5 of the German Digital Services Act', { exact: false }).waitFor();
    await legal.getByRole('link', { name: 'Privacy notice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    await main.getByText('Art. 13 of the General Data Protection Regulation', { exact: false }).waitFor();

    if (width < 640) await page.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datenschutzerklärung' }).waitFor();
  });
});

describe('editing the legal pages', () => {
  let page: Page;
  beforeAll(async () => {
    page = await germanPageAt(portal!.browser, 1280, 800);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it('lets the platform admin edit the Impressum, shows it safely and tells admins what is still missing', async () => {
    await signIn(page, baseUrl, 'admin@allmende.demo', 'Plattform-Administration');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Rechtstexte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rechtstexte' }).waitFor();
    const table = page.getByRole('table', { name: 'Rechtstexte in beiden Sprachen' });
    await table.getByRole('link', { name: 'Impressum (Deutsch) bearbeiten' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(6);
    // The demo operator filled in everything.
    expect(await table.getByRole('cell', { name: 'keine' }).count()).toBe(6);
    await expectNoAxeViolations(page, 'legal pages overview (de)');

    await table.getByRole('link', { name: 'Impressum (Deutsch) bearbeiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impressum (Deutsch) bearbeiten' }).waitFor();
    const text = page.getByLabel('Text (Markdown)');
    expect(await text.inputValue()).toContain('Zweckverband Digitale Allmende Nordland');
    await expectNoAxeViolations(page, 'legal page editor (de)');

    // An empty text is refused in the form, with focus on the field.
    await text.fill('   ');
    await page.getByRole('button', { name: 'Speichern' }).click();
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(':focus').getAttribute('id')).toBe(await text.getAttribute('id'));

    // Raw HTML is not shown and a script link is not a link; the preview shows what readers will see.
    await text.fill(
      '# Betreiber\n\nStadt Beispielhausen\\\n[Bitte ergänzen: Postanschrift]\n\n<b>fett?</b> <img src=x onerror="window.hacked=1">\n\n[Klick](javascript:window.hacked=1) und [Rathaus](https://beispielhausen.example)',
    );
    const preview = page.getByRole('region', { name: 'Vorschau' });
    await preview.getByRole('heading', { level: 3, name: 'Betreiber' }).waitFor();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').getByText('Gespeichert. Die Seite zeigt jetzt diesen Text.').waitFor();

    await page.getByRole('link', { name: 'Seite ansehen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impressum' }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 2, name: 'Betreiber' }).waitFor();
    expect(await main.locator('b, img, script').count()).toBe(0);
    expect(await main.getByRole('link', { name: 'Rathaus' }).getAttribute('href')).toBe(
      'https://beispielhausen.example',
    );
    // A target other than http(s), mailto or a path is dropped, and the text stays text.
    expect(await main.getByRole('link', { name: 'Klick' }).count()).toBe(0);
    await main.getByText('Klick und', { exact: false }).waitFor();
    expect(await page.evaluate('window.hacked')).toBeUndefined();

    // The admin is told what is still missing, and where to fill it in.
    const notice = main.getByRole('region', { name: 'Hinweis für die Plattformverwaltung' });
    await notice.getByText('1 Angabe ist noch offen:').waitFor();
    expect(await notice.getByRole('listitem').allTextContents()).toEqual(['Postanschrift']);
    expect(await notice.getByRole('link', { name: 'Angaben ergänzen' }).getAttribute('href')).toBe(
      '/verwaltung/rechtstexte/impressum/de',
    );
    await expectNoAxeViolations(page, 'Impressum with the notice for admins (de)');

    // Everyone else sees the marked gap, but no notice.
    const visitor = await germanPageAt(portal!.browser, 390, 844);
    try {
      await visitor.goto(`${baseUrl}/impressum`);
      await visitor.getByRole('main').getByText('[Bitte ergänzen: Postanschrift]').waitFor();
      expect(await visitor.getByRole('region', { name: 'Hinweis für die Plattformverwaltung' }).count()).toBe(0);
    } finally {
      await visitor.context().close();
    }
  });
});
