import fc from 'fast-check';
import { slugMaxLength, slugPattern, suggestSlug } from './slug';

describe('suggestSlug', () => {
  it.each([
    ['Öffentliche Straßen & Plätze', 'oeffentliche-strassen-plaetze'],
    ['ÄRGER ÜBER ÖL', 'aerger-ueber-oel'],
    ['Geoportal-Verbund 2026', 'geoportal-verbund-2026'],
    ['  --Dorf   App--  ', 'dorf-app'],
    ['Café Nord', 'caf-nord'],
    ['!!!', ''],
    ['', ''],
  ])('suggests %j for %j', (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });

  it('writes out an umlaut typed as a letter and a combining diaeresis', () => {
    expect(suggestSlug('Mu\u0308nchen')).toBe('muenchen');
  });

  it('cuts long names to what the API accepts, without a dash at the end', () => {
    expect(suggestSlug('a'.repeat(70))).toBe('a'.repeat(slugMaxLength));
    expect(suggestSlug(`${'a'.repeat(slugMaxLength - 1)} b`)).toBe('a'.repeat(slugMaxLength - 1));
  });

  it('suggests nothing or a slug the API accepts, for any name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (name) => {
        const slug = suggestSlug(name);
        expect(slug.length).toBeLessThanOrEqual(slugMaxLength);
        if (slug) expect(slug).toMatch(slugPattern);
      }),
    );
  });
});

describe('slugPattern', () => {
  it.each(['dorf-app', 'geoportal-verbund-2026', 'a', '42'])('accepts %j', (slug) => {
    expect(slugPattern.test(slug)).toBe(true);
  });

  it.each(['', '-dorf', 'dorf-', 'dorf--app', 'Dorf-App', 'dorf_app', 'dorf app', 'müll'])('refuses %j', (slug) => {
    expect(slugPattern.test(slug)).toBe(false);
  });
});
