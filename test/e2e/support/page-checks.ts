import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

/** Runs axe with the WCAG 2.1 A and AA rules (BITV 2.0) and fails with a readable report on any violation. */
export async function expectNoAxeViolations(target: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page: target })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  if (results.violations.length > 0) {
    const report = results.violations
      .map((violation) => {
        const nodes = violation.nodes.map(
          (node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        );
        return `  ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}`;
      })
      .join('\n\n');
    console.error(`axe found ${results.violations.length} WCAG 2.1 AA violation(s) on ${label}:\n${report}`);
  }
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

/** A description list's terms and definitions as an object. */
export async function definitions(scope: Locator): Promise<Record<string, string>> {
  const terms = await scope.locator('dt').allTextContents();
  const values = await scope.locator('dd').allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term.trim(), (values[index] ?? '').trim()]));
}

/** The cells after the row header of the row named `header`, as text. */
export async function rowCells(table: Locator, header: string): Promise<string[]> {
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
  // The page may show its heading before its data: wait for the row rather than read an empty table.
  await row.first().waitFor();
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
}

/** The texts a field's aria-describedby points at (its hint and its error). */
export async function describedText(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => field.page().locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}
