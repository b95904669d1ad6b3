import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/page-checks';
import { type RunningPortal, startPortal } from './support/portal';
import { signIn } from './support/session';

// The main journeys on a phone (390×844), one per role: a member submits a request and votes, the community
// manager opens and closes a written procedure, the treasurer books a fund contribution and finds it in the
// ledger, and anyone reads the transparency report. On every page the header stays compact (the navigation is
// behind a menu button), nothing widens the page beyond the screen, the page's main action is on the first
// screen, and axe finds nothing.
let portal: RunningPortal | undefined;
let baseUrl: string;
const contexts: BrowserContext[] = [];

const slug = 'geoportal-verbund';
const phone = { width: 390, height: 844 };
/** The collapsed header: brand and menu button (about 60 px); 120 px leaves room for larger text settings. */
const maxHeaderHeight = 120;
const organisation = 'Landesamt für Geobasisdaten und Raumbeobachtung';
const seededVote = 'Verlängerung des Wartungsvertrags mit der Datenzentrale bis 2028';

/** Whether the page fits the screen's width (no sideways scrolling of the whole page). */
function fitsWidth(target: Page): Promise<boolean> {
  return target.locator('html').evaluate((root) => root.scrollWidth <= root.ownerDocument.defaultView!.innerWidth);
}

async function phonePage(): Promise<Page> {
  const context = await portal!.browser.newContext({ viewport: phone, locale: 'de-DE' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/**
 * The page as a phone shows it from the top: no sideways scrolling of the page, a compact header, `primary`
 * (the page's main action or content) within the first screen, and no axe violations.
 */
async function expectFitsPhone(target: Page, label: string, primary: Locator): Promise<void> {
  await target.locator('html').evaluate((root) => root.ownerDocument.defaultView!.scrollTo(0, 0));
  await primary.waitFor();
  expect(await fitsWidth(target)).toBe(true);
  const header = await target.getByRole('banner').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(maxHeaderHeight);
  const box = await primary.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(header!.height);
  expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
  await expectNoAxeViolations(target, `${label} (phone)`);
}

/** Follows a link to a section further down and checks that the section's heading is then on screen. */
async function jumpTo(target: Page, heading: string): Promise<void> {
  await target
    .getByRole('main')
    .getByRole('link', { name: `Weiter zu „${heading}“` })
    .click();
  const section = target.getByRole('heading', { level: 2, name: heading, exact: true });
  await target.waitForFunction(
    (element) => {
      const { top } = element!.getBoundingClientRect();
      return top >= 0 && top < element!.ownerDocument.defaultView!.innerHeight;
    },
    await section.elementHandle(),
  );
}

/** A date input's value (the reader's time zone). */
function dateValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A datetime-local value `days` ahead at 16:30. */
function deadlineIn(days: number): string {
  return `${dateValue(new Date(Date.now() + days * 86_400_000))}T16:30`;
}

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await portal?.close();
});

describe('the portal on a phone', () => {
  it('keeps the navigation, language and account behind a menu button that opens and closes', async () => {
    const member = await phonePage();
    await signIn(member, baseUrl, `vertretung@${slug}.demo`);
    await member.goto(`${baseUrl}/p/${slug}`);
    const banner = member.getByRole('banner');
    const menu = banner.getByRole('button', { name: 'Menü' });
    const sections = member.getByRole('navigation', { name: 'Bereiche der Partnerschaft „Geoportal-Verbund“' });
    await menu.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await sections.isVisible()).toBe(false);
    expect(await banner.getByRole('button', { name: /^Angemeldet als / }).isVisible()).toBe(false);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await sections.getByRole('link', { name: 'Abstimmungen' }).waitFor();
    await banner.getByRole('button', { name: /^Angemeldet als / }).waitFor();
    await banner.getByRole('group', { name: 'Sprache' }).waitFor();
    expect(await fitsWidth(member)).toBe(true);
    await expectNoAxeViolations(member, 'open header menu (phone)');

    // Escape closes the menu and gives the focus back to its button.
    await member.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);

    // A link in the menu leads on and closes it, so the next page starts at its heading.
    await menu.click();
    await sections.getByRole('link', { name: 'Abstimmungen' }).click();
    await member.getByRole('heading', { level: 1, name: /^Abstimmungen/ }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('lets a member submit a request and cast a vote', async () => {
    const member = await phonePage();
    await signIn(member, baseUrl, `vertretung@${slug}.demo`);
    await member.goto(`${baseUrl}/p/${slug}/anliegen`);
    await member.getByRole('heading', { level: 1, name: /^Anliegen/ }).waitFor();
    const submit = member.getByRole('link', { name: 'Neues Anliegen einreichen' });
    await expectFitsPhone(member, 'backlog', submit);

    await submit.click();
    await member.getByRole('heading', { level: 1, name: /Anliegen einreichen/ }).waitFor();
    await member.getByLabel('Titel', { exact: true }).fill('Kartenansicht für kleine Bildschirme');
    await member
      .getByLabel('Beschreibung')
      .fill('Die Karte soll sich auf dem Telefon mit einem Finger bedienen lassen.');
    await expectFitsPhone(member, 'request form', member.getByLabel('Titel', { exact: true }));
    await member.getByRole('button', { name: 'Anliegen einreichen' }).click();
    await member.getByText(/^Ihr Anliegen ist als #\d+ eingereicht\.$/).waitFor();
    await expectFitsPhone(
      member,
      'submitted request',
      member.getByRole('heading', { level: 1, name: /Kartenansicht für kleine Bildschirme/ }),
    );

    await member.goto(`${baseUrl}/p/${slug}/abstimmungen`);
    await member
      .getByRole('table', { name: 'Offene Abstimmungen, früheste Frist zuerst' })
      .getByRole('link', { name: seededVote })
      .click();
    await member.getByRole('heading', { level: 1, name: new RegExp(`^${seededVote}`) }).waitFor();
    await expectFitsPhone(
      member,
      'vote before voting',
      member.getByRole('link', { name: 'Weiter zu „Ihre Stimmabgabe“' }),
    );
    await jumpTo(member, 'Ihre Stimmabgabe');
    await member
      .getByRole('group', { name: `Stimme für ${organisation}` })
      .getByLabel('Ja', { exact: true })
      .check();
    await member.getByRole('button', { name: `Stimme für ${organisation} abgeben` }).click();
    await member.getByRole('dialog').getByRole('button', { name: 'Stimme abgeben' }).click();
    await member.getByRole('region', { name: 'Ihre Stimme ist abgegeben' }).waitFor();
    expect(await fitsWidth(member)).toBe(true);
    await expectNoAxeViolations(member, 'vote receipt (phone)');
  });

  it('lets the community manager open a written procedure and close it', async () => {
    const manager = await phonePage();
    await signIn(manager, baseUrl, `gemeinschaft@${slug}.demo`);
    await manager.goto(`${baseUrl}/p/${slug}/abstimmungen`);
    await manager.getByRole('heading', { level: 1, name: /^Abstimmungen/ }).waitFor();
    await expectFitsPhone(
      manager,
      'votes list (community manager)',
      manager.getByRole('link', { name: 'Weiter zu „Umlaufverfahren starten“' }),
    );

    await jumpTo(manager, 'Umlaufverfahren starten');
    const form = manager.getByRole('region', { name: 'Umlaufverfahren starten' });
    await form.getByLabel('Titel', { exact: true }).fill('Gemeinsame Schulung für Kartenredaktionen');
    await form.getByRole('group', { name: 'Abstimmende Gremien' }).getByLabel('Strategisches Komitee').check();
    await form.getByLabel('Frist', { exact: true }).fill(deadlineIn(7));
    await form.getByRole('button', { name: 'Umlaufverfahren starten' }).click();
    await manager.waitForURL(new RegExp(`/p/${slug}/abstimmungen/[0-9a-f-]{36}$`));
    await manager.getByRole('heading', { level: 1, name: /^Gemeinsame Schulung für Kartenredaktionen/ }).waitFor();
    await expectFitsPhone(
      manager,
      'new written procedure (community manager)',
      manager.getByRole('link', { name: 'Weiter zu „Abstimmung verwalten“' }),
    );

    await jumpTo(manager, 'Abstimmung verwalten');
    await manager.getByRole('button', { name: 'Abstimmung jetzt schließen' }).click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Schließen', exact: true }).click();
    await manager.getByText('Die Abstimmung ist geschlossen.').waitFor();
    expect(await fitsWidth(manager)).toBe(true);
    await expectNoAxeViolations(manager, 'closed written procedure (phone)');
  });

  it('lets the treasurer book a fund contribution, find it in the ledger and reach the fee run', async () => {
    const treasurer = await phonePage();
    await signIn(treasurer, baseUrl, `kasse@${slug}.demo`);
    await treasurer.goto(`${baseUrl}/p/${slug}/finanzen/fonds`);
    await treasurer.getByRole('heading', { level: 1, name: /^Entwicklungsfonds/ }).waitFor();
    await expectFitsPhone(
      treasurer,
      'fund dashboard (treasurer)',
      treasurer.getByRole('link', { name: 'Weiter zu „Beitrag erfassen“' }),
    );

    await jumpTo(treasurer, 'Beitrag erfassen');
    const form = treasurer.getByRole('region', { name: 'Beitrag erfassen' });
    await form.getByLabel('Beitragsgeber', { exact: true }).selectOption({ label: 'Stadt Fuchsmoor' });
    await form.getByLabel('Zweckbindung').selectOption({ label: 'Dokumentation' });
    await form.getByLabel('Betrag', { exact: true }).fill('1.250');
    // Booked today, so it heads the ledger (newest first) whatever else the seed booked this year.
    const today = new Date();
    await form.getByLabel('Eingegangen am').fill(dateValue(today));
    await form.getByRole('button', { name: 'Beitrag buchen' }).click();
    await form
      .getByText(new RegExp(`^Der Beitrag über 1\\.250,00\\s€ für ${today.getFullYear()} wurde gebucht\\.$`))
      .waitFor();

    await treasurer.goto(`${baseUrl}/p/${slug}/finanzen/buchungen`);
    const ledger = treasurer.getByRole('table', { name: /^Buchungen, neueste zuerst/ });
    const booked = ledger
      .getByRole('row')
      .filter({ hasText: 'Stadt Fuchsmoor' })
      .filter({ hasText: /1\.250,00\s€/ });
    await booked.first().waitFor();
    // A card: every cell within the screen's width, labelled with its column.
    const cells = await booked.first().locator('th, td').all();
    for (const box of await Promise.all(cells.map((cell) => cell.boundingBox()))) {
      expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
    }
    await expectFitsPhone(
      treasurer,
      'ledger (treasurer)',
      treasurer.getByRole('heading', { level: 1, name: /^Buchungen/ }),
    );

    await treasurer.goto(`${baseUrl}/p/${slug}/finanzen/beitraege`);
    await treasurer.getByRole('heading', { level: 1, name: /^Mitgliedsbeiträge/ }).waitFor();
    await expectFitsPhone(
      treasurer,
      'fees (treasurer)',
      treasurer.getByRole('link', { name: 'Weiter zu „Beitragslauf“' }),
    );
    await jumpTo(treasurer, 'Beitragslauf');
  });

  it('shows anyone the transparency report, in German or, from the menu, in English', async () => {
    const anonymous = await phonePage();
    await anonymous.goto(`${baseUrl}/p/${slug}/transparenz`);
    await anonymous.getByRole('heading', { level: 2, name: 'Einnahmen und Ausgaben je Jahr' }).waitFor();
    await expectFitsPhone(
      anonymous,
      'transparency report (anonymous)',
      anonymous.getByRole('heading', { level: 1, name: /^Transparenzbericht/ }),
    );
    // The yearly figures are cards: every cell of a year within the screen's width.
    const income = anonymous.getByRole('table', { name: 'Einnahmen und Auszahlungen je Jahr, neueste zuerst' });
    const cells = await income.locator('tbody tr').first().locator('th, td').all();
    expect(cells.length).toBe(6);
    for (const box of await Promise.all(cells.map((cell) => cell.boundingBox()))) {
      expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
    }

    const banner = anonymous.getByRole('banner');
    await banner.getByRole('button', { name: 'Menü' }).click();
    await banner.getByRole('link', { name: 'Anmelden' }).waitFor();
    await banner.getByRole('button', { name: 'English' }).click();
    await anonymous.getByRole('heading', { level: 1, name: /^Transparency report/ }).waitFor();
    await banner.getByRole('button', { name: 'Menu' }).waitFor();
    expect(await fitsWidth(anonymous)).toBe(true);
    await expectNoAxeViolations(anonymous, 'transparency report in English (phone)');
  });
});
