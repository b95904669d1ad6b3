/**
 * A receipt code as the server prints it ("K7Q2-M9XD-4TPA": Crockford base32 in three groups), from what a person
 * typed or pasted: case, spaces and dashes do not matter, and the letters Crockford reads as digits (O → 0, I and
 * L → 1) are read so. Null when it cannot be a receipt.
 */
export function normaliseReceipt(text: string): string | null {
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$/.test(chars)) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}
