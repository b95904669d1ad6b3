import type { BrowserContext, Page } from 'playwright-core';
import { definitions, expectNoAxeViolations } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { signIn } from './support/session';

// A representative of the village app community submits a request and, typing a second one, is shown the
// first as similar; it declares co-funding by keyboard and reads the timeline. The community manager merges
// the duplicate, starts the interest survey, and the representative is notified. The roadmap and changelog of
// a public partnership open without signing in. The tests run in order on one portal with its own database.
let portal: RunningPortal | undefined;
let baseUrl: string;
let manager: Page;
let representative: Page;
let anonymous: Page;
let contexts: BrowserContext[] = [];
let requestUrl: string;
let requestNumber: string;
let duplicateNumber: string;

const slug = 'dorf-app';
const publicSlug = 'geoportal-verbund';
const title = 'Kalender-Export der Termine als iCal-Datei';
const similarTitle = 'Kalenderexport als iCal';

function numberFrom(url: string): string {
  const match = /\/anliegen\/(\d+)$/.exec(new URL(url).pathname);
  if (!match?.[1]) throw new Error(`not a request page: ${url}`);
  return match[1];
}

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  const pages = await Promise.all([germanPage(portal.browser), germanPage(portal.browser), germanPage(portal.browser)]);
  [manager, representative, anonymous] = pages.map(({ page }) => page) as [Page, Page, Page];
  contexts = pages.map(({ context }) => context);
  await signIn(manager, baseUrl, `gemeinschaft@${slug}.demo`);
  await signIn(representative, baseUrl, `vertretung@${slug}.demo`);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await portal?.close();
});

describe('feature requests', () => {
  it('shows the backlog with its filters to a representative', async () => {
    await representative.goto(`${baseUrl}/p/${slug}`);
    await representative
      .getByRole('navigation', { name: /Dorf-App-Gemeinschaft/ })
      .getByRole('link', { name: 'Anliegen' })
      .click();
    await representative.getByRole('heading', { level: 1, name: /Anliegen/ }).waitFor();
    await representative.getByLabel('Sortierung').selectOption('MOST_INTERESTED');
    await representative.waitForURL(/sortierung=interesse/);
    await expectNoAxeViolations(representative, 'backlog (representative)');
  });

  it('searches the backlog by title or number; the search stays in the address and survives a reload', async () => {
    await representative.goto(`${baseUrl}/p/${slug}/anliegen`);
    const search = representative.getByRole('searchbox', { name: 'Anliegen suchen' });
    await search.fill('zzz-kein-anliegen');
    await representative.waitForURL(/suche=zzz-kein-anliegen/);
    await representative.getByText('Kein Anliegen passt zu diesem Filter.').waitFor();
    await expectNoAxeViolations(representative, 'backlog without hits (representative)');
    await search.fill('');
    await representative.waitForURL((url) => !url.searchParams.has('suche'));
    const first = representative.getByRole('table').getByRole('rowheader').first();
    const firstTitle = (await first.textContent())?.trim() ?? '';
    const part = firstTitle.slice(0, 12);
    await search.fill(part);
    await representative.waitForURL(/suche=/);
    await representative.reload();
    expect(await representative.getByRole('searchbox', { name: 'Anliegen suchen' }).inputValue()).toBe(part);
    await representative.getByRole('table').getByRole('rowheader').first().waitFor();
    const titles = await representative.getByRole('table').getByRole('rowheader').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const found of titles) expect(found.toLowerCase()).toContain(part.toLowerCase());
    await representative.getByText(/Anliegen passt? zum Filter/).waitFor();
    await expectNoAxeViolations(representative, 'backlog searched (representative)');
  });

  it('submits a request', async () => {
    await representative.getByRole('link', { name: 'Neues Anliegen einreichen' }).click();
    await representative.getByRole('heading', { level: 1, name: /Anliegen einreichen/ }).waitFor();
    await representative.getByLabel('Titel', { exact: true }).fill(title);
    await representative
      .getByLabel('Beschreibung')
      .fill(
        'Termine aus dem **Veranstaltungskalender** sollen sich abonnieren lassen:\n\n- als iCal-Datei\n- als Abo-Link\n\n<script>alert(1)</script>',
      );
    await representative.getByLabel('Finanzierung').selectOption('SUBGROUP');
    await representative.getByRole('button', { name: 'Anliegen einreichen' }).click();
    await representative.getByText(/^Ihr Anliegen ist als #\d+ eingereicht\.$/).waitFor();
    requestUrl = representative.url();
    requestNumber = numberFrom(requestUrl);
    await representative.getByRole('heading', { level: 1, name: new RegExp(`#${requestNumber} ${title}`) }).waitFor();
    const facts = await definitions(representative.getByRole('main').locator('dl').first());
    expect(facts['Stufe']).toBe('Feature-Wunsch eingereicht');
    expect(facts['Finanzierung']).toBe('Eine Teilgruppe');
    // Markdown is rendered, and HTML in it stays text.
    await representative.getByRole('main').locator('strong', { hasText: 'Veranstaltungskalender' }).waitFor();
    await representative.getByRole('listitem').filter({ hasText: 'als Abo-Link' }).waitFor();
    await representative.getByText('<script>alert(1)</script>').waitFor();
    await representative
      .getByRole('region', { name: 'Verlauf' })
      .getByText('Eingereicht: Feature-Wunsch eingereicht')
      .waitFor();
    await expectNoAxeViolations(representative, 'request page after submission (representative)');
  });

  it('shows similar requests while the title of a second one is typed, and files it anyway', async () => {
    await representative.goto(`${baseUrl}/p/${slug}/anliegen/neu`);
    const field = representative.getByLabel('Titel', { exact: true });
    await field.pressSequentially(similarTitle, { delay: 20 });
    const suggestion = representative.getByRole('link', { name: new RegExp(`#${requestNumber} ${title}`) });
    await suggestion.waitFor();
    // The suggestions are in a polite live region, so screen readers hear them without losing the field.
    expect(await representative.locator('[aria-live="polite"]').filter({ has: suggestion }).count()).toBe(1);
    expect(await suggestion.getAttribute('href')).toBe(`/p/${slug}/anliegen/${requestNumber}`);
    await expectNoAxeViolations(representative, 'submit page with similar requests (representative)');
    await representative.getByRole('button', { name: 'Anliegen einreichen' }).click();
    await representative.getByText(/^Ihr Anliegen ist als #\d+ eingereicht\.$/).waitFor();
    duplicateNumber = numberFrom(representative.url());
    expect(duplicateNumber).not.toBe(requestNumber);
  });

  it('declares co-funding by keyboard alone and shows the total', async () => {
    await representative.goto(requestUrl);
    const interest = representative.getByRole('region', { name: 'Interesse der Mitglieder' });
    await interest.getByText('Ihr Mitglied hat noch kein Interesse erklärt.').waitFor();
    const coFund = interest.getByLabel('Finanziert mit');
    await interest.getByLabel('Unterstützt das Anliegen').focus();
    // Arrow keys move through a radio group and select.
    await representative.keyboard.press('ArrowDown');
    await representative.keyboard.press('ArrowDown');
    expect(await coFund.isChecked()).toBe(true);
    await representative.keyboard.press('Tab');
    await representative.keyboard.type('5.000,50');
    await representative.keyboard.press('Enter');
    await interest.getByText(/^Erklärt für .+: Finanziert mit bis zu 5\.000,50\s€\.$/).waitFor();
    await interest.getByText(/Mitfinanzierung zusammen bis zu 5\.000,50\s€\./).waitFor();
    const table = interest.getByRole('table', { name: '1 Interessenserklärung' });
    expect(await table.locator('tfoot td').first().textContent()).toMatch(/^5\.000,50\s€$/);
    await expectNoAxeViolations(representative, 'request with interest (representative)');
  });

  it('lets the community manager merge the duplicate and start the interest survey', async () => {
    await manager.goto(`${baseUrl}/p/${slug}/anliegen/${duplicateNumber}`);
    await manager.getByRole('heading', { level: 2, name: 'Community Management' }).waitFor();
    await expectNoAxeViolations(manager, 'request page (community manager)');
    await manager.getByLabel('Nummer des Originals').fill(requestNumber);
    await manager.getByRole('button', { name: 'Original suchen' }).click();
    const dialog = manager.getByRole('dialog');
    await dialog
      .getByText(`#${duplicateNumber} wird mit #${requestNumber} „${title}“ zusammengeführt und zurückgezogen.`)
      .waitFor();
    await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
    await manager.waitForURL(new RegExp(`/anliegen/${requestNumber}$`));
    await manager.getByRole('heading', { level: 1, name: new RegExp(`#${requestNumber} `) }).waitFor();

    const survey = manager.getByRole('region', { name: 'Community Management' });
    // The deadline defaults to the workflow's survey length (14 days in the Smart Village App process).
    const deadline = await survey.getByLabel('Frist (letzter Tag)').inputValue();
    const days = Math.round((new Date(`${deadline}T12:00:00`).getTime() - Date.now()) / 86_400_000);
    expect(days).toBeGreaterThanOrEqual(13);
    expect(days).toBeLessThanOrEqual(14);
    await survey.getByRole('button', { name: 'Interessensabfrage starten' }).click();
    await manager.getByText(/^Die Interessensabfrage läuft bis /).waitFor();
    const facts = await definitions(manager.getByRole('main').locator('dl').first());
    expect(facts['Stufe']).toBe('Interessensabfrage');
    expect(facts['Interessensabfrage bis']).toMatch(/\d{4}/);
    const timeline = manager.getByRole('region', { name: 'Verlauf' });
    await timeline.getByText('Feature-Wunsch eingereicht → Interessensabfrage').waitFor();
    await timeline
      .getByText(/Community Management Dorf-App-Gemeinschaft/)
      .first()
      .waitFor();
    // The next steps the manager may take from the survey: withdrawing it (the survey itself ends by its deadline).
    const withdraw = manager
      .getByRole('region', { name: 'Nächste Schritte' })
      .getByRole('button', { name: 'Weiter zu: Zurückgezogen' });
    await withdraw.waitFor();
    await expectNoAxeViolations(manager, 'request in its interest survey (community manager)');
    // Withdrawing ends the request: never the primary button, and asked about first; cancelling changes nothing.
    expect(await withdraw.getAttribute('class')).toContain('kern-btn--secondary');
    await withdraw.click();
    const confirm = manager.getByRole('dialog', { name: 'Nach „Zurückgezogen“ verschieben?' });
    await confirm
      .getByText(`Anliegen #${requestNumber} wird nach „Zurückgezogen“ verschoben.`, { exact: false })
      .waitFor();
    await expectNoAxeViolations(manager, 'withdraw confirmation (community manager)');
    await confirm.getByRole('button', { name: 'Abbrechen' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await definitions(manager.getByRole('main').locator('dl').first()))['Stufe']).toBe('Interessensabfrage');
  });

  it('shows the merged duplicate pointing at the original, and the representative its notifications', async () => {
    await representative.goto(`${baseUrl}/p/${slug}/anliegen/${duplicateNumber}`);
    await representative.getByRole('link', { name: `#${requestNumber} ${title}` }).waitFor();

    await representative.goto(`${baseUrl}/`);
    const link = representative
      .getByRole('banner')
      .getByRole('link', { name: /^Benachrichtigungen \(\d+ ungelesen\)$/ });
    await link.click();
    await representative.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
    await representative
      .getByRole('link', {
        name: new RegExp(`#${requestNumber} „${title}“: Feature-Wunsch eingereicht → Interessensabfrage`),
      })
      .waitFor();
    await expectNoAxeViolations(representative, 'notifications (representative)');
    await representative.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await representative.getByText(/Benachrichtigungen? als gelesen markiert\.$/).waitFor();
    await representative.getByText('0 ungelesene Benachrichtigungen.').waitFor();
    await representative.getByRole('banner').getByRole('link', { name: 'Benachrichtigungen', exact: true }).waitFor();
  });

  it('shows the workflow with its transitions and the template chooser to the community manager', async () => {
    await manager.goto(`${baseUrl}/p/${slug}/ablauf`);
    await manager.getByRole('heading', { level: 1, name: /Ablauf der Anliegen/ }).waitFor();
    await manager.getByText('Diese Partnerschaft folgt der Vorlage „Smart Village App – Zielprozess“.').waitFor();
    await manager
      .getByRole('table', { name: /erlaubte Übergänge/ })
      .getByText('Frist der Interessensabfrage gesetzt')
      .waitFor();
    await manager
      .getByRole('group', { name: 'Ablauf-Vorlage' })
      .getByLabel(/^Biletado/)
      .waitFor();
    await expectNoAxeViolations(manager, 'workflow (community manager)');

    // The partnership names a stage in its own words; meaning and transitions stay.
    const pilot = manager.getByRole('group', { name: 'Stufe PILOT' });
    await pilot.getByLabel('Bezeichnung (Deutsch)').fill('Pilotbetrieb im Dorf');
    await manager.getByRole('button', { name: 'Stufen speichern' }).click();
    await manager.getByText('Die Stufen sind gespeichert.').waitFor();
    await manager
      .getByRole('table', { name: /Stufen/ })
      .first()
      .getByRole('rowheader', { name: 'Pilotbetrieb im Dorf' })
      .waitFor();
    await expectNoAxeViolations(manager, 'workflow after naming a stage (community manager)');
  });

  it('opens the roadmap and changelog of a public partnership without signing in', async () => {
    await anonymous.goto(`${baseUrl}/p/${publicSlug}/roadmap`);
    await anonymous.getByRole('heading', { level: 1, name: /Roadmap/ }).waitFor();
    for (const column of ['Angenommen', 'In Entwicklung', 'Im Test', 'Veröffentlicht']) {
      await anonymous.getByRole('heading', { level: 2, name: new RegExp(`^${column} \\(\\d+\\)$`) }).waitFor();
    }
    await expectNoAxeViolations(anonymous, 'roadmap (anonymous)');
    await anonymous.getByRole('link', { name: 'Änderungsprotokoll' }).click();
    await anonymous.getByRole('heading', { level: 1, name: /Änderungsprotokoll/ }).waitFor();
    await expectNoAxeViolations(anonymous, 'changelog (anonymous)');
    // A partnership without public transparency asks to sign in.
    await anonymous.goto(`${baseUrl}/p/${slug}/roadmap`);
    await anonymous
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /Anmeld/ })
      .waitFor();
  });

  it('shows the request in English', async () => {
    await representative.goto(requestUrl);
    await representative.getByRole('button', { name: 'English' }).click();
    await representative.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await representative.getByText(/Co-funding together up to €5,000\.50\./).waitFor();
    await expectNoAxeViolations(representative, 'request page (en)');
  });
});
