import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { demoPassword, signIn, submitSignIn } from './support/session';

// A session that expires in the middle of work in the Geoportal-Verbund: the representative's ballot on the
// seeded written procedure is refused, the portal leads to the sign-in and back, and offers the ballot again
// (never casting it by itself); the community manager's half-typed written procedure survives the same way.
// Closing the vote while members have not voted names how many. The tests run in order on one portal.
let portal: RunningPortal | undefined;
let baseUrl: string;
let manager: Page;
let managerContext: BrowserContext;
let representative: Page;
let representativeContext: BrowserContext;
let voteUrl: string;

const slug = 'geoportal-verbund';
const written = 'Verlängerung des Wartungsvertrags mit der Datenzentrale bis 2028';
const organisation = 'Landesamt für Geobasisdaten und Raumbeobachtung';

/** Ends the session as a sign-out elsewhere or its expiry would: the browser no longer holds a valid cookie. */
async function expireSession(context: BrowserContext): Promise<void> {
  await context.clearCookies();
}

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  ({ page: manager, context: managerContext } = await germanPage(portal.browser));
  ({ page: representative, context: representativeContext } = await germanPage(portal.browser));
  await signIn(manager, baseUrl, `gemeinschaft@${slug}.demo`);
  await signIn(representative, baseUrl, `vertretung@${slug}.demo`);
});

afterAll(async () => {
  await portal?.close();
});

describe('an expired session', () => {
  it('offers a refused ballot again after the sign-in, preselected, and casts it only when asked', async () => {
    await representative
      .getByRole('region', { name: 'Ihre offenen Abstimmungen' })
      .getByRole('link', { name: written })
      .click();
    await representative.getByRole('heading', { level: 1, name: new RegExp(`^${written}`) }).waitFor();
    voteUrl = representative.url();
    const path = new URL(voteUrl).pathname;

    await expireSession(representativeContext);
    const ballot = representative.getByRole('group', { name: `Stimme für ${organisation}` });
    await ballot.getByLabel('Ja', { exact: true }).check();
    await representative.getByRole('button', { name: `Stimme für ${organisation} abgeben` }).click();
    await representative.getByRole('dialog').getByRole('button', { name: 'Stimme abgeben' }).click();

    // The sign-in, which says why and comes back to the vote.
    await representative.waitForURL((url) => url.pathname === '/anmelden');
    expect(new URL(representative.url()).searchParams.get('next')).toBe(path);
    await representative.getByRole('status').getByText('Ihre Anmeldung ist abgelaufen').waitFor();
    await representative.getByRole('banner').getByRole('link', { name: 'Anmelden' }).waitFor();
    await expectNoAxeViolations(representative, 'sign-in after an expired session');
    await submitSignIn(representative, `vertretung@${slug}.demo`, demoPassword);

    await representative.waitForURL(voteUrl);
    await representative.getByRole('heading', { level: 1, name: new RegExp(`^${written}`) }).waitFor();
    const offer = representative
      .getByRole('status')
      .filter({ hasText: 'Ihre Stimme wurde noch nicht abgegeben — jetzt abgeben?' });
    await offer.getByText('Ihre Wahl „Ja“ ist vorausgewählt', { exact: false }).waitFor();
    expect(await ballot.getByLabel('Ja', { exact: true }).isChecked()).toBe(true);
    // Not cast by itself: the ballot still says so, and no receipt is on show.
    await ballot.getByText(/^Noch nicht abgestimmt/).waitFor();
    expect(await representative.getByRole('region', { name: 'Ihre Stimme ist abgegeben' }).count()).toBe(0);
    await expectNoAxeViolations(representative, 'vote page with the ballot offered again');

    await representative.getByRole('button', { name: `Stimme für ${organisation} abgeben` }).click();
    const dialog = representative.getByRole('dialog');
    await dialog.getByText(`Stimme für ${organisation}: Ja abgeben?`).waitFor();
    await dialog.getByRole('button', { name: 'Stimme abgeben' }).click();
    await representative.getByRole('region', { name: 'Ihre Stimme ist abgegeben' }).waitFor();
    await offer.waitFor({ state: 'detached' });

    // Coming back later starts afresh: nothing is offered twice.
    await representative.reload();
    await ballot.getByText('Bisherige Stimme: Ja. Sie können sie noch ändern.').waitFor();
    expect(await representative.getByText('Ihre Stimme wurde noch nicht abgegeben — jetzt abgeben?').count()).toBe(0);
  });

  it('keeps a half-typed form over the sign-in', async () => {
    await manager.goto(`${baseUrl}/p/${slug}/abstimmungen`);
    const form = manager.getByRole('region', { name: 'Umlaufverfahren starten' });
    const title = 'Gemeinsame Beschaffung von Laserscandaten';
    await form.getByLabel('Titel', { exact: true }).fill(title);
    await form.getByLabel('Beschreibung').fill('Kosten trägt der Entwicklungsfonds.');
    await form.getByRole('group', { name: 'Abstimmende Gremien' }).getByLabel('Strategisches Komitee').check();

    await expireSession(managerContext);
    await form.getByRole('button', { name: 'Umlaufverfahren starten' }).click();
    await manager.waitForURL((url) => url.pathname === '/anmelden');
    await submitSignIn(manager, `gemeinschaft@${slug}.demo`, demoPassword);

    await manager.waitForURL(`${baseUrl}/p/${slug}/abstimmungen`);
    const back = manager.getByRole('region', { name: 'Umlaufverfahren starten' });
    await back.getByLabel('Titel', { exact: true }).waitFor();
    expect(await back.getByLabel('Titel', { exact: true }).inputValue()).toBe(title);
    expect(await back.getByLabel('Beschreibung').inputValue()).toBe('Kosten trägt der Entwicklungsfonds.');
    expect(
      await back.getByRole('group', { name: 'Abstimmende Gremien' }).getByLabel('Strategisches Komitee').isChecked(),
    ).toBe(true);
  });

  it('keeps a half-typed comment over the sign-in', async () => {
    const requestUrl = `${baseUrl}/p/${slug}/anliegen/1`;
    await manager.goto(requestUrl);
    const comment = 'Die Schnittstelle sollte auch WMTS liefern.\n\nDas Landesamt kann dafür Testdaten bereitstellen.';
    await manager.getByRole('main').getByLabel('Ihr Kommentar').fill(comment);

    await expireSession(managerContext);
    await manager.getByRole('main').getByRole('button', { name: 'Kommentar senden' }).click();
    await manager.waitForURL((url) => url.pathname === '/anmelden');
    await submitSignIn(manager, `gemeinschaft@${slug}.demo`, demoPassword);

    await manager.waitForURL(requestUrl);
    const field = manager.getByRole('main').getByLabel('Ihr Kommentar');
    await field.waitFor();
    expect(await field.inputValue()).toBe(comment);
    await manager.getByRole('main').getByRole('button', { name: 'Kommentar senden' }).click();
    await manager.getByRole('status').getByText('Ihr Kommentar ist veröffentlicht.').waitFor();
  });
});

describe('closing a vote', () => {
  it('names how many members have not voted yet and asks before closing', async () => {
    await manager.goto(voteUrl);
    const tally = manager.getByRole('region', { name: 'Zwischenstand' });
    const progress = await tally.getByText(/von \d+ Stimmberechtigten (hat|haben) abgestimmt/).textContent();
    const [, cast, entitled] = /(\d+) von (\d+) Stimmberechtigten/.exec(progress ?? '') ?? [];
    const missing = Number(entitled) - Number(cast);
    expect(missing).toBeGreaterThan(1);

    await manager
      .getByRole('region', { name: 'Abstimmung verwalten' })
      .getByRole('button', { name: 'Abstimmung jetzt schließen' })
      .click();
    const dialog = manager.getByRole('dialog');
    await dialog
      .getByText(`${missing} Mitglieder haben noch nicht abgestimmt. Abstimmung trotzdem schließen?`)
      .waitFor();
    await expectNoAxeViolations(manager, 'close-vote confirmation with members still to vote');

    // Not closed until confirmed.
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await tally
      .getByText(`${cast} von ${entitled} Stimmberechtigten ${cast === '1' ? 'hat' : 'haben'} abgestimmt`, {
        exact: false,
      })
      .waitFor();
  });

  it('in a session, names how many present members have not voted yet', async () => {
    const other = 'offene-datenplattform';
    const item = 'Schnittstelle für Luftqualitätsdaten nach OGC SensorThings API';
    const { page: chair } = await germanPage(portal!.browser);
    await signIn(chair, baseUrl, `gemeinschaft@${other}.demo`);
    await chair.goto(`${baseUrl}/p/${other}/gremien`);
    await chair
      .getByRole('table', { name: /Geplante und laufende Sitzungen/ })
      .getByRole('link')
      .first()
      .click();
    await chair.getByRole('button', { name: 'Sitzung eröffnen' }).click();
    await chair.getByRole('dialog').getByRole('button', { name: 'Sitzung eröffnen' }).click();
    await chair.getByText('Die Sitzung ist eröffnet.').waitFor();
    for (const organisation of ['Stadt Lindenfeld', 'Stadt Kranichsfurt', 'Stadt Silberau']) {
      await chair
        .getByRole('group', { name: `Anwesenheit von ${organisation}` })
        .getByLabel('anwesend')
        .check();
      await chair.getByText(`${organisation} ist als anwesend erfasst.`).waitFor();
    }
    await chair.getByRole('button', { name: `Abstimmung über „${item}“ eröffnen` }).click();
    await chair.getByRole('link', { name: `Abstimmung: ${item}` }).click();
    await chair.getByRole('heading', { level: 1, name: item }).waitFor();

    await chair
      .getByRole('region', { name: 'Abstimmung verwalten' })
      .getByRole('button', { name: 'Abstimmung jetzt schließen' })
      .click();
    const dialog = chair.getByRole('dialog');
    await dialog
      .getByText('3 anwesende Mitglieder haben noch nicht abgestimmt. Abstimmung trotzdem schließen?')
      .waitFor();
    await expectNoAxeViolations(chair, 'close-vote confirmation in a session');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
