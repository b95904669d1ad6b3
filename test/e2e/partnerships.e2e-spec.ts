import type { Page } from 'playwright-core';
import { describedText, expectNoAxeViolations, rowCells } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { signIn, signOutFromHeader } from './support/session';

// One session through all tests, in order: the partnership created in one test is the one whose slug the next
// tries to take again. The portal runs on a database of its own, so the other specs see the demo data untouched.
let portal: RunningPortal | undefined;
let baseUrl: string;
let tab: Page;

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  ({ page: tab } = await germanPage(portal.browser));
});

afterAll(async () => {
  await portal?.close();
});

describe('creating a partnership', () => {
  // Umlauts, ß, an ampersand and a dash: the suggested slug spells them out or turns them into single dashes.
  const name = 'Öffentliche Straßen & Plätze – Süd';
  const slug = 'oeffentliche-strassen-plaetze-sued';
  const firstCommunityManager = 'erste.cm@example.org';

  it('asks signed-out visitors to sign in, and does not offer them the form', async () => {
    await tab.goto(`${baseUrl}/`);
    await tab.getByRole('link', { name: 'Geoportal-Verbund' }).waitFor();
    expect(await tab.getByRole('link', { name: 'Neue Partnerschaft' }).count()).toBe(0);

    await tab.goto(`${baseUrl}/partnerschaften/neu`);
    await tab.getByRole('heading', { level: 1, name: 'Anmeldung erforderlich' }).waitFor();
    const prompt = tab.getByRole('main').getByRole('link', { name: 'Jetzt anmelden' });
    expect(await prompt.getAttribute('href')).toBe('/anmelden?next=%2Fpartnerschaften%2Fneu');
    expect(await tab.getByRole('textbox').count()).toBe(0);
  });

  it('shows people who are not platform admins neither the link nor the form', async () => {
    await signIn(tab, baseUrl, 'gemeinschaft@geoportal-verbund.demo', 'Community Management Geoportal-Verbund');
    await tab.getByRole('heading', { level: 1, name: 'Entwicklungspartnerschaften' }).waitFor();
    await tab.getByRole('link', { name: 'Geoportal-Verbund' }).waitFor();
    expect(await tab.getByRole('link', { name: 'Neue Partnerschaft' }).count()).toBe(0);

    await tab.goto(`${baseUrl}/partnerschaften/neu`);
    await tab.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    expect(await tab.getByRole('button', { name: 'Partnerschaft anlegen' }).count()).toBe(0);
    await expectNoAxeViolations(tab, 'new partnership without permission (de)');
    await signOutFromHeader(tab, 'Community Management Geoportal-Verbund');
  });

  it('lets a platform admin create a partnership and invite its first community manager', async () => {
    await signIn(tab, baseUrl, 'admin@allmende.demo', 'Plattform-Administration');
    await tab.getByRole('heading', { level: 1, name: 'Entwicklungspartnerschaften' }).waitFor();
    // The admin sees every partnership, the hidden one too; the new one is not there yet.
    await tab.getByRole('link', { name: 'Dorf-App-Gemeinschaft' }).waitFor();
    expect(await tab.getByRole('link', { name }).count()).toBe(0);

    await tab.getByRole('link', { name: 'Neue Partnerschaft' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Neue Partnerschaft' }).waitFor();
    expect(tab.url()).toBe(`${baseUrl}/partnerschaften/neu`);
    expect(await tab.title()).toBe('Neue Partnerschaft – Allmende');
    const form = tab.getByRole('main');
    const nameField = form.getByLabel('Name der Partnerschaft', { exact: true });
    const slugField = form.getByLabel('Kennung', { exact: true });
    const productField = form.getByLabel('Name des Produkts', { exact: true });
    const modelField = form.getByLabel('Governance-Modell', { exact: true });
    const monthField = form.getByLabel('Beginn des Geschäftsjahres', { exact: true });
    // The months are named in the portal's language, the fiscal year starting in January unless chosen otherwise.
    expect(await monthField.locator('option').allTextContents()).toEqual([
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ]);
    expect(await monthField.inputValue()).toBe('1');
    await expectNoAxeViolations(tab, 'new partnership (de)');

    // Sent empty, the form marks what is missing and moves focus to the first of it.
    await form.getByRole('button', { name: 'Partnerschaft anlegen' }).click();
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(nameField)).toContain('Bitte füllen Sie „Name der Partnerschaft“ aus.');
    expect(await describedText(slugField)).toContain('Bitte füllen Sie „Kennung“ aus.');
    expect(await describedText(productField)).toContain('Bitte füllen Sie „Name des Produkts“ aus.');
    expect(await describedText(modelField)).toContain('Bitte wählen Sie das Governance-Modell der Partnerschaft.');
    expect(await form.getByLabel('Beschreibung (optional)').getAttribute('aria-invalid')).toBeNull();
    expect(await tab.locator(':focus').getAttribute('id')).toBe(await nameField.getAttribute('id'));
    expect(tab.url()).toBe(`${baseUrl}/partnerschaften/neu`);
    await expectNoAxeViolations(tab, 'new partnership with errors (de)');

    // The slug follows the name while nobody has edited it.
    await nameField.fill('Radwege Nord');
    expect(await slugField.inputValue()).toBe('radwege-nord');
    await nameField.fill(name);
    expect(await slugField.inputValue()).toBe(slug);
    await productField.fill('Straßenkataster');
    await form.getByLabel('Beschreibung (optional)').fill('Gemeinsame Pflege des Straßen- und Platzverzeichnisses.');
    await modelField.selectOption('HYBRID');
    await monthField.selectOption('4');
    await form.getByRole('checkbox', { name: 'Transparenzseiten öffentlich zeigen' }).check();
    await form.getByRole('button', { name: 'Partnerschaft anlegen' }).click();

    // On to the new partnership's people, where the first community manager is invited.
    await tab.waitForURL(`${baseUrl}/p/${slug}/personen`);
    await tab.getByRole('heading', { level: 1, name: /Personen & Rollen/ }).waitFor();
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toContain(name);
    await tab.getByRole('status').getByText('Die Partnerschaft ist angelegt.', { exact: false }).waitFor();
    await tab.getByText('In dieser Partnerschaft hat noch niemand eine Rolle.').waitFor();

    const invite = tab.getByRole('region', { name: 'Person einladen' });
    await invite.getByLabel('E-Mail-Adresse').fill(firstCommunityManager);
    await invite.getByLabel('Rolle').selectOption('COMMUNITY_MANAGER');
    await invite.getByRole('button', { name: 'Einladung verschicken' }).click();
    await invite.getByRole('status').getByText(`Die Einladung an ${firstCommunityManager} ist verschickt.`).waitFor();
    const open = tab.getByRole('table', { name: /Einladungen, die noch nicht angenommen wurden/ });
    expect(await rowCells(open, firstCommunityManager)).toEqual(expect.arrayContaining(['Community Management']));
    await expectNoAxeViolations(tab, 'people of the new partnership (de)');

    // The list was asked again after the creation, so it has the new partnership without a reload.
    await tab
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Partnerschaften' })
      .click();
    await tab.getByRole('heading', { level: 1, name: 'Entwicklungspartnerschaften' }).waitFor();
    expect(await tab.getByRole('link', { name }).getAttribute('href')).toBe(`/p/${slug}`);
  });

  it('shows a slug that is already taken next to the slug field', async () => {
    await tab.getByRole('link', { name: 'Neue Partnerschaft' }).click();
    const form = tab.getByRole('main');
    const nameField = form.getByLabel('Name der Partnerschaft', { exact: true });
    const slugField = form.getByLabel('Kennung', { exact: true });
    await nameField.fill('Straßen und Plätze Süd');
    await slugField.fill(slug);
    // Once edited, the slug no longer follows the name.
    await nameField.fill('Straßen und Plätze Süd, zweiter Anlauf');
    expect(await slugField.inputValue()).toBe(slug);
    await form.getByLabel('Name des Produkts', { exact: true }).fill('Straßenkataster');
    await form.getByLabel('Governance-Modell', { exact: true }).selectOption('COMMUNITY_CENTRED');
    await form.getByRole('button', { name: 'Partnerschaft anlegen' }).click();

    await form.getByRole('alert').waitFor();
    expect(await slugField.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(slugField)).toContain(`schon von ${name} genutzt`);
    // The server's words in the portal's language (Accept-Language), so not marked as English.
    expect(await form.locator(`[id="${await slugField.getAttribute('id')}-error"]`).getAttribute('lang')).toBeNull();
    expect(await nameField.getAttribute('aria-invalid')).toBeNull();
    expect(await tab.locator(':focus').getAttribute('id')).toBe(await slugField.getAttribute('id'));
    expect(tab.url()).toBe(`${baseUrl}/partnerschaften/neu`);
    await expectNoAxeViolations(tab, 'new partnership with a taken slug (de)');
  });
});
