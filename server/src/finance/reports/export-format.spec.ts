import fc from 'fast-check';
import { germanCents } from '../../common/money';
import { csvCell, csvOf, germanDate, money, text } from './export-format';

describe('German formats', () => {
  it.each([
    ['0', '0,00'],
    ['5', '0,05'],
    ['-5', '-0,05'],
    ['100', '1,00'],
    ['123456', '1.234,56'],
    ['100000000', '1.000.000,00'],
    ['-123456789', '-1.234.567,89'],
    ['007', '0,07'],
  ])('%s cents are %s', (cents, expected) => expect(germanCents(cents)).toBe(expected));

  it('every integer of cents round-trips through the German amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (cents) => {
        const back = BigInt(germanCents(cents).replace(/\./g, '').replace(',', ''));
        expect(back).toBe(cents);
      }),
    );
  });

  it('refuses what is not integer cents or a date', () => {
    expect(() => germanCents('1.5')).toThrow('cents must be an integer, got 1.5');
    expect(() => germanDate('31.12.2027')).toThrow('date must be YYYY-MM-DD, got 31.12.2027');
  });

  it('writes dates as 31.12.2027', () => expect(germanDate('2027-12-31')).toBe('31.12.2027'));

  it('keeps a text that would be a formula from running', () => {
    expect(csvCell(text('=HYPERLINK("x")'))).toBe(`'=HYPERLINK("x")`);
    expect(csvCell(money('-100'))).toBe('-1,00');
  });
});

describe('csvOf', () => {
  it('writes a BOM, semicolons, quotes where needed and CRLF', () => {
    const csv = csvOf({
      name: 'x',
      columns: [{ header: 'Datum' }, { header: 'Text' }, { header: 'Betrag' }],
      rows: [
        [{ kind: 'date', value: '2027-01-31' }, text('a;b "c"'), money('123456')],
        [null, null, null],
      ],
    });
    expect(csv).toBe('\ufeffDatum;Text;Betrag\r\n31.01.2027;"a;b ""c""";1.234,56\r\n;;\r\n');
  });
});
