import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, rowCells } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { signIn } from './support/session';

// The village app community's treasurer reads the seeded fee schedule, previews the 2026 fee run, runs it (the
// member that joined in February pays 11/12), runs it again without effect, and books a partial payment; the
// Geoportal-Verbund's treasurer sees the seeded paid, partly paid and overpaid invoices.
let portal: RunningPortal | undefined;
let baseUrl: string;
let treasurer: Page;
let geoTreasurer: Page;
let contexts: BrowserContext[] = [];

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  const pages = await Promise.all([germanPage(portal.browser), germanPage(portal.browser)]);
  [treasurer, geoTreasurer] = pages.map(({ page }) => page) as [Page, Page];
  contexts = pages.map(({ context }) => context);
  await signIn(treasurer, baseUrl, 'kasse@dorf-app.demo');
  await signIn(geoTreasurer, baseUrl, 'kasse@geoportal-verbund.demo');
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await portal?.close();
});

describe('membership fees', () => {
  it('shows the fee schedule', async () => {
    await treasurer.goto(`${baseUrl}/p/dorf-app/finanzen/beitraege`);
    await treasurer.getByRole('heading', { level: 1, name: /Mitgliedsbeiträge/ }).waitFor();
    const tiers = treasurer.getByRole('table', { name: 'Beitragsstufen im Basisjahr' });
    expect(await rowCells(tiers, 'über 150.000 Einwohner')).toEqual([
      'Gemeinde oder Stadt, Landkreis',
      'ab 150.001',
      expect.stringMatching(/^7\.000,00\s€$/),
    ]);
    await treasurer.getByText('Jede genannte Organisationsart ist für alle Einwohnerzahlen abgedeckt.').waitFor();
    await expectNoAxeViolations(treasurer, 'fees (schedule)');
  });

  it('previews and runs the 2026 fee run once', async () => {
    await treasurer.getByLabel('Beitragsjahr').fill('2026');
    await treasurer.getByRole('button', { name: 'Vorschau anzeigen' }).click();
    await treasurer
      .getByText(/^10 Rechnungen über zusammen 44\.083,33\s€ werden erstellt, 0 bestehen bereits\.$/)
      .waitFor();
    const preview = treasurer.getByRole('table', { name: 'Vorschau des Beitragslaufs 2026' });
    const joiner = await rowCells(preview, 'Stadt Tannwerder');
    expect(joiner.slice(0, 2)).toEqual(['wird berechnet', expect.stringMatching(/^4\.583,33\s€$/)]);
    expect(joiner[2]).toContain('11 von 12 Monaten');
    expect((await rowCells(preview, 'Dorfnetz Software GmbH'))[0]).toBe('beitragsfrei');
    await expectNoAxeViolations(treasurer, 'fees (run preview)');

    await treasurer.getByRole('button', { name: 'Beitragslauf 2026 ausführen' }).click();
    const dialog = treasurer.getByRole('dialog', { name: 'Beitragslauf 2026 ausführen?' });
    await dialog.waitFor();
    await expectNoAxeViolations(treasurer, 'fees (confirm run)');
    await dialog.getByRole('button', { name: 'Rechnungen erstellen' }).click();
    await treasurer
      .getByText(/^10 Rechnungen erstellt, 0 bestanden bereits, 1 Mitglied beitragsfrei \(zusammen 44\.083,33\s€\)\.$/)
      .waitFor();
    await treasurer.getByText(/^0 Rechnungen über zusammen 0,00\s€ werden erstellt, 10 bestehen bereits\.$/).waitFor();
    await treasurer.getByText('Für 2026 ist nichts mehr zu berechnen.').waitFor();
  });

  it('lists the invoices and books a partial payment', async () => {
    await treasurer.getByLabel('Jahr', { exact: true }).fill('2026');
    const invoices = treasurer.getByRole('table', { name: 'Beitragsrechnungen 2026 (10)' });
    await invoices.waitFor();
    const before = await rowCells(invoices, '2026-0002');
    expect(before[0]).toContain('Gemeinde Großenbrück');
    expect(before.slice(-1)).toEqual(['offen']);

    await treasurer.getByLabel('Mitglied', { exact: true }).selectOption({ label: 'Gemeinde Großenbrück' });
    await treasurer.getByLabel('Rechnung', { exact: true }).selectOption({ index: 1 });
    await treasurer.getByLabel('Betrag in Euro').fill('1.000');
    await treasurer.getByLabel('Eingangsdatum').fill('2026-03-01');
    await treasurer.getByRole('button', { name: 'Zahlung buchen' }).click();
    await treasurer.getByText(/^Die Zahlung über 1\.000,00\s€ von Gemeinde Großenbrück wurde gebucht\.$/).waitFor();
    await invoices.getByRole('cell', { name: 'teilweise bezahlt' }).waitFor();
    const after = await rowCells(invoices, '2026-0002');
    expect(after.slice(3)).toEqual([
      expect.stringMatching(/^3\.500,00\s€$/),
      expect.stringMatching(/^1\.000,00\s€$/),
      expect.stringMatching(/^2\.500,00\s€$/),
      'teilweise bezahlt',
    ]);
    const balances = treasurer.getByRole('table', { name: /Beiträge und Zahlungen je Mitglied/ });
    // The balances are fetched again after the payment; wait until they show it.
    await balances
      .getByRole('row')
      .filter({ hasText: 'Gemeinde Großenbrück' })
      .filter({ hasText: /2\.500,00/ })
      .waitFor();
    expect(await rowCells(balances, 'Gemeinde Großenbrück')).toEqual([
      expect.stringMatching(/^3\.500,00\s€$/),
      expect.stringMatching(/^1\.000,00\s€$/),
      expect.stringMatching(/^2\.500,00\s€$/),
      '1',
    ]);
    await expectNoAxeViolations(treasurer, 'fees (invoices and payment)');
  });

  it('refuses a payment without an amount, naming the field', async () => {
    await treasurer.getByLabel('Mitglied', { exact: true }).selectOption({ label: 'Stadt Moselhain' });
    await treasurer.getByRole('button', { name: 'Zahlung buchen' }).click();
    await treasurer.getByText('Bitte einen positiven Betrag in Euro eingeben, z. B. 1.000 oder 250,50.').waitFor();
    expect(await treasurer.getByLabel('Betrag in Euro').getAttribute('aria-invalid')).toBe('true');
  });

  it('edits the schedule: an overlap is refused and changes nothing, a valid indexation is saved', async () => {
    await treasurer.getByRole('button', { name: 'Beitragsordnung bearbeiten' }).click();
    const tier2 = treasurer.getByRole('group', { name: 'Stufe 2' });
    await tier2.getByLabel('Einwohner von (einschließlich)').fill('10.000');
    await treasurer.getByRole('button', { name: 'Beitragsordnung speichern' }).click();
    await tier2.getByText(/Stufe 2 \(10\.001 bis 150\.000 Einwohner\) überschneidet sich mit Stufe 1/).waitFor();
    await expectNoAxeViolations(treasurer, 'fees (schedule form with error)');
    await tier2.getByLabel('Einwohner von (einschließlich)').fill('10.001');
    await treasurer.getByLabel('Indexierung pro Jahr in Prozent').fill('2,5');
    await treasurer.getByLabel('Indexierung ab Jahr').fill('2027');
    await treasurer.getByRole('button', { name: 'Beitragsordnung speichern' }).click();
    await treasurer
      .getByText('Die Beitragsordnung wurde gespeichert. Bereits erstellte Rechnungen bleiben unverändert.')
      .waitFor();
    await treasurer.getByText('2,5 % pro Jahr ab 2027, mit Zinseszins').waitFor();
    await treasurer.getByRole('table', { name: 'Beitragsrechnungen 2026 (10)' }).waitFor();
  });

  it('shows the seeded paid, partly paid and overpaid invoices of the Geoportal-Verbund', async () => {
    await geoTreasurer.goto(`${baseUrl}/p/geoportal-verbund/finanzen/beitraege`);
    await geoTreasurer.getByLabel('Jahr', { exact: true }).fill('2026');
    const invoices = geoTreasurer.getByRole('table', { name: 'Beitragsrechnungen 2026 (11)' });
    await invoices.waitFor();
    expect((await rowCells(invoices, '2026-0001')).slice(-1)).toEqual(['bezahlt']);
    expect((await rowCells(invoices, '2026-0002')).slice(-1)).toEqual(['teilweise bezahlt']);
    expect((await rowCells(invoices, '2026-0003')).slice(-1)).toEqual(['überzahlt']);
    expect((await rowCells(invoices, '2026-0004')).slice(-1)).toEqual(['offen']);
    await geoTreasurer.getByLabel('Status').selectOption('OVERPAID');
    await geoTreasurer.getByRole('table', { name: 'Beitragsrechnungen 2026 (1)' }).waitFor();
    await expectNoAxeViolations(geoTreasurer, 'fees (seeded invoices)');
  });
});
