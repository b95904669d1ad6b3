import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/page-checks';
import { type RunningPortal, startPortal } from './support/portal';
import { signIn } from './support/session';

// Tables on a phone (390×844): a table wider than the screen says so ("← wischen →") and can be scrolled by
// keyboard with a visible focus ring; the main lists become cards whose cells are labelled with their column.
let portal: RunningPortal | undefined;
let baseUrl: string;
let treasurer: Page;
let representative: Page;
let contexts: BrowserContext[] = [];

async function phonePage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await portal!.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
  return { context, page: await context.newPage() };
}

/** Each table's scroll region: whether it is cut, and the visible text of the hint that describes it. */
async function regions(target: Page): Promise<{ name: string; cut: boolean; hint: string | null }[]> {
  return target.locator('[role="region"]:has(> table)').evaluateAll((elements) =>
    elements.map((element) => {
      const hintId = element.getAttribute('aria-describedby');
      const hint = hintId ? element.ownerDocument.getElementById(hintId) : null;
      return {
        name: element.querySelector('caption')?.textContent ?? '',
        cut: element.scrollWidth - element.clientWidth > 1,
        hint: hint && hint.getBoundingClientRect().height > 0 ? hint.textContent : null,
      };
    }),
  );
}

/** The label a stacked cell shows before its value. */
function labelOf(cell: Locator): Promise<string> {
  return cell.evaluate((element) =>
    element.ownerDocument.defaultView!.getComputedStyle(element, '::before').content.replace(/^"|"$/g, ''),
  );
}

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  const pages = await Promise.all([phonePage(), phonePage()]);
  [treasurer, representative] = pages.map(({ page }) => page) as [Page, Page];
  contexts = pages.map(({ context }) => context);
  await signIn(treasurer, baseUrl, 'kasse@geoportal-verbund.demo');
  await signIn(representative, baseUrl, 'vertretung@dorf-app.demo');
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await portal?.close();
});

describe('tables on a phone', () => {
  it('marks every fund table that is wider than the screen with a swipe hint, and none that fits', async () => {
    await treasurer.goto(`${baseUrl}/p/geoportal-verbund/finanzen/fonds`);
    const balances = treasurer.getByRole('region', {
      name: 'Stand des Entwicklungsfonds je Zweck und des allgemeinen Fonds (Summen über das Hauptbuch)',
    });
    await balances.getByRole('rowheader', { name: 'Allgemeiner Fonds (ohne Zweckbindung)', exact: true }).waitFor();
    await treasurer.getByText('← wischen →').first().waitFor();

    const found = await regions(treasurer);
    // Seven columns of euros cannot fit 390 px: the check below is about a real cut table.
    expect(found.find((region) => region.name.startsWith('Stand des Entwicklungsfonds'))?.cut).toBe(true);
    for (const { name, cut, hint } of found) expect([name, hint]).toEqual([name, cut ? '← wischen →' : null]);

    // The region scrolls by keyboard and shows where the focus is (WCAG 2.1.1, 2.4.7).
    // Reached by the Tab key, as a keyboard user would (a scripted focus shows no focus ring by design).
    await balances.focus();
    await treasurer.keyboard.press('Shift+Tab');
    await treasurer.keyboard.press('Tab');
    expect(await balances.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await treasurer.keyboard.press('ArrowRight');
    await balances.page().waitForFunction((element) => element.scrollLeft > 0, await balances.elementHandle());
    expect(
      await balances.evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).outlineStyle),
    ).toBe('solid');
    await expectNoAxeViolations(treasurer, 'fund dashboard (phone)');
  });

  it('shows the backlog as cards, every cell labelled with its column and none cut', async () => {
    await representative.goto(`${baseUrl}/p/dorf-app/anliegen`);
    const list = representative.getByRole('table', { name: /Anliegen/ });
    const firstRow = list.locator('tbody tr').first();
    await firstRow.waitFor();
    const cells = firstRow.locator('th, td');
    const labels = await Promise.all((await cells.all()).map(labelOf));
    expect(labels).toEqual([
      'Nr.',
      'Titel',
      'Stufe',
      'Art',
      'Ziel',
      'Interessierte Mitglieder',
      'Mitfinanzierung bis zu',
    ]);
    // All seven columns are visible within the screen's width, without scrolling sideways.
    for (const box of await Promise.all((await cells.all()).map((cell) => cell.boundingBox()))) {
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    expect((await regions(representative)).every((region) => !region.cut && region.hint === null)).toBe(true);
    await expectNoAxeViolations(representative, 'backlog (phone)');
  });
});
