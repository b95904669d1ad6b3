import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, rowCells } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { signIn } from './support/session';

// The Geoportal-Verbund's treasurer opens the development fund: balances per purpose from the seeded ledger
// (contributions 2023–2026, two approved allocations, two disbursements), contributions by contributor and
// year, shares; records a contribution that is refused below the yearly minimum and then accepted.
let portal: RunningPortal | undefined;
let baseUrl: string;
let treasurer: Page;
let contexts: BrowserContext[] = [];
const fundUrl = () => `${baseUrl}/p/geoportal-verbund/finanzen/fonds`;

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  const { page, context } = await germanPage(portal.browser);
  treasurer = page;
  contexts = [context];
  await signIn(treasurer, baseUrl, 'kasse@geoportal-verbund.demo');
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await portal?.close();
});

describe('development fund', () => {
  it('shows the balance per purpose, the contributions by year and the shares', async () => {
    await treasurer.goto(fundUrl());
    await treasurer.getByRole('heading', { level: 1, name: /Entwicklungsfonds/ }).waitFor();
    const balances = treasurer.getByRole('table', {
      name: 'Stand des Entwicklungsfonds je Zweck und des allgemeinen Fonds (Summen über das Hauptbuch)',
    });
    await balances.getByRole('rowheader', { name: 'Fehlerbehebungen (Issues)', exact: true }).waitFor();
    // Lindenfeld's earmarked 10.300 €; the 9.000 € allocation took 7.650 € from it and the rest from the general fund.
    expect(await rowCells(balances, 'Fehlerbehebungen (Issues)')).toEqual(
      ['10.300,00', '7.650,00', '2.650,00', '9.000,00', '6.000,00', '3.000,00'].map((euros) =>
        expect.stringMatching(new RegExp(`^${euros.replace('.', '\\.')}\\s€$`)),
      ),
    );
    expect((await rowCells(balances, 'Allgemeiner Fonds (ohne Zweckbindung)')).slice(0, 3)).toEqual(
      ['52.500,00', '1.350,00', '51.150,00'].map((euros) =>
        expect.stringMatching(new RegExp(`^${euros.replace('.', '\\.')}\\s€$`)),
      ),
    );
    const years = treasurer.getByRole('table', { name: 'Beiträge je Beitragsgeber und Jahr, abzüglich Stornierungen' });
    const silberau = years.getByRole('row').filter({ hasText: 'Stadt Silberau' });
    await silberau.getByText('kein Mitglied').waitFor();
    expect((await silberau.getByRole('cell').allTextContents()).map((x) => x.trim())).toEqual([
      '–kein Beitrag',
      expect.stringMatching(/^3\.050,00\s€$/),
      expect.stringMatching(/^3\.100,00\s€$/),
      expect.stringMatching(/^3\.150,00\s€$/),
    ]);
    const shares = treasurer.getByRole('table', { name: 'Anteil jedes Beitragsgebers an allen Beiträgen' });
    await shares
      .getByRole('row')
      .filter({ hasText: 'Landesamt für Geobasisdaten' })
      .getByText(/^48,73\s%$/)
      .waitFor();
    const allocations = treasurer.getByRole('table', { name: /Bewilligungen und Anträge, neueste zuerst/ });
    await allocations
      .getByRole('row')
      .filter({ hasText: 'Fehlerbehebungen 2025 (Sammelauftrag)' })
      .getByRole('link', { name: 'Angenommen' })
      .waitFor();
    await expectNoAxeViolations(treasurer, 'fund dashboard (treasurer)');
  });

  it('refuses a first contribution below the minimum and books one that reaches it', async () => {
    const form = treasurer.getByRole('region', { name: 'Beitrag erfassen' });
    await form.getByLabel('Beitragsgeber', { exact: true }).selectOption({ label: 'Stadt Fuchsmoor' });
    await form.getByLabel('Zweckbindung').selectOption({ label: 'Dokumentation' });
    await form.getByLabel('Betrag', { exact: true }).fill('500');
    await form.getByLabel('Eingegangen am').fill('2026-06-01');
    await form.getByRole('button', { name: 'Beitrag buchen' }).click();
    await form
      .getByText(
        /Der erste Beitrag für 2026 muss mindestens den Mindestbeitrag von 1\.000,00\s€ erreichen, angegeben: 500,00\s€/,
      )
      .first()
      .waitFor();
    await expectNoAxeViolations(treasurer, 'fund contribution (refused)');

    await form.getByLabel('Betrag', { exact: true }).fill('1.000');
    await form.getByRole('button', { name: 'Beitrag buchen' }).click();
    await form.getByText(/^Der Beitrag über 1\.000,00\s€ für 2026 wurde gebucht\.$/).waitFor();
    const years = treasurer.getByRole('table', { name: 'Beiträge je Beitragsgeber und Jahr, abzüglich Stornierungen' });
    await years
      .getByRole('row')
      .filter({ hasText: 'Stadt Fuchsmoor' })
      .getByText(/^1\.000,00\s€$/)
      .waitFor();
    const balances = treasurer.getByRole('table', { name: /^Stand des Entwicklungsfonds je Zweck/ });
    expect((await rowCells(balances, 'Dokumentation'))[0]).toMatch(/^5\.300,00\s€$/);
    await expectNoAxeViolations(treasurer, 'fund contribution (booked)');
  });

  it('shows the community manager (FINANCE_READ) the dashboard read-only', async () => {
    const { page, context } = await germanPage(portal!.browser);
    contexts.push(context);
    await signIn(page, baseUrl, 'gemeinschaft@geoportal-verbund.demo');
    await page.goto(fundUrl());
    await page.getByText('Sie sehen den Fonds lesend; Beiträge und Bewilligungen erfasst die Kasse.').waitFor();
    await page.getByRole('table', { name: /^Stand des Entwicklungsfonds je Zweck/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Beitrag buchen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'fund dashboard (read-only)');
  });
});
