/**
 * Typed values of the fee schedule form, parsed without floating point: a yearly percentage ("3", "2,5") as
 * basis points, inhabitant bounds as whole numbers, and cents back to a typed euro amount.
 */
import { centsToDecimal } from '../../shared/money';

/** "3" → 300, "2,75" → 275, "-1.5" → -150; null when not a percentage with at most two decimals. */
export function parsePercentToBasisPoints(input: string): number | null {
  const match = /^([+-−]?)(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(input.trim().replace(/\s*%$/, ''));
  if (!match) return null;
  const sign = match[1] === '-' || match[1] === '−' ? -1 : 1;
  const value = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return value === 0 ? 0 : sign * value;
}

/** 300 → "3", 275 → "2,75" (German) or "2.75". */
export function basisPointsToPercent(basisPoints: number, language: string): string {
  const negative = basisPoints < 0;
  const abs = Math.abs(basisPoints);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const decimal = language.startsWith('de') ? ',' : '.';
  return `${negative ? '-' : ''}${whole}${fraction ? `${decimal}${fraction}` : ''}`;
}

/** "" → null (no bound), "50000" or "50.000" → 50000; undefined when not a whole number. */
export function parseBound(input: string): number | null | undefined {
  const text = input
    .trim()
    .replace(/[.\s\u00a0\u202f]/g, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (!text) return null;
  if (!/^\d{1,9}$/.test(text)) return undefined;
  return Number(text);
}

/** Cents as a euro amount to edit: "100000" → "1000" , "150050" → "1500,50" (German). */
export function centsToEuroInput(cents: string, language: string): string {
  const decimal = centsToDecimal(cents).replace(/\.00$/, '');
  return language.startsWith('de') ? decimal.replace('.', ',') : decimal;
}

export function parseYear(input: string): number | null {
  const text = input.trim();
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
}
