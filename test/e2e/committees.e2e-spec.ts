import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { signIn } from './support/session';

// The community manager runs the planned session of the department assembly while a representative, in a
// browser context of its own, casts its organisation's ballot; the manager's tally follows live. The tests run
// in order on one portal with a database of its own.
let portal: RunningPortal | undefined;
let baseUrl: string;
let manager: Page;
let representative: Page;
let representativeContext: BrowserContext;
let sessionUrl: string;

const slug = 'offene-datenplattform';
const item = 'Schnittstelle für Luftqualitätsdaten nach OGC SensorThings API';

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  ({ page: manager } = await germanPage(portal.browser));
  ({ page: representative, context: representativeContext } = await germanPage(portal.browser));
  await signIn(manager, baseUrl, `gemeinschaft@${slug}.demo`);
  await signIn(representative, baseUrl, `vertretung@${slug}.demo`);
});

afterAll(async () => {
  await representativeContext?.close();
  await portal?.close();
});

describe('committees, sessions and votes', () => {
  it('lists the committees with kind, cadence, rule and chair, and the upcoming session', async () => {
    await manager.goto(`${baseUrl}/p/${slug}/gremien`);
    await manager.getByRole('heading', { level: 1, name: /Gremien/ }).waitFor();
    const table = manager.getByRole('table', { name: '4 Gremien' });
    const assembly = table
      .getByRole('row')
      .filter({ has: manager.getByRole('link', { name: 'Abteilungsversammlung' }) });
    expect((await assembly.getByRole('cell').allTextContents()).map((text) => text.trim())).toEqual([
      'Mitglieder- bzw. Fachversammlung',
      'monatlich',
      'Dreiviertelmehrheit',
      '9 stimmberechtigt, 1 beratend',
      'Stadt Kranichsfurt',
    ]);
    const call = table.getByRole('row').filter({ has: manager.getByRole('link', { name: 'Offener Community-Call' }) });
    expect(await call.getByRole('cell').nth(2).textContent()).toBe('stimmt nicht ab');
    await manager
      .getByRole('table', { name: /Geplante und laufende Sitzungen/ })
      .getByRole('link', { name: /Abteilungsversammlung/ })
      .waitFor();
    await expectNoAxeViolations(manager, 'committee list (community manager)');
  });

  it('shows a committee with its rule, calendar feed, sessions and seats', async () => {
    await manager.getByRole('link', { name: 'Abteilungsversammlung', exact: true }).click();
    await manager.getByRole('heading', { level: 1, name: /Abteilungsversammlung/ }).waitFor();
    await manager.getByText('Angenommen mit mindestens 75 % der abgegebenen Stimmen', { exact: true }).waitFor();
    const feed = manager.getByRole('link', { name: /\/calendar\/[0-9a-f]+\.ics$/ });
    const response = await manager.request.get((await feed.getAttribute('href')) ?? '');
    expect(response.headers()['content-type']).toContain('text/calendar');
    expect(await response.text()).toContain('BEGIN:VEVENT');
    await manager.getByRole('table', { name: '10 Sitze' }).waitFor();
    await expectNoAxeViolations(manager, 'committee page (community manager)');
  });

  it('lets the community manager start the session, record attendance and a proxy, and see the quorum', async () => {
    await manager
      .getByRole('table', { name: /Geplante und laufende Sitzungen/ })
      .getByRole('link')
      .first()
      .click();
    await manager.getByRole('heading', { level: 2, name: 'Tagesordnung' }).waitFor();
    sessionUrl = manager.url();
    await expectNoAxeViolations(manager, 'planned session (community manager)');

    await manager.getByRole('button', { name: 'Sitzung eröffnen' }).click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Sitzung eröffnen' }).click();
    await manager.getByText('Die Sitzung ist eröffnet.').waitFor();

    const attendance = manager.getByRole('table', { name: '10 Sitze' });
    // A big committee at the door: everyone present in one step (nothing recorded yet, so nothing to confirm),
    // then back to "not recorded", which is asked about first.
    await manager.getByRole('button', { name: 'Alle anwesend' }).click();
    await manager.getByText('Alle 10 Sitze sind als anwesend erfasst.').waitFor();
    for (const radio of await attendance.getByLabel('anwesend', { exact: true }).all())
      expect(await radio.isChecked()).toBe(true);
    await manager.getByRole('button', { name: 'Erfassung zurücksetzen' }).click();
    const reset = manager.getByRole('dialog', { name: 'Anwesenheit zurücksetzen?' });
    await expectNoAxeViolations(manager, 'attendance reset confirmation (community manager)');
    await reset.getByRole('button', { name: 'Erfassung zurücksetzen' }).click();
    await manager.getByText('Die Anwesenheit ist zurückgesetzt.').waitFor();
    await manager.getByRole('status').filter({ hasText: 'Anwesend oder vertreten: 0 von 9' }).waitFor();
    const present = [
      'Stadt Lindenfeld',
      'Stadt Kranichsfurt',
      'Stadt Silberau',
      'Stadt Eichenbrunn',
      'Stadt Saarbrunnen',
      'Stadt Kalkbergen',
    ];
    for (const organisation of present) {
      await attendance
        .getByRole('group', { name: `Anwesenheit von ${organisation}` })
        .getByLabel('anwesend')
        .check();
      await manager.getByText(`${organisation} ist als anwesend erfasst.`).waitFor();
    }
    await attendance.getByRole('group', { name: 'Anwesenheit von Stadt Ginsterloh' }).getByLabel('abwesend').check();
    await manager.getByText('Stadt Ginsterloh ist als abwesend erfasst.').waitFor();
    await attendance.getByLabel('Vollmacht von Stadt Ginsterloh an').selectOption({ label: 'Stadt Kranichsfurt' });
    await manager.getByText('Stadt Ginsterloh wird durch Stadt Kranichsfurt vertreten.').waitFor();
    // The quorum light counts the proxy as represented.
    await manager.getByRole('status').filter({ hasText: 'Anwesend oder vertreten: 7 von 9' }).waitFor();
    await expectNoAxeViolations(manager, 'session in progress with attendance (community manager)');
    // With an absence recorded, "all present" asks first; cancelling keeps the absence and the proxy.
    await manager.getByRole('button', { name: 'Alle anwesend' }).click();
    const overwrite = manager.getByRole('dialog', { name: 'Alle als anwesend erfassen?' });
    await overwrite.getByText('1 Sitz ist als abwesend erfasst.', { exact: false }).waitFor();
    await overwrite.getByRole('button', { name: 'Abbrechen' }).click();
    await overwrite.waitFor({ state: 'detached' });
    await manager.getByRole('status').filter({ hasText: 'Anwesend oder vertreten: 7 von 9' }).waitFor();
  });

  it('opens a vote on a decision item, and the representative casts its ballot and gets a receipt', async () => {
    await manager.getByRole('button', { name: `Abstimmung über „${item}“ eröffnen` }).click();
    await manager.getByRole('link', { name: `Abstimmung: ${item}` }).waitFor();
    await manager.getByText('0 von 9 Stimmberechtigten haben abgestimmt').waitFor();

    // The representative finds the vote on its home page.
    await representative.goto(`${baseUrl}/`);
    await representative.getByRole('heading', { name: 'Ihre offenen Abstimmungen' }).waitFor();
    await representative.getByRole('link', { name: item }).click();
    await representative.getByRole('heading', { level: 1, name: item }).waitFor();
    await expectNoAxeViolations(representative, 'session vote (representative)');

    // Keyboard alone: choose Yes, submit, confirm.
    const yes = representative
      .getByRole('group', { name: 'Stimme für Stadt Lindenfeld' })
      .getByLabel('Ja', { exact: true });
    await yes.focus();
    await representative.keyboard.press('Space');
    expect(await yes.isChecked()).toBe(true);
    await representative.getByRole('button', { name: 'Stimme für Stadt Lindenfeld abgeben' }).focus();
    await representative.keyboard.press('Enter');
    const dialog = representative.getByRole('dialog');
    await dialog.getByText('Stimme für Stadt Lindenfeld: Ja abgeben?').waitFor();
    await dialog.getByRole('button', { name: 'Stimme abgeben' }).focus();
    await representative.keyboard.press('Enter');
    const receipt = representative.getByRole('region', { name: 'Ihre Stimme ist abgegeben' });
    await receipt.waitFor();
    expect((await receipt.locator('.vote-receipt__code').textContent())?.trim()).toMatch(/^[A-Z0-9-]{8,}$/);
    await expectNoAxeViolations(representative, 'receipt (representative)');

    // The manager's page was not reloaded: the tally arrives through the subscription.
    await manager.getByText('1 von 9 Stimmberechtigten hat abgestimmt').waitFor();
  });

  it('closes the vote, shows the result sentence, takes minutes and closes the session', async () => {
    await manager.getByRole('button', { name: `Abstimmung über „${item}“ schließen` }).click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Schließen', exact: true }).click();
    await manager.getByText(`Die Abstimmung über „${item}“ ist geschlossen.`).waitFor();
    // One yes, nothing else cast: accepted under "at least 75 % of the votes cast", no quorum in this rule.
    await manager
      .getByText(/^Angenommen: 1 Ja von 1 abgegebenen Stimmen \(100 %\), mindestens 75 % erforderlich/)
      .waitFor();

    const minutes = manager.getByLabel(`Protokoll zu TOP 2: ${item}`);
    await minutes.fill('Silberau stellt den Antrag vor. Die Versammlung stimmt zu.');
    await manager.getByRole('button', { name: `Protokoll zu „${item}“ speichern` }).click();
    await manager.getByText(`Das Protokoll zu „${item}“ ist gespeichert.`).waitFor();

    await manager.getByRole('button', { name: 'Sitzung schließen' }).click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Sitzung schließen' }).click();
    await manager.getByText('Die Sitzung ist geschlossen.').waitFor();
    await expectNoAxeViolations(manager, 'closed session (community manager)');

    // Everyone with access reads the result with its sentence and the minutes.
    await representative.goto(sessionUrl);
    await representative.getByText('Silberau stellt den Antrag vor. Die Versammlung stimmt zu.').waitFor();
    await representative.getByText(/^Angenommen: 1 Ja von 1 abgegebenen Stimmen/).waitFor();
    await expectNoAxeViolations(representative, 'closed session (representative)');
  });

  it('marks an item non-public for members, and leaves it out of the public session page', async () => {
    // Also after the session: whether an item's minutes are published is decided afterwards too.
    const report = 'Bericht aus dem Technischen Komitee';
    await manager.getByRole('button', { name: `„${report}“: Nichtöffentlich machen` }).click();
    await manager
      .getByText(
        `„${report}“ ist nichtöffentlich: Nur Mitglieder sehen den Punkt, sein Protokoll und seine Abstimmungen.`,
      )
      .waitFor();
    const marked = new RegExp(`^TOP 3: ${report}\\s*nichtöffentlich`);
    await manager.getByRole('heading', { level: 3, name: marked }).waitFor();
    await manager.getByRole('button', { name: `„${report}“: Öffentlich machen` }).waitFor();
    await expectNoAxeViolations(manager, 'session with a non-public item (community manager)');

    await representative.goto(sessionUrl);
    await representative.getByRole('heading', { level: 3, name: marked }).waitFor();

    // A visitor who is not signed in reads the rest of the agenda, without the item and without a marker.
    const { page: visitor, context } = await germanPage(portal!.browser);
    try {
      await visitor.goto(sessionUrl);
      await visitor.getByRole('heading', { level: 3, name: new RegExp(`^TOP 2: ${item}`) }).waitFor();
      const headings = await visitor.getByRole('heading', { level: 3 }).allTextContents();
      expect(headings.map((h) => h.replace(/\s+/g, ' ').trim().split(':')[0])).toEqual(['TOP 1', 'TOP 2']);
      expect(await visitor.getByText(report).count()).toBe(0);
      expect(await visitor.getByText('nichtöffentlich').count()).toBe(0);
      await expectNoAxeViolations(visitor, 'session without its non-public item (signed out)');
    } finally {
      await context.close();
    }
  });

  it('shows the session in English', async () => {
    await representative.getByRole('button', { name: 'English' }).click();
    await representative.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    await representative
      .getByRole('heading', { level: 3, name: /^Item 3: Bericht aus dem Technischen Komitee\s*non-public/ })
      .waitFor();
    await representative.getByText(/^Accepted: 1 yes of 1 (votes )?cast/).waitFor();
    await expectNoAxeViolations(representative, 'closed session (en)');
  });
});
