/** The longest slug the API accepts (CreatePartnershipInput.slug). */
export const slugMaxLength = 63;

/** What the API accepts as a slug: lowercase letters, digits and single dashes between them. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const spelledOut: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * A slug for a partnership's name, as German addresses spell it: "Öffentliche Straßen & Plätze" becomes
 * "oeffentliche-strassen-plaetze". Umlauts and ß are written out; every other run of characters outside a–z
 * and 0–9 becomes one dash. NFC first, so that an umlaut typed as u + combining diaeresis counts as ü.
 */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => spelledOut[letter])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, slugMaxLength)
    .replace(/-+$/, '');
}
