import type { Page } from 'playwright-core';

/** The seeded demo accounts all share this password (seeds/demo-users.ts). */
export const demoPassword = 'Allmende-Demo-2026';

/** Fills in and sends the sign-in form on the page on screen (German). */
export async function submitSignIn(target: Page, email: string, password: string): Promise<void> {
  const form = target.getByRole('main');
  await form.getByLabel('E-Mail-Adresse').fill(email);
  await form.getByLabel('Passwort', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Anmelden' }).click();
}

/**
 * Opens the sign-in page, signs in with a demo account and waits until the header's account menu shows the
 * person (by `displayName` where given, else anyone).
 */
export async function signIn(target: Page, baseUrl: string, email: string, displayName?: string): Promise<void> {
  await target.goto(`${baseUrl}/anmelden`);
  await submitSignIn(target, email, demoPassword);
  const name = displayName === undefined ? /^Angemeldet als / : `Angemeldet als ${displayName}`;
  // On a phone the account button sits in the closed header menu: present, but not visible.
  await target.getByRole('banner').getByRole('button', { name, includeHidden: true }).waitFor({ state: 'attached' });
}

/** Signs out through the header's account menu and waits until the portal says so. */
export async function signOutFromHeader(target: Page, displayName: string): Promise<void> {
  const menu = target.getByRole('banner').getByRole('button', { name: `Angemeldet als ${displayName}` });
  await menu.click();
  expect(await menu.getAttribute('aria-expanded')).toBe('true');
  await target.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await target.getByRole('status').getByText('Sie sind abgemeldet.').waitFor();
  await target.getByRole('banner').getByRole('link', { name: 'Anmelden' }).waitFor();
}
