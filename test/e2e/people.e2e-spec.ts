import type { Page } from 'playwright-core';
import { definitions, describedText, expectNoAxeViolations, rowCells } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { demoPassword, signIn, signOutFromHeader, submitSignIn } from './support/session';

// One session through all tests, in order: the invitation made in one test is accepted in the next. The portal
// runs on a database of its own, so the public pages' tests in portal.e2e-spec.ts see the demo data untouched.
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

describe('signing in, roles and invitations', () => {
  const invitee = 'neue.beobachterin@example.org';
  const inviteeName = 'Nele Beobachterin';
  const inviteePassword = 'ein langes Passwort 2026';

  it('asks anonymous visitors to sign in for a partnership that is not public', async () => {
    await tab.goto(`${baseUrl}/p/dorf-app`);
    await tab.getByRole('heading', { level: 1, name: 'Anmeldung erforderlich' }).waitFor();
    const prompt = tab.getByRole('main').getByRole('link', { name: 'Jetzt anmelden' });
    expect(await prompt.getAttribute('href')).toBe('/anmelden?next=%2Fp%2Fdorf-app');
    expect(await tab.getByRole('banner').getByRole('link', { name: 'Anmelden' }).count()).toBe(1);
    await expectNoAxeViolations(tab, 'sign-in required (de)');

    // The prompt leads to the sign-in page, which comes back here afterwards.
    await prompt.click();
    await tab.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(tab.url()).toBe(`${baseUrl}/anmelden?next=%2Fp%2Fdorf-app`);
  });

  it('explains why a sign-in through the organisation did not work, and offers no such button when it is not configured', async () => {
    await tab.goto(`${baseUrl}/anmelden?oidc=unknown`);
    const alert = tab.getByRole('main').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('weder ein Konto noch eine Einladung');
    expect(await tab.getByRole('link', { name: 'Mit dem Konto Ihrer Organisation anmelden' }).count()).toBe(0);
    await expectNoAxeViolations(tab, 'sign-in after a failed OpenID Connect sign-in (de)');
  });

  it('explains a wrong password next to the form and marks empty fields', async () => {
    await tab.goto(`${baseUrl}/anmelden`);
    const form = tab.getByRole('main');
    await form.getByRole('button', { name: 'Anmelden' }).click();
    const email = form.getByLabel('E-Mail-Adresse');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(email)).toContain('Bitte füllen Sie „E-Mail-Adresse“ aus.');
    // Focus moves to the first field that needs correcting.
    expect(await tab.locator(':focus').getAttribute('id')).toBe(await email.getAttribute('id'));

    await email.fill('gemeinschaft@geoportal-verbund.demo');
    await form.getByLabel('Passwort', { exact: true }).fill('falsches-passwort');
    await form.getByRole('button', { name: 'Anmelden' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    // The server's words in the portal's language (it sends Accept-Language), so not marked as another language.
    expect(await alert.textContent()).toContain('E-Mail-Adresse oder Passwort ist falsch');
    expect(await alert.locator('[lang="en"]').count()).toBe(0);
    await expectNoAxeViolations(tab, 'sign-in with error (de)');
  });

  it('lets a community manager invite an observer, who accepts through the mailed link', async () => {
    // Sign in from the partnership page and come back to it.
    await tab.goto(`${baseUrl}/p/geoportal-verbund`);
    await tab.getByRole('heading', { level: 1, name: 'Geoportal-Verbund' }).waitFor();
    await tab.getByRole('banner').getByRole('link', { name: 'Anmelden' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await expectNoAxeViolations(tab, 'sign-in (de)');
    await submitSignIn(tab, 'gemeinschaft@geoportal-verbund.demo', demoPassword);
    await tab.getByRole('button', { name: 'Angemeldet als Community Management Geoportal-Verbund' }).waitFor();
    await tab.waitForURL(`${baseUrl}/p/geoportal-verbund`);

    const sections = tab.getByRole('navigation', { name: 'Bereiche der Partnerschaft „Geoportal-Verbund“' });
    await sections.getByRole('link', { name: 'Personen & Rollen' }).click();
    await tab.getByRole('heading', { level: 1, name: /Personen & Rollen/ }).waitFor();
    const people = tab.getByRole('table', {
      name: 'Personen und ihre Rollen in der Partnerschaft „Geoportal-Verbund“',
    });
    expect(await people.getByRole('columnheader').allTextContents()).toEqual([
      'Name',
      'E-Mail-Adresse',
      'Rolle',
      'Organisation',
      'Seit',
      'Aktionen',
    ]);
    expect(await rowCells(people, 'Community Management Geoportal-Verbund')).toEqual(
      expect.arrayContaining(['gemeinschaft@geoportal-verbund.demo', 'Community Management']),
    );
    await expectNoAxeViolations(tab, 'people and roles (de)');

    // A representative acts for a member organisation, so choosing that role asks for one.
    const invite = tab.getByRole('region', { name: 'Person einladen' });
    await invite.getByLabel('Rolle').selectOption('REPRESENTATIVE');
    const organisation = invite.getByLabel('Organisation');
    await organisation.waitFor();
    expect(await organisation.locator('option').allTextContents()).toContain('Hansestadt Störmünde');
    await invite.getByLabel('Rolle').selectOption('OBSERVER');
    await organisation.waitFor({ state: 'detached' });

    await invite.getByLabel('E-Mail-Adresse').fill(invitee);
    await invite.getByRole('button', { name: 'Einladung verschicken' }).click();
    await invite.getByRole('status').getByText(`Die Einladung an ${invitee} ist verschickt.`).waitFor();
    const open = tab.getByRole('table', { name: /Einladungen, die noch nicht angenommen wurden/ });
    expect(await rowCells(open, invitee)).toEqual(expect.arrayContaining(['Beobachtung']));
    await expectNoAxeViolations(tab, 'people and roles after inviting (de)');

    await signOutFromHeader(tab, 'Community Management Geoportal-Verbund');

    // The platform admin reads the mail in the outbox, as long as no SMTP server is configured.
    await signIn(tab, baseUrl, 'admin@allmende.demo', 'Plattform-Administration');
    await tab.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Postausgang' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Postausgang' }).waitFor();
    const mail = tab.getByRole('article').filter({ hasText: invitee }).first();
    const link = mail.getByRole('link', { name: /\/einladung\// });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${escapeRegExp(baseUrl)}/einladung/`));
    await expectNoAxeViolations(tab, 'outbox (de)');
    await link.click();

    // Signed in as someone else, the invitation first asks to sign out.
    await tab.getByRole('heading', { level: 1, name: 'Einladung annehmen' }).waitFor();
    expect(await definitions(tab.getByRole('main'))).toMatchObject({
      Partnerschaft: 'Geoportal-Verbund',
      Rolle: 'Beobachtung',
      'Eingeladene E-Mail-Adresse': invitee,
    });
    await tab.getByText('Sie sind als admin@allmende.demo angemeldet.', { exact: false }).waitFor();
    await expectNoAxeViolations(tab, 'invitation while signed in as someone else (de)');
    await tab.getByRole('main').getByRole('button', { name: 'Abmelden' }).click();

    // Now the form for a new account; the form checks the password before sending it.
    const name = tab.getByRole('textbox', { name: 'Name', exact: true });
    await name.waitFor();
    await tab.getByRole('banner').getByRole('link', { name: 'Anmelden' }).waitFor();
    await name.fill(inviteeName);
    await tab.getByLabel('Neues Passwort', { exact: true }).fill('zu kurz');
    await tab.getByLabel('Neues Passwort wiederholen').fill('zu kurz');
    await tab.getByRole('button', { name: 'Konto anlegen und Einladung annehmen' }).click();
    const password = tab.getByLabel('Neues Passwort', { exact: true });
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(password)).toContain('Das Passwort muss mindestens 12 Zeichen lang sein.');
    await expectNoAxeViolations(tab, 'invitation, new account with errors (de)');
    await password.fill(inviteePassword);
    await tab.getByLabel('Neues Passwort wiederholen').fill(inviteePassword);
    await tab.getByRole('button', { name: 'Konto anlegen und Einladung annehmen' }).click();

    // Lands on the partnership, signed in, with the sections an observer may open.
    await tab.waitForURL(`${baseUrl}/p/geoportal-verbund`);
    await tab.getByRole('heading', { level: 1, name: 'Geoportal-Verbund' }).waitFor();
    await tab.getByRole('button', { name: `Angemeldet als ${inviteeName}` }).waitFor();
    await tab.getByText('Willkommen! Sie haben die Einladung angenommen und sind angemeldet.').waitFor();
    const permissions = await viewerPermissions(tab, 'geoportal-verbund');
    expect(permissions).toContain('AUDIT_READ');
    expect(permissions).not.toContain('PEOPLE_MANAGE');
    await sections.getByRole('link', { name: 'Übersicht' }).waitFor();
    expect(await sections.getByRole('link').allTextContents()).toEqual([
      'Übersicht',
      'Gremien',
      'Abstimmungen',
      'Anliegen',
      'Roadmap',
      ...(permissions.includes('PEOPLE_READ') ? ['Personen & Rollen'] : []),
      // Every role sees the finance section (an observer is told there what it may not see); the partnership is public, so its transparency report too.
      'Finanzen',
      'Transparenz',
      'Protokoll',
    ]);
    await expectNoAxeViolations(tab, 'partnership signed in as observer (de)');

    await sections.getByRole('link', { name: 'Protokoll' }).click();
    await tab.getByRole('heading', { level: 1, name: /Protokoll/ }).waitFor();
    await tab.getByRole('heading', { name: /^Kette geprüft: \d+ Einträge, unverändert$/ }).waitFor();
    const log = tab.getByRole('table', { name: 'Protokolleinträge, neueste zuerst' });
    expect(await log.getByRole('columnheader').allTextContents()).toEqual([
      'Nr.',
      'Zeit',
      'Aktion',
      'Gegenstand',
      'Inhalt',
      'Hash',
    ]);
    // Newest first: the observer's own new role.
    const newest = (await log.locator('tbody tr').first().getByRole('cell').allTextContents()).map((text) =>
      text.trim(),
    );
    expect(newest.slice(1, 3)).toEqual(['Rolle vergeben', 'Rolle']);
    expect(newest[3]).toContain(`E-Mail: ${invitee}`);
    expect(newest[4]).toMatch(/^[0-9a-f]{12}/);
    await expectNoAxeViolations(tab, 'audit log (de)');

    if (!permissions.includes('PEOPLE_READ')) {
      await tab.goto(`${baseUrl}/p/geoportal-verbund/personen`);
      await tab.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
      await expectNoAxeViolations(tab, 'no access (de)');
    }
  });

  it('lets a person rename themselves and switch the portal to their language', async () => {
    await tab.goto(`${baseUrl}/konto`);
    await tab.getByRole('heading', { level: 1, name: 'Konto' }).waitFor();
    expect(await tab.getByRole('main').getByRole('link', { name: 'Geoportal-Verbund' }).count()).toBe(1);
    await expectNoAxeViolations(tab, 'account (de)');

    await tab.getByRole('textbox', { name: 'Name', exact: true }).fill('Nele B.');
    await tab.getByRole('combobox', { name: 'Sprache' }).selectOption('EN');
    await tab.getByRole('button', { name: 'Speichern' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    expect(await tab.locator('html').getAttribute('lang')).toBe('en');
    await tab.getByRole('status').getByText('Your details are saved.').waitFor();
    await tab.getByRole('button', { name: 'Signed in as Nele B.' }).waitFor();

    // The current password is checked by the server; its answer stands next to the form.
    await tab.getByLabel('Current password').fill('not my password at all');
    await tab.getByLabel('New password', { exact: true }).fill('another long password');
    await tab.getByLabel('Repeat new password').fill('another long password');
    await tab.getByRole('button', { name: 'Change password' }).click();
    await tab.getByRole('region', { name: 'Change password' }).getByRole('alert').waitFor();
    await expectNoAxeViolations(tab, 'account with error (en)');

    await tab.getByRole('combobox', { name: 'Language' }).selectOption('DE');
    await tab.getByRole('button', { name: 'Save' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Konto' }).waitFor();
  });

  it('resets a forgotten password through the mailed link', async () => {
    await signOutFromHeader(tab, 'Nele B.');
    await tab.goto(`${baseUrl}/anmelden`);
    await tab.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Passwort vergessen' }).waitFor();
    await expectNoAxeViolations(tab, 'forgot password (de)');
    await tab.getByLabel('E-Mail-Adresse').fill(invitee);
    await tab.getByRole('button', { name: 'Link anfordern' }).click();
    const confirmation =
      'Wenn es ein Konto mit dieser E-Mail-Adresse gibt, ist eine E-Mail mit einem Link zum Zurücksetzen des Passworts unterwegs.';
    await tab.getByRole('status').getByText(confirmation, { exact: false }).waitFor();

    // An unknown address gets the very same answer.
    await tab.goto(`${baseUrl}/passwort-vergessen`);
    await tab.getByLabel('E-Mail-Adresse').fill('niemand@example.org');
    await tab.getByRole('button', { name: 'Link anfordern' }).click();
    await tab.getByRole('status').getByText(confirmation, { exact: false }).waitFor();

    await signIn(tab, baseUrl, 'admin@allmende.demo', 'Plattform-Administration');
    await tab.goto(`${baseUrl}/postausgang`);
    const link = tab
      .getByRole('article')
      .filter({ hasText: invitee })
      .getByRole('link', { name: /\/passwort-zuruecksetzen\// })
      .first();
    const resetUrl = await link.getAttribute('href');
    await signOutFromHeader(tab, 'Plattform-Administration');

    await tab.goto(resetUrl!);
    await tab.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' }).waitFor();
    await expectNoAxeViolations(tab, 'reset password (de)');
    await tab.getByLabel('Neues Passwort', { exact: true }).fill('ein ganz neues Passwort');
    await tab.getByLabel('Neues Passwort wiederholen').fill('ein ganz neues Passwort');
    await tab.getByRole('button', { name: 'Passwort speichern' }).click();
    await tab.waitForURL(`${baseUrl}/konto`);
    await tab.getByText('Ihr neues Passwort ist gespeichert, und Sie sind angemeldet.').waitFor();
    await tab.getByRole('button', { name: 'Angemeldet als Nele B.' }).waitFor();

    // Signed in, but without a role in a partnership that is not public: no access, and no sign-in prompt.
    await tab.goto(`${baseUrl}/p/dorf-app`);
    await tab.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    await expectNoAxeViolations(tab, 'no access to a hidden partnership (de)');
  });

  it('asks before revoking an invitation or removing a role', async () => {
    await signOutFromHeader(tab, 'Nele B.');
    await tab.goto(`${baseUrl}/anmelden?next=%2Fp%2Fgeoportal-verbund%2Fpersonen`);
    await submitSignIn(tab, 'gemeinschaft@geoportal-verbund.demo', demoPassword);
    await tab.waitForURL(`${baseUrl}/p/geoportal-verbund/personen`);
    const invite = tab.getByRole('region', { name: 'Person einladen' });
    await invite.getByLabel('E-Mail-Adresse').fill('noch.jemand@example.org');
    await invite.getByRole('button', { name: 'Einladung verschicken' }).click();
    const open = tab.getByRole('table', { name: /Einladungen, die noch nicht angenommen wurden/ });
    await open.getByRole('rowheader', { name: 'noch.jemand@example.org' }).waitFor();

    await open.getByRole('button', { name: 'Zurückziehen – Einladung an noch.jemand@example.org' }).click();
    const dialog = tab.getByRole('dialog', { name: 'Einladung zurückziehen?' });
    await dialog.waitFor();
    // The harmless choice has the focus; Escape closes without doing anything.
    expect(await tab.locator(':focus').textContent()).toBe('Abbrechen');
    await expectNoAxeViolations(tab, 'confirmation dialog (de)');
    await tab.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await open.getByRole('rowheader', { name: 'noch.jemand@example.org' }).count()).toBe(1);

    await open.getByRole('button', { name: 'Zurückziehen – Einladung an noch.jemand@example.org' }).click();
    await dialog.getByRole('button', { name: 'Einladung zurückziehen' }).click();
    await tab.getByRole('status').getByText('Die Einladung an noch.jemand@example.org ist zurückgezogen.').waitFor();
    expect(await tab.getByRole('rowheader', { name: 'noch.jemand@example.org' }).count()).toBe(0);

    const people = tab.getByRole('table', { name: /Personen und ihre Rollen/ });
    await people.getByRole('button', { name: 'Entfernen – Nele B., Beobachtung' }).click();
    await tab
      .getByRole('dialog', { name: 'Rolle entfernen?' })
      .getByRole('button', { name: 'Rolle entfernen' })
      .click();
    await tab.getByRole('status').getByText('Nele B. hat die Rolle „Beobachtung“ nicht mehr.').waitFor();
    expect(await people.getByRole('rowheader', { name: 'Nele B.' }).count()).toBe(0);
  });

  it('searches people by a part of the represented organisation’s name, kept in the address', async () => {
    await tab.goto(`${baseUrl}/p/geoportal-verbund/personen`);
    const search = tab.getByRole('searchbox', { name: 'Personen suchen' });
    await search.fill('LANDESAMT FÜR');
    await tab.waitForURL(/suche=LANDESAMT/);
    await tab.getByRole('status').getByText('1 Rolle passt zu „LANDESAMT FÜR“.').waitFor();
    const people = tab.getByRole('table', { name: /Personen und ihre Rollen/ });
    expect(await people.getByRole('row').filter({ hasText: 'Landesamt für Geobasisdaten' }).count()).toBe(1);
    await expectNoAxeViolations(tab, 'people searched (community manager)');
    await search.fill('niemand-hier');
    await tab.getByRole('status').getByText('0 Rollen passen zu „niemand-hier“.').waitFor();
    expect(await tab.getByRole('table', { name: /Personen und ihre Rollen/ }).count()).toBe(0);
  });

  it('pages through the record of events and searches it', async () => {
    await tab.goto(`${baseUrl}/p/geoportal-verbund/protokoll`);
    const shown = tab.getByText(/^\d+ von [\d.]+ Einträgen angezeigt, neueste zuerst$/);
    await shown.waitFor();
    const [, first, total] = /^(\d+) von ([\d.]+)/.exec((await shown.textContent()) ?? '') ?? [];
    expect(Number(first)).toBe(50);
    expect(Number(total?.replace('.', ''))).toBeGreaterThan(50);
    await tab.getByRole('button', { name: 'Ältere Einträge laden' }).click();
    await tab
      .getByText(new RegExp(`^${Math.min(100, Number(total?.replace('.', '')))} von ${total} Einträgen`))
      .waitFor();

    const search = tab.getByRole('searchbox', { name: 'Einträge durchsuchen' });
    await search.fill('membership.added');
    await tab.waitForURL(/suche=membership\.added/);
    await tab.getByText(/Einträge?n? mit „membership\.added“ angezeigt/).waitFor();
    await expectNoAxeViolations(tab, 'record of events searched (community manager)');
    await search.fill('%%%');
    await tab.getByText('Kein Eintrag enthält „%%%“.').waitFor();
  });
});

/** What the API says the signed-in person may do in the partnership, asked with the page's own session. */
async function viewerPermissions(target: Page, slug: string): Promise<string[]> {
  const answer = await target.evaluate(async (partnershipSlug) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($slug: String!) { partnership(slug: $slug) { viewerPermissions } }',
        variables: { slug: partnershipSlug },
      }),
    });
    return (await response.json()) as { data?: { partnership: { viewerPermissions: string[] } } };
  }, slug);
  if (!answer.data) throw new Error(`viewerPermissions could not be read: ${JSON.stringify(answer)}`);
  return answer.data.partnership.viewerPermissions;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
