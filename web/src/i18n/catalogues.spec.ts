import de from './de.json';
import en from './en.json';

type Catalogue = { [key: string]: string | Catalogue };

/** The catalogue as "a.b.c" → text. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

// The plural categories i18next picks from Intl.PluralRules; German and English use "one" and "other".
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string): string => key.replace(pluralSuffix, '');
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map(([, name]) => name).sort((a, b) => a.localeCompare(b));

const catalogues = { de: flatten(de), en: flatten(en) };

describe.each(Object.entries(catalogues))('the %s catalogue', (language, entries) => {
  it('says every count through a plural pair (_one and _other), never with a bare key', () => {
    const bare = [...entries].filter(([key, text]) => /\{\{\s*count\b/.test(text) && !pluralSuffix.test(key));
    expect(bare.map(([key]) => key)).toEqual([]);
  });

  it('has both forms of every plural', () => {
    const incomplete = [...entries.keys()]
      .filter((key) => pluralSuffix.test(key))
      .map(baseKey)
      .filter((base) => !entries.has(`${base}_one`) || !entries.has(`${base}_other`));
    expect([...new Set(incomplete)]).toEqual([]);
  });

  it('writes no plural by hand as "(s)", "(e)", "(n)" or "(er)"', () => {
    const handMade = [...entries].filter(([, text]) => /\p{L}\((s|e|n|en|er)\)/u.test(text));
    expect(handMade.map(([key, text]) => `${language} ${key}: ${text}`)).toEqual([]);
  });
});

describe('German and English catalogues', () => {
  it('have the same keys, apart from plural forms', () => {
    const keys = (entries: Map<string, string>) => new Set([...entries.keys()].map(baseKey));
    const german = keys(catalogues.de);
    const english = keys(catalogues.en);
    expect([...german].filter((key) => !english.has(key))).toEqual([]);
    expect([...english].filter((key) => !german.has(key))).toEqual([]);
  });

  it('fill in the same placeholders, so no value is lost in one language', () => {
    const byBase = (entries: Map<string, string>) => {
      const names = new Map<string, Set<string>>();
      for (const [key, text] of entries) {
        const set = names.get(baseKey(key)) ?? new Set<string>();
        for (const name of placeholders(text)) set.add(name);
        names.set(baseKey(key), set);
      }
      return names;
    };
    const german = byBase(catalogues.de);
    const english = byBase(catalogues.en);
    const differing = [...german]
      .filter(([key]) => english.has(key))
      .map(([key, names]) => [key, [...names].sort().join(','), [...(english.get(key) ?? [])].sort().join(',')])
      .filter(([, inGerman, inEnglish]) => inGerman !== inEnglish);
    expect(differing).toEqual([]);
  });
});
