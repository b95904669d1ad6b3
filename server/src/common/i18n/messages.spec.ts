import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { catalogues, messageLanguages, msg, readerLanguage, render } from './messages';

/** Every text of a catalogue by its full key, plural forms included ("time.minutes_one"). */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [name, value] of Object.entries(tree)) {
    if (typeof value === 'string') texts.set(`${prefix}${name}`, value);
    else for (const [key, text] of flatten(value as object, `${prefix}${name}.`)) texts.set(key, text);
  }
  return texts;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(pluralSuffix, '');
/** The parameter names of a text: {{name}} and {{name, format}}. */
const parametersOf = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();

const texts = Object.fromEntries(messageLanguages.map((language) => [language, flatten(catalogues[language])]));
const keys = new Set(messageLanguages.flatMap((language) => [...texts[language].keys()].map(baseKey)));

describe('the server message catalogue', () => {
  it.each(messageLanguages)('has every message in %s, and nothing else', (language) => {
    for (const other of messageLanguages)
      expect([...texts[language].keys()].sort()).toEqual([...texts[other].keys()].sort());
    for (const [key, text] of texts[language])
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('has the same parameters in German and English', () => {
    for (const key of keys) {
      const [de, en] = (['de', 'en'] as const).map((language) =>
        [...texts[language]].filter(([k]) => baseKey(k) === key).flatMap(([, text]) => parametersOf(text)),
      );
      expect({ key, parameters: [...new Set(de)].sort() }).toEqual({ key, parameters: [...new Set(en)].sort() });
    }
  });

  it('has plural forms (one, other) exactly where a message counts', () => {
    for (const language of messageLanguages)
      for (const key of keys) {
        const forms = [...texts[language].keys()].filter((k) => baseKey(k) === key);
        const counts = forms.some((k) => parametersOf(texts[language].get(k) ?? '').includes('count'));
        const plural = forms.some((k) => pluralSuffix.test(k));
        expect({ language, key, counts, plural }).toEqual({ language, key, counts: plural, plural });
        if (plural) expect({ key, forms: forms.sort() }).toEqual({ key, forms: [`${key}_one`, `${key}_other`] });
      }
  });

  it('renders plurals, nested messages and lists in the reader’s language', () => {
    const wait = (count: number) => msg('auth.tooManySignIns.address', { wait: msg('time.minutes', { count }) });
    expect(render(wait(1), 'de')).toMatch(/in 1 Minute erneut$/);
    expect(render(wait(3), 'de')).toMatch(/in 3 Minuten erneut$/);
    expect(render(wait(1), 'en')).toMatch(/in 1 minute$/);
    expect(render(wait(3), 'en')).toMatch(/in 3 minutes$/);
  });

  it('takes the reader’s language from Accept-Language, else the preferred one, else German', () => {
    expect(readerLanguage('en-GB,en;q=0.9,de;q=0.8')).toBe('en');
    expect(readerLanguage('fr-FR, de;q=0.5, en;q=0.7')).toBe('en');
    expect(readerLanguage('fr', 'EN')).toBe('en');
    expect(readerLanguage(undefined, 'EN')).toBe('en');
    expect(readerLanguage('de', 'EN')).toBe('de');
    expect(readerLanguage(undefined, null)).toBe('de');
  });
});

describe('the messages the server sends', () => {
  const root = path.resolve(__dirname, '../..');
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return sources(file);
      return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [file] : [];
    });

  it('name only keys that the catalogue has (msg(…) in AppError calls, reasons and parameters)', () => {
    const unknown: string[] = [];
    let used = 0;
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      // A literal key, or a key template whose fixed part must lead to catalogue keys (`workflow.subject.${…}`).
      for (const match of text.matchAll(/\bmsg\(\s*(['`])([^'`]+)\1/g)) {
        used += 1;
        const key = match[2];
        const known = key.includes('${')
          ? [...keys].some((k) => k.startsWith(key.slice(0, key.indexOf('${'))))
          : keys.has(key);
        if (!known) unknown.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(unknown).toEqual([]);
    expect(used).toBeGreaterThan(20);
  });

  it('are never an English sentence given in place of a catalogue key', () => {
    // The type refuses a string already; this names the file when a cast or `any` slips one through.
    const sentences: string[] = [];
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      const literal = [
        /new AppError\(\s*'[A-Z_]+',\s*['`"]/g,
        /badInput\(\s*\{[^}]*?:\s*\[\s*['`"]/g,
        /new (?:SplitError|UnbalancedPostingError)\([^)]*?['`"][^'`"]*\s[^'`"]*['`"]\s*\)/g,
      ];
      for (const pattern of literal)
        for (const match of text.matchAll(pattern)) sentences.push(`${path.relative(root, file)}: ${match[0]}`);
    }
    expect(sentences).toEqual([]);
  });
});
