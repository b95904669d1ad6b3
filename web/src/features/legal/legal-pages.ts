import type { Language, LegalPageKind } from '../../generated/graphql';

/** In the order the footer links them. */
export const legalPageKinds: readonly LegalPageKind[] = ['IMPRINT', 'PRIVACY', 'ACCESSIBILITY'];

export const legalLanguages: readonly Language[] = ['DE', 'EN'];

/** German addresses, as all of the portal's: /impressum, /datenschutz, /barrierefreiheit. */
export const legalPagePath: Record<LegalPageKind, string> = {
  IMPRINT: '/impressum',
  PRIVACY: '/datenschutz',
  ACCESSIBILITY: '/barrierefreiheit',
};

/** The platform admins' overview of the legal pages. */
export const legalAdminPath = '/verwaltung/rechtstexte';

/** The editor of one page in one language, e.g. /verwaltung/rechtstexte/impressum/en. */
export function legalEditorPath(kind: LegalPageKind, language: Language): string {
  return `${legalAdminPath}${legalPagePath[kind]}/${language.toLowerCase()}`;
}

/** The page and language an editor path names, or null for anything else. */
export function parseEditorPath(
  page: string | undefined,
  language: string | undefined,
): { kind: LegalPageKind; language: Language } | null {
  const kind = legalPageKinds.find((candidate) => legalPagePath[candidate] === `/${page}`);
  const found = legalLanguages.find((candidate) => candidate.toLowerCase() === language);
  return kind && found ? { kind, language: found } : null;
}

/** The API's language for the portal's ("de", "en"); German unless English is chosen. */
export function pageLanguage(portalLanguage: string | undefined): Language {
  return portalLanguage === 'en' ? 'EN' : 'DE';
}
