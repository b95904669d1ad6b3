import { legalEditorPath, legalLanguages, legalPageKinds, pageLanguage, parseEditorPath } from './legal-pages';

describe('legal page paths', () => {
  it('gives every page in every language an editor path that reads back as the same page', () => {
    for (const kind of legalPageKinds)
      for (const language of legalLanguages) {
        const [, , , page, lang] = legalEditorPath(kind, language).split('/');
        expect(parseEditorPath(page, lang)).toEqual({ kind, language });
      }
    expect(legalEditorPath('PRIVACY', 'EN')).toBe('/verwaltung/rechtstexte/datenschutz/en');
  });

  it('reads nothing from an unknown page or language', () => {
    expect(parseEditorPath('cookies', 'de')).toBeNull();
    expect(parseEditorPath('impressum', 'fr')).toBeNull();
    expect(parseEditorPath('impressum', 'DE')).toBeNull();
    expect(parseEditorPath(undefined, undefined)).toBeNull();
  });

  it('asks for the page in the portal’s language, German unless English is chosen', () => {
    expect(pageLanguage('en')).toBe('EN');
    expect(pageLanguage('de')).toBe('DE');
    expect(pageLanguage(undefined)).toBe('DE');
  });
});
