import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, rowCells } from './support/page-checks';
import { type RunningPortal, startPortal } from './support/portal';
import { signIn } from './support/session';

// Charts for the treasury, a representative, the public transparency page and the roadmap, on a desktop and on
// a phone (390×844): each draws an SVG, its data table holds the figures the API gives (which the integration
// tests check against the ledger), and axe finds nothing with the tables open.
let portal: RunningPortal | undefined;
let baseUrl: string;
const contexts: BrowserContext[] = [];
const slug = 'geoportal-verbund';
const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const euros = (cents: string) => euro.format(Number(cents) / 100);
const spaces = (text: string) => text.replace(/\s/g, ' ');

const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

async function pageAt(viewport: { width: number; height: number }): Promise<Page> {
  const context = await portal!.browser.newContext({ viewport, locale: 'de-DE' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** The API's answer as the page's own session sees it. */
async function api<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    },
    { query, variables },
  );
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** The figure with this caption: waits for its SVG, opens its data table and returns the table. */
async function chart(page: Page, caption: string): Promise<Locator> {
  const figure = page.getByRole('figure', { name: caption });
  await figure.locator('svg.recharts-surface').first().waitFor();
  await figure.locator('summary').click();
  const table = figure.getByRole('table', { name: caption });
  await table.waitFor();
  return table;
}

async function expectRow(table: Locator, header: string, cents: string[]): Promise<void> {
  expect((await rowCells(table, header)).map(spaces)).toEqual(cents.map((c) => spaces(euros(c))));
}

const FUND_HISTORY = `query($id: ID!) { fundHistory(partnershipId: $id) { year contributedCents allocatedCents disbursedCents balanceCents } }`;

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await portal?.close();
});

describe.each(viewports)('charts on a $name', (viewport) => {
  it('shows the treasurer the fund over time, the contributors’ shares and the fee income', async () => {
    const page = await pageAt(viewport);
    await signIn(page, baseUrl, `kasse@${slug}.demo`);
    await page.goto(`${baseUrl}/p/${slug}/finanzen/fonds`);
    const { partnership } = await api<{ partnership: { id: string } }>(
      page,
      `query($slug: String!) { partnership(slug: $slug) { id } }`,
      {
        slug,
      },
    );
    const { fundHistory } = await api<{
      fundHistory: {
        year: number;
        contributedCents: string;
        allocatedCents: string;
        disbursedCents: string;
        balanceCents: string;
      }[];
    }>(page, FUND_HISTORY, { id: partnership.id });
    expect(fundHistory.length).toBeGreaterThan(1);
    const flows = await chart(page, 'Einzahlungen, Bewilligungen und Auszahlungen je Jahr');
    for (const y of fundHistory)
      await expectRow(flows, String(y.year), [y.contributedCents, y.allocatedCents, y.disbursedCents, y.balanceCents]);
    const balances = await chart(page, 'Bestand je Zweck am Jahresende');
    const last = fundHistory[fundHistory.length - 1];
    expect(spaces((await rowCells(balances, String(last.year))).at(-1)!)).toBe(spaces(euros(last.balanceCents)));
    const shares = await chart(page, 'Anteile der Beitragenden an allen Einzahlungen');
    // The same share as the fund's own shares table (largest remainder on the server).
    await shares
      .getByRole('row')
      .filter({ hasText: 'Landesamt für Geobasisdaten' })
      .getByText(/^48,73\s%$/)
      .waitFor();
    await expectNoAxeViolations(page, `fund charts (${viewport.name})`);

    await page.goto(`${baseUrl}/p/${slug}/finanzen/beitraege`);
    const { feeIncomeByYear } = await api<{
      feeIncomeByYear: { year: number; invoicedCents: string; paidCents: string }[];
    }>(page, `query($id: ID!) { feeIncomeByYear(partnershipId: $id) { year invoicedCents paidCents } }`, {
      id: partnership.id,
    });
    expect(feeIncomeByYear.length).toBeGreaterThan(0);
    const fees = await chart(page, 'Berechnete Beiträge und eingegangene Zahlungen je Jahr');
    for (const y of feeIncomeByYear) await expectRow(fees, String(y.year), [y.invoicedCents, y.paidCents]);
    await expectNoAxeViolations(page, `fee income chart (${viewport.name})`);
  });

  it('shows a representative its payments and savings over the years', async () => {
    const page = await pageAt(viewport);
    await signIn(page, baseUrl, `vertretung@${slug}.demo`);
    await page.goto(`${baseUrl}/p/${slug}/finanzen`);
    const { partnership, me } = await api<{
      partnership: { id: string };
      me: { roles: { role: string; partnership: { id: string }; organisation: { id: string; name: string } | null }[] };
    }>(
      page,
      `query($slug: String!) { partnership(slug: $slug) { id } me { roles { role partnership { id } organisation { id name } } } }`,
      { slug },
    );
    const organisation = me.roles.find(
      (r) => r.role === 'REPRESENTATIVE' && r.partnership.id === partnership.id,
    )!.organisation!;
    const { memberFinanceHistory } = await api<{
      memberFinanceHistory: {
        year: number;
        feesCents: string;
        costSharesCents: string;
        paymentsCents: string;
        fundContributionsCents: string;
        savedCents: string;
      }[];
    }>(
      page,
      `query($p: ID!, $o: ID!) { memberFinanceHistory(partnershipId: $p, organisationId: $o) { year feesCents costSharesCents paymentsCents fundContributionsCents savedCents } }`,
      { p: partnership.id, o: organisation.id },
    );
    expect(memberFinanceHistory.length).toBeGreaterThan(0);
    const table = await chart(page, `${organisation.name}: Zahlungen, Fondsbeiträge und Ersparnis je Jahr`);
    for (const y of memberFinanceHistory)
      await expectRow(table, String(y.year), [
        y.feesCents,
        y.costSharesCents,
        y.paymentsCents,
        y.fundContributionsCents,
        y.savedCents,
      ]);
    await expectNoAxeViolations(page, `member chart (${viewport.name})`);
  });

  it('shows anyone the public fund charts on the transparency page and the roadmap in numbers', async () => {
    const page = await pageAt(viewport);
    await page.goto(`${baseUrl}/p/${slug}/transparenz`);
    const { transparencyReport } = await api<{
      transparencyReport: {
        year: number;
        fundHistory: {
          year: number;
          contributedCents: string;
          allocatedCents: string;
          disbursedCents: string;
          balanceCents: string;
        }[];
      };
    }>(
      page,
      `query($slug: String!) { transparencyReport(slug: $slug, year: 2026) { year fundHistory { year contributedCents allocatedCents disbursedCents balanceCents } } }`,
      { slug },
    );
    const flows = await chart(page, 'Einzahlungen, Bewilligungen und Auszahlungen je Jahr');
    for (const y of transparencyReport.fundHistory)
      await expectRow(flows, String(y.year), [y.contributedCents, y.allocatedCents, y.disbursedCents, y.balanceCents]);
    // No contributor is named in public: the shares are per purpose.
    expect(await page.getByText('Landesamt für Geobasisdaten').count()).toBe(0);
    await expectNoAxeViolations(page, `transparency charts (${viewport.name})`);

    await page.goto(`${baseUrl}/p/${slug}/roadmap`);
    const stages = await chart(page, 'Anliegen je Phase');
    const columns = page.locator('.request-roadmap__column');
    const count = await columns.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const column = columns.nth(i);
      const name = (
        await column
          .getByRole('heading')
          .first()
          .evaluate((h) => h.firstChild?.textContent ?? '')
      ).trim();
      const items = await column.locator('.request-roadmap__item').count();
      expect(await rowCells(stages, name)).toEqual([String(items)]);
    }
    await expectNoAxeViolations(page, `roadmap charts (${viewport.name})`);
  });
});
