import { normaliseReceipt } from './receipt-code';

describe('normaliseReceipt', () => {
  it('keeps a receipt as printed', () => {
    expect(normaliseReceipt('K7Q2-M9XD-4TPA')).toBe('K7Q2-M9XD-4TPA');
  });

  it('ignores case, spaces and dashes, and reads O, I and L as digits', () => {
    expect(normaliseReceipt(' k7q2 m9xd-4tpa ')).toBe('K7Q2-M9XD-4TPA');
    expect(normaliseReceipt('k7q2m9xd4tpa')).toBe('K7Q2-M9XD-4TPA');
    expect(normaliseReceipt('OIL0-0000-0000')).toBe('0110-0000-0000');
  });

  it('refuses what cannot be a receipt', () => {
    expect(normaliseReceipt('')).toBeNull();
    expect(normaliseReceipt('K7Q2-M9XD')).toBeNull();
    expect(normaliseReceipt('K7Q2-M9XD-4TPAX')).toBeNull();
    expect(normaliseReceipt('K7Q2-M9XD-4TPU')).toBeNull();
  });
});
