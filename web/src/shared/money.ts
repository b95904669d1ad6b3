/**
 * Euro amounts as the API wants them: integer cents as a decimal string, parsed from what a person types
 * without going through floating point ("1.500,50" in German, "1,500.50" in English, "1500" in either).
 */

/** Cents from a typed euro amount, or null when it is not one (negative, more than two decimals, letters). */
export function parseEuroToCents(input: string, language: string): string | null {
  const text = input.replace(/[\s\u00a0\u202f€]/g, '').replace(/EUR$/i, '');
  if (!text) return null;
  const decimal = language.startsWith('de') ? ',' : '.';
  const group = decimal === ',' ? '.' : ',';
  // Whole euros with optional thousands separators in threes, then optionally up to two decimals.
  const pattern = new RegExp(`^(\\d{1,3}(?:\\${group}\\d{3})+|\\d+)(?:\\${decimal}(\\d{1,2}))?$`);
  const match = pattern.exec(text);
  if (!match) return null;
  const euros = (match[1] ?? '')
    .split(group)
    .join('')
    .replace(/^0+(?=\d)/, '');
  const cents = (match[2] ?? '').padEnd(2, '0');
  const result = `${euros}${cents}`.replace(/^0+(?=\d)/, '');
  return result;
}

/** A cents string ("150050") as a decimal euro string ("1500.50") for Intl, exactly. */
export function centsToDecimal(cents: string): `${number}` {
  const negative = cents.startsWith('-');
  const digits = (negative ? cents.slice(1) : cents).replace(/^0+(?=\d)/, '').padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}` as `${number}`;
}
