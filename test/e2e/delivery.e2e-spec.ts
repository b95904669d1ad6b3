import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page, Response } from 'playwright-core';
import { type RunningPortal, germanPage, startPortal } from './support/portal';

const i18nDir = path.resolve(__dirname, '../../web/src/i18n');

/** Every translated text of a language file, flattened. */
function texts(file: string): string[] {
  const visit = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(visit);
  return visit(JSON.parse(readFileSync(path.join(i18nDir, file), 'utf8')));
}

/**
 * English texts that only English has, and that a bundle holds as they are written: long enough to be
 * unmistakable, plain ASCII without quotes or backslashes (which the minifier would escape).
 */
const germanTexts = new Set(texts('de.json'));
const englishOnly = texts('en.json').filter(
  (text) => text.length >= 24 && /^[\x20-\x7e]+$/.test(text) && !/["'\\`]/.test(text) && !germanTexts.has(text),
);

let portal: RunningPortal | undefined;
let page: Page;
let baseUrl: string;

beforeAll(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  ({ page } = await germanPage(portal.browser));
});

afterAll(async () => {
  await portal?.close();
});

/** Collects the JavaScript the page loads from now on, by path. */
function recordScripts(target: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  target.on('response', (response: Response) => {
    if (response.request().resourceType() === 'script') scripts.set(new URL(response.url()).pathname, response.text());
  });
  return scripts;
}

const englishIn = (source: string) => englishOnly.filter((text) => source.includes(text));

describe('delivery', () => {
  it('loads only the language the page is read in: no English text in the German landing page, its entry chunk included', async () => {
    expect(englishOnly.length).toBeGreaterThan(100);
    const scripts = recordScripts(page);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Entwicklungspartnerschaften' }).waitFor();

    const entry = await page.locator('script[type="module"][src^="/assets/"]').getAttribute('src');
    expect(entry).toBeTruthy();
    expect(scripts.has(entry as string)).toBe(true);
    expect(englishIn(await (scripts.get(entry as string) as Promise<string>))).toEqual([]);
    for (const [script, text] of scripts)
      expect({ script, english: englishIn(await text) }).toEqual({ script, english: [] });

    // The English texts come with the switch, in a chunk of their own: the check above would have found them.
    scripts.clear();
    await page.getByRole('group', { name: 'Sprache' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Development partnerships' }).waitFor();
    const loaded = await Promise.all([...scripts.values()]);
    expect(loaded.some((text) => englishIn(text).length > englishOnly.length / 2)).toBe(true);
  });
});
