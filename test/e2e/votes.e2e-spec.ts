import type { Locator, Page } from 'playwright-core';
import { definitions, describedText, expectNoAxeViolations } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { signIn } from './support/session';

// Written procedures (Umlaufverfahren) in the Geoportal-Verbund: the community manager reads the votes and
// their results, starts a written procedure, and the representative of the Landesamt votes on it from its
// home page while the manager's page follows the count. The seeded joint decision of both committees shows
// each committee's vote and the combined outcome. The tests run in order on one portal with a database of
// its own.
let portal: RunningPortal | undefined;
let baseUrl: string;
let manager: Page;
let representative: Page;
let newVoteUrl: string;

const slug = 'geoportal-verbund';
const seededWritten = 'Verlängerung des Wartungsvertrags mit der Datenzentrale bis 2028';
const joint = 'Barrierefreie Kartenbedienung in den Kern aufnehmen';
const title = 'Gemeinsame Befliegung für Schrägluftbilder 2027';
const organisation = 'Landesamt für Geobasisdaten und Raumbeobachtung';

/** A datetime-local value (the reader's time zone) `days` ahead at 16:30, and how the portal writes it. */
function deadlineIn(days: number): { input: string; shown: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setHours(16, 30, 0, 0);
  const pad = (value: number) => String(value).padStart(2, '0');
  const input = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T16:30`;
  return { input, shown: new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' }).format(date) };
}

/** The cells of the table row whose header holds the link `name` (the first such row), as the reader sees them. */
async function rowOf(table: Locator, name: string, filter?: string): Promise<string[]> {
  let rows = table.getByRole('row').filter({ has: table.page().getByRole('link', { name, exact: true }) });
  if (filter) rows = rows.filter({ hasText: filter });
  const cells = await rows.first().getByRole('cell').allInnerTexts();
  return cells.map((text) => text.replace(/\s+/g, ' ').trim());
}

/** The facts at the top of a vote page. */
function voteFacts(target: Page): Promise<Record<string, string>> {
  return definitions(target.getByRole('main').locator('dl').first());
}

/** The receipt of the representative's last ballot, for the receipt check. */
let lastReceipt = '';

async function focusedId(target: Page): Promise<string | null> {
  return target.locator(':focus').getAttribute('id');
}

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  ({ page: manager } = await germanPage(portal.browser));
  ({ page: representative } = await germanPage(portal.browser));
  await signIn(manager, baseUrl, `gemeinschaft@${slug}.demo`);
  await signIn(representative, baseUrl, `vertretung@${slug}.demo`);
});

afterAll(async () => {
  await portal?.close();
});

describe('written procedures and results', () => {
  it('lists the open and the closed votes with participation, outcome and the result sentence', async () => {
    await manager.goto(`${baseUrl}/p/${slug}`);
    await manager
      .getByRole('navigation', { name: 'Bereiche der Partnerschaft „Geoportal-Verbund“' })
      .getByRole('link', { name: 'Abstimmungen' })
      .click();
    await manager.getByRole('heading', { level: 1, name: /^Abstimmungen/ }).waitFor();
    expect(manager.url()).toBe(`${baseUrl}/p/${slug}/abstimmungen`);

    const open = manager.getByRole('table', { name: 'Offene Abstimmungen, früheste Frist zuerst' });
    const [committee, procedure, deadline, status, outcome] = await rowOf(open, seededWritten);
    expect([committee, procedure, status, outcome]).toEqual([
      'Strategisches Komitee',
      'Umlaufverfahren (schriftlich)',
      'Offen 5 von 11 Stimmberechtigten haben abgestimmt',
      'steht noch aus',
    ]);
    expect(deadline).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);

    const closed = manager.getByRole('table', { name: 'Abgeschlossene Abstimmungen, neueste zuerst' });
    // The session vote ended in a tie, which the chair decided.
    expect((await rowOf(closed, 'Mittelverwendung des Entwicklungsfonds 2027')).slice(3)).toEqual([
      'Abgeschlossen 10 von 11 Stimmberechtigten haben abgestimmt',
      'Angenommen Angenommen: 4 Ja von 8 Ja- und Nein-Stimmen (50 %), mehr als 50 % erforderlich; Stimmengleichheit, die Stimme des Vorsitzes entscheidet.',
    ]);
    // Both committees' votes of the joint decision are listed, each marked as part of it.
    const jointRows = closed.getByRole('row').filter({ hasText: 'Teil eines gemeinsamen Beschlusses' });
    expect(await jointRows.count()).toBe(2);
    expect(await rowOf(closed, joint, 'Technisches Komitee')).toEqual([
      'Technisches Komitee',
      'Umlaufverfahren (schriftlich)',
      expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/),
      'Abgeschlossen 9 von 11 Stimmberechtigten haben abgestimmt',
      'Angenommen Angenommen: 7 Ja von 8 Ja- und Nein-Stimmen (87,5 %), mehr als 50 % erforderlich.',
    ]);
    await expectNoAxeViolations(manager, 'votes list (community manager)');

    // The closed votes, the list that grows without end, can be searched; the search stays in the address.
    const search = manager.getByRole('searchbox', { name: 'Abgeschlossene Abstimmungen suchen' });
    await search.fill('ENTWICKLUNGSFONDS');
    await manager.waitForURL(/suche=ENTWICKLUNGSFONDS/);
    await manager.getByRole('status').getByText('1 abgeschlossene Abstimmung passt zu „ENTWICKLUNGSFONDS“.').waitFor();
    expect(await closed.locator('tbody tr').count()).toBe(1);
    await closed.getByRole('link', { name: 'Mittelverwendung des Entwicklungsfonds 2027', exact: true }).waitFor();
    await expectNoAxeViolations(manager, 'closed votes searched (community manager)');
    await search.fill('');
    await manager.waitForURL((url) => !url.searchParams.has('suche'));
    await manager.getByText(/^\d+ von \d+ abgeschlossenen Abstimmungen angezeigt, neueste zuerst$/).waitFor();
  });

  it('marks the missing fields of the written procedure form and moves the focus to the first of them', async () => {
    const form = manager.getByRole('region', { name: 'Umlaufverfahren starten' });
    const titleField = form.getByLabel('Titel', { exact: true });
    const deadlineField = form.getByLabel('Frist', { exact: true });
    const committees = form.getByRole('group', { name: 'Abstimmende Gremien' });
    const submit = form.getByRole('button', { name: 'Umlaufverfahren starten' });

    await deadlineField.fill('');
    await submit.click();
    await form.getByText('Bitte geben Sie einen Titel ein.').waitFor();
    expect(await titleField.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(titleField)).toContain('Bitte geben Sie einen Titel ein.');
    expect(await focusedId(manager)).toBe(await titleField.getAttribute('id'));
    expect(await describedText(committees)).toContain('Bitte wählen Sie mindestens ein Gremium.');
    expect(await describedText(deadlineField)).toContain('Bitte geben Sie Datum und Uhrzeit der Frist an.');
    await expectNoAxeViolations(manager, 'written procedure form with errors (community manager)');

    // With a title, the committees come first: the focus lands on the first box.
    await titleField.fill(title);
    await deadlineField.fill(deadlineIn(-1).input);
    await submit.click();
    await form.getByText('Die Frist muss in der Zukunft liegen.').waitFor();
    expect(await titleField.getAttribute('aria-invalid')).toBeNull();
    const strategic = committees.getByLabel('Strategisches Komitee');
    expect(await focusedId(manager)).toBe(await strategic.getAttribute('id'));
    expect(await describedText(deadlineField)).toContain('Die Frist muss in der Zukunft liegen.');
    // Nothing was started.
    expect(manager.url()).toBe(`${baseUrl}/p/${slug}/abstimmungen`);
  });

  it('starts a written procedure with a rule preset and lands on the new vote', async () => {
    const form = manager.getByRole('region', { name: 'Umlaufverfahren starten' });
    const committees = form.getByRole('group', { name: 'Abstimmende Gremien' });
    // Two committees would make a joint decision, and the form says so.
    await committees.getByLabel('Strategisches Komitee').check();
    await committees.getByLabel('Technisches Komitee').check();
    await form.getByText('Gemeinsamer Beschluss: Er ist nur angenommen, wenn jedes der 2 Gremien zustimmt.').waitFor();
    await committees.getByLabel('Technisches Komitee').uncheck();
    await form.getByText(/^Gemeinsamer Beschluss/).waitFor({ state: 'detached' });

    await form
      .getByLabel('Beschreibung')
      .fill('Die Mitglieder beauftragen gemeinsam eine Befliegung; die Kosten trägt der Entwicklungsfonds.');
    const deadline = deadlineIn(7);
    await form.getByLabel('Frist', { exact: true }).fill(deadline.input);
    const rule = form.getByLabel('Entscheidungsregel');
    await rule.selectOption({ label: 'Zweidrittelmehrheit' });
    // The hint spells out the chosen rule.
    expect(await describedText(rule)).toMatch(/Angenommen mit mindestens 66,7\s%\sder abgegebenen Stimmen/);
    await form.getByRole('button', { name: 'Umlaufverfahren starten' }).click();

    await manager.waitForURL(new RegExp(`/p/${slug}/abstimmungen/[0-9a-f-]{36}$`));
    await manager.getByRole('heading', { level: 1, name: new RegExp(`^${title}`) }).waitFor();
    newVoteUrl = manager.url();
    expect(await voteFacts(manager)).toEqual({
      Gremium: 'Strategisches Komitee',
      Verfahren: 'Umlaufverfahren (schriftlich)',
      Status: 'Offen',
      Eröffnet: expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/),
      Frist: deadline.shown,
      Entscheidungsregel: 'Zweidrittelmehrheit',
      Grundsatzfrage: 'Nein',
    });
    await manager
      .getByRole('region', { name: 'Zwischenstand' })
      .getByText('0 von 11 Stimmberechtigten haben abgestimmt')
      .waitFor();
    await manager
      .getByRole('region', { name: 'Abstimmung verwalten' })
      .getByRole('button', { name: 'Abstimmung jetzt schließen' })
      .waitFor();
    await expectNoAxeViolations(manager, 'new written procedure (community manager)');
  });

  it('lets the representative find the vote on its home page, vote no, change to yes and get receipts', async () => {
    await representative.goto(`${baseUrl}/`);
    const mine = representative.getByRole('region', { name: 'Ihre offenen Abstimmungen' });
    await mine.getByText('In 2 Abstimmungen können Sie eine Stimme abgeben.').waitFor();
    const entry = mine.getByRole('listitem').filter({ has: representative.getByRole('link', { name: title }) });
    await entry.getByText(`Für ${organisation}: noch nicht abgestimmt`).waitFor();
    await mine.getByRole('link', { name: seededWritten }).waitFor();
    await expectNoAxeViolations(representative, 'home page with open votes (representative)');

    await mine.getByRole('link', { name: title }).click();
    await representative.getByRole('heading', { level: 1, name: new RegExp(`^${title}`) }).waitFor();
    expect(representative.url()).toBe(newVoteUrl);
    await expectNoAxeViolations(representative, 'written procedure before voting (representative)');

    const ballot = representative.getByRole('group', { name: `Stimme für ${organisation}` });
    await ballot.getByLabel('Nein', { exact: true }).check();
    await representative.getByRole('button', { name: `Stimme für ${organisation} abgeben` }).click();
    const dialog = representative.getByRole('dialog');
    await dialog.getByText(`Stimme für ${organisation}: Nein abgeben?`).waitFor();
    await dialog.getByRole('button', { name: 'Stimme abgeben' }).click();
    const receipt = representative.getByRole('region', { name: 'Ihre Stimme ist abgegeben' });
    await receipt.waitFor();
    const firstCode = (await receipt.locator('.vote-receipt__code').textContent())?.trim();
    expect(firstCode).toMatch(/^[A-Z0-9-]{8,}$/);
    await receipt.getByText('Sie können Ihre Stimme ändern, solange die Abstimmung offen ist.').waitFor();
    await representative
      .getByRole('region', { name: 'Zwischenstand' })
      .getByText('1 von 11 Stimmberechtigten hat abgestimmt')
      .waitFor();
    await ballot.getByText('Bisherige Stimme: Nein. Sie können sie noch ändern.').waitFor();
    await expectNoAxeViolations(representative, 'receipt after voting no (representative)');

    // The manager's page was not reloaded: the count arrives through the subscription.
    await manager
      .getByRole('region', { name: 'Zwischenstand' })
      .getByText('1 von 11 Stimmberechtigten hat abgestimmt')
      .waitFor();

    // The rule allows a change while the vote is open.
    await ballot.getByLabel('Ja', { exact: true }).check();
    await representative.getByRole('button', { name: `Stimme für ${organisation} ändern` }).click();
    await dialog.getByText(`Stimme für ${organisation}: Ja abgeben?`).waitFor();
    await dialog.getByRole('button', { name: 'Stimme abgeben' }).click();
    const changed = representative.getByRole('region', { name: 'Ihre Stimme ist geändert' });
    await changed.waitFor();
    const secondCode = (await changed.locator('.vote-receipt__code').textContent())?.trim();
    expect(secondCode).toMatch(/^[A-Z0-9-]{8,}$/);
    expect(secondCode).not.toBe(firstCode);
    lastReceipt = secondCode ?? '';
    await ballot.getByText('Bisherige Stimme: Ja. Sie können sie noch ändern.').waitFor();
    // Still one ballot, now a yes.
    const tally = representative.getByRole('region', { name: 'Zwischenstand' });
    await tally.getByText('1 von 11 Stimmberechtigten hat abgestimmt').waitFor();
    expect(await definitions(tally)).toMatchObject({ Ja: '1', Nein: '0', Enthaltungen: '0' });
    const voters = representative.getByRole('table', { name: '11 stimmberechtigte Mitglieder' });
    const own = voters
      .getByRole('row')
      .filter({ has: representative.getByRole('rowheader', { name: new RegExp(`^${organisation}`) }) });
    expect(await own.getByRole('cell').allTextContents()).toEqual(['1', 'abgestimmt', 'Ja']);
    await expectNoAxeViolations(representative, 'receipt after changing to yes (representative)');

    await manager
      .getByRole('region', { name: 'Zwischenstand' })
      .getByText(/^Angenommen: 1 Ja von 1 abgegebenen Stimmen/)
      .waitFor();

    // Back home, the vote counts as voted.
    await representative.goto(`${baseUrl}/`);
    await entry.getByText(`Für ${organisation}: abgestimmt`).waitFor();
  });

  it('checks a receipt on the vote page and finds it in the record of events, pre-searched', async () => {
    await representative.goto(newVoteUrl);
    const check = representative.getByRole('region', { name: 'Quittung prüfen' });
    const field = check.getByLabel('Quittungscode');
    await field.fill('abc');
    await check.getByRole('button', { name: 'Prüfen' }).click();
    expect(await describedText(field)).toContain('Ein Quittungscode hat zwölf Zeichen');
    // The receipt of the ballot cast above; the ballot audit job records it within seconds.
    const code = lastReceipt;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await field.fill(code.toLowerCase().replace(/-/g, ' '));
    const recorded = check.getByText(`Die Stimme mit der Quittung ${code} ist für diese Abstimmung verzeichnet`, {
      exact: false,
    });
    for (let attempt = 0; attempt < 20 && !(await recorded.isVisible()); attempt++) {
      await check.getByRole('button', { name: 'Prüfen' }).click();
      await representative.waitForTimeout(1000);
    }
    await recorded.waitFor();
    await expectNoAxeViolations(representative, 'receipt checked (representative)');
    await field.fill('ZZZZ-ZZZZ-ZZZZ');
    await check.getByRole('button', { name: 'Prüfen' }).click();
    await check
      .getByText('Zur Quittung ZZZZ-ZZZZ-ZZZZ ist für diese Abstimmung keine Stimme verzeichnet.', { exact: false })
      .waitFor();

    await field.fill(code);
    await check.getByRole('button', { name: 'Prüfen' }).click();
    await recorded.waitFor();
    await check.getByRole('link', { name: 'Alle Einträge zu dieser Quittung ansehen' }).click();
    await representative.waitForURL(new RegExp(`/protokoll\\?suche=${code}`));
    expect(await representative.getByRole('searchbox', { name: 'Einträge durchsuchen' }).inputValue()).toBe(code);
    await representative.getByText(new RegExp(`Eintr(a|ä)ge?n? mit „${code}“ angezeigt`)).waitFor();
    await expectNoAxeViolations(representative, 'record of events searched for a receipt (representative)');
  });

  it('shows a joint decision with each committee’s vote and the combined outcome', async () => {
    await manager.goto(`${baseUrl}/p/${slug}/abstimmungen`);
    const closed = manager.getByRole('table', { name: 'Abgeschlossene Abstimmungen, neueste zuerst' });
    await closed.getByRole('row').filter({ hasText: 'Technisches Komitee' }).getByRole('link', { name: joint }).click();
    await manager.getByRole('heading', { level: 1, name: new RegExp(`^${joint}\\s*Technisches Komitee`) }).waitFor();
    await manager
      .getByRole('region', { name: 'Ergebnis' })
      .getByText('Angenommen: 7 Ja von 8 Ja- und Nein-Stimmen (87,5 %), mehr als 50 % erforderlich.')
      .waitFor();

    const decision = manager.getByRole('region', { name: 'Gemeinsamer Beschluss' });
    const items = (await decision.getByRole('listitem').allInnerTexts()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual([
      'Strategisches Komitee: Abgeschlossen – Angenommen',
      'Technisches Komitee (diese Abstimmung): Abgeschlossen – Angenommen',
    ]);
    expect(await decision.locator('[aria-current="page"]').textContent()).toBe(
      'Technisches Komitee (diese Abstimmung)',
    );
    await decision.getByText(/^Gesamtergebnis:\s*Angenommen$/).waitFor();
    await expectNoAxeViolations(manager, 'joint decision, technical committee’s vote (community manager)');

    // The other committee's vote is one link away, with its own result.
    await decision.getByRole('link', { name: 'Strategisches Komitee' }).click();
    await manager.getByRole('heading', { level: 1, name: new RegExp(`^${joint}\\s*Strategisches Komitee`) }).waitFor();
    await manager
      .getByRole('region', { name: 'Ergebnis' })
      .getByText('Angenommen: 9 Ja von 10 Ja- und Nein-Stimmen (90 %), mehr als 50 % erforderlich.')
      .waitFor();
    expect(await decision.locator('[aria-current="page"]').textContent()).toBe(
      'Strategisches Komitee (diese Abstimmung)',
    );
    await decision.getByText(/^Gesamtergebnis:\s*Angenommen$/).waitFor();
    await expectNoAxeViolations(manager, 'joint decision, strategic committee’s vote (community manager)');
  });

  it('shows the joint decision in English', async () => {
    await manager.getByRole('button', { name: 'English' }).click();
    const decision = manager.getByRole('region', { name: 'Joint decision' });
    await decision.getByText(/^Overall outcome:\s*Accepted$/).waitFor();
    await decision
      .getByText(
        `“${joint}” is a joint decision of several committees: it is accepted only if every committee accepts.`,
      )
      .waitFor();
    await manager
      .getByRole('region', { name: 'Result' })
      .getByText(/^Accepted: 9 yes of 10 /)
      .waitFor();
    await expectNoAxeViolations(manager, 'joint decision (en)');
  });
});
