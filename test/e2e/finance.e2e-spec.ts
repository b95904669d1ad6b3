import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { signIn } from './support/session';

// The treasurer of the Geoportal-Verbund opens the finances, the ledger (filters, a reversal with its
// confirmation) and a member's statement; its representative sees its own statement on the finance home; a
// visitor reads the public transparency report, and the closed partnership's stays hidden.
let portal: RunningPortal | undefined;
let baseUrl: string;
let treasurer: Page;
let representative: Page;
let anonymous: Page;
let contexts: BrowserContext[] = [];

const slug = 'geoportal-verbund';
const name = 'Geoportal-Verbund';

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  const pages = await Promise.all([germanPage(portal.browser), germanPage(portal.browser), germanPage(portal.browser)]);
  [treasurer, representative, anonymous] = pages.map(({ page }) => page) as [Page, Page, Page];
  contexts = pages.map(({ context }) => context);
  await signIn(treasurer, baseUrl, `kasse@${slug}.demo`);
  await signIn(representative, baseUrl, `vertretung@${slug}.demo`);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await portal?.close();
});

describe('finances', () => {
  it('shows the treasurer the finance home with its sections, exports and account balances', async () => {
    await treasurer.goto(`${baseUrl}/p/${slug}`);
    await treasurer
      .getByRole('navigation', { name: `Bereiche der Partnerschaft „${name}“` })
      .getByRole('link', { name: 'Finanzen' })
      .click();
    await treasurer.getByRole('heading', { level: 1, name: /^Finanzen/ }).waitFor();
    for (const section of [
      'Entwicklungsfonds',
      'Kostenteilungen',
      'Mitgliedsbeiträge',
      'Buchungen',
      'Auszüge',
      'Transparenzbericht',
    ]) {
      await treasurer.getByRole('main').getByRole('heading', { level: 2, name: section }).getByRole('link').waitFor();
    }
    const year = new Date().getFullYear();
    const csv = treasurer.getByRole('link', { name: `CSV: Buchungen ${year}` });
    expect(await csv.getAttribute('href')).toBe(`/exports/${slug}/ledger.csv?year=${year}&lang=de`);
    await treasurer.getByRole('heading', { level: 2, name: 'Konten' }).waitFor();
    await expectNoAxeViolations(treasurer, 'finance home (treasurer)');
  });

  it('lists the ledger with filters in the address and reverses a payment after a confirmation', async () => {
    await treasurer.getByRole('main').getByRole('link', { name: 'Buchungen', exact: true }).click();
    await treasurer.getByRole('heading', { level: 1, name: /^Buchungen/ }).waitFor();
    await treasurer
      .getByRole('status')
      .filter({ hasText: /Buchung/ })
      .waitFor();
    await expectNoAxeViolations(treasurer, 'ledger (treasurer)');

    await treasurer.getByLabel('Art', { exact: true }).selectOption('PAYMENT');
    await treasurer.waitForURL(/art=PAYMENT/);
    const journal = treasurer.getByRole('region', { name: /^Buchungen, neueste zuerst/ });
    // The demo fee run has payments (seeds/seed-fees.ts); the newest is reversed.
    const reverse = journal.getByRole('button', { name: /^Stornieren ?: „.+“ vom \d{2}\.\d{2}\.\d{4}$/ }).first();
    await reverse.click();
    const form = treasurer.getByRole('region', { name: 'Buchung stornieren' });
    await form.getByRole('button', { name: 'Stornieren …' }).click();
    const reason = form.getByLabel('Grund');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Doppelt erfasst');
    await form.getByRole('button', { name: 'Stornieren …' }).click();
    const dialog = treasurer.getByRole('dialog', { name: 'Buchung stornieren?' });
    await dialog.waitFor();
    await expectNoAxeViolations(treasurer, 'reversal confirmation');
    await dialog.getByRole('button', { name: 'Ja, stornieren' }).click();
    await treasurer
      .getByRole('status')
      .filter({ hasText: /ist storniert\.$/ })
      .waitFor();
    await treasurer.getByLabel('Art', { exact: true }).selectOption('REVERSAL');
    await journal
      .getByRole('rowheader', { name: /^Storno: Doppelt erfasst/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(treasurer, 'ledger after a reversal');
  });

  it('shows the treasurer a member’s statement with its downloads', async () => {
    await treasurer.goto(`${baseUrl}/p/${slug}/finanzen/auszug`);
    await treasurer.getByRole('heading', { level: 1, name: /^Auszüge/ }).waitFor();
    const organisation = treasurer.getByLabel('Organisation');
    const options = await organisation.locator('option').allTextContents();
    expect(options[0]).toBe('Bitte wählen');
    await organisation.selectOption({ index: 1 });
    await treasurer.waitForURL(/organisation=/);
    const year = new Date().getFullYear();
    await treasurer.getByRole('heading', { level: 2, name: `Auszug ${options[1]} ${year}` }).waitFor();
    await treasurer.getByRole('heading', { level: 3, name: 'Was die gemeinsame Finanzierung gespart hat' }).waitFor();
    const xlsx = treasurer.getByRole('link', { name: `XLSX: Auszug ${options[1]} ${year}` });
    expect(await xlsx.getAttribute('href')).toMatch(
      new RegExp(`^/exports/${slug}/statement\\.xlsx\\?year=${year}&organisationId=[0-9a-f-]{36}&lang=de$`),
    );
    await expectNoAxeViolations(treasurer, 'statement (treasurer)');
  });

  it('shows a representative its own organisation’s statement on the finance home', async () => {
    await representative.goto(`${baseUrl}/p/${slug}/finanzen`);
    await representative.getByRole('heading', { level: 1, name: /^Finanzen/ }).waitFor();
    await representative
      .getByRole('heading', { level: 2, name: new RegExp(`^Auszug .+ ${new Date().getFullYear()}$`) })
      .waitFor();
    expect(await representative.getByRole('link', { name: 'Buchungen', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(representative, 'finance home (representative)');
  });

  it('shows anyone the transparency report of a public partnership, and hides a closed one’s', async () => {
    await anonymous.goto(`${baseUrl}/p/${slug}`);
    await anonymous.getByRole('main').getByRole('link', { name: 'Transparenzbericht' }).click();
    await anonymous.getByRole('heading', { level: 1, name: /^Transparenzbericht/ }).waitFor();
    await anonymous.getByRole('heading', { level: 2, name: 'Einnahmen und Ausgaben je Jahr' }).waitFor();
    await anonymous
      .getByText('Der Bericht enthält keine personenbezogenen Daten und nennt keine einzelnen Beitragszahlenden.')
      .waitFor();
    await expectNoAxeViolations(anonymous, 'transparency report (anonymous)');

    await anonymous.goto(`${baseUrl}/p/dorf-app/transparenz`);
    await anonymous.getByRole('heading', { level: 1, name: 'Partnerschaft nicht gefunden' }).waitFor();
  });
});
