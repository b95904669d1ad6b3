import fc from 'fast-check';
import { centsToDecimal, parseEuroToCents } from './money';

/** Writes cents as a person would type them: thousands grouped in threes, two decimals. */
function typed(cents: bigint, language: 'de' | 'en'): string {
  const [decimal, group] = language === 'de' ? [',', '.'] : ['.', ','];
  const euros = (cents / 100n).toString().replace(/\B(?=(\d{3})+$)/g, group);
  return `${euros}${decimal}${(cents % 100n).toString().padStart(2, '0')}`;
}

describe('parseEuroToCents', () => {
  it.each([
    ['1.234,56 €', 'de', '123456'],
    ['1.234,56', 'de-DE', '123456'],
    ['1,234.56', 'en', '123456'],
    ['1500', 'de', '150000'],
    ['1500', 'en', '150000'],
    ['1500,5', 'de', '150050'],
    ['1500.5', 'en', '150050'],
    ['1.000.000', 'de', '100000000'],
    ['0,05', 'de', '5'],
    ['0', 'de', '0'],
    ['007', 'de', '700'],
    ['10 EUR', 'de', '1000'],
    ['10eur', 'en', '1000'],
    [' 1\u00a0234,00\u202f€ ', 'de', '123400'],
  ])('reads %j (%s) as %s cents', (input, language, cents) => {
    expect(parseEuroToCents(input, language)).toBe(cents);
  });

  it.each([
    ['', 'de'],
    ['   ', 'de'],
    ['€', 'de'],
    ['-5', 'de'],
    ['-5,00', 'de'],
    ['−5', 'en'],
    ['1,234', 'de'],
    ['1.2345', 'de'],
    ['12,345', 'de'],
    ['12.34', 'de'],
    ['12,34', 'en'],
    ['1.23.456', 'de'],
    ['1.23', 'de'],
    ['abc', 'de'],
    ['12a', 'en'],
    ['1e3', 'en'],
    [',50', 'de'],
    ['5,', 'de'],
  ])('refuses %j (%s)', (input, language) => {
    expect(parseEuroToCents(input, language)).toBeNull();
  });

  it('reads back any amount written the way its language writes it, to the cent', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.constantFrom<'de' | 'en'>('de', 'en'),
        (cents, language) => {
          expect(parseEuroToCents(typed(cents, language), language)).toBe(cents.toString());
        },
      ),
    );
  });
});

describe('centsToDecimal', () => {
  it.each([
    ['150050', '1500.50'],
    ['100', '1.00'],
    ['5', '0.05'],
    ['0', '0.00'],
    ['000123', '1.23'],
    ['-5', '-0.05'],
    ['-150050', '-1500.50'],
  ])('writes %s cents as %s', (cents, decimal) => {
    expect(centsToDecimal(cents)).toBe(decimal);
  });

  it('is exact beyond the range of floating point', () => {
    expect(centsToDecimal('123456789012345678901')).toBe('1234567890123456789.01');
  });

  it('gives back what parseEuroToCents read', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (cents) => {
        const read = parseEuroToCents(typed(cents, 'en'), 'en');
        expect(read).not.toBeNull();
        expect(centsToDecimal(read ?? '')).toBe(typed(cents, 'en').replace(/,/g, ''));
      }),
    );
  });
});
