import type { Locator, Page } from 'playwright-core';
import { definitions, describedText, expectNoAxeViolations, rowCells } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { signIn } from './support/session';

// A county applies for membership of a public partnership without an account; the community manager, who
// admits directly there (the demo's setting), admits it, and the county appears among the members. The tests
// run in order on one portal with a database of its own.
let portal: RunningPortal | undefined;
let baseUrl: string;
let visitor: Page;
let manager: Page;

const slug = 'offene-datenplattform';
const partnershipName = 'Offene Datenplattform Kommune';
const applicant = 'Landkreis Birkenau';
const seededApplicant = 'Stadt Lindenhain';
const statement =
  'Der Landkreis Birkenau betreibt Messstellen für Verkehr und Umwelt und möchte KommunalKern mitentwickeln.';

/** The card of one application in the list. */
function card(target: Page, organisation: string): Locator {
  return target.getByRole('region', { name: 'Anträge' }).getByRole('listitem', { name: organisation });
}

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  ({ page: visitor } = await germanPage(portal.browser));
  ({ page: manager } = await germanPage(portal.browser));
});

afterAll(async () => {
  await portal?.close();
});

describe('membership applications', () => {
  it('leads an anonymous visitor from the partnership page to the application form', async () => {
    await visitor.goto(`${baseUrl}/p/${slug}`);
    await visitor.getByRole('heading', { level: 1, name: partnershipName }).waitFor();
    await expectNoAxeViolations(visitor, 'partnership page (anonymous)');
    await visitor
      .getByRole('region', { name: 'Mitgliedsorganisationen' })
      .getByRole('link', { name: 'Mitglied werden' })
      .click();
    await visitor.getByRole('heading', { level: 1, name: /^Mitgliedschaft beantragen/ }).waitFor();
    expect(visitor.url()).toBe(`${baseUrl}/p/${slug}/mitglied-werden`);
    // The demo partnership admits directly, so the page does not announce a committee vote.
    await visitor.getByText(`Ihre Organisation möchte ${partnershipName} beitreten?`, { exact: false }).waitFor();
    expect(await visitor.getByText('Über Ihre Aufnahme stimmt das zuständige Gremium ab.').count()).toBe(0);
    await expectNoAxeViolations(visitor, 'application form (anonymous)');
  });

  it('marks the missing fields of an empty application and moves the focus to the first', async () => {
    const form = visitor.getByRole('main');
    const name = form.getByLabel('Name der Organisation');
    await form.getByRole('button', { name: 'Antrag stellen' }).click();
    await form.getByText('Bitte ausfüllen.').first().waitFor();
    expect(await visitor.locator(':focus').getAttribute('id')).toBe(await name.getAttribute('id'));
    for (const label of ['Name der Organisation', 'Ansprechperson', 'Begründung']) {
      const field = form.getByLabel(label, { exact: true });
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await describedText(field)).toContain('Bitte ausfüllen.');
    }
    expect(await describedText(form.getByLabel('E-Mail-Adresse der Ansprechperson'))).toContain(
      'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
    );
    // Optional fields are not marked.
    expect(await form.getByLabel('Einwohnerzahl (optional)').getAttribute('aria-invalid')).toBeNull();
    await expectNoAxeViolations(visitor, 'application form with errors (anonymous)');

    // A population that is not a whole number is refused on its own.
    await name.fill(applicant);
    await form.getByLabel('Einwohnerzahl (optional)').fill('rund 98.000');
    await form.getByRole('button', { name: 'Antrag stellen' }).click();
    const population = form.getByLabel('Einwohnerzahl (optional)');
    await form.getByText('Bitte eine ganze Zahl ab 0 eingeben.').waitFor();
    expect(await population.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    expect(await visitor.locator(':focus').getAttribute('id')).toBe(await population.getAttribute('id'));
  });

  it('accepts a complete application and confirms it', async () => {
    const form = visitor.getByRole('main');
    await form.getByLabel('Art der Organisation').selectOption({ label: 'Landkreis' });
    await form.getByLabel('Land', { exact: true }).selectOption({ label: 'Rheinland-Pfalz' });
    await form.getByLabel('Einwohnerzahl (optional)').fill('98450');
    await form.getByLabel('Ansprechperson', { exact: true }).fill('Jonas Reinhardt');
    await form.getByLabel('E-Mail-Adresse der Ansprechperson').fill('jonas.reinhardt@example.org');
    await form.getByLabel('Begründung').fill(statement);
    await form.getByRole('button', { name: 'Antrag stellen' }).click();
    await form
      .getByRole('status')
      .getByText(`Vielen Dank: Der Antrag von ${applicant} ist eingegangen. Eine Bestätigung ist per E-Mail unterwegs.`)
      .waitFor();
    // The form is gone, so the application cannot be sent twice by accident.
    expect(await form.getByRole('button', { name: 'Antrag stellen' }).count()).toBe(0);
    await expectNoAxeViolations(visitor, 'application sent (anonymous)');
  });

  it('refuses a second application of the same organisation while the first is open', async () => {
    await visitor.reload();
    const form = visitor.getByRole('main');
    await form.getByLabel('Name der Organisation').fill(applicant.toUpperCase());
    await form.getByLabel('Ansprechperson', { exact: true }).fill('Jonas Reinhardt');
    await form.getByLabel('E-Mail-Adresse der Ansprechperson').fill('jonas.reinhardt@example.org');
    await form.getByLabel('Begründung').fill(statement);
    await form.getByRole('button', { name: 'Antrag stellen' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    // The server's words in the reader's language, so nothing in the alert is marked as another language.
    expect(await alert.textContent()).toMatch(/Über einen Antrag von .* wird schon entschieden/);
    expect(await alert.locator('[lang]').count()).toBe(0);
    expect(await form.getByRole('status').count()).toBe(0);
    await expectNoAxeViolations(visitor, 'duplicate application refused (anonymous)');
  });

  it('lets the community manager see both applications and admit the new one directly', async () => {
    await signIn(manager, baseUrl, `gemeinschaft@${slug}.demo`);
    await manager.goto(`${baseUrl}/p/${slug}`);
    await manager
      .getByRole('navigation', { name: `Bereiche der Partnerschaft „${partnershipName}“` })
      .getByRole('link', { name: 'Mitgliedsanträge' })
      .click();
    await manager.getByRole('heading', { level: 1, name: /^Mitgliedsanträge/ }).waitFor();
    expect(manager.url()).toBe(`${baseUrl}/p/${slug}/mitgliedschaft`);

    // This partnership admits directly: the community manager decides, no committee vote.
    const admission = manager
      .getByRole('region', { name: 'Aufnahmeverfahren' })
      .getByLabel('Über Aufnahmen entscheidet');
    expect(await admission.inputValue()).toBe('DIRECT');

    const list = manager.getByRole('region', { name: 'Anträge' }).getByRole('list').first();
    // Newest first.
    expect(await list.getByRole('heading', { level: 3 }).allTextContents()).toEqual([applicant, seededApplicant]);
    const fresh = card(manager, applicant);
    await fresh.getByText('Landkreis · Rheinland-Pfalz · 98.450').waitFor();
    await fresh.getByText('Ansprechperson: Jonas Reinhardt (jonas.reinhardt@example.org)').waitFor();
    await fresh.getByText(statement).waitFor();
    await fresh.getByText(/^Status:\s*eingegangen$/).waitFor();
    await card(manager, seededApplicant)
      .getByText('Ansprechperson: Miriam Albers (miriam.albers@example.org)')
      .waitFor();
    await expectNoAxeViolations(manager, 'applications (community manager)');

    await fresh.getByRole('button', { name: 'Aufnehmen' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Aufnehmen?' });
    await dialog.getByText(`${applicant} wird ab heute Mitglied und erhält Sitze in den Gremien.`).waitFor();
    await expectNoAxeViolations(manager, 'admit dialog (community manager)');
    await dialog.getByRole('button', { name: 'Aufnehmen' }).click();
    await fresh.getByText(/^Status:\s*aufgenommen$/).waitFor();
    expect(await fresh.getByRole('button').count()).toBe(0);
    // The seeded application is still waiting for a decision.
    await card(manager, seededApplicant)
      .getByText(/^Status:\s*eingegangen$/)
      .waitFor();
    expect(await card(manager, seededApplicant).getByRole('button', { name: 'Aufnehmen' }).count()).toBe(1);
    await expectNoAxeViolations(manager, 'applications after admitting (community manager)');
  });

  it('puts the seeded application to the admission committee’s vote once the partnership admits by vote', async () => {
    const settings = manager.getByRole('region', { name: 'Aufnahmeverfahren' });
    await settings.getByLabel('Über Aufnahmen entscheidet').selectOption({ label: 'ein Gremium per Abstimmung' });
    // A vote needs a committee: saving without one is refused next to the field.
    await settings.getByRole('button', { name: 'Aufnahmeverfahren speichern' }).click();
    const committee = settings.getByLabel('Gremium für Aufnahmen');
    expect(await describedText(committee)).toContain('Bitte ausfüllen.');
    expect(await manager.locator(':focus').getAttribute('id')).toBe(await committee.getAttribute('id'));
    await committee.selectOption({ label: 'Abteilungsversammlung' });
    await settings.getByRole('button', { name: 'Aufnahmeverfahren speichern' }).click();
    await settings.getByRole('status').getByText('Das Aufnahmeverfahren ist gespeichert.').waitFor();

    // The page reads the setting from the server: after a reload, the seeded application offers a vote instead.
    await manager.reload();
    const seeded = card(manager, seededApplicant);
    await seeded.getByRole('button', { name: 'Zur Abstimmung stellen' }).waitFor();
    expect(await seeded.getByRole('button', { name: 'Aufnehmen' }).count()).toBe(0);
    await expectNoAxeViolations(manager, 'applications, admission by vote (community manager)');
    await seeded.getByRole('button', { name: 'Zur Abstimmung stellen' }).click();
    await seeded.getByText(/^Status:\s*in Abstimmung/).waitFor();
    await expectNoAxeViolations(manager, 'application in vote (community manager)');
    // KERN follows the system's dark scheme; the link to the vote must keep its contrast there too.
    await manager.emulateMedia({ colorScheme: 'dark' });
    try {
      await expectNoAxeViolations(manager, 'application in vote (community manager, dark scheme)');
    } finally {
      await manager.emulateMedia({ colorScheme: 'light' });
    }

    await seeded.getByRole('link', { name: 'Zur Abstimmung' }).click();
    await manager
      .getByRole('heading', { level: 1, name: new RegExp(`^Aufnahme von ${seededApplicant}\\s*Abteilungsversammlung`) })
      .waitFor();
    await manager
      .getByRole('region', { name: 'Zwischenstand' })
      .getByText('0 von 10 Stimmberechtigten haben abgestimmt')
      .waitFor();
    await expectNoAxeViolations(manager, 'admission vote (community manager)');
  });

  it('shows the admitted organisation among the partnership’s active members', async () => {
    await visitor.goto(`${baseUrl}/p/${slug}`);
    const members = visitor.getByRole('table', {
      name: `Alle Mitgliedschaften der Partnerschaft „${partnershipName}“, nach Beitritt sortiert`,
    });
    await members.getByRole('rowheader', { name: applicant, exact: true }).waitFor();
    const today = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date());
    expect(await rowCells(members, applicant)).toEqual(['Landkreis', '98.450', 'Aktiv', today]);
    expect((await definitions(visitor.getByRole('region', { name: 'Überblick' })))['Aktive Mitglieder']).toBe('11');
    await expectNoAxeViolations(visitor, 'partnership page with the new member (anonymous)');
  });

  it('does not offer “Mitglied werden” to a member’s representative, and says why on the form’s page', async () => {
    const { page: representative, context } = await germanPage(portal!.browser);
    try {
      await signIn(representative, baseUrl, `vertretung@${slug}.demo`);
      await representative.goto(`${baseUrl}/p/${slug}`);
      const members = representative.getByRole('region', { name: 'Mitgliedsorganisationen' });
      await members.getByRole('table').waitFor();
      expect(await members.getByRole('link', { name: 'Mitglied werden' }).count()).toBe(0);
      await representative.goto(`${baseUrl}/p/${slug}/mitglied-werden`);
      await representative.getByRole('status').getByText('Ihre Organisation ist schon Mitglied').waitFor();
      expect(await representative.getByRole('button', { name: 'Antrag stellen' }).count()).toBe(0);
      await expectNoAxeViolations(representative, 'application page for a member (representative)');
    } finally {
      await context.close();
    }
  });
});
