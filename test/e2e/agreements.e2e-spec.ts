import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/page-checks';
import { type RunningPortal, germanPage, startPortal } from './support/portal';
import { signIn } from './support/session';

// In the village app community: the representative opens the cost-sharing agreement that waits for its
// signature and signs it; the module catalogue shows who uses which module; the treasurer creates an
// agreement for an accepted request, changes the split method, sees the preview's shares add up to the
// total, and saves. The tests run in order on one portal with its own database.
let portal: RunningPortal | undefined;
let baseUrl: string;
let treasurer: Page;
let representative: Page;
let manager: Page;
let product: Page;
let contexts: BrowserContext[] = [];

const slug = 'dorf-app';
const list = () => `${baseUrl}/p/${slug}/finanzen/vereinbarungen`;

/** An API call with the page's session, for preparing what another area's pages would do. */
async function api<T>(target: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await target.request.post(`${baseUrl}/graphql`, {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`${query.slice(0, 50)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** "1.234,56 €" → 123456 cents. */
function cents(text: string): bigint {
  const match = /(-?[\d.]+),(\d{2})\s*€/.exec(text.replace(/\u00a0/g, ' '));
  if (!match) throw new Error(`not a euro amount: ${text}`);
  return BigInt(match[1].replace(/\./g, '') + match[2]);
}

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  const pages = await Promise.all([
    germanPage(portal.browser),
    germanPage(portal.browser),
    germanPage(portal.browser),
    germanPage(portal.browser),
  ]);
  [treasurer, representative, manager, product] = pages.map(({ page }) => page) as [Page, Page, Page, Page];
  contexts = pages.map(({ context }) => context);
  await signIn(treasurer, baseUrl, `kasse@${slug}.demo`);
  await signIn(representative, baseUrl, `vertretung@${slug}.demo`);
  await signIn(manager, baseUrl, `gemeinschaft@${slug}.demo`);
  await signIn(product, baseUrl, `produkt@${slug}.demo`);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await portal?.close();
});

describe('cost-sharing agreements', () => {
  it('shows the representative the contract that waits for its signature, and it signs', async () => {
    await representative.goto(list());
    await representative.getByRole('heading', { level: 1, name: /Kostenteilungen/ }).waitFor();
    await expectNoAxeViolations(representative, 'agreements list (representative)');
    await representative.getByRole('link', { name: /Mitfahrbank/ }).click();
    await representative.getByRole('heading', { level: 1, name: /Mitfahrbank/ }).waitFor();
    await representative.getByRole('region', { name: /Verträgen unterschrieben/ }).waitFor();
    await expectNoAxeViolations(representative, 'agreement (representative)');
    const contracts = representative.getByRole('region', { name: /Verträgen unterschrieben/ });
    expect(await contracts.getByRole('button', { name: /^Unterschreiben/ }).count()).toBe(1);
    await contracts.getByRole('button', { name: /^Unterschreiben/ }).click();
    await representative.getByRole('dialog').getByRole('button', { name: 'Unterschreiben' }).click();
    await representative.getByText(/^Unterschrieben für /).waitFor();
    await representative.getByRole('region', { name: /2 von 5 Verträgen unterschrieben/ }).waitFor();
  });

  it('shows the module catalogue and who uses each module', async () => {
    await treasurer.goto(`${baseUrl}/p/${slug}/module`);
    await treasurer.getByRole('heading', { level: 1, name: /Modulkatalog/ }).waitFor();
    await treasurer.getByRole('region', { name: /Nutzung von „Mängelmelder“: 4 Mitglieder/ }).waitFor();
    await expectNoAxeViolations(treasurer, 'module catalogue (treasurer)');
  });

  it('the treasurer previews the split of an accepted request, changes the method, and saves', async () => {
    // An accepted request to share: the community manager and the product owner take “Raumbuchung” to financing.
    const { featureRequest } = await api<{ featureRequest: { id: string; number: number } }>(
      manager,
      `query($slug: String!) { featureRequest(slug: $slug, number: 5) { id number } }`,
      { slug },
    );
    const move = (target: Page, to: string) =>
      api(
        target,
        `mutation($input: TransitionFeatureRequestInput!) { transitionFeatureRequest(input: $input) { id } }`,
        { input: { requestId: featureRequest.id, to } },
      );
    await move(manager, 'REQUIREMENTS');
    await api(product, `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`, {
      input: { requestId: featureRequest.id, feasible: true, coreCapable: false, notes: 'Als Modul machbar' },
    });
    await api(product, `mutation($input: RecordEstimateInput!) { recordEstimate(input: $input) { id } }`, {
      input: { requestId: featureRequest.id, effortPersonDays: '22', amountCents: '1800001' },
    });
    await move(manager, 'FINANCING');

    await treasurer.goto(`${baseUrl}/p/${slug}/anliegen/${featureRequest.number}`);
    await treasurer.getByRole('link', { name: 'Kostenteilung anlegen' }).click();
    await treasurer.getByRole('heading', { level: 1, name: 'Kostenteilung anlegen' }).waitFor();
    expect(await treasurer.getByLabel('Anliegen', { exact: true }).inputValue()).toBe(featureRequest.id);
    // Prefilled from the interest: co-funders first, ticked.
    await treasurer
      .getByRole('checkbox', { name: /\(finanziert mit\)/ })
      .first()
      .waitFor();
    const preview = treasurer.getByRole('region', { name: /Anteil je Mitglied/ });
    await preview.waitFor();
    await expectNoAxeViolations(treasurer, 'new agreement (treasurer)');

    await treasurer.getByLabel('Aufteilung').selectOption('POPULATION');
    await treasurer.getByRole('region', { name: /Anteil je Mitglied \(Nach Einwohnerzahl\)/ }).waitFor();
    const total = cents(await treasurer.getByLabel('Gesamtbetrag in Euro').inputValue());
    expect(total).toBe(1_800_001n);
    const shares = await treasurer.getByTestId('share-amount').allTextContents();
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(shares.map(cents).reduce((s, c) => s + c, 0n)).toBe(total);
    expect(cents((await treasurer.getByTestId('share-sum').textContent()) ?? '')).toBe(total);
    await treasurer.getByText(/ergibt genau den Gesamtbetrag von 18\.000,01/).waitFor();
    await expectNoAxeViolations(treasurer, 'new agreement preview by population (treasurer)');

    await treasurer.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await treasurer.getByText('Die Kostenteilung ist als Entwurf gespeichert.').waitFor();
    await treasurer.getByRole('heading', { level: 1, name: /Raumbuchung/ }).waitFor();
    const saved = await treasurer.getByTestId('share-amount').allTextContents();
    expect(saved).toEqual(shares);
    await treasurer.getByRole('button', { name: 'Zur Unterschrift versenden' }).waitFor();
    await expectNoAxeViolations(treasurer, 'agreement draft (treasurer)');
  });

  it('the treasurer records a payment to the provider of a financed agreement; more than is owed is refused', async () => {
    await treasurer.goto(list());
    await treasurer
      .getByRole('link', { name: /Wartung Mängelmelder/ })
      .first()
      .click();
    await treasurer.getByRole('heading', { level: 1, name: /Wartung Mängelmelder/ }).waitFor();
    await treasurer.getByRole('heading', { level: 2, name: 'Zahlungen an den Dienstleister' }).waitFor();
    await treasurer.getByRole('heading', { level: 3, name: 'Zahlung an Dienstleister erfassen' }).waitFor();
    await expectNoAxeViolations(treasurer, 'agreement provider payment (treasurer)');
    await treasurer.getByLabel('Betrag in Euro').fill('99.999.999,00');
    await treasurer.getByRole('button', { name: 'Zahlung buchen' }).click();
    await treasurer
      .getByText(/Höchstens .* sind für diese Vereinbarung noch an .* zu zahlen, angegeben: 99\.999\.999,00\s€/)
      .first()
      .waitFor();
    await treasurer.getByLabel('Betrag in Euro').fill('1.000,00');
    await treasurer.getByRole('button', { name: 'Zahlung buchen' }).click();
    await treasurer
      .getByText(/Die Zahlung von 1\.000,00\s€ ist gebucht\. Noch zu zahlen: /)
      .first()
      .waitFor();
    await expectNoAxeViolations(treasurer, 'agreement after a provider payment (treasurer)');
  });
});
