/** Money as the API takes it: integer cents as a decimal string, at most 15 digits (below 10^13 EUR). */
export const POSITIVE_CENTS = /^[1-9][0-9]{0,14}$/;
export const CENTS_OR_ZERO = /^(0|[1-9][0-9]{0,14})$/;

/** Integer cents as a German amount, exactly (no float): "123456" → "1.234,56", "-5" → "-0,05". */
export function germanCents(cents: string | bigint): string {
  const textValue = String(cents);
  if (!/^-?\d+$/.test(textValue)) throw new RangeError(`cents must be an integer, got ${textValue}`);
  const negative = textValue.startsWith('-');
  const digits = (negative ? textValue.slice(1) : textValue).replace(/^0+(?=\d)/, '').padStart(3, '0');
  const euros = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const result = `${euros},${digits.slice(-2)}`;
  return negative && result !== '0,00' ? `-${result}` : result;
}

/** Euro text for error messages, e.g. 100000n → "1.000,00 EUR" (German, as the treasurer reads it). */
export function eurosText(cents: bigint): string {
  return `${germanCents(cents)} EUR`;
}

/** Integer cents as a decimal euro string for a message parameter ("99999" → "999.99"), which Intl formats exactly. */
export function eurosDecimal(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
